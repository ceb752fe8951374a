import type { Translation } from '../../domain.ts';

/**
 * The source messages of the cards domain (ICU MessageFormat); see src/core/i18n/catalogs.ts for
 * the domains and how keys are named.
 */
export const en = {} as const;

export type CardsCatalog = Translation<typeof en>;
