/**
 * Close gracefully, but not forever. A connection that lost Redis cannot send QUIT (it fails at
 * once with the offline queue off, or waits while reconnecting): it is gone anyway, so drop it.
 * The drop is bounded too: BullMQ's disconnect waits for ioredis's 'end' event, which a client
 * stuck between reconnect attempts may never emit (a drill's cleanup hung on exactly that).
 */
export async function closeWithin(
  ms: number,
  close: () => Promise<void>,
  drop: () => Promise<void>,
): Promise<void> {
  const outcome = await within(
    ms,
    close().then(
      () => 'closed' as const,
      () => 'failed' as const,
    ),
  );
  if (outcome === 'closed') return;
  await within(
    ms,
    drop().catch(() => {}),
  );
}

/** The promise's value, or 'late' once `ms` have passed without one. */
async function within<T>(ms: number, work: Promise<T>): Promise<T | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
