// As in production, where main.ts loads every adapter: Bolt replaces undici's process-wide
// dispatcher as it is imported, and Discord's uploads must not depend on which one is there.
import '@slack/bolt';
import { createDiscordAdapter } from '../../../adapters/discord/index.ts';
import { fromRef } from '../../../adapters/discord/refs.ts';
import { adapterContext } from '../../../src/adapter-context.ts';
import { HttpRouter } from '../../../src/http/router.ts';
import { messengerContract } from '../../contract/messenger-contract.ts';
import { DiscordE2E } from './harness.ts';

/** The Discord messenger as a worker builds it (the adapter never started), against the fake Discord. */
messengerContract('discord', async () => {
  const e = await DiscordE2E.start('messenger-contract');
  const worker = await createDiscordAdapter(
    adapterContext(e.app, new HttpRouter(e.app.logger)),
    e.app.config,
  );
  const place = {
    surface: 'discord',
    workspaceId: e.fake.world.guildId,
    channelId: e.fake.world.channels.clips.id,
  };
  const { alice } = e.fake.world.users;
  const others: { stop(): Promise<void> }[] = [];
  return {
    messenger: worker.messenger,
    async anotherWorker() {
      const other = await createDiscordAdapter(
        adapterContext(e.app, new HttpRouter(e.app.logger)),
        e.app.config,
      );
      others.push(other);
      return other.messenger;
    },
    place,
    async shown(ref) {
      const message = e.fake.message(fromRef(ref).messageId);
      if (!message || message.deleted) return undefined;
      return JSON.stringify({
        content: message.content,
        embeds: message.embeds,
        components: message.components,
      });
    },
    videos: async () => e.fake.uploadedFiles().filter((f) => f.channelId === place.channelId).length,
    member: { id: alice.id, name: alice.username },
    mentionOf: (member) => `<@${member.id}>`,
    voteEmoji: '👍',
    async react(ref, member) {
      e.fake.react(member.id, fromRef(ref).messageId, '👍');
    },
    async close() {
      for (const adapter of [worker, ...others]) await adapter.stop();
      await e.close();
    },
  };
});
