import { z } from 'zod';
import { ASPECTS } from '../src/core/capabilities.ts';
import { STYLE_NAMES } from '../src/core/clip/styles.ts';
import { formatMoney } from '../src/core/i18n/format.ts';
import { memberLocale, memberT } from './i18n.ts';
import { OPTION_RULE_MESSAGE } from './option-tokens.ts';
import type { CommandDefinition } from './types.ts';

const schema = z.object({});

/** `/sora help`: what the bot does and what the current models offer, in the member's language. */
export const help: CommandDefinition<typeof schema> = {
  name: 'help',
  description: 'How to make videos with this bot',
  options: [],
  schema,
  async handle(_input, context) {
    const { services, commandName: command, place } = context;
    const t = memberT(context);
    const locale = memberLocale(context);
    const { aspect } = await services.workspace.effective(place);
    const models = services.providers
      .all()
      .flatMap((p) => p.capabilities().models)
      .map((m) => {
        const price = Object.values(m.usdPerSecond);
        return t('reply.help.model', {
          label: m.label,
          id: m.id,
          durations: m.durationsS.join('/'),
          sizes: m.sizes.join(', '),
          audio: m.audio ? 'yes' : 'no',
          priced: price.length ? 'yes' : 'no',
          // Whole cents, as before: the cheapest per-second price the model lists.
          price: price.length ? formatMoney(locale, Math.round(Math.min(...price) * 100)) : '',
        });
      });
    const text = [
      t('reply.help.generate', { command }),
      t('reply.help.options'),
      t(OPTION_RULE_MESSAGE.key),
      t('reply.help.aspect', { aspect, ratio: ASPECTS[aspect], command }),
      t('reply.help.styles', { styles: STYLE_NAMES.join(', ') }),
      t('reply.help.tips'),
      t('reply.help.votes'),
      t('reply.help.top', { command }),
      t('reply.help.contests', { command }),
      t('reply.help.usage', { command }),
      t('reply.help.models'),
      ...models,
    ].join('\n');
    return { kind: 'text', text, private: true };
  },
};
