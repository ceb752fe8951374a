import type { SurfacesCatalog } from './en.ts';

export const fr: SurfacesCatalog = {};
