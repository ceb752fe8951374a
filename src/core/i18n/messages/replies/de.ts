import { en, type RepliesCatalog } from './en.ts';

export const de: RepliesCatalog = { ...en };
