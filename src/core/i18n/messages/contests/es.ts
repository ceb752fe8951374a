import type { ContestsCatalog } from './en.ts';

export const es: ContestsCatalog = {};
