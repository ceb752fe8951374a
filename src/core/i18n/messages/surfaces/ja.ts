import type { SurfacesCatalog } from './en.ts';

export const ja: SurfacesCatalog = {};
