import type { KeysCatalog } from './en.ts';

export const ja: KeysCatalog = {};
