import { join } from 'node:path';
import { createSimulator, type Simulator } from '../../simulator/index.ts';
import type { Config, ProviderConfig } from '../config.ts';
import type { ModelCapabilities } from '../core/capabilities.ts';
import type { Logger } from '../core/ports/logger.ts';
import type { VideoProvider } from '../core/ports/video-provider.ts';
import { createFalProvider } from './fal/index.ts';
import { createOpenAIProvider } from './openai/index.ts';
import { SORA_MODELS } from './openai/models.ts';
import { createRunwayProvider } from './runway/index.ts';

export interface ProviderSet {
  /** In order of preference. */
  providers: VideoProvider[];
  /** The in-process simulator's base URL, when it is a provider. */
  simulatorUrl?: string;
  close(): Promise<void>;
}

/** The simulator's models are Sora's table under names that say what they are. */
const SIMULATED_MODELS: ModelCapabilities[] = SORA_MODELS.map((m) => ({
  ...m,
  label: `Simulated ${m.label}`,
}));

/**
 * Build the configured video providers in order of preference. The simulator, when listed (and by
 * default when nothing else is configured), starts in-process on a free port and is reached
 * through the same OpenAI-compatible adapter a gateway would use, so the zero-config path runs
 * the real client code.
 */
export async function createProviders(config: Config, logger: Logger): Promise<ProviderSet> {
  let simulator: Simulator | undefined;
  const providers: VideoProvider[] = [];
  for (const entry of config.providers) {
    if (entry.kind === 'simulator') {
      simulator = await createSimulator({
        port: 0,
        renderMs: config.simulator.renderMs,
        maxConcurrentVideos: config.simulator.maxConcurrent,
        mediaDir: join(config.mediaDir, 'simulator'),
        // With Redis the clips outlive a restart, so their renders must too; in memory both go.
        persistJobs: config.redis !== undefined,
        logger,
      });
      logger.info({ url: simulator.url }, 'video simulator started in-process');
      providers.push(
        createOpenAIProvider({
          name: 'simulator',
          apiKey: 'simulator',
          baseURL: simulator.url,
          models: SIMULATED_MODELS,
          logger,
        }),
      );
    } else {
      providers.push(createProvider(entry, logger));
    }
  }
  return {
    providers,
    ...(simulator ? { simulatorUrl: simulator.url } : {}),
    close: async () => simulator?.close(),
  };
}

/** Clients built per workspace key are kept, up to this many, instead of one per step. */
const KEYED_CLIENTS_MAX = 500;

/**
 * Clients that send a workspace's own key instead of the operator's. For a provider the operator
 * configured: the same base URL, models and webhooks, except OpenAI's signed webhooks (those
 * belong to the operator's project, so a workspace's clips are polled). For one the operator has
 * no key for (a workspace's key brings it): the operator's base URL and models for it where set
 * (FAL_BASE_URL, RUNWAY_MODELS…), else the provider's own, polled. A workspace never chooses
 * where requests go. Undefined for a provider that takes no key (the simulator).
 */
export function providerForKey(
  config: Config,
  logger: Logger,
): (name: string, key: string) => VideoProvider | undefined {
  const clients = new Map<string, VideoProvider>();
  return (name, key) => {
    const cacheKey = `${name}\n${key}`;
    const cached = clients.get(cacheKey);
    if (cached) return cached;
    const entry = config.providers.find((p) => p.kind === name) ?? unconfigured(config, name);
    if (!entry || entry.kind === 'simulator') return undefined;
    const provider =
      entry.kind === 'openai'
        ? createProvider(
            {
              kind: 'openai',
              apiKey: key,
              ...(entry.baseUrl ? { baseUrl: entry.baseUrl } : {}),
              ...(entry.models ? { models: entry.models } : {}),
            },
            logger,
          )
        : createProvider({ ...entry, apiKey: key }, logger);
    // Oldest out first: a Map iterates in insertion order.
    if (clients.size >= KEYED_CLIENTS_MAX) clients.delete(clients.keys().next().value!);
    clients.set(cacheKey, provider);
    return provider;
  };
}

/** A provider the operator has no key for, as the operator's settings for it describe it. */
export function unconfigured(config: Config, name: string): ProviderConfig | undefined {
  const { clients } = config.keys;
  if (name === 'fal') return { kind: 'fal', apiKey: '', ...clients.fal };
  if (name === 'runway') return { kind: 'runway', apiKey: '', ...clients.runway };
  if (name === 'openai') return { kind: 'openai', apiKey: '', ...clients.openai };
  return undefined;
}

/** A stand-in for a provider's calls in a catalog entry: it has no key and must never be called. */
const uncallable = (name: string) => async (): Promise<never> => {
  throw new Error(`${name}: a catalog entry has no key and makes no calls`);
};

/**
 * What each provider a workspace may bring a key for offers (its models, sizes, prices), as
 * providerForKey would build it, with no key: validation and failover read it; calls go
 * through a client built with the key. Built once per provider.
 */
export function providerCatalog(
  forKey: (name: string, key: string) => VideoProvider | undefined,
): (name: string) => VideoProvider | undefined {
  const built = new Map<string, VideoProvider | undefined>();
  return (name) => {
    if (!built.has(name)) {
      // A placeholder key only lets the factory build; every call is replaced below.
      const client = forKey(name, 'catalog-only-no-key');
      built.set(
        name,
        client && {
          name: client.name,
          capabilities: () => client.capabilities(),
          submit: uncallable(name),
          status: uncallable(name),
          download: uncallable(name),
        },
      );
    }
    return built.get(name);
  };
}

function createProvider(
  entry: Exclude<ProviderConfig, { kind: 'simulator' }>,
  logger: Logger,
): VideoProvider {
  switch (entry.kind) {
    case 'openai':
      return createOpenAIProvider({
        apiKey: entry.apiKey,
        ...(entry.baseUrl ? { baseURL: entry.baseUrl } : {}),
        ...(entry.models ? { models: entry.models.map(gatewayModel) } : {}),
        ...(entry.webhookFallbackMs ? { webhookFallbackMs: entry.webhookFallbackMs } : {}),
        logger,
      });
    case 'fal':
      return createFalProvider({
        apiKey: entry.apiKey,
        ...(entry.baseUrl ? { baseUrl: entry.baseUrl } : {}),
        ...(entry.endpoints ? { endpoints: entry.endpoints } : {}),
        ...(entry.webhookUrl ? { webhookUrl: entry.webhookUrl } : {}),
        logger,
      });
    case 'runway':
      return createRunwayProvider({
        apiKey: entry.apiKey,
        ...(entry.baseUrl ? { baseUrl: entry.baseUrl } : {}),
        ...(entry.models ? { models: entry.models } : {}),
        logger,
      });
  }
}

/** A gateway model as the operator described it (OPENAI_MODELS), as capabilities. */
function gatewayModel(
  m: NonNullable<Extract<ProviderConfig, { kind: 'openai' }>['models']>[number],
): ModelCapabilities {
  return {
    id: m.id,
    label: m.label ?? m.id,
    durationsS: m.durationsS,
    sizes: m.sizes,
    audio: m.audio,
    imageInput: m.imageInput,
    remix: m.remix,
    usdPerSecond: { '*': m.usdPerSecond },
  };
}
