import type { ErrorsCatalog } from './en.ts';

export const fr: ErrorsCatalog = {};
