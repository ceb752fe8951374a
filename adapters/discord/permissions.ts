import { msg } from '../../src/core/i18n/message.ts';

/**
 * Discord's permissions as the member's client names them (the catalog has each one's name in
 * every language we speak), for sentences that ask an admin to grant them.
 */
export const PERMISSION_NAMES = {
  viewChannel: msg('surface.discord.permission.viewChannel'),
  sendMessages: msg('surface.discord.permission.sendMessages'),
  sendMessagesInThreads: msg('surface.discord.permission.sendMessagesInThreads'),
  embedLinks: msg('surface.discord.permission.embedLinks'),
  attachFiles: msg('surface.discord.permission.attachFiles'),
  readMessageHistory: msg('surface.discord.permission.readMessageHistory'),
} as const;
