import type { CardsCatalog } from './en.ts';

export const fr: CardsCatalog = {};
