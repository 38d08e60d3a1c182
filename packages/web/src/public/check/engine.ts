/**
 * The offer-check engine as the check page loads it: on demand, when the person presses Check, never with
 * the page. Imported from its own module (not the `@putokaz/core` index the entry script uses) so the engine
 * stays in a chunk of its own and no other page downloads it.
 */
export { loadOfferChecker, loadOfferTexts } from '@putokaz/core/offer-check/load';
