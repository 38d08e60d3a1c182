import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/**
 * A phone number in E.164 (`+381601234567`), or undefined when the text is not a possible number. Numbers
 * written without a country code are read as numbers of `defaultRegion` (Serbia unless told otherwise), and
 * the international prefix 00 is understood.
 */
export function normalizePhoneNumber(raw: string, defaultRegion: CountryCode = 'RS'): string | undefined {
  const cleaned = raw.trim().replace(/^00(?=\d)/, '+');
  if (!/\d{5,}/.test(cleaned.replace(/\D/g, ''))) return undefined;
  const parsed = parsePhoneNumberFromString(cleaned, defaultRegion);
  return parsed?.isPossible() ? parsed.number : undefined;
}
