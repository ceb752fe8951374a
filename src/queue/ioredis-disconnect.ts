import { Redis } from 'ioredis';
import { closeHandler } from 'ioredis/built/redis/event_handler.js';

/**
 * ioredis cannot be disconnected between two reconnect attempts: disconnect() cancels the next
 * attempt, then waits for a close event from a socket that has already closed, so the client
 * stays "reconnecting" for good and never emits "end" (https://github.com/redis/ioredis/issues/1247;
 * the fix proposed upstream, ioredis PR #2169, does what this does). BullMQ's Worker.close waits
 * for that "end" on its blocking connection, so a SIGTERM shortly after a Redis restart hung the
 * shutdown until SHUTDOWN_TIMEOUT_MS and exited 1. After the original disconnect, a client still
 * "reconnecting" is closed the way ioredis closes one that never connected: status "end", queued
 * commands rejected, "end" emitted. Applied once, to the one ioredis BullMQ shares with us.
 */
const PATCHED = Symbol.for('reelbot.ioredis.disconnectBetweenAttempts');
const prototype = Redis.prototype as Redis & { [PATCHED]?: true };

if (!prototype[PATCHED]) {
  const disconnect = prototype.disconnect;
  prototype.disconnect = function (this: Redis, reconnect = false) {
    const betweenAttempts = !reconnect && this.status === 'reconnecting';
    disconnect.call(this, reconnect);
    if (betweenAttempts && this.status === 'reconnecting') closeHandler(this)();
  };
  prototype[PATCHED] = true;
}
