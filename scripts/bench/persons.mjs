#!/usr/bin/env node
// Persons at scale: a synthetic generator loads 100,000 persons (plausible, invented Serbian and Ukrainian
// names in both scripts, phones, e-mails, documents, dates) through the real store code (field encryption and
// blind indexes, batched inserts), then measures p50/p95 of the console's searches (a Latin name, a Cyrillic
// name, a phone number, a reference code) and of the person list (first page, next page), on SQLite and, when
// PUTOKAZ_BENCH_DATABASE_URL or PUTOKAZ_TEST_DATABASE_URL is set, on PostgreSQL. Target: p95 < 100 ms.
// Prints figures, no assertions. Every value is invented; nothing is kept after the run.
//
//   npx tsc -b packages/core packages/server && node scripts/bench/persons.mjs [--persons 100000] [--only sqlite|postgres]
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = (path) => join(root, 'packages/server/dist', path);
if (!existsSync(dist('features/persons/person-store.js'))) {
  console.error(
    `bench persons: ${relative(root, dist(''))} not built (run npx tsc -b packages/core packages/server)`,
  );
  process.exit(1);
}
const load = (path) => import(pathToFileURL(dist(path)).href);
const { openDatabase } = await load('db/connection.js');
const { migrateToLatest } = await load('db/migrate.js');
const { openServerSecrets } = await load('security/runtime.js');
const { insertStaffUser } = await load('features/staff/queries.js');
const { accessContextFor } = await load('access/access-context.js');
const { PersonStore } = await load('features/persons/person-store.js');
const { cyrillicToLatin } = await import(pathToFileURL(join(root, 'packages/core/dist/index.js')).href);

const argIndex = process.argv.indexOf('--persons');
const COUNT = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 100_000;
const onlyIndex = process.argv.indexOf('--only');
const ONLY = onlyIndex > 0 ? process.argv[onlyIndex + 1] : undefined; // 'sqlite' or 'postgres'
const BATCH = 2_000;
const RUNS = 200;
const TARGET_MS = 100;
const MASTER_KEY = Buffer.alloc(32, 11).toString('base64'); // synthetic, for this run only

// --- A small deterministic generator (mulberry32), so runs are comparable. ---
let seed = 0x5eed;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const digits = (n) => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

// Common names, used as pools for invented combinations (no combination stands for anyone).
const SR_GIVEN_M = [
  'Марко',
  'Милан',
  'Никола',
  'Стефан',
  'Лазар',
  'Ђорђе',
  'Душан',
  'Милош',
  'Урош',
  'Вук',
  'Немања',
  'Огњен',
  'Алекса',
  'Драган',
  'Зоран',
  'Дејан',
  'Горан',
  'Бранко',
  'Јован',
  'Петар',
  'Слободан',
  'Жарко',
  'Љубомир',
  'Радован',
  'Небојша',
];
const SR_GIVEN_F = [
  'Милица',
  'Јелена',
  'Ана',
  'Марија',
  'Ивана',
  'Драгана',
  'Јована',
  'Тамара',
  'Сања',
  'Катарина',
  'Невена',
  'Теодора',
  'Љиљана',
  'Снежана',
  'Гордана',
  'Бојана',
  'Данијела',
  'Жељка',
  'Весна',
  'Радмила',
  'Исидора',
  'Наташа',
  'Мирјана',
  'Светлана',
  'Ђурђица',
];
const SR_FAMILY = [
  'Јовановић',
  'Петровић',
  'Николић',
  'Марковић',
  'Ђорђевић',
  'Стојановић',
  'Илић',
  'Станковић',
  'Павловић',
  'Милошевић',
  'Тодоровић',
  'Ђурић',
  'Костић',
  'Михајловић',
  'Живковић',
  'Савић',
  'Поповић',
  'Јанковић',
  'Васић',
  'Лазић',
  'Ристић',
  'Томић',
  'Крстић',
  'Радосављевић',
  'Обрадовић',
  'Вуковић',
  'Пешић',
  'Симић',
  'Милићевић',
  'Бошковић',
  'Шаренац',
  'Чолић',
  'Жунић',
  'Ђокић',
  'Љубичић',
  'Његовановић',
  'Ћирић',
  'Гајић',
  'Филиповић',
  'Антонијевић',
];
const UK_GIVEN_M = [
  'Олександр',
  'Андрій',
  'Сергій',
  'Дмитро',
  'Максим',
  'Богдан',
  'Тарас',
  'Юрій',
  'Василь',
  'Іван',
  'Олег',
  'Микола',
  'Віталій',
  'Євген',
  'Ярослав',
];
const UK_GIVEN_F = [
  'Олена',
  'Наталія',
  'Ірина',
  'Оксана',
  'Тетяна',
  'Юлія',
  'Анастасія',
  'Катерина',
  'Марина',
  'Світлана',
  'Людмила',
  'Галина',
  'Дарія',
  'Вікторія',
  'Софія',
];
const UK_FAMILY = [
  'Коваленко',
  'Бондаренко',
  'Ткаченко',
  'Шевченко',
  'Кравченко',
  'Ковальчук',
  'Олійник',
  'Шевчук',
  'Поліщук',
  'Лисенко',
  'Мельник',
  'Бойко',
  'Мороз',
  'Павленко',
  'Савченко',
  'Руденко',
  'Марченко',
  'Гнатюк',
  'Яковенко',
  'Кузьменко',
];
const UK_TO_LATIN = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  '’': '',
};
function ukrainianToLatin(text) {
  return [...text]
    .map((c) => {
      const lower = c.toLowerCase();
      const latin = UK_TO_LATIN[lower] ?? c;
      return c === lower ? latin : latin.charAt(0).toUpperCase() + latin.slice(1);
    })
    .join('');
}

