#!/usr/bin/env node
// Writes the vocabulary packs of packages/core/src/offer-check/packs/, derived from rules.ts and wages.ts
// (see packages/core/src/offer-check/vocabulary.ts): `full.ts` (every language, as the browser gets it),
// `latin.ts` (without the Cyrillic alternatives) and the language packs `sr.ts`, `en.ts`, `uk.ts` (see
// `languagePack` in vocabulary-split.ts), all folded ahead of time (`packedVocabulary`).
// Run after changing rules.ts or wages.ts:
//   npx tsc -b packages/core && node scripts/offer-packs.mjs && npx tsc -b packages/core
// The test packages/core/test/offer-packs.test.ts fails while a pack is out of date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'packages/core/dist/offer-check');
const { FULL_VOCABULARY } = await import(join(dist, 'vocabulary-full.js'));
const { SHARED_PARTS } = await import(join(dist, 'rules.js'));
const { languagePack, latinVocabulary, packedVocabulary, renderVocabularyModule } = await import(
  join(dist, 'vocabulary-split.js')
);

const prettier = await import('prettier');
// every pack is folded ahead of time (`packedVocabulary`): the engine reads it as the vocabulary it comes from
const packs = [
  ['full', 'FULL_PACK', packedVocabulary(FULL_VOCABULARY)],
  ['latin', 'LATIN_VOCABULARY', packedVocabulary(latinVocabulary(FULL_VOCABULARY))],
  ['sr', 'SR_VOCABULARY', packedVocabulary(languagePack(FULL_VOCABULARY, 'sr'))],
  ['en', 'EN_VOCABULARY', packedVocabulary(languagePack(FULL_VOCABULARY, 'en'))],
  ['uk', 'UK_VOCABULARY', packedVocabulary(languagePack(FULL_VOCABULARY, 'uk'))],
];
for (const [file, name, vocabulary] of packs) {
  const out = join(root, `packages/core/src/offer-check/packs/${file}.ts`);
  const source = renderVocabularyModule(vocabulary, name, SHARED_PARTS);
  writeFileSync(
    out,
    await prettier.format(source, { ...(await prettier.resolveConfig(out)), filepath: out }),
  );
  console.log(
    `wrote ${out}${vocabulary.guards ? ` (${vocabulary.guards.match(/[A-Z]/g).length} guard words)` : ''}`,
  );
}
