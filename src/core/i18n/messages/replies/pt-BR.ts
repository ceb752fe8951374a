import { en, type RepliesCatalog } from './en.ts';

export const ptBR: RepliesCatalog = { ...en };
