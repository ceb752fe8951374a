import type { ErrorsCatalog } from './en.ts';

export const ptBR: ErrorsCatalog = {};
