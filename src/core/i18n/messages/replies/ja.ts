import type { RepliesCatalog } from './en.ts';

export const ja: RepliesCatalog = {};
