import type { KeysCatalog } from './en.ts';

export const es: KeysCatalog = {};
