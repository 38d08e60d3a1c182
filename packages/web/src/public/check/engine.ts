/**
 * The offer-check engine as the check page loads it: on demand, when the person presses Check, never with
 * the page. Imported from its own module (not the `@putokaz/core` index the entry script uses) so the engine
 * stays in a chunk of its own and no other page downloads it.
 *
 * `checkOfferOnDemand(locale, input)` fetches the engine, the locale's base texts (risk levels, labels, gaps,
 * the checks that always apply) and the rule vocabulary the text needs: the language pack of the text's
 * language (Serbian in both scripts, English, Ukrainian), or the larger vocabulary it was cut from when the
 * text holds a word the pack leaves out; every language for Russian texts and whenever no text is given (a
 * larger download, never a missed sign). Then, only when there are findings, the texts of those indicators
 * (one small module each). `loadOfferQuestionTexts(locale)` fetches the guided questions' labels, when the
 * person opens them. See docs/offer-check.md ("What the browser loads").
 */
export {
  checkOfferOnDemand,
  loadOfferQuestionTexts,
  loadOfferVocabulary,
  needsFullVocabulary,
} from '@putokaz/core/offer-check/load';
