import type { CardsCatalog } from './en.ts';

export const de: CardsCatalog = {};
