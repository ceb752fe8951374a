import { en, type RepliesCatalog } from './en.ts';

export const ja: RepliesCatalog = { ...en };
