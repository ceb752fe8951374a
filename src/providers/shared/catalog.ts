import type { ModelCapabilities } from '../../core/capabilities.ts';
import { ConfigError } from '../../core/errors.ts';

/**
 * The catalog entries an operator named (FAL_MODELS, RUNWAY_MODELS), in the order given, or the
 * whole catalog when none were named. An unknown name stops start-up with the names it knows.
 */
export function pickModels<T extends { capabilities: ModelCapabilities }>(
  catalog: readonly T[],
  ids: readonly string[] | undefined,
  provider: string,
): readonly T[] {
  if (!ids) return catalog;
  const known = catalog.map((m) => m.capabilities.id);
  const chosen = ids.map((id) => {
    const model = catalog.find((m) => m.capabilities.id === id);
    if (!model)
      throw new ConfigError(
        `${provider} has no model "${id}" in reelbot's catalog. Known: ${known.join(', ')}.`,
      );
    return model;
  });
  if (chosen.length === 0) throw new ConfigError(`The ${provider} provider needs at least one model.`);
  return chosen;
}
