import type { KeysCatalog } from './en.ts';

export const ptBR: KeysCatalog = {};
