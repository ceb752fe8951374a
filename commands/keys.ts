import { z } from 'zod';
import { ErrorCode, ReelbotError } from '../src/core/errors.ts';
import { formatMoney } from '../src/core/i18n/format.ts';
import type { Locale } from '../src/core/i18n/locales.ts';
import { msg } from '../src/core/i18n/message.ts';
import type { Translate } from '../src/core/i18n/translator.ts';
import { KEY_PROVIDERS, type KeyView } from '../src/core/keys/key-service.ts';
import { scopeOf } from '../src/core/workspace/settings.ts';
import { memberT } from './i18n.ts';
import { KEY_GATES as gates } from './keys-gate.ts';
import { KEY_FIELD, KEY_FIELD_MAX, keySubmit } from './keys-submit.ts';
import { said } from './parse.ts';
import type { CommandDefinition, CommandOption } from './types.ts';

/**
 * `/sora keys …`: a workspace's own provider keys, for its admins. The key itself never travels
 * as a command option (clients keep options in their history): `add` answers with a private form.
 */

const providerOption: CommandOption = {
  name: 'provider',
  description: 'The video provider the key is for',
  type: 'string',
  required: true,
  choices: () => KEY_PROVIDERS.map((p) => ({ name: p, value: p })),
};

const provider = z.enum(KEY_PROVIDERS, {
  error: said('keys.error.pick-provider', { providers: KEY_PROVIDERS.join(', ') }),
});

/** `2026-12-05` for a stored timestamp: dates read the same in every locale and time zone. */
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** One key as it may be shown: provider, last four, who, when, cap, spend; never more. */
export function keyLine(view: KeyView, t: Translate, locale: Locale): string {
  return t('keys.list.line', {
    provider: view.provider,
    last4: view.last4,
    name: view.addedBy.name,
    date: day(view.addedAt),
    cap: view.maxInFlight,
    spent: formatMoney(locale, Math.round(view.spentUsd * 100)),
  });
}

const none = z.object({});

/** `/sora keys list`: the workspace's keys as provider and last four, who, when, cap and spend. */
export const keysList: CommandDefinition<typeof none> = {
  name: 'list',
  group: 'keys',
  description: 'Admins: this server’s own provider keys (last four only)',
  options: [],
  schema: none,
  gates,
  async handle(_input, context) {
    const { services, place, commandName } = context;
    const t = memberT(context);
    const locale = context.languages?.member ?? 'en';
    const views = await services.keys.list(scopeOf(place));
    const text = views.length
      ? [t('keys.list.heading'), ...views.map((v) => keyLine(v, t, locale))].join('\n')
      : t('keys.list.none', { example: `/${commandName} keys add provider:<${KEY_PROVIDERS.join('|')}>` });
    return { kind: 'text', text, private: true };
  },
};

const addSchema = z.object({ provider });

/** `/sora keys add provider:<p>`: a private form for the key; its submission runs keys-submit.ts. */
export const keysAdd: CommandDefinition<typeof addSchema> = {
  name: 'add',
  group: 'keys',
  description: 'Admins: add this server’s own provider key (in a private form)',
  options: [providerOption],
  schema: addSchema,
  gates,
  async handle(input, context) {
    // The form is the admin's alone: in their language.
    const t = memberT(context);
    return {
      kind: 'form',
      form: {
        title: t('keys.add.title', { provider: input.provider }),
        description: t('keys.add.description'),
        fields: [
          {
            id: KEY_FIELD,
            label: t('keys.add.field', { provider: input.provider }),
            secret: true,
            maxLength: KEY_FIELD_MAX,
          },
        ],
        submitLabel: t('keys.form.save'),
        closeLabel: t('keys.form.cancel'),
        submit: {
          group: keySubmit.group ?? 'keys',
          name: keySubmit.name,
          values: { provider: input.provider },
        },
      },
    };
  },
};

const removeSchema = z.object({
  provider,
  last4: z.string().trim().max(4, said('keys.error.last4')).optional(),
});

/** `/sora keys remove provider:<p> [last4]`: the key goes; with last4, only if it is that one. */
export const keysRemove: CommandDefinition<typeof removeSchema> = {
  name: 'remove',
  group: 'keys',
  description: 'Admins: remove this server’s own key for a provider',
  options: [
    providerOption,
    { name: 'last4', description: 'Its last four characters, to be sure', type: 'string', maxLength: 4 },
  ],
  schema: removeSchema,
  gates,
  async handle(input, context) {
    const { services, place } = context;
    const scope = scopeOf(place);
    const stored = (await services.keys.list(scope)).find((v) => v.provider === input.provider);
    if (!stored || (input.last4 && input.last4 !== stored.last4)) {
      throw new ReelbotError(
        ErrorCode.NotFound,
        input.last4
          ? msg('keys.remove.missing-ending', { provider: input.provider, last4: input.last4 })
          : msg('keys.remove.missing', { provider: input.provider }),
      );
    }
    await services.keys.remove(scope, input.provider);
    return {
      kind: 'text',
      text: memberT(context)('keys.remove.done', { provider: input.provider, last4: stored.last4 }),
      private: true,
    };
  },
};

const capSchema = z.object({
  provider,
  renders: z.coerce
    .number({ error: said('keys.error.cap-range') })
    .int(said('keys.error.cap-range'))
    .min(1, said('keys.error.cap-range'))
    .max(1000, said('keys.error.cap-range')),
});

/** `/sora keys cap provider:<p> renders:<n>`: how many of the key's renders may run at once. */
export const keysCap: CommandDefinition<typeof capSchema> = {
  name: 'cap',
  group: 'keys',
  description: 'Admins: how many renders may run at once on a key',
  options: [
    providerOption,
    {
      name: 'renders',
      description: 'Renders in flight at most (what the provider account allows)',
      type: 'integer',
      required: true,
    },
  ],
  schema: capSchema,
  gates,
  async handle(input, context) {
    const { services, place } = context;
    await services.keys.setCap(scopeOf(place), input.provider, input.renders);
    const view = (await services.keys.list(scopeOf(place))).find((v) => v.provider === input.provider);
    // Removed between the two reads: setCap found it, so it was there a moment ago.
    if (!view)
      throw new ReelbotError(ErrorCode.NotFound, msg('keys.error.no-key', { provider: input.provider }));
    return {
      kind: 'text',
      text: memberT(context)('keys.cap.done', {
        provider: input.provider,
        last4: view.last4,
        count: input.renders,
      }),
      private: true,
    };
  },
};
