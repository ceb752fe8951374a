import { STYLE_NAMES } from '../src/core/clip/styles.ts';
import type { CommandOption } from './types.ts';

/**
 * The options every clip-making command offers the same way (`generate`, `story`, `extend`),
 * written once so their wording, choices and translations cannot drift apart.
 */

/** Every length some configured model offers, in seconds, ascending. */
export const lengthChoices: CommandOption['choices'] = ({ providers }) =>
  [...new Set(providers.all().flatMap((p) => p.capabilities().models.flatMap((m) => m.durationsS)))]
    .sort((a, b) => a - b)
    .map((s) => ({ name: `${s} seconds`, value: s }));

export const aspectOption: CommandOption = {
  name: 'aspect',
  description: 'Landscape, portrait or square',
  type: 'string',
  choices: () => [
    { name: 'Landscape (16:9)', value: 'landscape' },
    { name: 'Portrait (9:16)', value: 'portrait' },
    { name: 'Square (1:1)', value: 'square' },
  ],
};

export const modelOption: CommandOption = {
  name: 'model',
  description: 'Which video model renders it',
  type: 'string',
  choices: ({ providers }) =>
    providers.all().flatMap((p) => p.capabilities().models.map((m) => ({ name: m.label, value: m.id }))),
};

export const styleOption: CommandOption = {
  name: 'style',
  description: 'A look to apply',
  type: 'string',
  choices: () => STYLE_NAMES.map((s) => ({ name: s, value: s })),
};
