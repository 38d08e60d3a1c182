// The en catalog: the base messages plus one file per feature area, so features add their texts in
// their own files. A key defined in two areas is an error (mergeAreas throws), never a silent override.
import base from './en.json' with { type: 'json' };
import cases from './cases/en.json' with { type: 'json' };
import contacts from './contacts/en.json' with { type: 'json' };
import corrections from './corrections/en.json' with { type: 'json' };
import content from './content/en.json' with { type: 'json' };
import help from './help/en.json' with { type: 'json' };
import offline from './offline/en.json' with { type: 'json' };
import persons from './persons/en.json' with { type: 'json' };
import signs from './signs/en.json' with { type: 'json' };
import { mergeAreas } from './merge-areas.js';

const catalog = mergeAreas({ base, cases, contacts, corrections, content, help, offline, persons, signs });
export default catalog;
