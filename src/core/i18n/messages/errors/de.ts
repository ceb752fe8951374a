import type { ErrorsCatalog } from './en.ts';

export const de: ErrorsCatalog = {};
