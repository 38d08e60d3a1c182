/**
 * The stable ids of the job-offer indicators. Ids never change meaning once published: cases, counters and
 * the evaluation corpus refer to them. Add new ids at the end; retire an id rather than reuse it.
 */
export const INDICATOR_IDS = [
  'recruitment-fee', // the worker pays a fee, deposit or "registration" to get the job
  'travel-cost-deducted', // ticket, visa or permit "paid now, deducted later" from wages
  'documents-retained', // passport or documents kept by the employer or recruiter
  'permit-after-arrival', // work permit promised "after arrival"; work on a tourist or visa-free entry
  'living-costs-deducted', // accommodation, food or transport deducted from wages
  'pay-too-good', // pay far above what the job and destination pay
  'no-written-contract', // no written contract before departure
  'contract-foreign-language', // contract only in a language the worker does not read
  'anonymous-recruiter', // recruiter known only by a first name and a mobile number, a "driver", a "coordinator"
  'no-company-identity', // no company name, registration or address
  'urgency-pressure', // "leave tomorrow", "only 3 places left", pressure to decide now
  'excessive-hours', // very long days, no days off
  'cash-or-deferred-pay', // cash only, or pay only at the end of the season
  'movement-restricted', // restrictions on leaving the accommodation, using a phone or contacting others
  'debt-bondage', // debts or advances that tie the worker to the job
  'sexual-exploitation-lure', // young women offered hostess, dancer, model or babysitter work abroad, all paid
  'job-switch', // a job in another country or for another company than advertised
  'personal-account-payment', // payment to a personal bank account or money-transfer service
  'documents-upfront', // copies of passport or ID requested up front
] as const;

export type IndicatorId = (typeof INDICATOR_IDS)[number];
