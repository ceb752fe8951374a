import type { StudioCatalog } from './en.ts';

export const es: StudioCatalog = {};
