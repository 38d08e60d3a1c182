/**
 * Ids that sort in the order they were made: UUID version 7 (RFC 9562), a 48-bit Unix time in milliseconds,
 * then a 12-bit counter (RFC 9562 section 6.2, method 1) and 62 random bits.
 *
 * Lists ordered by time read "(occurred_at, id)" and break ties on the id. With random ids, two changes made
 * in the same millisecond (a case created and a person added in one request, two quick edits) came back in a
 * random order; with these, the later one sorts after the earlier one. Within this process the ids are
 * strictly increasing, also when several are made in one millisecond or the clock steps back (the time part
 * then stays at the last value used). Ids made by two server processes in the same millisecond sort in an
 * arbitrary but fixed order.
 */
import { randomFillSync } from 'node:crypto';

const COUNTER_MAX = 0xfff;
let lastMs = -1;
let counter = 0;
const bytes = new Uint8Array(16);
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export function orderedId(now: number = Date.now()): string {
  let ms = Math.floor(now);
  if (ms > lastMs) {
    lastMs = ms;
    counter = 0;
  } else {
    // same millisecond, or the clock went back: count on from the last id
    ms = lastMs;
    counter++;
    if (counter > COUNTER_MAX) {
      lastMs = ms = lastMs + 1;
      counter = 0;
    }
  }
  randomFillSync(bytes, 8, 8);
  // 48-bit big-endian milliseconds (Math.floor keeps the high part exact: ms < 2^48)
  const high = Math.floor(ms / 0x100000000);
  const low = ms >>> 0;
  bytes[0] = (high >>> 8) & 0xff;
  bytes[1] = high & 0xff;
  bytes[2] = (low >>> 24) & 0xff;
  bytes[3] = (low >>> 16) & 0xff;
  bytes[4] = (low >>> 8) & 0xff;
  bytes[5] = low & 0xff;
  bytes[6] = 0x70 | (counter >>> 8);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | ((bytes[8] as number) & 0x3f);
  let out = '';
  for (let i = 0; i < 16; i++) {
    if (i === 4 || i === 6 || i === 8 || i === 10) out += '-';
    out += HEX[bytes[i] as number] as string;
  }
  return out;
}
