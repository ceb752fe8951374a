import type { KeysCatalog } from './en.ts';

export const de: KeysCatalog = {};
