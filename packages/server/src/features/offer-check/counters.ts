/**
 * Anonymous daily counters of the public offer check: how many checks per day, language and risk level, and
 * how often each indicator was found per day and language. Nothing else about a check is kept: no text, no
 * answers, no address, no time of day, and nothing that links the indicators of one check together. A check
 * the second opinion raised to medium (similarity.ts in core) also counts under the indicator id
 * `similarity`, so the NGO can see how often it decides a result.
 */
import { sql, type Kysely } from 'kysely';
import type { OfferCheckResult } from '@putokaz/core/offer-check/all';
import type { Database } from '../../db/schema.js';

/** The UTC calendar day of an instant, YYYY-MM-DD. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The counter of checks the second opinion raised (not an indicator of the catalogue). */
export const SIMILARITY_COUNTER = 'similarity';

/** Adds one check to the counters (one transaction; an upsert per counter, the same SQL on both dialects). */
export async function countOfferCheck(
  db: Kysely<Database>,
  result: Pick<OfferCheckResult, 'risk' | 'locale' | 'findings' | 'similarity'>,
  now: Date,
): Promise<void> {
  const day = utcDay(now);
  const lang = result.locale;
  const indicators: string[] = [...new Set(result.findings.map((f) => f.id))];
  if (result.similarity) indicators.push(SIMILARITY_COUNTER);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('offer_check_daily')
      .values({ day, lang, risk: result.risk, count: 1 })
      .onConflict((oc) =>
        oc.columns(['day', 'lang', 'risk']).doUpdateSet({ count: sql`offer_check_daily.count + 1` }),
      )
      .execute();
    if (indicators.length === 0) return;
    await trx
      .insertInto('offer_check_indicator_daily')
      .values(indicators.map((indicator_id) => ({ day, lang, indicator_id, count: 1 })))
      .onConflict((oc) =>
        oc
          .columns(['day', 'lang', 'indicator_id'])
          .doUpdateSet({ count: sql`offer_check_indicator_daily.count + 1` }),
      )
      .execute();
  });
}
