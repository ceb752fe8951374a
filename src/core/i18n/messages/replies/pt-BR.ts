import type { RepliesCatalog } from './en.ts';

export const ptBR: RepliesCatalog = {};
