/**
 * Signed checkpoints of the audit chain: the number of events and the hash of the last one, HMAC'd with the
 * checkpoint key derived from the master key. Kept off the server, a checkpoint lets `putokaz audit verify
 * --checkpoint FILE` notice a deleted tail or a consistently rewritten chain, which the chain alone cannot.
 */
import { createHmac, timingSafeEqual, type KeyObject } from 'node:crypto';
import { lengthPrefixed } from './encoding.js';

export const CHECKPOINT_VERSION = 1;
const SIGNATURE_LABEL = 'putokaz-audit-checkpoint';

export interface AuditCheckpoint {
  version: 1;
  /** Number of events in the chain when the checkpoint was made (the seq of the last one). */
  count: number;
  /** Hash of event `count` (64 zeros for an empty chain). */
  headHash: string;
  /** When the checkpoint was made (ISO-8601 UTC). */
  createdAt: string;
  /** HMAC-SHA-256 (hex) over lp(label) ‖ lp(version) ‖ lp(count) ‖ lp(headHash) ‖ lp(createdAt). */
  signature: string;
}

/** A checkpoint file that cannot be read: the message says what is wrong with it. */
export class CheckpointFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckpointFormatError';
  }
}

const HEX64 = /^[0-9a-f]{64}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function signatureOf(key: KeyObject, body: Omit<AuditCheckpoint, 'signature'>): string {
  const message = lengthPrefixed([
    SIGNATURE_LABEL,
    String(body.version),
    String(body.count),
    body.headHash,
    body.createdAt,
  ]);
  return createHmac('sha256', key).update(message).digest('hex');
}

/** Signs a chain state. */
export function signCheckpoint(
  key: KeyObject,
  state: { count: number; headHash: string; createdAt: string },
): AuditCheckpoint {
  const body = { version: CHECKPOINT_VERSION, ...state } as const;
  return { ...body, signature: signatureOf(key, body) };
}

/** True when the checkpoint was signed with this key and not changed since (constant-time comparison). */
export function checkpointSignatureValid(key: KeyObject, checkpoint: AuditCheckpoint): boolean {
  const expected = Buffer.from(signatureOf(key, checkpoint), 'hex');
  const given = Buffer.from(checkpoint.signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The text of a checkpoint file: one line of JSON. */
export function formatCheckpoint(checkpoint: AuditCheckpoint): string {
  const { version, count, headHash, createdAt, signature } = checkpoint;
  return `${JSON.stringify({ version, count, headHash, createdAt, signature })}\n`;
}

/** Reads a checkpoint file; throws CheckpointFormatError naming the problem. Does not check the signature. */
export function parseCheckpoint(text: string): AuditCheckpoint {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CheckpointFormatError(
      'the checkpoint is not JSON (expected the output of putokaz audit checkpoint)',
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new CheckpointFormatError('the checkpoint must be a JSON object');
  }
  const record = value as Record<string, unknown>;
  const known = ['version', 'count', 'headHash', 'createdAt', 'signature'];
  const unknown = Object.keys(record).filter((k) => !known.includes(k));
  if (unknown.length > 0) {
    throw new CheckpointFormatError(`the checkpoint has unknown fields: ${unknown.join(', ')}`);
  }
  if (record.version !== CHECKPOINT_VERSION) {
    throw new CheckpointFormatError(
      `unsupported checkpoint version ${JSON.stringify(record.version)} (this version reads ${CHECKPOINT_VERSION})`,
    );
  }
  const { count, headHash, createdAt, signature } = record;
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
    throw new CheckpointFormatError('the checkpoint count must be a whole number of 0 or more');
  }
  if (typeof headHash !== 'string' || !HEX64.test(headHash)) {
    throw new CheckpointFormatError('the checkpoint headHash must be 64 lower-case hex characters');
  }
  if (
    typeof createdAt !== 'string' ||
    !ISO_INSTANT.test(createdAt) ||
    Number.isNaN(Date.parse(createdAt)) ||
    new Date(createdAt).toISOString() !== createdAt
  ) {
    throw new CheckpointFormatError('the checkpoint createdAt must be an ISO-8601 UTC instant');
  }
  if (typeof signature !== 'string' || !HEX64.test(signature)) {
    throw new CheckpointFormatError('the checkpoint signature must be 64 lower-case hex characters');
  }
  return { version: CHECKPOINT_VERSION, count, headHash, createdAt, signature };
}
