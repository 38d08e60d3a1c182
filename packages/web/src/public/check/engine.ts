/**
 * The offer-check engine as the check page loads it: on demand, when the person presses Check, never with
 * the page. Imported from its own module (not the `@putokaz/core` index the entry script uses) so the engine
 * stays in a chunk of its own and no other page downloads it.
 *
 * `loadOfferChecker(locale, text)` fetches the engine, the locale's texts and the rule vocabulary the text
 * needs: for the Serbian and English app, the Latin-script vocabulary (Serbian in both scripts, English,
 * German) unless the text is written in Ukrainian or Russian Cyrillic; every language for the Ukrainian app,
 * for such texts, and whenever no text is given (a larger download, never a missed sign). Pass the text
 * about to be checked. See docs/offer-check.md ("What the browser loads").
 */
export {
  loadOfferChecker,
  loadOfferTexts,
  loadOfferVocabulary,
  needsFullVocabulary,
} from '@putokaz/core/offer-check/load';
