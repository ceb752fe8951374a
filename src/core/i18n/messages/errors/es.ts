import type { ErrorsCatalog } from './en.ts';

export const es: ErrorsCatalog = {};
