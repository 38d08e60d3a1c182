import type { z } from 'zod';
import type { SearchProvider } from '../search/providers.js';
import { CaseStore } from './case-store.js';
import { CaseSearchResult } from './schemas.js';

/**
 * Cases for the search box: by reference code (exact, `C-2026-0042`) or by the names of the employers,
 * recruiters and other entities involved (blind indexes of folded tokens, ranked after decryption).
 */
export const caseSearch: SearchProvider<z.infer<typeof CaseSearchResult>> = {
  type: 'case',
  permission: 'case.read',
  auditResource: 'case',
  auditFields: ['entities'],
  schema: CaseSearchResult,
  async search({ db, dialect, keyring, access }, query, limit) {
    const found = await new CaseStore(db, dialect, keyring, access).search(query, limit);
    return found.map((hit) => ({
      type: 'case' as const,
      id: hit.case.id,
      code: hit.case.code,
      status: hit.case.status,
      kind: hit.case.kind,
      matched: hit.matched,
      entity: hit.entity,
      score: Math.round(hit.score * 1000) / 1000,
    }));
  },
};
