import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contactHash,
  extractContacts,
  hashContacts,
  hashPrefix,
  HASH_PREFIX_LENGTH,
  matchSuffixes,
  normalizeContact,
  normalizeDomain,
  normalizeEmail,
  normalizePhone,
} from '../src/offer-check/contacts.js';

// Synthetic numbers only: Serbian numbers made of zeros, and the UK range reserved for drama (07700 900xxx).
describe('normalizePhone', () => {
  it('writes Serbian numbers in E.164 whatever the spelling', () => {
    for (const spelling of [
      '060 0000000',
      '060/000-00-00',
      '+381 60 000 0000',
      '00381600000000',
      '(060) 000 0000',
    ]) {
      expect(normalizePhone(spelling)).toBe('+381600000000');
    }
  });

  it('keeps foreign numbers with their country code', () => {
    expect(normalizePhone('+44 7700 900123')).toBe('+447700900123');
    expect(normalizePhone('+380 67 000 0000')).toBe('+380670000000');
    expect(normalizePhone('0044 7700 900123')).toBe('+447700900123');
  });

  it('rejects what is not a phone number', () => {
    expect(normalizePhone('12')).toBeUndefined();
    expect(normalizePhone('call me')).toBeUndefined();
    expect(normalizePhone('+1 2')).toBeUndefined();
  });
});

describe('normalizeEmail and normalizeDomain', () => {
  it('lowercases e-mail addresses and trims spaces, dots and brackets', () => {
    expect(normalizeEmail('  <Posao.Primer@Example.COM>. ')).toBe('posao.primer@example.com');
    expect(normalizeEmail('mailto:HR@example.org')).toBe('hr@example.org');
    expect(normalizeEmail('.radnik@example.net.')).toBe('radnik@example.net');
    expect(normalizeEmail('not an address')).toBeUndefined();
  });

  it('keeps only the registrable host of a web address', () => {
    expect(normalizeDomain('https://Jobs.Example.co.uk/apply?x=1')).toBe('example.co.uk');
    expect(normalizeDomain('www.firma-primer.rs')).toBe('firma-primer.rs');
    expect(normalizeDomain('http://posao.primer.co.rs:8080/')).toBe('primer.co.rs');
    expect(normalizeDomain('fake-jobs.blogspot.com/post')).toBe('fake-jobs.blogspot.com');
    expect(normalizeDomain('localhost')).toBeUndefined();
    expect(normalizeDomain('192.168.0.1')).toBeUndefined();
  });

  it('writes international domain names in ASCII (punycode)', () => {
    expect(normalizeDomain('ПРИМЕР.срб')).toBe('xn--e1afmkfd.xn--90a3ac');
    expect(normalizeEmail('Posao@Пример.срб')).toBe('posao@xn--e1afmkfd.xn--90a3ac');
  });

  it('dispatches by kind', () => {
    expect(normalizeContact('phone', '060 000 0000')).toBe('+381600000000');
    expect(normalizeContact('email', 'A@Example.com')).toBe('a@example.com');
    expect(normalizeContact('domain', 'https://www.example.com')).toBe('example.com');
  });
});

describe('extractContacts', () => {
  const text =
    'Javi se na 060/000-00-00 ili +44 7700 900123, mail Posao.Primer@Example.COM. ' +
    'Sajt: https://Jobs.Example.co.uk/apply i www.firma-primer.rs, polazak 01.06.2026, plata 180000 din. ' +
    'Пишіть: +380 67 000 0000, або ще раз 060 000 0000.';

  it('finds phones, e-mail addresses and domains, each once, with their place in the text', () => {
    const found = extractContacts(text);
    expect(found.map((c) => [c.kind, c.normalized])).toEqual([
      ['phone', '+381600000000'],
      ['phone', '+447700900123'],
      ['email', 'posao.primer@example.com'],
      ['domain', 'example.co.uk'],
      ['domain', 'firma-primer.rs'],
      ['phone', '+380670000000'],
    ]);
    for (const contact of found) expect(text.slice(contact.start, contact.end)).toBe(contact.raw);
  });

  it('does not take dates, amounts or the domain of an e-mail for contacts', () => {
    const kinds = extractContacts('Polazak 01.06.2026, plata 180000 din, pišite na hr@example.org').map(
      (c) => c.kind,
    );
    expect(kinds).toEqual(['email']);
  });

  it('property: raw always equals the text at the reported offsets', () => {
    const part = fc.constantFrom(
      '060 000 0000',
      '+44 7700 900123',
      'hr@example.org',
      'www.example.com',
      'Plata 2.000 €',
      ', ',
      '\n',
      'Пишіть',
      '01.06.2026',
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const sample = parts.join(' ');
        for (const contact of extractContacts(sample)) {
          expect(sample.slice(contact.start, contact.end)).toBe(contact.raw);
        }
      }),
    );
  });
});

describe('hashing and the k-anonymity range check', () => {
  it('hashes "<kind>:<normalized>" with SHA-256, as the server does', async () => {
    const expected = createHash('sha256').update('phone:+381600000000').digest('hex');
    expect(await contactHash('phone', '+381600000000')).toBe(expected);
    const email = createHash('sha256').update('email:hr@example.org', 'utf8').digest('hex');
    expect(await contactHash('email', 'hr@example.org')).toBe(email);
  });

  it('sends only a five-character prefix and compares the suffixes locally', async () => {
    const hash = await contactHash('domain', 'example.com');
    expect(HASH_PREFIX_LENGTH).toBe(5);
    expect(hashPrefix(hash)).toBe(hash.slice(0, 5));
    expect(matchSuffixes(hash, ['0'.repeat(59), hash.slice(5).toUpperCase()])).toBe(true);
    expect(matchSuffixes(hash, [hash])).toBe(true);
    expect(matchSuffixes(hash, ['0'.repeat(59)])).toBe(false);
    expect(matchSuffixes(hash, [])).toBe(false);
  });

  it('hashes every contact of a text', async () => {
    const hashed = await hashContacts('Zovi 060 000 0000 ili piši na hr@example.org');
    expect(hashed).toHaveLength(2);
    for (const contact of hashed) {
      expect(contact.hash).toBe(await contactHash(contact.kind, contact.normalized));
      expect(contact.prefix).toBe(contact.hash.slice(0, 5));
    }
  });
});
