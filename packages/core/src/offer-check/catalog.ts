/**
 * The job-offer indicator catalogue: what each indicator is, how strong a sign it is and where it comes
 * from. The words people see (titles, explanations, advice) live in the per-locale modules under
 * `texts/`; the matching rules live in `rules.ts`. Bump CATALOG_VERSION whenever an indicator, a
 * strength, a rule or a threshold changes, so a stored or reported check can say which catalogue rated it.
 */
import { INDICATOR_IDS, type IndicatorId } from './indicator-ids.js';

export const CATALOG_VERSION = '2026.11-21';

export const CATEGORIES = [
  'deceptive-recruitment',
  'fees-and-debt',
  'documents-and-legal-status',
  'pay-and-deductions',
  'working-and-living-conditions',
  'coercion-and-control',
  'employer-identity',
  'sexual-exploitation',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * How much one indicator says on its own, in the spirit of the ILO–EC operational indicators (Delphi
 * 2009): strong signs are rarely present in a fair offer; medium ones call for questions; weak ones are
 * common in honest ads too and only matter together with others.
 */
export const STRENGTHS = ['strong', 'medium', 'weak'] as const;
export type Strength = (typeof STRENGTHS)[number];

export const SOURCE_KEYS = [
  'ILO-11',
  'ILO-EC-DELPHI',
  'ILO-FAIR-RECRUITMENT',
  'ILO-C181',
  'IOM-IRIS',
  'POLARIS',
  'ASTRA',
  'VOLODKO',
  'DE-AUFENTHG',
  'DE-MINWAGE',
  'EUROSTAT-MW',
  'RS-MOL',
  'IOM-SK',
] as const;
export type SourceKey = (typeof SOURCE_KEYS)[number];

export interface Source {
  readonly key: SourceKey;
  readonly title: string;
  readonly url: string;
}

/** Bibliographic references: titles stay in the language of the publication. */
export const SOURCES: Readonly<Record<SourceKey, Source>> = {
  'ILO-11': {
    key: 'ILO-11',
    title: 'ILO Special Action Programme to Combat Forced Labour, ILO Indicators of Forced Labour (2012)',
    url: 'https://www.ilo.org/publications/ilo-indicators-forced-labour',
  },
  'ILO-EC-DELPHI': {
    key: 'ILO-EC-DELPHI',
    title:
      'ILO and European Commission, Operational indicators of trafficking in human beings: results from a Delphi survey (2009)',
    url: 'https://www.ilo.org/global/topics/forced-labour/publications/WCMS_105023/lang--en/index.htm',
  },
  'ILO-FAIR-RECRUITMENT': {
    key: 'ILO-FAIR-RECRUITMENT',
    title:
      'ILO, General principles and operational guidelines for fair recruitment and Definition of recruitment fees and related costs (2019)',
    url: 'https://www.ilo.org/publications/general-principles-and-operational-guidelines-fair-recruitment-and',
  },
  'ILO-C181': {
    key: 'ILO-C181',
    title: 'ILO Private Employment Agencies Convention, 1997 (No. 181), ratified by Serbia in 2013',
    url: 'https://normlex.ilo.org/dyn/nrmlx_en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C181',
  },
  'IOM-IRIS': {
    key: 'IOM-IRIS',
    title: 'IOM, International Recruitment Integrity System (IRIS): the Employer Pays Principle',
    url: 'https://iris.iom.int/what-iris',
  },
  POLARIS: {
    key: 'POLARIS',
    title: 'Polaris Project, Labor trafficking: vulnerabilities and recruitment',
    url: 'https://polarisproject.org/vulnerabilities-and-recruitment/',
  },
  ASTRA: {
    key: 'ASTRA',
    title: 'ASTRA – Anti-trafficking Action, Labour exploitation: how to recognise a fake job offer',
    url: 'https://www.astra.rs/en/labour-exploitation/',
  },
  VOLODKO: {
    key: 'VOLODKO',
    title:
      'Volodko, Cockbain and Kleinberg, "Spotting the signs" of trafficking recruitment online, Trends in Organized Crime (2019)',
    url: 'https://link.springer.com/article/10.1007/s12117-019-09376-5',
  },
  'DE-AUFENTHG': {
    key: 'DE-AUFENTHG',
    title: 'Germany, Residence Act (AufenthG) § 40(1) No. 2: no approval for temporary agency work',
    url: 'https://www.gesetze-im-internet.de/aufenthg_2004/__40.html',
  },
  'DE-MINWAGE': {
    key: 'DE-MINWAGE',
    title: 'Germany, Minimum Wage Commission: EUR 13.90 per hour from 1 January 2026',
    url: 'https://www.mindestlohn-kommission.de/',
  },
  'EUROSTAT-MW': {
    key: 'EUROSTAT-MW',
    title: 'Eurostat, Minimum wage statistics (earn_mw_cur), January 2025',
    url: 'https://ec.europa.eu/eurostat/statistics-explained/index.php?title=Minimum_wage_statistics',
  },
  'RS-MOL': {
    key: 'RS-MOL',
    title:
      'Serbia, Ministry of Labour, Employment, Veteran and Social Affairs: licensed employment agencies (Law on Employment Agencies)',
    url: 'https://www.minrzs.gov.rs/',
  },
  'IOM-SK': {
    key: 'IOM-SK',
    title: 'IOM Slovakia, Safe travel and work abroad: useful advice',
    url: 'https://bezpecnecestovanie.iom.sk/praca-v-zahranici/uzitocne-rady/',
  },
};

export interface SourceRef {
  readonly source: SourceKey;
  /** Which indicator, element or clause of the source this maps to. */
  readonly ref: string;
}

export interface Indicator {
  readonly id: IndicatorId;
  readonly category: Category;
  readonly strength: Strength;
  /**
   * A medium sign that is something the recruiter does or asks (a lie, a payment, a trap), not a missing piece
   * of information or a figure that honest ads also show: on its own it is reason enough to warn, so it rates
   * the offer "medium" by itself (see `scoreIndicators`). Its strength stays the one its sources give.
   */
  readonly warnsAlone?: true;
  readonly sources: readonly SourceRef[];
}

const delphi = (ref: string): SourceRef => ({ source: 'ILO-EC-DELPHI', ref });
const ilo = (ref: string): SourceRef => ({ source: 'ILO-11', ref });
const FAIR: SourceRef = {
  source: 'ILO-FAIR-RECRUITMENT',
  ref: 'No recruitment fees or related costs charged to workers',
};
const IRIS: SourceRef = { source: 'IOM-IRIS', ref: 'Employer Pays Principle' };

const LIST: readonly Indicator[] = [
  {
    id: 'recruitment-fee',
    category: 'fees-and-debt',
    strength: 'strong',
    sources: [
      delphi('A. Deceived about travel and recruitment conditions (medium); B. Debt bondage (medium)'),
      ilo('9. Debt bondage'),
      FAIR,
      IRIS,
      { source: 'ILO-C181', ref: 'Art. 7: agencies shall not charge fees to workers' },
      { source: 'ASTRA', ref: 'Fake job ads; payment demanded for "administration"' },
    ],
  },
  {
    id: 'travel-cost-deducted',
    category: 'fees-and-debt',
    strength: 'strong',
    sources: [
      delphi('B. Debt bondage (medium); E. Debt bondage at destination (strong)'),
      ilo('9. Debt bondage'),
      FAIR,
      { source: 'ASTRA', ref: '"You will pay him the costs later"' },
    ],
  },
  {
    id: 'documents-retained',
    category: 'documents-and-legal-status',
    strength: 'strong',
    sources: [
      delphi('B. Confiscation of documents (medium); E. Confiscation of documents (strong)'),
      ilo('7. Retention of identity documents'),
      { source: 'ILO-FAIR-RECRUITMENT', ref: 'Identity documents must not be confiscated or retained' },
      { source: 'IOM-IRIS', ref: 'Respect for freedom of movement' },
    ],
  },
  {
    id: 'permit-after-arrival',
    category: 'documents-and-legal-status',
    strength: 'strong',
    sources: [
      delphi(
        'A. Deceived about legal documentation or obtaining legal migration status (medium); C. Abuse of illegal status (medium)',
      ),
      ilo('1. Abuse of vulnerability; 2. Deception'),
      { source: 'IOM-SK', ref: 'Travel only after signing a contract and getting the permit or visa' },
    ],
  },
  {
    id: 'living-costs-deducted',
    category: 'pay-and-deductions',
    strength: 'medium',
    sources: [
      delphi('D. Wage manipulation (medium); F. Dependency on exploiters (medium)'),
      ilo('8. Withholding of wages; 9. Debt bondage'),
      { source: 'VOLODKO', ref: 'Deductions were not stated in 76.5 % of the ads studied' },
    ],
  },
  {
    id: 'pay-too-good',
    category: 'deceptive-recruitment',
    strength: 'medium',
    sources: [
      delphi('A. Deceived about wages/earnings (medium)'),
      ilo('2. Deception'),
      { source: 'POLARIS', ref: 'A job offer that seems too good to be true' },
      { source: 'EUROSTAT-MW', ref: 'Reference wage levels per destination' },
    ],
  },
  {
    id: 'no-written-contract',
    category: 'documents-and-legal-status',
    strength: 'strong',
    sources: [
      delphi(
        'A. Deceived about content or legality of work contract (medium); D. No social protection (medium)',
      ),
      ilo('2. Deception'),
      { source: 'POLARIS', ref: 'Refuses to provide a signed contract' },
      { source: 'IOM-SK', ref: 'Never accept work abroad on an oral promise' },
    ],
  },
  {
    id: 'contract-foreign-language',
    category: 'documents-and-legal-status',
    strength: 'strong',
    sources: [
      delphi(
        'A. Deceived about content of work contract (medium); C. Abuse of lack of education (language) (medium)',
      ),
      ilo('1. Abuse of vulnerability; 2. Deception'),
      { source: 'POLARIS', ref: 'Asked to sign a contract in a language they cannot read' },
    ],
  },
  {
    id: 'anonymous-recruiter',
    category: 'employer-identity',
    strength: 'medium',
    sources: [
      delphi('A. Deceived about the nature of the job, location or employer (strong)'),
      ilo('2. Deception'),
      {
        source: 'ASTRA',
        ref: 'Only a mobile number or a free e-mail address, so the offer cannot be checked',
      },
    ],
  },
  {
    id: 'no-company-identity',
    category: 'employer-identity',
    strength: 'medium',
    sources: [
      delphi('A. Deceived about the nature of the job, location or employer (strong)'),
      ilo('2. Deception'),
      { source: 'ASTRA', ref: 'Ask for the company name, address, phone and contact person' },
    ],
  },
  {
    id: 'urgency-pressure',
    category: 'deceptive-recruitment',
    strength: 'weak',
    sources: [
      delphi('C. Abuse of lack of information (medium)'),
      ilo('1. Abuse of vulnerability'),
      { source: 'POLARIS', ref: 'Pressure to accept the job' },
    ],
  },
  {
    id: 'excessive-hours',
    category: 'working-and-living-conditions',
    strength: 'strong',
    sources: [delphi('D. Excessive working days or hours (strong)'), ilo('11. Excessive overtime')],
  },
  {
    id: 'cash-or-deferred-pay',
    category: 'pay-and-deductions',
    strength: 'strong',
    sources: [
      delphi(
        'E. Withholding of wages (medium); D. Wage manipulation (medium); D. No social protection (medium)',
      ),
      ilo('8. Withholding of wages'),
      { source: 'POLARIS', ref: 'Promised pay withheld after the work has been done' },
    ],
  },
  {
    id: 'movement-restricted',
    category: 'coercion-and-control',
    strength: 'strong',
    sources: [
      delphi(
        'B. Isolation, confinement or surveillance (medium); E. Isolation, confinement or surveillance (strong)',
      ),
      ilo('3. Restriction of movement; 4. Isolation'),
      { source: 'POLARIS', ref: 'Pressured to stay in a job they want to leave' },
    ],
  },
  {
    id: 'debt-bondage',
    category: 'fees-and-debt',
    strength: 'strong',
    sources: [delphi('B. Debt bondage (medium); E. Debt bondage (strong)'), ilo('9. Debt bondage')],
  },
  {
    id: 'sexual-exploitation-lure',
    category: 'sexual-exploitation',
    strength: 'strong',
    sources: [
      delphi('A. Deceived about the nature of the job (strong), list for sexual exploitation'),
      ilo('2. Deception'),
      {
        source: 'ASTRA',
        ref: 'Attractive appearance required: a sign of recruitment for sexual exploitation',
      },
    ],
  },
  {
    id: 'job-switch',
    category: 'deceptive-recruitment',
    strength: 'strong',
    sources: [
      delphi('A. Deceived about the nature of the job, location or employer (strong)'),
      ilo('2. Deception'),
      { source: 'DE-AUFENTHG', ref: 'A permit is tied to the approved employer' },
    ],
  },
  {
    id: 'personal-account-payment',
    category: 'fees-and-debt',
    strength: 'medium',
    warnsAlone: true,
    sources: [
      delphi('A. Deceived about travel and recruitment conditions (medium)'),
      ilo('2. Deception; 9. Debt bondage'),
      FAIR,
    ],
  },
  {
    id: 'documents-upfront',
    category: 'documents-and-legal-status',
    strength: 'medium',
    warnsAlone: true,
    sources: [
      delphi('B. Confiscation of documents (medium)'),
      { source: 'ASTRA', ref: 'Do not share documents or bank data before you can check the offer' },
    ],
  },
  {
    id: 'undeclared-work',
    category: 'documents-and-legal-status',
    strength: 'strong',
    sources: [
      delphi(
        'D. No social protection (contract, social insurance) (medium); C. Abuse of illegal status (medium)',
      ),
      ilo('1. Abuse of vulnerability'),
      { source: 'IOM-SK', ref: 'Do not accept undeclared work' },
    ],
  },
  {
    id: 'visa-guaranteed',
    category: 'documents-and-legal-status',
    strength: 'medium',
    warnsAlone: true,
    sources: [
      delphi('A. Deceived about legal documentation or obtaining legal migration status (medium)'),
      ilo('2. Deception'),
    ],
  },
  {
    id: 'temp-agency-germany',
    category: 'documents-and-legal-status',
    strength: 'strong',
    sources: [
      { source: 'DE-AUFENTHG', ref: '§ 40(1) No. 2: approval is refused for temporary agency work' },
      delphi('A. Deceived about content or legality of work contract (medium)'),
    ],
  },
  {
    id: 'unlicensed-agency',
    category: 'employer-identity',
    strength: 'strong',
    sources: [
      { source: 'RS-MOL', ref: 'Agencies placing workers abroad need a Ministry licence' },
      { source: 'ILO-C181', ref: 'Licensing of private employment agencies' },
      delphi('A. Deceived about travel and recruitment conditions (medium)'),
    ],
  },
  {
    id: 'pay-below-minimum',
    category: 'pay-and-deductions',
    strength: 'medium',
    warnsAlone: true,
    sources: [
      delphi('D. Low or no salary (medium)'),
      ilo('8. Withholding of wages'),
      { source: 'DE-MINWAGE', ref: 'Statutory minimum wage in Germany' },
      { source: 'EUROSTAT-MW', ref: 'Statutory minimum wages in the EU' },
    ],
  },
  {
    id: 'vague-offer',
    category: 'deceptive-recruitment',
    strength: 'weak',
    sources: [
      delphi('A. Deceived about conditions of work (medium)'),
      { source: 'VOLODKO', ref: 'Key information is often missing from ads, honest ones included' },
    ],
  },
  {
    id: 'evasive-answers',
    category: 'deceptive-recruitment',
    strength: 'medium',
    warnsAlone: true,
    sources: [
      delphi('A. Deceived about conditions of work (medium); C. Abuse of lack of information (medium)'),
      ilo('2. Deception'),
      { source: 'POLARIS', ref: 'Gets defensive when you ask questions' },
    ],
  },
  {
    id: 'no-experience-needed',
    category: 'deceptive-recruitment',
    strength: 'weak',
    sources: [
      delphi('C. Abuse of lack of education (language) (medium)'),
      { source: 'VOLODKO', ref: 'Very common in legitimate low-skill ads' },
    ],
  },
  {
    id: 'disguised-employment',
    category: 'documents-and-legal-status',
    strength: 'medium',
    warnsAlone: true,
    sources: [
      delphi('D. No social protection (contract, social insurance) (medium)'),
      ilo('1. Abuse of vulnerability; 10. Abusive working and living conditions'),
    ],
  },
  {
    id: 'debt-relief-lure',
    category: 'deceptive-recruitment',
    strength: 'medium',
    warnsAlone: true,
    sources: [
      delphi('C. Economic reasons (medium); C. Abuse of difficult family situation (medium)'),
      ilo('1. Abuse of vulnerability'),
    ],
  },
  {
    id: 'partner-recruiter',
    category: 'coercion-and-control',
    strength: 'medium',
    warnsAlone: true,
    sources: [delphi('C. Psychological and emotional dependency (medium)'), ilo('1. Abuse of vulnerability')],
  },
];

/** The catalogue, keyed by id. */
export const INDICATORS: Readonly<Record<IndicatorId, Indicator>> = Object.fromEntries(
  LIST.map((indicator) => [indicator.id, indicator]),
) as Record<IndicatorId, Indicator>;

/** Every indicator, in the order of INDICATOR_IDS. */
export const INDICATOR_LIST: readonly Indicator[] = INDICATOR_IDS.map((id) => INDICATORS[id]);
