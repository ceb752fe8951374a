import type { SurfacesCatalog } from './en.ts';

export const de: SurfacesCatalog = {};
