import type { CommandContext } from '../../commands/types.ts';
import { Leaderboard } from '../../src/core/board/leaderboard.ts';
import { CastService } from '../../src/core/cast/cast-service.ts';
import { Admission } from '../../src/core/clip/admission.ts';
import type { Actor } from '../../src/core/clip/clip.ts';
import { KeyService } from '../../src/core/keys/key-service.ts';
import { Moderation } from '../../src/core/moderation.ts';
import type { Place } from '../../src/core/place.ts';
import { silentLogger } from '../../src/core/ports/logger.ts';
import { ProviderRegistry } from '../../src/core/providers.ts';
import type { Services } from '../../src/core/services.ts';
import { StoryService } from '../../src/core/story/story-service.ts';
import type { SafetyDefaults } from '../../src/core/workspace/settings.ts';
import { WorkspaceService } from '../../src/core/workspace/workspace-service.ts';
import { intakeImage } from '../../src/media/image.ts';
import type { setup } from './core-harness.ts';

/**
 * The core harness's services as the one record commands are given, with a real Admission and
 * WorkspaceService over the harness's store (so the rate gate counts in its rate buckets).
 */
export function servicesOf(t: ReturnType<typeof setup>, defaults: Partial<SafetyDefaults> = {}): Services {
  const providers = new ProviderRegistry([t.provider]);
  const logger = silentLogger;
  const admission = new Admission({
    store: t.store,
    providers,
    clock: t.clock,
    logger,
    defaults: { ratePerMinute: 10_000, ...defaults },
    moderation: new Moderation({ blocklist: [], clock: t.clock, logger }),
    commandName: 'sora',
  });
  const messengers = { get: (s: string) => (s === 'test' ? t.messenger : undefined) };
  return {
    clips: t.service,
    cast: new CastService({
      store: t.store,
      clips: t.service,
      clock: t.clock,
      logger,
      intake: (bytes) => intakeImage(bytes),
      commandName: 'sora',
    }),
    contests: t.contests,
    workspace: new WorkspaceService({ store: t.store, providers, clock: t.clock, logger, admission }),
    leaderboard: new Leaderboard({ store: t.store, messengers, clock: t.clock }),
    stories: new StoryService({
      store: t.store,
      queue: t.queue,
      providers,
      clock: t.clock,
      logger,
      admission,
      limits: { maxSeconds: 60, maxShots: 6 },
    }),
    // Off (no master key): the keys commands answer that the feature is off.
    keys: new KeyService({
      repo: t.store.keys,
      clock: t.clock,
      logger,
      defaultCaps: { fal: 2, runway: 1, openai: 2 },
    }),
    providers,
  };
}

/** A command run by `actor` at `place` over these services. */
export function contextOf(services: Services, actor: Actor, place: Place): CommandContext {
  return { services, actor, place, commandName: 'sora' };
}
