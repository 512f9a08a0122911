/**
 * "At most N in a window" per key (a hashed IP), in memory: the service is one process and a
 * restart forgetting the counts is harmless. The window slides in tenths, so a burst at the
 * edge of one window cannot double the limit; memory stays bounded by dropping old keys.
 */
export interface RateLimiter {
  /** Counts one request for `key` at `nowMs`; false when it is over the limit (and then not counted). */
  hit(key: string, nowMs: number): boolean;
  readonly size: number;
}

const SLICES = 10;

export function createRateLimiter(options: { limit: number; windowMs: number; maxKeys?: number }): RateLimiter {
  const { limit, windowMs } = options;
  const maxKeys = options.maxKeys ?? 100_000;
  const sliceMs = Math.max(1, Math.ceil(windowMs / SLICES));
  // key → [slice number, count] pairs of the last window
  const hits = new Map<string, Array<[number, number]>>();
  return {
    hit(key, nowMs) {
      const slice = Math.floor(nowMs / sliceMs);
      const oldest = slice - SLICES + 1;
      const slices = (hits.get(key) ?? []).filter(([at]) => at >= oldest);
      const used = slices.reduce((sum, [, count]) => sum + count, 0);
      if (used >= limit) {
        hits.set(key, slices);
        return false;
      }
      const last = slices.at(-1);
      if (last && last[0] === slice) last[1]++;
      else slices.push([slice, 1]);
      hits.delete(key);
      hits.set(key, slices);
      if (hits.size > maxKeys) hits.delete(hits.keys().next().value!);
      return true;
    },
    get size() {
      return hits.size;
    },
  };
}
