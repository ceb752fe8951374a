import { en, type RepliesCatalog } from './en.ts';

export const fr: RepliesCatalog = { ...en };
