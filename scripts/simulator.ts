/**
 * `npm run simulator`: the OpenAI-compatible video simulator on its own, for pointing any
 * client (or another reelbot with OPENAI_BASE_URL) at it.
 */
import { join } from 'node:path';
import { createSimulator } from '../simulator/index.ts';
import { loadConfig, loadDotEnv } from '../src/config.ts';
import { createLogger } from '../src/logging.ts';
import { useFfmpeg } from '../src/media/ffmpeg.ts';

loadDotEnv();
const config = loadConfig();
const logger = createLogger({ level: config.logLevel, format: config.logFormat });
await useFfmpeg({ ...(config.media.ffmpegPath ? { configured: config.media.ffmpegPath } : {}), logger });
const settings = config.simulator;
const simulator = await createSimulator({
  port: settings.port,
  renderMs: settings.renderMs,
  maxConcurrentVideos: settings.maxConcurrent,
  mediaDir: join(config.mediaDir, 'simulator'),
  logger,
});
logger.info(
  { url: simulator.url, renderMs: settings.renderMs },
  `simulator listening: OPENAI_BASE_URL=${simulator.url}`,
);
const stop = () => void simulator.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
