import type { Contact } from './types.ts';

/**
 * Emergency numbers shared by several pages, per written language. Each one carries the official source it
 * comes from and the date it was last checked against that source; re-check them before every release.
 */
export const CHECKED_ON = '2026-11-28';

type Written = 'sr-Cyrl' | 'en' | 'uk';
type ContactId = 'eu112' | 'ch112' | 'ru112' | 'rsPolice' | 'rsAmbulance';

const SOURCES: Record<ContactId, Record<Written, string>> = {
  eu112: {
    en: 'European Union: 112, the single European emergency number, free from any phone in every EU country',
    'sr-Cyrl':
      'Европска унија: 112, јединствени европски број за хитне случајеве, бесплатан са сваког телефона',
    uk: 'Європейський Союз: 112 — єдиний європейський номер екстрених служб, безкоштовний з будь-якого телефону',
  },
  ch112: {
    en: 'Swiss authorities: 112 is answered in all of Switzerland, like the national numbers 117 (police) and 144 (ambulance)',
    'sr-Cyrl':
      'Швајцарске власти: 112 ради у целој Швајцарској, као и национални бројеви 117 (полиција) и 144 (хитна помоћ)',
    uk: 'Органи влади Швейцарії: 112 працює по всій Швейцарії, як і національні номери 117 (поліція) та 144 (швидка)',
  },
  ru112: {
    en: 'Russian Federation: 112, the single emergency number (police, ambulance, fire), free from any phone',
    'sr-Cyrl':
      'Руска Федерација: 112, јединствени број за хитне случајеве (полиција, хитна помоћ, ватрогасци)',
    uk: 'Російська Федерація: 112 — єдиний номер екстрених служб (поліція, швидка, пожежники)',
  },
  rsPolice: {
    en: 'Ministry of the Interior of the Republic of Serbia: police 192',
    'sr-Cyrl': 'Министарство унутрашњих послова Републике Србије: полиција 192',
    uk: 'Міністерство внутрішніх справ Республіки Сербія: поліція 192',
  },
  rsAmbulance: {
    en: 'Health services of the Republic of Serbia: emergency medical help 194',
    'sr-Cyrl': 'Здравствена служба Републике Србије: хитна медицинска помоћ 194',
    uk: 'Служба охорони здоровʼя Республіки Сербія: швидка медична допомога 194',
  },
};

const LABELS: Record<ContactId, Record<Written, string>> = {
  eu112: {
    en: 'Emergency (police, ambulance, fire)',
    'sr-Cyrl': 'Хитни случајеви (полиција, хитна помоћ, ватрогасци)',
    uk: 'Екстрені служби (поліція, швидка, пожежники)',
  },
  ch112: {
    en: 'Emergency (police, ambulance, fire)',
    'sr-Cyrl': 'Хитни случајеви (полиција, хитна помоћ, ватрогасци)',
    uk: 'Екстрені служби (поліція, швидка, пожежники)',
  },
  ru112: {
    en: 'Emergency (police, ambulance, fire)',
    'sr-Cyrl': 'Хитни случајеви (полиција, хитна помоћ, ватрогасци)',
    uk: 'Екстрені служби (поліція, швидка, пожежники)',
  },
  rsPolice: { en: 'Police in Serbia', 'sr-Cyrl': 'Полиција у Србији', uk: 'Поліція в Сербії' },
  rsAmbulance: {
    en: 'Ambulance in Serbia',
    'sr-Cyrl': 'Хитна помоћ у Србији',
    uk: 'Швидка допомога в Сербії',
  },
};

const PHONES: Record<ContactId, string> = {
  eu112: '112',
  ch112: '112',
  ru112: '112',
  rsPolice: '192',
  rsAmbulance: '194',
};

/** One shared contact in one written language. */
export function contact(id: ContactId, locale: Written): Contact {
  return {
    label: LABELS[id][locale],
    phone: PHONES[id],
    source: SOURCES[id][locale],
    lastVerified: CHECKED_ON,
  };
}