function syntheticPerson(index) {
  const ukrainian = random() < 0.25;
  const female = random() < 0.55;
  let givenName = pick(ukrainian ? (female ? UK_GIVEN_F : UK_GIVEN_M) : female ? SR_GIVEN_F : SR_GIVEN_M);
  let familyName = pick(ukrainian ? UK_FAMILY : SR_FAMILY);
  // About half stored in Latin script, as staff type them.
  if (random() < 0.5) {
    givenName = ukrainian ? ukrainianToLatin(givenName) : cyrillicToLatin(givenName);
    familyName = ukrainian ? ukrainianToLatin(familyName) : cyrillicToLatin(familyName);
  }
  const year = 1960 + Math.floor(random() * 48);
  const phone = ukrainian ? `+38050${digits(7)}` : `+3816${Math.floor(random() * 5)}${digits(7)}`;
  return {
    givenName,
    familyName,
    phones: [phone],
    ...(random() < 0.3 ? { emails: [`osoba.${index}@example.org`] } : {}),
    ...(random() < 0.4
      ? {
          documents: [
            {
              type: 'passport',
              number: `${ukrainian ? 'FA' : 'P'}${digits(7)}`,
              issuingCountry: ukrainian ? 'UA' : 'RS',
            },
          ],
        }
      : {}),
    birthDate:
      random() < 0.6
        ? { date: `${year}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}` }
        : { year },
    sex: female ? 'female' : 'male',
    citizenships: [ukrainian ? 'UA' : 'RS'],
    identificationStatus: pick(['presumed', 'presumed', 'identified', 'unknown', 'notVictim']),
    ...(random() < 0.2 ? { identificationStatus: 'identified', identifiedOn: '2025-06-01' } : {}),
    vulnerabilities: random() < 0.4 ? [pick(['debt', 'noDocuments', 'irregularStatus', 'homelessness'])] : [],
  };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/**
 * Runs `step` and reports p50/p95 of wall time and of this process's CPU time per call. On a machine shared
 * with other work, wall time includes waiting for a core; CPU time is what a call costs this process (for
 * SQLite, which runs in-process, nearly the whole cost; for PostgreSQL, only the client's part).
 */
async function time(label, runs, step) {
  for (let i = 0; i < 5; i++) await step(i); // warm-up
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const startCpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    await step(i);
    wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const p50 = percentile(wall, 50);
  const p95 = percentile(wall, 95);
  const mark = p95 < TARGET_MS ? 'ok' : 'OVER TARGET';
  const f = (n) => n.toFixed(1).padStart(6);
  console.log(
    `  ${label.padEnd(34)} wall p50 ${f(p50)} ms  p95 ${f(p95)} ms  ${mark.padEnd(11)}  cpu p50 ${f(percentile(cpu, 50))} ms  p95 ${f(percentile(cpu, 95))} ms`,
  );
  return { label, p50, p95 };
}

async function run(name, databaseConfig, dataDir) {
  console.log(
    `\n## ${name}: ${COUNT.toLocaleString('en')} persons (load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores)`,
  );
  const database = openDatabase(databaseConfig);
  try {
    await migrateToLatest(database.db, database.dialect);
    const secrets = await openServerSecrets(database.db, database.dialect, {
      env: { PUTOKAZ_MASTER_KEY: MASTER_KEY },
      dataDir,
    });
    const user = await insertStaffUser(database.db, {
      email: `bench.${Date.now()}@example.org`,
      displayName: 'Bench Supervisor',
      role: 'supervisor',
      team: 'beograd',
      passwordHash: 'not-a-hash',
    });
    const access = accessContextFor({ id: user.id, role: 'supervisor', team: 'beograd' });
    const store = new PersonStore(database.db, database.dialect, secrets.keyring, access);

    seed = 0x5eed;
    const people = [];
    const loadStart = Date.now();
    const epoch = Date.parse('2023-01-01T00:00:00Z');
    const span = Date.now() - epoch;
    for (let offset = 0; offset < COUNT; offset += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, COUNT - offset) }, (_, i) =>
        syntheticPerson(offset + i),
      );
      const created = await store.createMany(batch, {
        createdAt: (i) => new Date(epoch + Math.floor(((offset + i) / COUNT) * span)).toISOString(),
      });
      // Keep a sample for the queries.
      for (let i = 0; i < batch.length; i += 97) people.push({ ...batch[i], code: created[i].code });
    }
    const loadSeconds = (Date.now() - loadStart) / 1000;
    console.log(
      `  loaded in ${loadSeconds.toFixed(1)} s (${Math.round(COUNT / loadSeconds).toLocaleString('en')} persons/s, encryption and blind indexes included)`,
    );
    if (database.dialect === 'sqlite') {
      const { sql } = await import('kysely');
      await sql`analyze`.execute(database.db);
      const size = statSync(databaseConfig.path).size;
      console.log(`  database file ${(size / 1e6).toFixed(0)} MB`);
    } else {
      // The steady state autovacuum keeps: statistics, and a visibility map that lets index-only scans skip
      // the rows (right after a bulk load neither exists yet).
      const { sql } = await import('kysely');
      await sql`vacuum analyze`.execute(database.db);
    }

    const results = [];
    const latin = (p) => `${cyrillicToLatin(p.givenName)} ${cyrillicToLatin(p.familyName)}`;
    results.push(
      await time('search: name (Latin, as typed)', RUNS, async (i) => {
        const p = people[i % people.length];
        const found = await store.search(latin(p).normalize('NFD').replace(/\p{M}/gu, ''), 20);
        if (found.length === 0) throw new Error(`no result for a stored name (${p.code})`);
      }),
    );
    results.push(
      await time('search: name (Cyrillic, reversed)', RUNS, async (i) => {
        const p = people[(i * 7) % people.length];
        const serbianCyrillic = /[\u0400-\u04FF]/.test(p.familyName);
        const q = serbianCyrillic ? `${p.familyName} ${p.givenName}` : `${p.familyName} ${p.givenName}`;
        await store.search(q, 20);
      }),
    );
    results.push(
      await time('search: family name only', RUNS, async (i) => {
        await store.search(people[(i * 11) % people.length].familyName, 20);
      }),
    );
    results.push(
      await time('search: phone number', RUNS, async (i) => {
        const p = people[(i * 3) % people.length];
        const found = await store.search(p.phones[0].replace('+381', '0'), 20);
        if (found.length === 0) throw new Error('phone not found');
      }),
    );
    results.push(
      await time('search: reference code', RUNS, async (i) => {
        const p = people[(i * 5) % people.length];
        const found = await store.search(p.code.toLowerCase(), 20);
        if (found[0]?.person.code !== p.code) throw new Error('code not found');
      }),
    );
    results.push(
      await time('duplicates check (name + phone)', RUNS, async (i) => {
        const p = people[(i * 13) % people.length];
        await store.candidates({
          givenName: p.givenName,
          familyName: p.familyName,
          phones: p.phones,
          limit: 5,
        });
      }),
    );
    let cursor = null;
    results.push(
      await time('list: first page (25)', RUNS, async () => {
        cursor = (await store.list(25)).nextCursor;
      }),
    );
    results.push(
      await time('list: next page (25)', RUNS, async () => {
        const page = await store.list(25, cursor);
        if (page.items.length !== 25) throw new Error('short page');
      }),
    );
    let deep = null;
    results.push(
      await time('list: pages deeper and deeper', 100, async () => {
        const page = await store.list(25, deep ?? undefined);
        deep = page.nextCursor;
      }),
    );
    console.log(`  load average now ${loadavg()[0].toFixed(1)}`);
    const over = results.filter((r) => r.p95 >= TARGET_MS);
    console.log(
      over.length
        ? `  ${over.length} measurement(s) over the ${TARGET_MS} ms target`
        : `  all p95 under ${TARGET_MS} ms`,
    );
  } finally {
    await database.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'putokaz-bench-persons-'));
try {
  if (ONLY !== 'postgres') await run('SQLite', { dialect: 'sqlite', path: join(dir, 'putokaz.sqlite') }, dir);
  const url = process.env.PUTOKAZ_BENCH_DATABASE_URL?.trim() || process.env.PUTOKAZ_TEST_DATABASE_URL?.trim();
  if (url && ONLY !== 'sqlite') {
    const pg = (await import('pg')).default;
    const schema = `bench_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    try {
      await run('PostgreSQL', { dialect: 'postgres', url, schema }, dir);
    } finally {
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    }
  } else {
    console.log('\n## PostgreSQL: skipped (set PUTOKAZ_BENCH_DATABASE_URL or PUTOKAZ_TEST_DATABASE_URL)');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
