import type { SurfacesCatalog } from './en.ts';

export const ptBR: SurfacesCatalog = {};
