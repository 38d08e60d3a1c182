import { describe, expect, it } from 'vitest';
import { orderedId } from '../src/db/ordered-id.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const timeOf = (id: string) => Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
// Later than any id made so far in this process (the generator never goes back), each test later than the last
const BASE = Date.UTC(2040, 0, 1);

describe('orderedId', () => {
  it('is a UUID version 7 carrying the time in milliseconds', () => {
    const now = BASE + 123;
    const id = orderedId(now + 10_000);
    expect(id).toMatch(UUID_V7);
    expect(timeOf(id)).toBe(now + 10_000);
  });

  it('sorts in the order the ids were made, within one millisecond too', () => {
    const at = BASE + 20_000;
    const ids = Array.from({ length: 5000 }, (_, i) => orderedId(at + Math.floor(i / 1000)));
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps increasing when the clock steps back, and moves on when a millisecond runs out of counter', () => {
    const at = BASE + 30_000;
    const first = orderedId(at);
    const back = orderedId(at - 5_000);
    expect(back > first).toBe(true);
    expect(timeOf(back)).toBe(at);
    // 4,096 ids fit in one millisecond's counter; the next ones take the following millisecond
    const burst = Array.from({ length: 5000 }, () => orderedId(at));
    expect([...burst].sort()).toEqual(burst);
    expect(timeOf(burst.at(-1) as string)).toBe(at + 1);
  });

  it('differs in its random part between calls', () => {
    const ids = Array.from({ length: 200 }, () => orderedId().slice(19));
    expect(new Set(ids).size).toBe(200);
  });
});
