import type { CardsCatalog } from './en.ts';

export const ptBR: CardsCatalog = {};
