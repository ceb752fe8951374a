import type { SurfacesCatalog } from './en.ts';

export const es: SurfacesCatalog = {};
