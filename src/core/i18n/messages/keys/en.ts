import type { Translation } from '../../domain.ts';

/**
 * The source messages of the keys domain (ICU MessageFormat); see src/core/i18n/catalogs.ts for
 * the domains and how keys are named.
 */
export const en = {} as const;

export type KeysCatalog = Translation<typeof en>;
