import type { Translation } from '../../domain.ts';

/**
 * The source messages of the keys domain (ICU MessageFormat); see src/core/i18n/catalogs.ts for
 * the domains and how keys are named. A workspace's own provider keys (issue 17): the keys
 * commands and their private form, the refusals of a key, and the notice when a provider starts
 * refusing one. Provider names (fal, runway, openai), last fours and commands are arguments: they
 * read the same in every language.
 */
export const en = {
  'keys.list.heading': 'This server’s own provider keys:',
  'keys.list.line':
    '• {provider} key ending in {last4}: added by {name} on {date}; at most {cap, number} in flight; {spent} spent on it',
  'keys.list.none': 'This server has no provider keys of its own. Add one with {example}.',
  'keys.add.title': 'Add a key: {provider}',
  'keys.add.description': 'Checked with the provider, then kept encrypted; shown only by its last four.',
  'keys.add.field': '{provider} API key',
  'keys.add.saved': 'Saved: this server’s {provider} key ending in {last4}. Its clips are now made with it.',
  'keys.remove.missing': 'This server has no {provider} key, so nothing was removed.',
  'keys.remove.missing-ending':
    'This server has no {provider} key ending in {last4}, so nothing was removed.',
  'keys.remove.done':
    'The {provider} key ending in {last4} is removed. Clips still rendering with it can no longer be fetched, so they fail and are refunded.',
  'keys.cap.done':
    'The {provider} key ending in {last4} now runs at most {count, plural, one {# render} other {# renders}} at once; more wait in the queue.',
  'keys.off':
    'Own provider keys are switched off on this bot. Its operator can turn them on by setting REELBOT_MASTER_KEY to 32 random bytes in base64 (for example `openssl rand -base64 32`) and restarting it.',
  'keys.gate.admin': 'manage this server’s provider keys',
  'keys.error.pick-provider': 'Pick the provider: {providers}.',
  'keys.error.last4': 'last4 is the key’s last four characters.',
  'keys.error.cap-range': 'A render cap is a whole number from 1 to 1000.',
  'keys.error.no-key': 'This workspace has no {provider} key.',
  'keys.error.provider': 'Keys can be added for {providers}; not for “{provider}”.',
  'keys.error.empty': 'Paste the key itself: the box was empty.',
  'keys.error.too-long': 'That is longer than any provider key ({max, number} characters at most).',
  'keys.error.spaces': 'A key has no spaces or line breaks: paste just the key.',
  'keys.error.too-short': 'That is too short to be a provider key.',
  'keys.error.removed-mid-render':
    'The provider key this server made the clip with was removed while it rendered, so it can’t be fetched. Nothing was charged.',
  'keys.error.own-keys-only':
    'This server has no video provider key of its own, and this bot makes clips only with a server’s own key. An admin can add one with {example}; nothing was charged.',
  'keys.notice.refused':
    'Admins: {provider} refused this server’s {provider} key ending in {last4}. Its clips go to another provider where one can make them, or fail and are refunded. Add a working key with {add}, or remove this one with {remove}.',
  'keys.check.refused':
    '{provider} refused that key ({status}): check it is a {provider} key, copied whole and still active. Nothing was saved.',
  'keys.check.unreachable':
    '{provider} could not be reached to check the key, so it was not saved. Try again in a minute.',
  'keys.form.late': 'The form could not be opened in time; run the command again.',
  'keys.form.stale': 'This form no longer does anything.',
  'keys.form.save': 'Save',
  'keys.form.cancel': 'Cancel',
} as const;

export type KeysCatalog = Translation<typeof en>;
