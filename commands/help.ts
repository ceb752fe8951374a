import { z } from 'zod';
import { ASPECTS } from '../src/core/capabilities.ts';
import { STYLE_NAMES } from '../src/core/clip/styles.ts';
import { OPTION_RULE } from './option-tokens.ts';
import type { CommandDefinition } from './types.ts';

const schema = z.object({});

/** `/sora help`: what the bot does and what the current models offer. */
export const help: CommandDefinition<typeof schema> = {
  name: 'help',
  description: 'How to make videos with this bot',
  options: [],
  schema,
  async handle(_input, { services, commandName, place }) {
    const { aspect } = await services.workspace.effective(place);
    const models = services.providers
      .all()
      .flatMap((p) => p.capabilities().models)
      .map((m) => {
        const price = Object.values(m.usdPerSecond);
        const from = price.length ? ` from $${Math.min(...price).toFixed(2)}/s` : '';
        return `• ${m.label} (${m.id}): ${m.durationsS.join('/')} s, ${m.sizes.join(', ')}${m.audio ? ', with sound' : ''}${from}`;
      });
    const text = [
      `/${commandName} generate prompt:<what happens> makes a short video and posts it here.`,
      'Options: duration, aspect (landscape, portrait, square) or size, model, style, image.',
      OPTION_RULE,
      `Clips here are ${aspect} (${ASPECTS[aspect]}) unless you name an aspect or size; admins change that with /${commandName} settings setting:aspect.`,
      `Styles: ${STYLE_NAMES.join(', ')}.`,
      'Tips: say what the camera does (slow dolly in, aerial shot), the light and the sound.',
      'React to a clip to vote; press Remix to start from someone else’s prompt (they get the credit).',
      `/${commandName} top shows the most voted clips of the day, week or all time, and the hall of fame.`,
      `Contests: /${commandName} contest status tells what is on here; enter with /${commandName} generate … contest:yes while submissions are open. Admins start one with /${commandName} contest start.`,
      `/${commandName} usage shows what you and this server spent; /${commandName} consent on lets others name you in their prompts (off until you say so).`,
      'Models:',
      ...models,
    ].join('\n');
    return { kind: 'text', text, private: true };
  },
};
