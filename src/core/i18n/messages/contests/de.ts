import type { ContestsCatalog } from './en.ts';

export const de: ContestsCatalog = {};
