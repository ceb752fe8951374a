import type { CardsCatalog } from './en.ts';

export const es: CardsCatalog = {};
