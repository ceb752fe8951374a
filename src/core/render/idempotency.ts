/** The key a provider and a surface see on every retry of one clip, so repeats can be dropped. */
export const idempotencyKey = (clipId: string, step: 'submit' | 'deliver') => `reelbot-${clipId}-${step}`;
