/**
 * The "Early signs" page as data: which job-offer indicators belong to which stage of a journey into
 * exploitation. The words come from elsewhere: each indicator's title and explanation from the offer-check
 * texts (the same ones the check page shows), the stage headings and stories from the `signs` i18n area.
 * `signs.test.ts` keeps every catalogue indicator in exactly one stage.
 */
import type { IndicatorId, MessageKey } from '@putokaz/core';

export const SIGN_STAGE_IDS = ['offer', 'journey', 'work'] as const;
export type SignStageId = (typeof SIGN_STAGE_IDS)[number];

export interface SignStage {
  readonly id: SignStageId;
  readonly heading: MessageKey;
  /** A short invented story (3–5 sentences, first names only) showing the signs of this stage. */
  readonly story: MessageKey;
  readonly indicators: readonly IndicatorId[];
}

export const SIGN_STAGES: readonly SignStage[] = [
  {
    id: 'offer',
    heading: 'public.signs.stage.offer.heading',
    story: 'public.signs.stage.offer.story',
    indicators: [
      'recruitment-fee',
      'pay-too-good',
      'vague-offer',
      'anonymous-recruiter',
      'no-company-identity',
      'unlicensed-agency',
      'urgency-pressure',
      'documents-upfront',
      'personal-account-payment',
      'no-written-contract',
      'visa-guaranteed',
      'no-experience-needed',
      'evasive-answers',
      'debt-relief-lure',
      'partner-recruiter',
      'sexual-exploitation-lure',
      'pay-below-minimum',
      'disguised-employment',
      'temp-agency-germany',
    ],
  },
  {
    id: 'journey',
    heading: 'public.signs.stage.journey.heading',
    story: 'public.signs.stage.journey.story',
    indicators: [
      'travel-cost-deducted',
      'documents-retained',
      'permit-after-arrival',
      'job-switch',
      'contract-foreign-language',
    ],
  },
  {
    id: 'work',
    heading: 'public.signs.stage.work.heading',
    story: 'public.signs.stage.work.story',
    indicators: [
      'excessive-hours',
      'living-costs-deducted',
      'cash-or-deferred-pay',
      'debt-bondage',
      'movement-restricted',
      'undeclared-work',
    ],
  },
];
