import type { Translation } from '../../domain.ts';

/**
 * The source messages of the contests domain (ICU MessageFormat); see src/core/i18n/catalogs.ts for
 * the domains and how keys are named.
 */
export const en = {} as const;

export type ContestsCatalog = Translation<typeof en>;
