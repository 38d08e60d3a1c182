/**
 * Anonymous daily counters of the public offer check: how many checks per day, language and risk level, and
 * how often each indicator was found per day and language. Nothing else about a check is kept: no text, no
 * answers, no address, no time of day, and nothing that links the indicators of one check together.
 */
import { sql, type Kysely } from 'kysely';
import type { OfferCheckResult } from '@putokaz/core/offer-check/all';
import type { Database } from '../../db/schema.js';

/** The UTC calendar day of an instant, YYYY-MM-DD. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Adds one check to the counters (one transaction; an upsert per counter, the same SQL on both dialects). */
export async function countOfferCheck(
  db: Kysely<Database>,
  result: Pick<OfferCheckResult, 'risk' | 'locale' | 'findings'>,
  now: Date,
): Promise<void> {
  const day = utcDay(now);
  const lang = result.locale;
  const indicators = [...new Set(result.findings.map((f) => f.id))];
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
