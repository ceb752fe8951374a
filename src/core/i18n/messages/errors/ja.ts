import type { ErrorsCatalog } from './en.ts';

export const ja: ErrorsCatalog = {};
