import type { StudioCatalog } from './en.ts';

export const de: StudioCatalog = {};
