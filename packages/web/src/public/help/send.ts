/**
 * Sending a help request from the public app: a proof-of-work challenge from the server, solved on the device
 * with WebCrypto (in batches, so the page stays responsive, with progress), then the request itself. No cookie,
 * no identifier, no referrer (the server sends `no-referrer`); the answer is the reference code.
 */
import { solveProofOfWork, type HelpContactWay, type IndicatorId, type Locale } from '@putokaz/core';

const CHALLENGE_URL = '/api/v1/public/help-requests/challenge';
const SUBMIT_URL = '/api/v1/public/help-requests';
/** Error codes after which a fresh challenge is fetched and the request sent once more. */
const RETRY_CODES = new Set([
  'helpRequest.challengeExpired',
  'helpRequest.challengeUsed',
  'helpRequest.challengeInvalid',
  'helpRequest.workInsufficient',
]);

/** What the person sends (the proof of work is added when it is sent). */
export interface HelpRequestDraft {
  narrative?: string;
  lang: Locale;
  contactInfo?: { way: HelpContactWay; value: string; safeTime?: string } | null;
  offer?: { text: string; indicatorIds: IndicatorId[] };
  /** The honeypot: empty when a person fills the form. */
  website?: string;
}

export interface Proof {
  challenge: string;
  nonce: string;
  /** When the server stops accepting it (ms since the epoch). */
  expiresAt: number;
}

export type SendResult =
  | { kind: 'sent'; code: string }
  /** No answer (offline, connection cut, server unreachable): keep it and try again later. */
  | { kind: 'network' }
  /** The server refused it: a message for the person and the fields at fault. */
  | { kind: 'refused'; code: string; message: string; fields: Record<string, string> };

export type Progress = (fraction: number) => void;

class NetworkFailure extends Error {}

async function fetchJson(
  url: string,
  init: RequestInit,
  locale: Locale,
): Promise<{ status: number; body: unknown }> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { accept: 'application/json', 'accept-language': locale, ...(init.headers ?? {}) },
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    throw new NetworkFailure();
  }
  // A gateway that cannot reach the server is a network problem for the person, not a refusal.
  if (response.status === 502 || response.status === 503 || response.status === 504)
    throw new NetworkFailure();
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    if (!response.ok) throw new NetworkFailure();
    body = undefined;
  }
  return { status: response.status, body };
}

const sha256 = async (data: Uint8Array) =>
  new Uint8Array(await crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>));

/** Fetches a challenge and solves it; `onProgress` gets a fraction that approaches (never reaches) 1. */
export async function prepareProof(
  locale: Locale,
  onProgress?: Progress,
  signal?: AbortSignal,
): Promise<Proof> {
  const { status, body } = await fetchJson(CHALLENGE_URL, { method: 'GET' }, locale);
  const answer = body as { challenge?: unknown; bits?: unknown; expiresAt?: unknown } | undefined;
  if (status !== 200 || typeof answer?.challenge !== 'string' || typeof answer.bits !== 'number')
    throw new NetworkFailure();
  const challenge = answer.challenge;
  const { nonce } = await solveProofOfWork(challenge, answer.bits, sha256, {
    ...(signal ? { signal } : {}),
    onProgress: onProgress
      ? (attempts, expected) => onProgress(Math.min(0.95, 1 - Math.exp(-attempts / expected)))
      : undefined,
  });
  const expiresAt = typeof answer.expiresAt === 'string' ? Date.parse(answer.expiresAt) : Date.now() + 60_000;
  return { challenge, nonce, expiresAt };
}

function fieldsOf(details: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!Array.isArray(details)) return out;
  for (const detail of details as { path?: unknown; message?: unknown }[]) {
    if (typeof detail.path === 'string' && typeof detail.message === 'string' && !(detail.path in out))
      out[detail.path] = detail.message;
  }
  return out;
}

/**
 * Sends one request. `proof` is a solution prepared in advance (while the person was typing), used only when
 * it has not expired; otherwise one is made now. A refused proof (expired, used) is replaced once.
 */
export async function sendHelpRequest(
  draft: HelpRequestDraft,
  options: { proof?: Promise<Proof> | undefined; onProgress?: Progress } = {},
): Promise<SendResult> {
  const locale = draft.lang;
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      let proof = attempt === 0 && options.proof ? await options.proof.catch(() => undefined) : undefined;
      if (!proof || proof.expiresAt - 30_000 < Date.now())
        proof = await prepareProof(locale, options.onProgress);
      options.onProgress?.(1);
      const { status, body } = await fetchJson(
        SUBMIT_URL,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...draft, proofOfWork: { challenge: proof.challenge, nonce: proof.nonce } }),
        },
        locale,
      );
      const answer = body as {
        code?: unknown;
        error?: { code?: unknown; message?: unknown; details?: unknown };
      };
      if (status === 201 && typeof answer?.code === 'string') return { kind: 'sent', code: answer.code };
      const code = typeof answer?.error?.code === 'string' ? answer.error.code : 'internal';
      if (RETRY_CODES.has(code) && attempt === 0) continue;
      return {
        kind: 'refused',
        code,
        message: typeof answer?.error?.message === 'string' ? answer.error.message : '',
        fields: fieldsOf(answer?.error?.details),
      };
    }
  } catch (error) {
    if (error instanceof NetworkFailure || error instanceof TypeError) return { kind: 'network' };
    throw error;
  }
  return { kind: 'network' };
}
