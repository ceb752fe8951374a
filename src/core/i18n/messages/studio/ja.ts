import type { StudioCatalog } from './en.ts';

export const ja: StudioCatalog = {};
