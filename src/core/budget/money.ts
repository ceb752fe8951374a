/**
 * Money in the ledger is integer cents, so reservations, refunds and settlements add up exactly
 * (floating-point dollars drift: 0.1 + 0.2 !== 0.3). Prices can carry fractions of a cent
 * ($0.168 per second on Kling), so a reservation rounds up: a budget is never overrun by rounding.
 */
export function toCents(usd: number): number {
  if (!Number.isFinite(usd) || usd <= 0) return 0;
  // Round to a millionth first so 0.4 * 100 = 40.00000000000001 does not become 41.
  return Math.ceil(Math.round(usd * 1_000_000) / 10_000);
}

/** `$12.40`, for members. */
export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  return `${sign}$${(Math.abs(cents) / 100).toFixed(2)}`;
}
