// A token bucket per client: `perMinute` requests a minute, bursts up to the same number.
export interface RateLimiter {
  /** 0 when allowed, else the seconds to wait. */
  take(key: string, cost?: number): number;
}

export function rateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  if (!(perMinute > 0)) return { take: () => 0 };
  const buckets = new Map<string, { tokens: number; at: number }>();
  const rate = perMinute / 60_000;
  return {
    take(key, cost = 1) {
      const t = now();
      let b = buckets.get(key);
      if (!b) {
        if (buckets.size > 10_000) buckets.clear(); // bounded memory under many clients
        b = { tokens: perMinute, at: t };
        buckets.set(key, b);
      }
      b.tokens = Math.min(perMinute, b.tokens + (t - b.at) * rate);
      b.at = t;
      if (b.tokens >= cost) {
        b.tokens -= cost;
        return 0;
      }
      return Math.max(1, Math.ceil((cost - b.tokens) / rate / 1000));
    },
  };
}
