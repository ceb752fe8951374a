import type { KeyValue } from '../../src/core/ports/key-value.ts';
import type { Services } from '../../src/core/services.ts';
import type { SlackDeps } from './requests.ts';

/**
 * What the event listeners (inbound, actions, votes, replays) are built from: the command
 * requests' deps plus the core's use cases and the key-value port for once-only claims of
 * retried deliveries, never the store.
 */
export interface ListenerDeps extends SlackDeps {
  services: Services;
  keyValue: KeyValue;
  /** STORY_MAX_SHOTS: how many shot boxes the Story form has. */
  storyMaxShots: number;
  /** The bot token, sent only to Slack's file hosts to read a picture a member attached. */
  botToken: string;
  /** Origins Slack serves private files from (files.slack.com; the API's host when it is not Slack's). */
  fileOrigins: readonly string[];
}
