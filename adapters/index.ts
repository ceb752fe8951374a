import type { Config } from '../src/config.ts';
import { createDiscordAdapter } from './discord/index.ts';
import { createSlackAdapter } from './slack/index.ts';
import { createStudioAdapter } from './studio/index.ts';
import type { AdapterContext, SurfaceAdapter } from './types.ts';

/**
 * The adapters for the surfaces this config switches on, in a fixed order. Each adapter's
 * messenger is registered with the worker; only the bot role starts their inbound side.
 */
export async function createAdapters(context: AdapterContext, config: Config): Promise<SurfaceAdapter[]> {
  const adapters: SurfaceAdapter[] = [];
  // The studio is the zero-config surface: on unless STUDIO=off.
  if (config.studio.enabled) adapters.push(createStudioAdapter(context, config));
  if (config.discord) adapters.push(await createDiscordAdapter(context, config));
  if (config.slack) adapters.push(await createSlackAdapter(context, config));
  return adapters;
}

export type { AdapterContext, SurfaceAdapter } from './types.ts';
