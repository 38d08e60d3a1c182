// The uk catalog: the base messages plus one file per feature area, so features add their texts in
// their own files. A key defined in two areas is an error (mergeAreas throws), never a silent override.
import base from './uk.json' with { type: 'json' };
import cases from './cases/uk.json' with { type: 'json' };
import contacts from './contacts/uk.json' with { type: 'json' };
import corrections from './corrections/uk.json' with { type: 'json' };
import content from './content/uk.json' with { type: 'json' };
import help from './help/uk.json' with { type: 'json' };
import offline from './offline/uk.json' with { type: 'json' };
import persons from './persons/uk.json' with { type: 'json' };
import signs from './signs/uk.json' with { type: 'json' };
import { mergeAreas } from './merge-areas.js';

const catalog = mergeAreas({ base, cases, contacts, corrections, content, help, offline, persons, signs });
export default catalog;
