import { webApi } from '@slack/bolt';
import type { Config } from '../../src/config.ts';
import type { MessageRef } from '../../src/core/clip/clip.ts';
import { ConfigError } from '../../src/core/errors.ts';
import type { AdapterContext, SurfaceAdapter } from '../types.ts';
import { type BoltParts, clientOptions, createBolt, EVENTS_PATH } from './bolt.ts';
import { fromSlackError } from './errors.ts';
import { SLACK_FILE_ORIGINS } from './files.ts';
import { registerListeners } from './inbound.ts';
import { SlackMembers } from './members.ts';
import { SlackMessenger } from './messenger.ts';
import { watchRateLimits } from './rate-limits.ts';
import { SURFACE } from './refs.ts';
import { createUploadLedger } from './upload-ledger.ts';

/**
 * Slack: `/sora` and @mentions start clips in threads, a Block Kit status message follows the
 * render, the video is uploaded into the thread, buttons remix, re-roll, cancel and delete, and
 * reactions vote. The messenger needs only the bot token (workers use it); `start` (bot role)
 * checks the token, then takes requests over HTTP on the shared server or over Socket Mode.
 */
export async function createSlackAdapter(context: AdapterContext, config: Config): Promise<SurfaceAdapter> {
  const slack = config.slack;
  if (!slack) throw new ConfigError('SLACK_BOT_TOKEN: required to enable Slack');
  const { services } = context;
  const logger = context.logger.child({ surface: SURFACE });
  const client = new webApi.WebClient(slack.botToken, clientOptions(slack, logger));
  // A worker built from config alone may have no metrics to report to.
  if (context.metrics) watchRateLimits(client, context.metrics, logger);
  const ledger = createUploadLedger(context.keyValue);
  // One members cache for the inbound handlers and the messenger (which reads voters' bot flags).
  const members = new SlackMembers(client, context.clock, logger, slack.adminIds);
  const messenger = new SlackMessenger(client, ledger, logger, {
    members,
    voteReaction: config.votes.slackReaction,
    // Votes count on every message of a clip, so reconciling reads them all (voters.ts).
    clipRefs: async (ref) => {
      const clip = ref.key ? await services.clips.clipForMessage(ref.key) : undefined;
      return clip ? [clip.card, clip.delivery].filter((r): r is MessageRef => r !== undefined) : [];
    },
    thumbnailOf: (clipId) => services.clips.thumbnail(clipId),
  });
  let parts: BoltParts | undefined;

  return {
    surface: SURFACE,
    messenger,
    async start() {
      let identity: { user_id?: string; bot_id?: string; team?: string };
      try {
        identity = await client.auth.test();
      } catch (error) {
        throw new ConfigError(
          `SLACK_BOT_TOKEN: Slack did not accept it (${fromSlackError(error, 'auth.test').message})`,
        );
      }
      const botUserId = identity.user_id ?? '';
      parts = createBolt({
        slack,
        logger,
        botUserId,
        ...(identity.bot_id ? { botId: identity.bot_id } : {}),
      });
      watchRateLimits(parts.bolt.client, context.metrics, logger);
      registerListeners(parts.bolt, {
        services,
        keyValue: context.keyValue,
        commandName: config.commandName,
        voteReaction: config.votes.slackReaction,
        client,
        messenger,
        members,
        botUserId,
        logger,
        storyMaxShots: config.stories.maxShots,
        botToken: slack.botToken,
        fileOrigins: fileOrigins(slack.apiUrl),
      });
      if (parts.receiver) {
        const listener = parts.receiver.requestListener;
        context.http.route('POST', EVENTS_PATH, (req, res) => listener(req, res));
        logger.info({ team: identity.team, path: EVENTS_PATH }, 'slack: taking events over HTTP');
      } else {
        await parts.bolt.start();
        logger.info({ team: identity.team }, 'slack: connected over Socket Mode');
      }
    },
    async stop() {
      if (parts && !parts.receiver) await parts.bolt.stop();
      parts = undefined;
    },
  };
}

/**
 * Where the bot may send its token to read a member's file: Slack's file hosts, and the API's own
 * origin when SLACK_API_URL points elsewhere (an Enterprise Grid host, or a local fake).
 */
function fileOrigins(apiUrl: string | undefined): string[] {
  const origins = [...SLACK_FILE_ORIGINS];
  if (apiUrl) origins.push(new URL(apiUrl).origin);
  return origins;
}
