import type { CardsCatalog } from './en.ts';

export const ja: CardsCatalog = {};
