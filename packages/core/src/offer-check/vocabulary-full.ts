/**
 * The full vocabulary: every language's words, straight from `rules.ts` and `wages.ts`. Node uses it
 * always; the browser loads it on demand (see `vocabulary.ts`).
 */
import {
  ABROAD_WORDS,
  CONTRACT_WORDS,
  CONTRAST_WORDS,
  EMPLOYER_WORDS,
  FEE_CONTEXT,
  FOREIGN_LEGAL_FORM,
  FREE_WEBMAIL,
  FREE_WORDS,
  FROM_SERBIA,
  HONEST_PAYMENT,
  HOUSING_WORDS,
  IDENTITY_PATTERNS,
  LEGAL_FORM,
  LIVING_CONTEXT,
  MESSENGER_WORDS,
  NEGATION_ELSEWHERE,
  NEGATION_WORDS,
  OFFER_WORDS,
  PAPERS_OF_COUNTRY,
  PERMIT_WORDS,
  PHONE_NUMBER,
  PIECE_RATE,
  RULE_SPECS,
  TRAVEL_WORDS,
  WORK_IN_COUNTRY,
} from './rules.js';
import { NUMBER_WORDS } from './number-words.js';
import type { Vocabulary } from './vocabulary.js';
import { DESTINATION_PATTERNS, JOB_PATTERNS } from './wages.js';

export const FULL_VOCABULARY: Vocabulary = {
  name: 'full',
  rules: RULE_SPECS,
  words: {
    offer: OFFER_WORDS,
    abroad: ABROAD_WORDS,
    contract: CONTRACT_WORDS,
    housing: HOUSING_WORDS,
    travel: TRAVEL_WORDS,
    permit: PERMIT_WORDS,
    messenger: MESSENGER_WORDS,
    employer: EMPLOYER_WORDS,
    fromSerbia: FROM_SERBIA,
    legalForm: LEGAL_FORM,
    feeContext: FEE_CONTEXT,
    foreignLegalForm: FOREIGN_LEGAL_FORM,
    negation: NEGATION_WORDS,
    negationElsewhere: NEGATION_ELSEWHERE,
    verbalNegation: String.raw`ne|nije|nisu|nismo|niste|nećemo|neće|nema|nemamo|nemate|nikad\w*|nikakv\w*|no|not|never|none|don't|doesn't|isn't|aren't|won't|не|ні|нема|немає|жодн\w*|ніколи|никогда|никаких|kein\w*|nicht|nie`,
    nothing: String.raw`nothing|none|ništa|ničega|nula|zero|free|besplatn\w*|0|нічого|ничего|безкоштовн\w*|бесплатн\w*|nichts|kostenlos\w*|gratis`,
    contrast: CONTRAST_WORDS,
    free: FREE_WORDS,
    freeWebmail: FREE_WEBMAIL,
    phone: PHONE_NUMBER,
    papersOfCountry: PAPERS_OF_COUNTRY,
    workInCountry: WORK_IN_COUNTRY,
    living: LIVING_CONTEXT,
    honestPayment: String.raw`(?:${HONEST_PAYMENT}|reimburs\w*|refundir\w*|nadoknađ\w*|nadoknad\w*|відшкод\w*|возмещ\w*|erstatt\w*)`,
    pieceRate: PIECE_RATE,
    contactVerb: String.raw`(?:pišite|piši|pisati|javite se|javi se|javiti se|zovite|zovi|zvati|pozovite|pozovi|kontakt|kontaktirajte|obratite se|call|text|message|contact|ask for|write to|пишіть|пиши|дзвоніть|дзвони|телефонуйте|звертайтеся|звертайтесь|звоните|пишите|звони|звоніть|melden sie sich bei|rufen sie|schreiben sie|fragen sie nach) (?:na |kod |to |до |к |bei )?(\w+)`,
    // (a space, a comma or a colon between them, no bracket or dash: in "Front Desk Agent – Limassol" and "Transit
    // Operator (Bus Driver) – City of …" the role is the job)
    roleName: String.raw`(?:koordinator\w*|vozač\w*|posrednik\w*|menadžer\w*|coordinator|driver|manager|agent|recruiter|координатор\w*|водій|водія|водієві|менеджер\w*|бригадир\w*|посередник\w*|водител\w*|посредник\w*|vermittler|fahrer)(?:[ ]|,[ ]|:[ ]|[ ]?"[ ]?)(\w+)`,
    selfIntro: String.raw`(?:ovde (?:je )?|ja sam |zovem se |my name is |this is |i am |i'm |мене звати |меня зовут |ich bin |hier ist |ich heiße )(\w+)`,
  },
  identity: IDENTITY_PATTERNS,
  destinations: DESTINATION_PATTERNS,
  jobs: JOB_PATTERNS,
  numbers: NUMBER_WORDS,
};
