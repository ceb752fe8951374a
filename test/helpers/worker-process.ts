/**
 * A worker process for tests that kill workers: the real app (BullMQ on Redis, the OpenAI
 * adapter on the openai SDK) with its messages sent to the HTTP recorder. Settings come from the
 * environment the test gives it, exactly as in production.
 */
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logging.ts';
import { HttpMessenger } from './http-recorder.ts';

const config = loadConfig(process.env);
const logger = createLogger({ level: config.logLevel });
const app = await createApp(config, logger, { messengers: [new HttpMessenger(process.env.RECORDER_URL!)] });
await app.startWorker();
process.send?.('ready');
