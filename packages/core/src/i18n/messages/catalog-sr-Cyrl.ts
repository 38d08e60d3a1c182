// The sr-Cyrl catalog: the base messages plus one file per feature area, so features add their texts in
// their own files. A key defined in two areas is an error (mergeAreas throws), never a silent override.
import base from './sr-Cyrl.json' with { type: 'json' };
import cases from './cases/sr-Cyrl.json' with { type: 'json' };
import contacts from './contacts/sr-Cyrl.json' with { type: 'json' };
import corrections from './corrections/sr-Cyrl.json' with { type: 'json' };
import content from './content/sr-Cyrl.json' with { type: 'json' };
import help from './help/sr-Cyrl.json' with { type: 'json' };
import offline from './offline/sr-Cyrl.json' with { type: 'json' };
import persons from './persons/sr-Cyrl.json' with { type: 'json' };
import signs from './signs/sr-Cyrl.json' with { type: 'json' };
import { mergeAreas } from './merge-areas.js';

const catalog = mergeAreas({ base, cases, contacts, corrections, content, help, offline, persons, signs });
export default catalog;
