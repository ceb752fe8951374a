import type { ContestsCatalog } from './en.ts';

export const ptBR: ContestsCatalog = {};
