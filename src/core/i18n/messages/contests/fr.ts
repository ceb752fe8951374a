import type { ContestsCatalog } from './en.ts';

export const fr: ContestsCatalog = {};
