/** The console's shared formatting: a staff member who no longer exists is named, never shown as an empty name. */
import { createTranslator } from '@putokaz/core';
import { CATALOGS } from '@putokaz/core/i18n/all-catalogs';
import { describe, expect, it } from 'vitest';
import { staffName } from '../src/console/format.ts';

describe('staffName', () => {
  it('keeps a name and names a user who no longer exists in every console language', () => {
    const en = createTranslator('en', CATALOGS.en);
    expect(staffName(en, 'Sara Supervizor')).toBe('Sara Supervizor');
    expect(staffName(en, null)).toBe('Former staff member');
    expect(staffName(en, null, true)).toBe('a former staff member');
    expect(staffName(createTranslator('sr-Cyrl', CATALOGS['sr-Cyrl']), null)).toBe('Бивши члан особља');
    expect(staffName(createTranslator('sr-Latn', CATALOGS['sr-Latn']), null, true)).toBe(
      'bivši član osoblja',
    );
    expect(staffName(createTranslator('uk', CATALOGS.uk), null)).toBe('Колишній співробітник');
  });
});
