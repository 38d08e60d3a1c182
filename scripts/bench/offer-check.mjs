#!/usr/bin/env node
// Benchmark of the job-offer check, on the BUILT core package (run `npx tsc -b packages/core` first):
// - checks per second on 1 KB offer texts in several languages, on one core;
// - gzip size of the engine plus one locale's texts as a browser loads them (bundled with Vite, minified).
// Prints plain figures, one per line. Synthetic texts only.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'packages/core/dist');
const { checkOffer } = await import(join(dist, 'offer-check/all.js'));

const SAMPLES = {
  'sr-Latn':
    'Posao u Nemačkoj, pakovanje u magacinu, plata 2.800€ neto mesečno, bez iskustva! Smeštaj obezbeđen, 200€ se skida od plate. ' +
    'Putuješ kao turista, papiri se sređuju tamo. Za prijavu uplata 150€ preko Western Uniona na ime koordinatora. ' +
    'Rad 10-12h dnevno, 6 dana nedeljno. Javi se na Viber 060 000 0000, mesta su ograničena, polazak u ponedeljak. ',
  'sr-Cyrl':
    'Фабрика у Словачкој тражи раднике на траци. Плата 1.200 € нето, 40 сати недељно, уговор пре поласка на српском. ' +
    'Смештај бесплатан, обезбеђује послодавац. Трошкове визе и пута сноси фирма. Пасош остаје код вас. ' +
    'Послодавац: Elektro Komponent s.r.o., Комарно. Контакт: praca@example.sk, тел. +421 000 000 000. ',
  uk:
    'Робота на складі в Німеччині, 4 000 € чистими, без досвіду і знання мови. Житло 300 € на місяць утримується із зарплати. ' +
    'Оплата за оформлення документів 300 €, переказ на картку менеджера. Паспорт залишаєте в нас для реєстрації. ' +
    'Графік 12 годин, 7 днів на тиждень. Пишіть у Viber, місць мало, виїзд завтра. ',
  en:
    'Greenhouse work in the Netherlands, €15.10/h gross, 40 hours per week, Monday to Friday. Housing is optional, ' +
    'SNF-certified, €105/week, deducted only with your written consent. The employer applies for the permit before travel ' +
    'and pays all fees. No fees are charged to candidates. Contract in English with a Serbian translation. hr@example.nl ',
  de:
    'Helfer für Abbrucharbeiten gesucht, ab sofort. Bezahlung bar auf die Hand, 12 € die Stunde, kein Vertrag nötig, ' +
    'keine Anmeldung. Schlafplatz im Container vorhanden, Miete wird vom Lohn abgezogen. 6 Tage die Woche à 11 Stunden. ' +
    'Nur per SMS melden, Reisepass wird bei Ankunft vom Vorarbeiter einbehalten. ',
  ru:
    'Вахта Москва, разнорабочие. Смена 12 часов без выходных, проживание в вагончиках. Зарплата в конце вахты, ' +
    '150 000 руб. Паспорт сдаёте бригадиру для регистрации. Проезд за счёт работодателя, потом вычитается из зарплаты. ',
};

/** About 1 KB of text per sample, cut at a word. */
function kilobyte(text) {
  let out = text;
  while (out.length < 1024) out += text;
  out = out.slice(0, 1024);
  return out.slice(0, out.lastIndexOf(' '));
}

const texts = Object.values(SAMPLES).map(kilobyte);
for (let i = 0; i < 600; i++) checkOffer({ text: texts[i % texts.length] });

/** Runs checks for about `ms` milliseconds; checks per second of wall clock and per second of CPU time. */
function measure(list, ms) {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  let checks = 0;
  while (performance.now() - wall0 < ms) {
    checkOffer({ text: list[checks % list.length] });
    checks++;
  }
  const wallSeconds = (performance.now() - wall0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { wall: checks / wallSeconds, cpu: checks / ((cpu.user + cpu.system) / 1e6) };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const RUNS = 5;
const runs = Array.from({ length: RUNS }, () => measure(texts, 1000));
console.log(
  `offer-check: ${Math.round(median(runs.map((r) => r.wall)))} checks/s (1 KB texts in ${texts.length} languages, 1 core, wall clock, median of ${RUNS} runs; target ≥ 5000)`,
);
console.log(
  `offer-check: ${Math.round(median(runs.map((r) => r.cpu)))} checks/s (same, per second of CPU time, median)`,
);
const perLanguage = Object.keys(SAMPLES).map((lang, i) => {
  const one = Array.from({ length: 3 }, () => measure([texts[i]], 300));
  return `${lang} ${Math.round(median(one.map((r) => r.cpu)))}`;
});
console.log(`offer-check: per language, checks per CPU second: ${perLanguage.join(', ')}`);

// Browser bundle: the engine and one locale, as `loadOfferChecker('sr-Latn')` would fetch them
const { build } = await import('vite');
const work = mkdtempSync(join(tmpdir(), 'offer-check-bench-'));

async function gzipSize(name, source) {
  const entry = join(work, `${name}.js`);
  writeFileSync(entry, source);
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: work,
    build: { write: false, lib: { entry, formats: ['es'], fileName: name }, minify: true },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output ?? []);
  let raw = 0;
  let gzip = 0;
  for (const chunk of outputs) {
    const code = chunk.type === 'chunk' ? chunk.code : chunk.source;
    const bytes = Buffer.from(code);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
try {
  const engine = join(dist, 'offer-check/engine.js');
  const load = join(dist, 'offer-check/load.js');
  const srCyrl = join(dist, 'offer-check/texts/sr-Cyrl.js');
  const uk = join(dist, 'offer-check/texts/uk.js');
  const contacts = join(dist, 'offer-check/contacts.js');
  const latin = await gzipSize(
    'sr-latn',
    `import { createOfferChecker } from ${JSON.stringify(engine)};\n` +
      `import { deriveLatinOfferTexts } from ${JSON.stringify(load)};\n` +
      `import { srCyrl } from ${JSON.stringify(srCyrl)};\n` +
      `export const checker = createOfferChecker(deriveLatinOfferTexts(srCyrl));\n`,
  );
  console.log(
    `offer-check: engine + sr-Latn texts ${kb(latin.gzip)} KB gzip, ${kb(latin.raw)} KB minified (target ≤ 40 KB)`,
  );
  const ukrainian = await gzipSize(
    'uk',
    `import { createOfferChecker } from ${JSON.stringify(engine)};\n` +
      `import { uk } from ${JSON.stringify(uk)};\n` +
      `export const checker = createOfferChecker(uk);\n`,
  );
  console.log(
    `offer-check: engine + uk texts ${kb(ukrainian.gzip)} KB gzip, ${kb(ukrainian.raw)} KB minified`,
  );
  for (const [name, file, exported] of [
    ['sr-Cyrl', srCyrl, 'srCyrl'],
    ['uk', uk, 'uk'],
    ['en', join(dist, 'offer-check/texts/en.js'), 'en'],
  ]) {
    const texts = await gzipSize(`texts-${name}`, `export { ${exported} } from ${JSON.stringify(file)};\n`);
    console.log(
      `offer-check: ${name} texts alone (loaded on demand) ${kb(texts.gzip)} KB gzip, ${kb(texts.raw)} KB minified`,
    );
  }
  const contact = await gzipSize(
    'contacts',
    `export { hashContacts, matchSuffixes } from ${JSON.stringify(contacts)};\n`,
  );
  console.log(
    `offer-check: contact check (libphonenumber-js/min), loaded separately ${kb(contact.gzip)} KB gzip, ${kb(contact.raw)} KB minified`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
