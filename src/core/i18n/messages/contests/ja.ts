import type { ContestsCatalog } from './en.ts';

export const ja: ContestsCatalog = {};
