import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

/** RFC 6238 defaults that every authenticator app understands: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;

export function newTotpSecret(): string {
  return generateSecret();
}

/**
 * Checks a code, accepting the previous and the next time step for clock drift, but never a step at or before
 * `lastAcceptedStep`: a code (or an older one) that was accepted once is refused afterwards.
 */
export async function verifyTotp(
  secret: string,
  code: string,
  lastAcceptedStep: number | null,
  now: Date,
): Promise<{ valid: true; step: number } | { valid: false }> {
  const token = code.replace(/\s+/g, '');
  if (!/^\d{6}$/.test(token)) return { valid: false };
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOTP_PERIOD_SECONDS,
    ...(lastAcceptedStep === null ? {} : { afterTimeStep: lastAcceptedStep }),
  });
  return result.valid && 'timeStep' in result ? { valid: true, step: result.timeStep } : { valid: false };
}

/** The otpauth:// URI and its QR code as SVG, rendered locally (no image service). */
export async function enrolmentMaterial(secret: string, account: string, issuer: string) {
  const uri = generateURI({ issuer, label: account, secret });
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { uri, qrSvg };
}
