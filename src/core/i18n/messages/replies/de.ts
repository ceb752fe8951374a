import type { RepliesCatalog } from './en.ts';

export const de: RepliesCatalog = {};
