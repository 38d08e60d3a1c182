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
  'undeclared-work', // work "na crno": no registration, no social insurance
  'visa-guaranteed', // visa or work permit "100 % guaranteed"
  'temp-agency-germany', // Germany: hired from abroad through a temp-work agency (Zeitarbeit), which the permit rules refuse
  'unlicensed-agency', // an intermediary without the Ministry of Labour licence for placement abroad
  'pay-below-minimum', // pay below the destination's legal minimum, or piece rate only
  'vague-offer', // vague job, place or pay: "various jobs, details by phone, pay by agreement"
  'evasive-answers', // the recruiter avoids concrete answers: "you'll find out when you arrive"
  'no-experience-needed', // "no experience, no language, no documents needed"
  'disguised-employment', // "self-employed", service contract or student contract instead of employment
  'debt-relief-lure', // the offer targets debts or desperation: "pay off your loans in three months"
  'partner-recruiter', // a new partner or "friend" arranges and pays for everything
] as const;

export type IndicatorId = (typeof INDICATOR_IDS)[number];
