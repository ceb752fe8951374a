import type { Config } from '../../src/config.ts';
import type { AdapterContext, SurfaceAdapter } from '../types.ts';
import { mountStudioRoutes } from './api.ts';
import { StudioAssets } from './assets.ts';
import { startBanner, studioUrl } from './banner.ts';
import { StudioEvents } from './events.ts';
import { isLoopback } from './http.ts';
import { StudioInbound } from './inbound.ts';
import { STUDIO_WORKSPACE } from './members.ts';
import { createMemoryStudioRepository } from './memory-repository.ts';
import { STUDIO, StudioMessenger } from './messenger.ts';
import { createRedisStudioRepository } from './redis-repository.ts';
import { StudioRenderer } from './render.ts';

export interface StudioAdapterOptions {
  /** Where the start-up banner goes (default stdout; nothing when LOG_LEVEL=silent). */
  print?: (text: string) => void;
}

/**
 * The local web studio: a channel in the browser, and a third surface of the same core. Its
 * messages live in the studio repository (Redis when configured, so workers elsewhere can post);
 * the page is served from the shared HTTP router.
 */
export function createStudioAdapter(
  context: AdapterContext,
  config: Config,
  options: StudioAdapterOptions = {},
): SurfaceAdapter {
  const { services, http, logger } = context;
  const repository = config.redis
    ? createRedisStudioRepository({ url: config.redis.url, prefix: config.redis.prefix, logger })
    : createMemoryStudioRepository();
  const messenger = new StudioMessenger(repository);
  const renderer = new StudioRenderer(services.providers);
  const inbound = new StudioInbound({ services, commandName: config.commandName, repository, renderer });
  const events = new StudioEvents({
    repository,
    view: (id) => inbound.view(id),
    logger,
    maxStreams: config.studio.maxStreams,
    maxBufferBytes: config.studio.maxBufferBytes,
  });
  const assets = new StudioAssets();
  const print = options.print ?? ((text: string) => process.stdout.write(`${text}\n`));
  let started = false;

  return {
    surface: STUDIO,
    messenger,
    async start() {
      await assets.load();
      await events.start();
      mountStudioRoutes(http, { services, config, logger, inbound, events, assets, repository });
      started = true;
      const url = studioUrl(config);
      logger.info({ url, store: config.redis ? 'redis' : 'memory' }, 'studio ready');
      if (!isLoopback(config.http.host)) {
        logger.warn(
          { host: config.http.host },
          'the studio has no sign-in and anyone who can reach this address can make clips as any member; set STUDIO=off unless that is intended',
        );
      }
      if (config.logLevel !== 'silent') {
        // In the studio workspace's language: its `language` setting, else English.
        const { channel: locale } = await services.workspace.languages({
          surface: STUDIO,
          workspaceId: STUDIO_WORKSPACE,
        });
        print(
          startBanner(
            config,
            {
              // The in-process simulator runs only when no real provider is configured.
              simulated: context.simulatorUrl !== undefined,
              providers: services.providers.all().map((p) => p.name),
            },
            locale,
          ),
        );
      }
    },
    async stop() {
      if (started) await events.stop();
      await repository.close();
    },
  };
}
