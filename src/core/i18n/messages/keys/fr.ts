import type { KeysCatalog } from './en.ts';

export const fr: KeysCatalog = {};
