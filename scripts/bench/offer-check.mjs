#!/usr/bin/env node
// Benchmark of the job-offer check, on the BUILT core package (run `npx tsc -b packages/core` first):
// - checks per second on 1 KB offer texts in several languages, in this one thread (the check is synchronous
//   and single-threaded; "per CPU second" divides by the CPU time of the whole process, so V8's helper
//   threads (GC, compiler) count against it: the figure is conservative);
// - the time to build the engine's tables (once per vocabulary, on the first check);
// - the gzip size of what the browser fetches for a check, per app language and text (bundled with Vite): the
//   engine, the locale's base texts and the vocabulary packs that checkOfferOnDemand(locale, input) chooses,
//   then the texts of the indicators it finds.
// Prints plain figures, one per line; `--size` prints the download sizes alone. Synthetic texts only. On a shared machine the figures move with the
// load of other jobs: compare runs made close together.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'packages/core/dist');
const startup0 = performance.now();
const { checkOffer, OFFER_TEXTS } = await import(join(dist, 'offer-check/all.js'));
const { checkOfferWith, prepareOfferCheck } = await import(join(dist, 'offer-check/engine.js'));
const { FULL_VOCABULARY } = await import(join(dist, 'offer-check/vocabulary-full.js'));
const { LATIN_VOCABULARY } = await import(join(dist, 'offer-check/packs/latin.js'));
const prepare = (vocabulary) => {
  const t0 = performance.now();
  prepareOfferCheck(vocabulary);
  return performance.now() - t0;
};
const prepareFull = prepare(FULL_VOCABULARY);
const prepareLatin = prepare(LATIN_VOCABULARY);
console.log(
  `offer-check: tables built once per vocabulary in ${Math.round(prepareFull)} ms (full) and ${Math.round(prepareLatin)} ms (latin); modules loaded and tables built in ${Math.round(performance.now() - startup0)} ms in all`,
);

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
// `--size` skips the speed figures (the browser download alone)
if (!process.argv.includes('--size')) {
  // Warm-up: V8 starts every expression in its interpreter and compiles the hot ones, and the engine's
  // caches fill; the first second of checks runs at about 60 % of the steady rate measured below (printed as
  // "cold"). Three seconds of checks reach the steady rate, which is what bulk screening sees.
  const cold = (() => {
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    let checks = 0;
    while (performance.now() - wall0 < 1000) checkOffer({ text: texts[checks++ % texts.length] });
    const cpu = process.cpuUsage(cpu0);
    return checks / ((cpu.user + cpu.system) / 1e6);
  })();
  const warm0 = performance.now();
  for (let i = 0; performance.now() - warm0 < 2000; i++) checkOffer({ text: texts[i % texts.length] });

  /** Runs checks for about `ms` milliseconds; checks per second of wall clock and per second of CPU time. */
  function measure(list, ms, check = checkOffer) {
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    let checks = 0;
    while (performance.now() - wall0 < ms) {
      check({ text: list[checks % list.length] });
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
    `offer-check: ${Math.round(median(runs.map((r) => r.cpu)))} checks/s (same, per second of CPU time, median; the first second, cold: ${Math.round(cold)})`,
  );
  const perLanguage = Object.keys(SAMPLES).map((lang, i) => {
    const one = Array.from({ length: 3 }, () => measure([texts[i]], 300));
    return `${lang} ${Math.round(median(one.map((r) => r.cpu)))}`;
  });
  console.log(`offer-check: per language, checks per CPU second: ${perLanguage.join(', ')}`);
  // The browser's path for Latin-script texts: the Latin vocabulary (sr-Latn, sr-Cyrl, en and de samples)
  const latinTexts = ['sr-Latn', 'sr-Cyrl', 'en', 'de'].map((lang) => kilobyte(SAMPLES[lang]));
  const withLatin = (input) => checkOfferWith(OFFER_TEXTS['sr-Latn'], input, LATIN_VOCABULARY);
  for (let i = 0; i < 200; i++) withLatin({ text: latinTexts[i % latinTexts.length] });
  const latinRuns = Array.from({ length: 3 }, () => measure(latinTexts, 700, withLatin));
  const fullRuns = Array.from({ length: 3 }, () => measure(latinTexts, 700));
  console.log(
    `offer-check: the same 4 Latin-script texts, checks per CPU second: latin vocabulary ${Math.round(median(latinRuns.map((r) => r.cpu)))}, full vocabulary ${Math.round(median(fullRuns.map((r) => r.cpu)))}`,
  );
}
// Browser bundle: exactly what the check page fetches. The entry is the web app's loader
// (packages/web/src/public/check/engine.ts), bundled with Vite and split into chunks as in the app build;
// for each case below, the chunks the browser fetches are the entry chunk, the chunks of the modules that
// `checkOfferOnDemand(locale, { text })` imports dynamically for that case, and their static imports. Each chunk
// is gzipped on its own (as it travels).
const { build } = await import('vite');
const work = mkdtempSync(join(tmpdir(), 'offer-check-bench-'));
const kb = (bytes) => (bytes / 1024).toFixed(1);
try {
  const entry = join(work, 'entry.js');
  writeFileSync(
    entry,
    `export * from ${JSON.stringify(join(root, 'packages/web/src/public/check/engine.ts'))};\n`,
  );
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root,
    build: {
      write: false,
      minify: true,
      rollupOptions: {
        input: entry,
        preserveEntrySignatures: 'strict',
        // Vite's preload helper comes with every page of the app (the page chunks use it): a chunk of its
        // own here, not counted as fetched for a check
        output: { manualChunks: (id) => (id.includes('vite/preload-helper') ? 'page' : undefined) },
      },
    },
  });
  const chunks = (Array.isArray(result) ? result : [result])
    .flatMap((r) => r.output ?? [])
    .filter((c) => c.type === 'chunk');
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const gz = new Map(chunks.map((c) => [c.fileName, gzipSync(Buffer.from(c.code), { level: 9 }).length]));
  const entryChunk = chunks.find((c) => c.isEntry);
  const chunkOf = (suffix) => {
    const found = chunks.find((c) => (c.moduleIds ?? []).some((id) => id.endsWith(suffix)));
    if (!found) throw new Error(`no chunk holds ${suffix}`);
    return found;
  };
  /** The chunks fetched: the entry, the given chunks, and everything they import statically. */
  const fetched = (...roots) => {
    const seen = new Set();
    const visit = (chunk) => {
      if (seen.has(chunk.fileName) || chunk.name === 'page') return;
      seen.add(chunk.fileName);
      for (const file of chunk.imports ?? []) visit(byFile.get(file));
    };
    for (const chunk of [entryChunk, ...roots]) visit(chunk);
    return [...seen];
  };
  const size = (files) => ({
    gzip: files.reduce((sum, f) => sum + gz.get(f), 0),
    raw: files.reduce((sum, f) => sum + Buffer.byteLength(byFile.get(f).code), 0),
  });
  // The texts the browser fetches for a check (see checkOfferOnDemand in load.ts): the locale's base texts
  // with every check, one module per indicator found, the guided questions' labels only with answers (none
  // here: the samples are texts alone)
  const PARTS = { 'sr-Latn': 'sr-Cyrl', 'sr-Cyrl': 'sr-Cyrl', en: 'en', uk: 'uk' };
  const part = (locale, name) => chunkOf(`offer-check/texts/parts/${PARTS[locale]}/${name}.js`);
  const VOCABULARY_MODULE = {
    sr: 'offer-check/packs/sr.js',
    en: 'offer-check/packs/en.js',
    uk: 'offer-check/packs/uk.js',
    latin: 'offer-check/packs/latin.js',
    full: 'offer-check/packs/full.js',
  };
  // The vocabulary modules loadOfferVocabulary(locale, text) fetches, decided as load.ts decides: a language
  // pack's guard words first (a module the pack imports), then the pack, or the larger vocabulary alone when
  // the text holds a guard word
  const { firstVocabulary, largerVocabulary, importVocabulary, checkOfferOnDemand } = await import(
    join(dist, 'offer-check/load.js')
  );
  const { packFits } = await import(join(dist, 'offer-check/vocabulary.js'));
  const { matchingText } = await import(join(dist, 'offer-check/engine.js'));
  const vocabulariesFor = async (locale, text) => {
    // without a text the check reads no vocabulary (the guided questions alone)
    if (text === undefined) return [];
    const first = firstVocabulary(locale, text);
    if (packFits(await importVocabulary(first), matchingText(text))) return [first];
    return [`${first} guard words`, largerVocabulary(first)];
  };
  const vocabularyChunk = (name) =>
    name.endsWith(' guard words')
      ? chunkOf(`offer-check/packs/${name.split(' ')[0]}-guards.js`)
      : chunkOf(VOCABULARY_MODULE[name]);
  const cases = [
    ['sr-Latn', 'sr-Latn', 'Serbian app, Serbian text in Latin script'],
    ['sr-Cyrl', 'sr-Cyrl', 'Serbian Cyrillic app, Serbian text in Cyrillic'],
    ['en', 'en', 'English app, English text'],
    ['uk', 'uk', 'Ukrainian app, Ukrainian text'],
    ['sr-Latn', 'en', 'Serbian app, English text'],
    ['sr-Latn', 'uk', 'Serbian app, Ukrainian text'],
    ['uk', 'ru', 'Ukrainian app, Russian text'],
    ['sr-Latn', undefined, 'Serbian app, guided questions alone, no text'],
  ];
  // the answers of the case without a text (the guided questions' labels are fetched too)
  const ANSWERS = { passport: 'they-keep-it', permit: 'tourist-visa-free', hoursPerDay: 12, daysPerWeek: 7 };
  for (const [locale, sample, what] of cases) {
    const text = sample === undefined ? undefined : kilobyte(SAMPLES[sample]);
    const names = await vocabulariesFor(locale, text);
    const input = text === undefined ? { answers: ANSWERS } : { text };
    const ids = (await checkOfferOnDemand(locale, input)).result.findings.map((f) => f.id);
    const before = fetched(
      part(locale, 'base'),
      ...(text === undefined ? [part(locale, 'questionnaire')] : []),
      ...names.map(vocabularyChunk),
    );
    const files = [...new Set([...before, ...fetched(...ids.map((id) => part(locale, id)))])];
    const { gzip, raw } = size(files);
    const target = sample === locale ? '; target ≤ 40 KB' : '';
    console.log(
      `offer-check: browser, ${locale} + ${names.join(' then ') || 'no vocabulary'}: ${kb(gzip)} KB gzip, ${kb(raw)} KB minified, ${files.length} files (${kb(size(before).gzip)} KB to check, then the texts of its ${ids.length} findings; ${what}${target})`,
    );
  }
  // The same over the dev corpus (synthetic offers, packages/core/corpus/offers/dev.jsonl; never the held-out
  // split): the average download per check, by the text's language, in the app of that language (German in
  // the Serbian app, Russian in the Ukrainian one), with the larger vocabulary where the pack does not fit and
  // the texts of each check's findings
  const APP = { 'sr-Latn': 'sr-Latn', 'sr-Cyrl': 'sr-Cyrl', en: 'en', uk: 'uk', de: 'sr-Latn', ru: 'uk' };
  const corpus = readFileSync(join(root, 'packages/core/corpus/offers/dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const perLanguage = new Map();
  for (const item of corpus) {
    const locale = APP[item.lang];
    const names = await vocabulariesFor(locale, item.text);
    const ids = (await checkOfferOnDemand(locale, { text: item.text })).result.findings.map((f) => f.id);
    const files = new Set([
      ...fetched(part(locale, 'base'), ...names.map(vocabularyChunk)),
      ...fetched(...ids.map((id) => part(locale, id))),
    ]);
    const entry = perLanguage.get(item.lang) ?? { n: 0, gzip: 0, larger: 0 };
    entry.n++;
    entry.gzip += size([...files]).gzip;
    if (names.length > 1) entry.larger++;
    perLanguage.set(item.lang, entry);
  }
  console.log(
    `offer-check: browser, dev corpus average per check: ${[...perLanguage]
      .map(
        ([lang, e]) =>
          `${lang} ${kb(e.gzip / e.n)} KB (${APP[lang]} app, ${e.n} texts, ${e.larger} fetch the larger vocabulary, not the pack)`,
      )
      .join('; ')}`,
  );
  const engineOnly = size(fetched());
  const alone = (chunk) => kb(size(fetched(chunk)).gzip - engineOnly.gzip);
  const { INDICATOR_IDS } = await import(join(dist, 'offer-check/indicator-ids.js'));
  const textsOf = (locale) => {
    const each = INDICATOR_IDS.map((id) => gz.get(part(locale, id).fileName));
    return `${locale} base ${kb(gz.get(part(locale, 'base').fileName))}, guided questions ${kb(
      gz.get(part(locale, 'questionnaire').fileName),
    )}, one indicator ${kb(Math.min(...each))}–${kb(Math.max(...each))} (all ${kb(each.reduce((a, b) => a + b, 0))})`;
  };
  console.log(
    `offer-check: browser, engine alone (entry chunk and its imports) ${kb(engineOnly.gzip)} KB gzip; vocabularies ${Object.entries(
      VOCABULARY_MODULE,
    )
      .map(([name, module]) => `${name} ${alone(chunkOf(module))}`)
      .join(', ')} KB; texts ${['sr-Cyrl', 'en', 'uk'].map(textsOf).join('; ')} KB gzip`,
  );

  // The contact check is a module of its own, loaded only when the person checks a contact
  const contacts = join(work, 'contacts.js');
  writeFileSync(
    contacts,
    `export { hashContacts, matchSuffixes } from ${JSON.stringify(join(dist, 'offer-check/contacts.js'))};\n`,
  );
  const contact = await build({
    configFile: false,
    logLevel: 'silent',
    root: work,
    build: { write: false, lib: { entry: contacts, formats: ['es'], fileName: 'contacts' }, minify: true },
  });
  const contactCode = (Array.isArray(contact) ? contact : [contact])
    .flatMap((r) => r.output ?? [])
    .map((c) => (c.type === 'chunk' ? c.code : c.source))
    .join('');
  console.log(
    `offer-check: contact check (libphonenumber-js/min), loaded separately ${kb(gzipSync(Buffer.from(contactCode), { level: 9 }).length)} KB gzip`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
