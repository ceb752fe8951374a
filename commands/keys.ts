import { z } from 'zod';
import { formatCents } from '../src/core/budget/money.ts';
import { ErrorCode, ReelbotError } from '../src/core/errors.ts';
import { KEY_PROVIDERS, type KeyView } from '../src/core/keys/key-service.ts';
import { scopeOf } from '../src/core/workspace/settings.ts';
import { KEY_GATES as gates } from './keys-gate.ts';
import { KEY_FIELD, KEY_FIELD_MAX, keySubmit } from './keys-submit.ts';
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
  error: `Pick the provider: ${KEY_PROVIDERS.join(', ')}.`,
});

/** `2026-12-05` for a stored timestamp: dates read the same in every locale and time zone. */
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** One key as it may be shown: provider, last four, who, when, cap, spend; never more. */
export function keyLine(view: KeyView): string {
  return `• ${view.provider} key ending in ${view.last4}: added by ${view.addedBy.name} on ${day(view.addedAt)}; at most ${view.maxInFlight} in flight; ${formatCents(Math.round(view.spentUsd * 100))} spent on it`;
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
  async handle(_input, { services, place, commandName }) {
    const views = await services.keys.list(scopeOf(place));
    const text = views.length
      ? `This server’s own provider keys:\n${views.map(keyLine).join('\n')}`
      : `This server has no provider keys of its own. Add one with /${commandName} keys add provider:<${KEY_PROVIDERS.join('|')}>.`;
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
  async handle(input) {
    return {
      kind: 'form',
      form: {
        title: `Add a key: ${input.provider}`,
        description: 'Checked with the provider, then kept encrypted; shown only by its last four.',
        fields: [
          { id: KEY_FIELD, label: `${input.provider} API key`, secret: true, maxLength: KEY_FIELD_MAX },
        ],
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
  last4: z.string().trim().max(4, 'last4 is the key’s last four characters.').optional(),
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
  async handle(input, { services, place }) {
    const scope = scopeOf(place);
    const stored = (await services.keys.list(scope)).find((v) => v.provider === input.provider);
    if (!stored || (input.last4 && input.last4 !== stored.last4)) {
      throw new ReelbotError(
        ErrorCode.NotFound,
        `This server has no ${input.provider} key${input.last4 ? ` ending in ${input.last4}` : ''}, so nothing was removed.`,
      );
    }
    await services.keys.remove(scope, input.provider);
    return {
      kind: 'text',
      text: `The ${input.provider} key ending in ${stored.last4} is removed. Clips still rendering with it can no longer be fetched, so they fail and are refunded.`,
      private: true,
    };
  },
};

const capSchema = z.object({
  provider,
  renders: z.coerce
    .number({ error: 'renders is a whole number from 1 to 1000.' })
    .int('renders is a whole number from 1 to 1000.')
    .min(1, 'renders is a whole number from 1 to 1000.')
    .max(1000, 'renders is a whole number from 1 to 1000.'),
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
  async handle(input, { services, place }) {
    await services.keys.setCap(scopeOf(place), input.provider, input.renders);
    const view = (await services.keys.list(scopeOf(place))).find((v) => v.provider === input.provider);
    return {
      kind: 'text',
      text: `The ${input.provider} key${view ? ` ending in ${view.last4}` : ''} now runs at most ${input.renders} ${input.renders === 1 ? 'render' : 'renders'} at once; more wait in the queue.`,
      private: true,
    };
  },
};
