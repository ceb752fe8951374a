import type { StudioCatalog } from './en.ts';

export const fr: StudioCatalog = {};
