import type { MessageKey, Role, Translator } from '@putokaz/core';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date and time in the console language (`Intl.DateTimeFormat`); the ISO text itself if it is not a date. */
export function formatDateTime(locale: string, iso: string, dateStyle: 'medium' | 'long' = 'medium'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${locale}|${dateStyle}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { dateStyle, timeStyle: 'short' });
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}

const ROLE_KEYS: Readonly<Record<Role, MessageKey>> = {
  hotline: 'console.role.hotline',
  caseworker: 'console.role.caseworker',
  supervisor: 'console.role.supervisor',
  analyst: 'console.role.analyst',
  admin: 'console.role.admin',
};

export function roleName(translator: Translator, role: Role): string {
  return translator.t(ROLE_KEYS[role]);
}

/**
 * A staff member's name as the API gives it: null names a user who no longer exists, shown as "Former staff
 * member" (`inText`: "a former staff member", for the middle of a sentence).
 */
export function staffName(translator: Translator, name: string | null, inText = false): string {
  return name ?? translator.t(inText ? 'console.cases.formerStaffInText' : 'console.cases.formerStaff');
}

/** A TOTP secret (base32) in groups of four for typing it into an app: `ABCD EFGH IJKL …`. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/**
 * An SVG document as a `data:` address for an `<img>` (allowed by `img-src 'self' data:`): an image cannot
 * run script, unlike markup injected into the page.
 */
export function svgDataUrl(svg: string): string {
  const bytes = new TextEncoder().encode(svg);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return `data:image/svg+xml;base64,${btoa(binary)}`;
}

const BROWSERS: readonly (readonly [RegExp, string])[] = [
  [/\bEdg(?:e|A|iOS)?\//, 'Edge'],
  [/\b(?:OPR|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\b(?:Firefox|FxiOS)\//, 'Firefox'],
  [/\bChromium\//, 'Chromium'],
  [/\b(?:Chrome|CriOS)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*Safari\//, 'Safari'],
];
const SYSTEMS: readonly (readonly [RegExp, string])[] = [
  [/\bAndroid\b/, 'Android'],
  [/\b(?:iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bLinux\b/, 'Linux'],
];

/** "Firefox on Android" from a User-Agent, so a person recognises their devices; product names stay as they are. */
export function deviceName(translator: Translator, userAgent: string | null): string {
  if (!userAgent) return translator.t('console.account.unknownDevice');
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1];
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1];
  if (browser && system) return translator.t('console.account.browserOn', { browser, system });
  return browser ?? system ?? translator.t('console.account.unknownDevice');
}
