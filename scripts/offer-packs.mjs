#!/usr/bin/env node
// Writes packages/core/src/offer-check/packs/latin.ts: the rule vocabulary without its Cyrillic alternatives,
// derived from rules.ts (see packages/core/src/offer-check/vocabulary.ts). Run after changing rules.ts or
// wages.ts: `npx tsc -b packages/core && node scripts/offer-packs.mjs && npx tsc -b packages/core`.
// The test packages/core/test/offer-packs.test.ts fails while the file is out of date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'packages/core/dist/offer-check');
const { FULL_VOCABULARY } = await import(join(dist, 'vocabulary-full.js'));
const { SHARED_PARTS } = await import(join(dist, 'rules.js'));
const { latinVocabulary, renderVocabularyModule } = await import(join(dist, 'vocabulary-split.js'));

const out = join(root, 'packages/core/src/offer-check/packs/latin.ts');
const prettier = await import('prettier');
const source = renderVocabularyModule(latinVocabulary(FULL_VOCABULARY), 'LATIN_VOCABULARY', SHARED_PARTS);
writeFileSync(out, await prettier.format(source, { ...(await prettier.resolveConfig(out)), filepath: out }));
console.log(`wrote ${out}`);
