/**
 * Close gracefully, but not forever. A connection that lost Redis cannot send QUIT (it fails at
 * once with the offline queue off, or waits while reconnecting): it is gone anyway, so drop it.
 */
export async function closeWithin(
  ms: number,
  close: () => Promise<void>,
  drop: () => Promise<void>,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  const outcome = await Promise.race([
    close().then(
      () => 'closed' as const,
      () => 'failed' as const,
    ),
    late,
  ]);
  clearTimeout(timer);
  if (outcome !== 'closed') await drop().catch(() => {});
}
