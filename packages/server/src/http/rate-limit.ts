/**
 * A small in-memory fixed-window rate limiter for public endpoints. It never sees an address: callers pass a
 * keyed hash of it (`keyring.blindIndex('ratelimit', request.ip)`), so the memory of the process holds
 * counters under opaque keys only. Memory is bounded: windows that have ended are dropped as time passes,
 * and when `maxKeys` keys are live the oldest window is dropped to make room (under a flood of distinct
 * addresses the limit loosens for the oldest callers rather than refusing everybody).
 *
 * Each process counts on its own: with several server instances the effective limit is `max` per instance.
 */
import type { FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import { AppError } from './errors.js';

export interface RateLimitOptions {
  /** Requests allowed per key and window. */
  max: number;
  /** Length of a window in milliseconds (default one minute). */
  windowMs?: number;
  /** Most keys held at once (default 10,000: about 1 MB). */
  maxKeys?: number;
  /** The clock, replaceable in tests. */
  now?: () => number;
}

export type RateLimitVerdict =
  { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

interface Window {
  /** When the window started (ms since the epoch). */
  start: number;
  count: number;
}

export class FixedWindowRateLimiter {
  readonly max: number;
  readonly windowMs: number;
  readonly maxKeys: number;
  readonly #now: () => number;
  /** Keys in order of their window's start: a new window is re-inserted at the end. */
  readonly #windows = new Map<string, Window>();
  #lastSweep = 0;

  constructor(options: RateLimitOptions) {
    if (!Number.isInteger(options.max) || options.max < 1)
      throw new RangeError('max must be a positive integer');
    this.max = options.max;
    this.windowMs = options.windowMs ?? 60_000;
    this.maxKeys = options.maxKeys ?? 10_000;
    if (this.windowMs <= 0) throw new RangeError('windowMs must be positive');
    if (!Number.isInteger(this.maxKeys) || this.maxKeys < 1)
      throw new RangeError('maxKeys must be a positive integer');
    this.#now = options.now ?? Date.now;
  }

  /** Counts one request for `key` and says whether it may proceed. */
  hit(key: string): RateLimitVerdict {
    const now = this.#now();
    this.#sweep(now);
    let window = this.#windows.get(key);
    if (window && now - window.start >= this.windowMs) {
      this.#windows.delete(key);
      window = undefined;
    }
    if (!window) {
      while (this.#windows.size >= this.maxKeys) {
        const oldest = this.#windows.keys().next();
        if (oldest.done) break;
        this.#windows.delete(oldest.value);
      }
      window = { start: now, count: 0 };
      this.#windows.set(key, window);
    }
    if (window.count >= this.max) {
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((window.start + this.windowMs - now) / 1000)),
      };
    }
    window.count += 1;
    return { allowed: true, remaining: this.max - window.count };
  }

  /** How many keys are held (for tests and metrics). */
  get size(): number {
    return this.#windows.size;
  }

  /** A copy of what is held: opaque keys and their counters, nothing else. */
  snapshot(): { key: string; start: number; count: number }[] {
    return [...this.#windows].map(([key, w]) => ({ key, start: w.start, count: w.count }));
  }

  /** Drops the windows that have ended; at most once per window length, stopping at the first live one. */
  #sweep(now: number): void {
    if (now - this.#lastSweep < this.windowMs) return;
    this.#lastSweep = now;
    for (const [key, window] of this.#windows) {
      if (now - window.start < this.windowMs) break;
      this.#windows.delete(key);
    }
  }
}

/**
 * An `onRequest` hook that counts each request under `keyOf(request)` (a keyed hash, never the address) and
 * answers 429 `rateLimited` with a `retry-after` header when the key is over its limit.
 */
export function rateLimitHook(
  limiter: FixedWindowRateLimiter,
  keyOf: (request: FastifyRequest) => string,
): onRequestAsyncHookHandler {
  return async (request, reply) => {
    const verdict = limiter.hit(keyOf(request));
    if (!verdict.allowed) {
      reply.header('retry-after', String(verdict.retryAfterSeconds));
      throw new AppError(429, 'rateLimited', { details: { retryAfterSeconds: verdict.retryAfterSeconds } });
    }
  };
}
