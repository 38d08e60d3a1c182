/**
 * Destinations, broad job types and plausible pay, for reading the numbers of an offer. The engine imports
 * this module alone; how places and jobs are written (`wages.ts`) is vocabulary, shipped with the packs.
 *
 * Pay ranges are monthly NET pay in euro for full-time work, rounded generously: `low` is what a fair
 * full-time job usually pays at least, `high` the most an offer can plausibly promise before it reads as a
 * lure. Figures are screening thresholds, not legal advice. Sources: Eurostat minimum wage statistics
 * (earn_mw_cur, January 2025) for statutory minimums; the German Minimum Wage Commission (EUR 13.90 per hour
 * from 1 January 2026); national statistics offices' average earnings (Destatis, Statistik Austria, BFS,
 * CBS, ISTAT, GUS, ČSÚ, ŠÚ SR, SURS, DZS, KSH, NSO Malta, SSB, SCB, INSEE, Statbel, INE, CSO, ONS, Rosstat,
 * RZS) for the upper ends, rounded up. `minHourly` is the statutory gross minimum per hour in euro where a
 * national one exists: 2026 figures for Germany (13.90), the Netherlands (about 14.70), Poland (31.40 PLN)
 * and Czechia (about 134 CZK), January 2025 Eurostat figures elsewhere. Review every January together with
 * EUR_PER_UNIT.
 */

export const DESTINATIONS = [
  'DE',
  'AT',
  'CH',
  'SK',
  'CZ',
  'PL',
  'SI',
  'HR',
  'HU',
  'MT',
  'NL',
  'BE',
  'FR',
  'IT',
  'ES',
  'IE',
  'GB',
  'NO',
  'SE',
  'RU',
  'AZ',
  'AE',
  'RS',
  'other',
] as const;
export type Destination = (typeof DESTINATIONS)[number];

export const JOB_TYPES = ['unskilled', 'skilled', 'care'] as const;
export type JobType = (typeof JOB_TYPES)[number];

export interface PayRange {
  readonly low: number;
  readonly high: number;
}

export interface DestinationPay {
  readonly minHourly?: number;
  readonly pay: Readonly<Record<JobType, PayRange>>;
}

const r = (low: number, high: number): PayRange => ({ low, high });

export const PAY_TABLE: Readonly<Record<Destination, DestinationPay>> = {
  DE: { minHourly: 13.9, pay: { unskilled: r(1500, 2500), skilled: r(2000, 3500), care: r(1700, 3000) } },
  AT: { pay: { unskilled: r(1400, 2300), skilled: r(1900, 3300), care: r(1600, 2800) } },
  CH: { pay: { unskilled: r(3000, 4500), skilled: r(3800, 6000), care: r(3500, 5200) } },
  SK: { minHourly: 4.69, pay: { unskilled: r(700, 1300), skilled: r(900, 1900), care: r(800, 1400) } },
  CZ: { minHourly: 5.3, pay: { unskilled: r(700, 1400), skilled: r(900, 2000), care: r(800, 1500) } },
  PL: { minHourly: 7.35, pay: { unskilled: r(800, 1500), skilled: r(1000, 2100), care: r(900, 1600) } },
  SI: { minHourly: 7.2, pay: { unskilled: r(900, 1600), skilled: r(1100, 2300), care: r(950, 1700) } },
  HR: { minHourly: 5.6, pay: { unskilled: r(750, 1400), skilled: r(950, 2000), care: r(800, 1500) } },
  HU: { minHourly: 4.1, pay: { unskilled: r(500, 1000), skilled: r(700, 1600), care: r(550, 1100) } },
  MT: { minHourly: 5.5, pay: { unskilled: r(850, 1500), skilled: r(1100, 2100), care: r(900, 1600) } },
  NL: { minHourly: 14.7, pay: { unskilled: r(1600, 2600), skilled: r(2100, 3600), care: r(1900, 3200) } },
  BE: { minHourly: 12.0, pay: { unskilled: r(1600, 2500), skilled: r(2000, 3500), care: r(1800, 3000) } },
  FR: { minHourly: 11.88, pay: { unskilled: r(1400, 2100), skilled: r(1700, 3000), care: r(1500, 2400) } },
  IT: { pay: { unskilled: r(1100, 1900), skilled: r(1400, 2600), care: r(1000, 1800) } },
  ES: { minHourly: 8.9, pay: { unskilled: r(1100, 1800), skilled: r(1400, 2500), care: r(1100, 1800) } },
  IE: { minHourly: 13.5, pay: { unskilled: r(1800, 2700), skilled: r(2300, 3700), care: r(2000, 3100) } },
  GB: { minHourly: 14.2, pay: { unskilled: r(1800, 2700), skilled: r(2300, 3700), care: r(2000, 3100) } },
  NO: { pay: { unskilled: r(2500, 3900), skilled: r(3200, 5200), care: r(3000, 4600) } },
  SE: { pay: { unskilled: r(1900, 2900), skilled: r(2400, 3900), care: r(2100, 3200) } },
  RU: { pay: { unskilled: r(450, 1200), skilled: r(700, 1900), care: r(500, 1200) } },
  AZ: { pay: { unskilled: r(300, 800), skilled: r(500, 1400), care: r(300, 800) } },
  AE: { pay: { unskilled: r(300, 1000), skilled: r(800, 2800), care: r(300, 900) } },
  RS: { minHourly: 2.6, pay: { unskilled: r(450, 1000), skilled: r(600, 1600), care: r(450, 1000) } },
  other: { pay: { unskilled: r(500, 3000), skilled: r(700, 4000), care: r(500, 3200) } },
};
