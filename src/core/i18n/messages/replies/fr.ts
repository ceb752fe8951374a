import type { RepliesCatalog } from './en.ts';

export const fr: RepliesCatalog = {};
