import type { DomainCatalogs } from '../../domain.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ja } from './ja.ts';
import { ptBR } from './pt-BR.ts';

export const surfaces: DomainCatalogs<typeof en> = { en, es, 'pt-BR': ptBR, de, fr, ja };
