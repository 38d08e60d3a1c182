import { ConfigError } from '../../config.js';
import { DEFAULT_POW_BITS, POW_BITS_RANGE } from './proof-of-work.js';

/** The environment variable that sets the proof-of-work difficulty of the help form. */
export const POW_BITS_VARIABLE = 'PUTOKAZ_HELP_POW_BITS';

/**
 * Settings of the help-request feature from the environment: `PUTOKAZ_HELP_POW_BITS` (leading zero bits the
 * browser must find, default 14, about 16,000 SHA-256 hashes: about a second in a browser). A bad value
 * stops start-up with a ConfigError naming the variable.
 */
export function helpRequestSettingsFromEnv(env: Readonly<Record<string, string | undefined>>): {
  powBits: number;
} {
  const raw = env[POW_BITS_VARIABLE]?.trim();
  if (!raw) return { powBits: DEFAULT_POW_BITS };
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < POW_BITS_RANGE.min || value > POW_BITS_RANGE.max) {
    throw new ConfigError(
      POW_BITS_VARIABLE,
      `${POW_BITS_VARIABLE} must be a whole number from ${POW_BITS_RANGE.min} to ${POW_BITS_RANGE.max} (got "${raw}").`,
    );
  }
  return { powBits: value };
}
