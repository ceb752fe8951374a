import type { App as BoltApp } from '@slack/bolt';
import type { ListenerDeps } from './listener-deps.ts';

/**
 * Slack's signature check refuses a request whose timestamp is more than five minutes old
 * (https://api.slack.com/authentication/verifying-requests-from-slack), so remembering each
 * interaction for five minutes closes the replay window: a captured, validly signed button press
 * sent again (or redelivered) is acknowledged and does nothing.
 */
export const REPLAY_WINDOW_MS = 5 * 60_000;

/** Interaction payloads that act on a press: buttons and message shortcuts. */
const GUARDED_TYPES = new Set(['block_actions', 'message_action', 'shortcut']);

/** Slack's ids are short; anything longer is not one of theirs and is not stored whole. */
const idPart = (value: unknown) => (typeof value === 'string' ? value.slice(0, 100) : '');

/**
 * The key of one interaction: its trigger_id (fresh for every interaction) and the action's own
 * action_ts (block_actions: `actions[].action_ts`; shortcuts: top-level `action_ts`). Undefined for
 * payloads this guard does not cover, or ones that name neither.
 */
export function interactionKey(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const payload = body as { type?: unknown; trigger_id?: unknown; action_ts?: unknown; actions?: unknown };
  if (typeof payload.type !== 'string' || !GUARDED_TYPES.has(payload.type)) return undefined;
  const firstAction = Array.isArray(payload.actions)
    ? (payload.actions[0] as { action_ts?: unknown })
    : undefined;
  const trigger = idPart(payload.trigger_id);
  const actionTs = idPart(firstAction?.action_ts ?? payload.action_ts);
  if (!trigger && !actionTs) return undefined;
  return `slack:interaction:${trigger}:${actionTs}`;
}

/**
 * Global Bolt middleware: the first delivery of an interaction runs; a repeat within
 * REPLAY_WINDOW_MS is acknowledged (so Slack shows no error) and stops here. When the claim cannot
 * be recorded (Redis away) the press runs: its own handler needs the same Redis to do anything.
 */
export function ignoreReplays(bolt: BoltApp, deps: ListenerDeps): void {
  bolt.use(async (args) => {
    const key = interactionKey(args.body);
    if (key) {
      let first = true;
      try {
        first = await deps.keyValue.claim(key, REPLAY_WINDOW_MS);
      } catch (error) {
        deps.logger.warn({ err: (error as Error).message }, 'slack replay guard unavailable');
      }
      if (!first) {
        deps.logger.info({ key }, 'slack interaction already handled; ignoring the repeat');
        if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)();
        return;
      }
    }
    await args.next();
  });
}
