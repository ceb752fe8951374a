import { z } from 'zod';
import { KEY_PROVIDERS } from '../src/core/keys/key-service.ts';
import { registerSecret } from '../src/core/redaction.ts';
import { scopeOf } from '../src/core/workspace/settings.ts';
import { memberT } from './i18n.ts';
import { KEY_GATES } from './keys-gate.ts';
import { said } from './parse.ts';
import type { CommandDefinition } from './types.ts';

/** The form field holding the key, and the option of `keys submit` it fills. */
export const KEY_FIELD = 'key';
/**
 * The box's length: above any provider key we know of, under KeyService's own bound (512) so the
 * service's sentence, not a platform's, explains an oversized paste. Both Discord's (4000) and
 * Slack's (3000) text inputs allow it.
 */
export const KEY_FIELD_MAX = 400;

const schema = z.object({
  provider: z.enum(KEY_PROVIDERS, { error: said('keys.form.stale') }),
  // Bounded here only against hostile payloads; KeyService says what is wrong with the text.
  [KEY_FIELD]: z.string({ error: said('keys.error.empty') }).max(4000),
});

/**
 * The key form's submission (`keys add`'s form): not in COMMANDS, since no surface may offer the
 * key as a typed option. Each surface runs it with the form's values and the text typed, through
 * the same pipeline and gates as `keys add`. The answer names only provider and last four.
 */
export const keySubmit: CommandDefinition<typeof schema> = {
  name: 'submit',
  group: 'keys',
  description: 'The key form: check the key with its provider, then store it encrypted',
  options: [],
  schema,
  gates: KEY_GATES,
  async handle(input, context) {
    const { services, actor, place } = context;
    const text = input[KEY_FIELD];
    // The moment the key is read: no log line or card from here on can show it.
    registerSecret(text.trim());
    const view = await services.keys.add(scopeOf(place), input.provider, text, {
      id: actor.id,
      name: actor.name,
    });
    return {
      kind: 'text',
      text: memberT(context)('keys.add.saved', { provider: view.provider, last4: view.last4 }),
      private: true,
    };
  },
};
