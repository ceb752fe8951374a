import { en, type RepliesCatalog } from './en.ts';

export const es: RepliesCatalog = { ...en };
