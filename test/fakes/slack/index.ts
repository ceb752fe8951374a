export { type Delivery, httpTransport, type Signing, SlackDriver, socketTransport } from './sender.ts';
export { type FakeSlack, startFakeSlack } from './server.ts';
export type { FakeFile, FakeMessage } from './state.ts';
export { BOT_USER_ID, TEAM_ID } from './web-api.ts';
