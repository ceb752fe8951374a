/**
 * `npm run rotate-keys`: re-seal every workspace's stored provider key under a new master key.
 * REELBOT_MASTER_KEY_OLD is the key they are sealed under now, REELBOT_MASTER_KEY the new one
 * (make it with `openssl rand -base64 32`). Each record names the key that sealed it, so a run
 * that stopped midway is simply run again. Stop the bot and workers first, then start them with
 * the new REELBOT_MASTER_KEY alone.
 */
import { type Config, loadConfig, loadDotEnv } from '../src/config.ts';
import { ConfigError } from '../src/core/errors.ts';
import { rotateKeys } from '../src/core/keys/key-service.ts';
import { createRedisStore } from '../src/store/redis-store.ts';

loadDotEnv();
let config: Config;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`rotate-keys: ${error.message}`);
  process.exit(1);
}
const { master, previousMaster } = config.keys;
if (!config.redis) {
  console.error('rotate-keys: set REDIS_URL (and REDIS_PREFIX) to where the keys are stored');
  process.exit(1);
}
if (!master || !previousMaster) {
  console.error(
    'rotate-keys: set REELBOT_MASTER_KEY_OLD to the current master key and REELBOT_MASTER_KEY to the new one',
  );
  process.exit(1);
}
const store = createRedisStore({ url: config.redis.url, prefix: config.redis.prefix });
try {
  const result = await rotateKeys(store.keys, previousMaster, master);
  console.log(
    `rotate-keys: ${result.moved} key(s) re-sealed under ${master.id}, ${result.already} already were; start reelbot with the new REELBOT_MASTER_KEY`,
  );
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(`rotate-keys: ${error.message}`);
  process.exitCode = 1;
} finally {
  await store.close();
}
