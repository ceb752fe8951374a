import type { StudioCatalog } from './en.ts';

export const ptBR: StudioCatalog = {};
