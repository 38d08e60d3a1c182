import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../src/i18n/locales.js';
import { checkOffer, OFFER_TEXTS } from '../src/offer-check/all.js';
import { CATALOG_VERSION, INDICATORS } from '../src/offer-check/catalog.js';
import {
  checkOfferWith,
  createOfferChecker,
  RISK_THRESHOLDS,
  scoreIndicators,
  STRENGTH_POINTS,
  WEAK_POINTS_CAP,
  type OfferCheckResult,
} from '../src/offer-check/engine.js';
import { INDICATOR_IDS, type IndicatorId } from '../src/offer-check/indicator-ids.js';
import { loadOfferChecker, loadOfferTexts } from '../src/offer-check/load.js';
import { needsFullVocabulary } from '../src/offer-check/vocabulary.js';
import { FULL_VOCABULARY } from '../src/offer-check/vocabulary-full.js';
import type { Answers } from '../src/offer-check/questionnaire.js';
import { cyrillicToLatin } from '../src/text/serbian.js';

const ids = (result: OfferCheckResult) => result.findings.map((f) => f.id);
const check = (text: string, answers?: Answers) =>
  checkOffer({ text, lang: 'en', ...(answers ? { answers } : {}) });
/** The rules alone, without the second opinion (similarity.ts), which reads wording and is not monotone. */
const checkRules = (text: string) => checkOfferWith(OFFER_TEXTS.en, { text }, FULL_VOCABULARY);

/** [indicator, text]: the text must raise the indicator. Several languages and spellings per indicator. */
const FIRES: readonly (readonly [IndicatorId, string])[] = [
  ['recruitment-fee', 'Za prijavu je potrebno uplatiti 200 evra unapred.'],
  ['recruitment-fee', 'Troškove vize i radne dozvole plaćate vi, unapred.'],
  ['recruitment-fee', 'uplata od 25.000 dinara kao trošak administracije'],
  ['recruitment-fee', 'Registration fee of €200 is required before we send the contract.'],
  ['recruitment-fee', 'Для оформлення візи потрібно сплатити 300 євро наперед.'],
  ['recruitment-fee', 'Провизија агенције је 300 €.'],
  ['recruitment-fee', 'Die Vermittlungsgebühr beträgt 250 Euro.'],
  ['travel-cost-deducted', 'Avionsku kartu i vizu plaćamo mi, a odbijamo vam od prve plate.'],
  ['travel-cost-deducted', 'Ticket and visa are paid by us and deducted from your first salaries.'],
  ['travel-cost-deducted', 'Квиток і візу оплачуємо ми, а потім утримаємо з вашої першої зарплати.'],
  ['documents-retained', 'Pasoš ostavljate kod nas radi obrade vize.'],
  ['documents-retained', 'We keep your passport while we process the visa.'],
  ['documents-retained', 'Паспорт залишаєте в нас для оформлення візи.'],
  ['documents-retained', 'Der Reisepass wird vom Arbeitgeber einbehalten.'],
  ['permit-after-arrival', 'Putujete bez vize, kao turista; papire sređujemo na licu mesta.'],
  ['permit-after-arrival', 'You travel visa-free as a tourist, we sort out papers in Germany.'],
  ['permit-after-arrival', 'Їдете без візи як турист, документи оформимо на місці.'],
  ['living-costs-deducted', 'Smeštaj i hrana obezbeđeni, troškovi se odbijaju od plate.'],
  ['living-costs-deducted', 'Житло та харчування надаємо, вартість утримується із зарплати.'],
  ['living-costs-deducted', 'Accommodation €400/month is deducted from wages.'],
  ['no-written-contract', 'Ugovor ćete potpisati kad stignete.'],
  ['no-written-contract', 'No need for a contract, we trust each other.'],
  ['no-written-contract', 'Договір підпишете, коли приїдете до Німеччини.'],
  ['contract-foreign-language', 'Ugovor je na nemačkom, samo potpišite, prevod nije potreban.'],
  ['contract-foreign-language', 'Договір німецькою мовою, просто підпишіть, переклад не потрібен.'],
  ['contract-foreign-language', 'The contract is in German only, no translation will be provided.'],
  ['urgency-pressure', 'Hitno! Polazak već ove nedelje, broj mesta ograničen.'],
  ['urgency-pressure', 'Терміново! Виїзд уже цього тижня, кількість місць обмежена.'],
  ['urgency-pressure', 'Only 3 places left, decide today.'],
  ['excessive-hours', 'Radno vreme 10–12 sati dnevno, bez slobodnih dana.'],
  ['excessive-hours', 'Робочий день 10–12 годин, без вихідних.'],
  ['excessive-hours', '10–12 hours a day, 7 days a week.'],
  ['excessive-hours', 'Arbeitszeit Mo-So, 10 Stunden täglich.'],
  ['cash-or-deferred-pay', 'Plata se isplaćuje na kraju sezone.'],
  ['cash-or-deferred-pay', 'Зарплату виплачуємо в кінці сезону.'],
  ['cash-or-deferred-pay', 'Bezahlung bar auf die Hand.'],
  ['movement-restricted', 'Telefoni se predaju šefu smene. Izlazak iz smeštaja samo uz dozvolu.'],
  ['movement-restricted', 'Виходити з гуртожитку лише з дозволу.'],
  ['movement-restricted', 'If you leave before the end of the contract you pay a penalty of 1,000 euro.'],
  ['debt-bondage', 'Avans od 500 evra odrađuješ radom, dok ne vratiš dug.'],
  ['debt-bondage', 'The loan for your travel is repaid from your salary with interest per month.'],
  [
    'sexual-exploitation-lure',
    'Tražimo devojke 18-25 god, prijatnog izgleda, za rad u noćnom klubu na Malti.',
  ],
  ['sexual-exploitation-lure', 'Потрібні дівчата 18–25 років приємної зовнішності для роботи за кордоном.'],
  ['job-switch', 'Prvo radite u Slovačkoj, a onda vas prebacujemo u Nemačku.'],
  ['job-switch', 'Vacancy on a Polish work visa, but actually you will work in the Netherlands.'],
  ['personal-account-payment', 'Uplatu izvršite preko Western Uniona na ime našeg koordinatora.'],
  ['personal-account-payment', 'Оплату переказуйте на картку нашого координатора.'],
  ['documents-upfront', 'Pošaljite sliku pasoša na Viber i podatke sa platne kartice da vas prijavimo.'],
  ['documents-upfront', 'Надішліть фото паспорта і дані банківської картки.'],
  ['undeclared-work', 'Rad na crno, plata na ruke.'],
  ['undeclared-work', 'Робота без офіційного оформлення, оплата готівкою.'],
  ['visa-guaranteed', 'Viza i radna dozvola 100% zagarantovane.'],
  ['visa-guaranteed', 'Віза та дозвіл на роботу — 100% гарантія.'],
  ['temp-agency-germany', 'Zaposlenje preko agencije za privremeno zapošljavanje (Zeitarbeit) u Nemačkoj.'],
  ['unlicensed-agency', 'Nemamo licencu Ministarstva, ali radimo direktno sa poslodavcem u Austriji.'],
  ['vague-offer', 'Work in Germany, various positions, details by phone.'],
  ['vague-offer', 'Posao u Nemačkoj, plata po dogovoru.'],
  ['evasive-answers', 'Sve ćete saznati kad stignete.'],
  ['no-experience-needed', 'Iskustvo i znanje jezika nisu potrebni.'],
  ['no-experience-needed', 'Досвід і знання мови не потрібні.'],
  ['disguised-employment', 'Radićete kao samostalni preduzetnik, bez ugovora o radu.'],
  ['debt-relief-lure', 'Rešite dugove za tri meseca rada u Nemačkoj.'],
  ['debt-relief-lure', 'Закрийте борги за три місяці роботи в Німеччині.'],
  ['partner-recruiter', 'Moj dečko iz Nemačke sve sređuje, ti samo treba da dođeš.'],
  ['partner-recruiter', 'Хлопець усе організує, тобі треба лише приїхати.'],
  [
    'anonymous-recruiter',
    'Posao u Austriji na farmi, 1.500 € neto. Za sve informacije pišite Bobanu na Viber.',
  ],
  ['no-company-identity', 'Posao u Nemačkoj! Stan i hrana obezbeđeni. Javite se na Viber.'],
  ['pay-too-good', 'Branje jagoda u Nemačkoj, zarada od 4.000 do 5.000 evra mesečno, bez iskustva.'],
  ['pay-below-minimum', 'Berba jabuka u Nemačkoj, 8 € po satu.'],
  ['pay-below-minimum', 'UK farm. Piece work: 0.45 £ per kilo, good pickers make 90–110 £ per day!'],
  ['undeclared-work', 'Плата 55.000 у коверти. Пријава није потребна, инспекција не долази.'],
  ['undeclared-work', 'Cash in an envelope every Friday, nobody checks.'],
  ['debt-bondage', 'The amount (1,450 USD) is repaid from wages in 10 monthly instalments.'],
  ['debt-bondage', 'Радник не може раскинути уговор пре отплате износа.'],
  ['debt-bondage', 'До повного погашення авансу працівник не має права розірвати договір.'],
  ['documents-retained', 'Путна исправа радника чува се у канцеларији послодавца.'],
  ['contract-foreign-language', 'Договір данською мовою, переклад не передбачено.'],
  ['urgency-pressure', 'Please sign by tomorrow noon, otherwise the place goes to another candidate.'],
  ['movement-restricted', 'Die Tür der Unterkunft wird nachts abgeschlossen.'],
  [
    'documents-retained',
    "The Employee shall deposit his/her passport with the Employer's HR office; it will be returned upon completion of the contract.",
  ],
  ['movement-restricted', 'Без мене з території не виходимо. Телефони ввечері віддаєте.'],
  ['no-written-contract', 'Ovde se ništa ne potpisuje – ugovor dobijate kad stignete.'],
  ['recruitment-fee', 'Putni trošak 120 € plaćate vozaču kombija pri polasku.'],
  [
    'living-costs-deducted',
    'Житло в будинку по 4 особи — 600 zł/міс, автоматично вираховується із зарплати.',
  ],
  ['debt-bondage', 'Der Betrag wird in den ersten sechs Monaten in Raten vom Lohn einbehalten.'],
  ['debt-bondage', 'Bei vorzeitiger Kündigung ist der Restbetrag sofort fällig.'],
  ['undeclared-work', 'Тут поліція, у вас немає реєстрації.'],
  ['cash-or-deferred-pay', 'Гроші по приїзду додому, конверт.'],
  [
    'documents-retained',
    'Ihr Reisepass wird für die Dauer der Saison sicher im Hotelsafe der Personalabteilung hinterlegt.',
  ],
  ['documents-retained', 'На місці паспорти збирає координатор Василь для реєстрації.'],
  ['movement-restricted', "The employee's mobile phone is kept by madam during working days."],
  ['movement-restricted', 'Employee may go out only together with the family driver.'],
  ['excessive-hours', 'One day off per month.'],
  ['job-switch', 'If there is no room, you will be assigned to our partner farm nearby.'],
  ['evasive-answers', 'Распоред ће бити познат тек по доласку.'],
  ['recruitment-fee', 'Нужна оплата регистрации 5 000 руб. переводом на карту (Дмитрий К.).'],
];

/** Honest wording: must NOT raise the given indicators. */
const HONEST: readonly (readonly [string, readonly IndicatorId[]])[] = [
  ['Accommodation provided free of charge by the employer.', ['living-costs-deducted', 'recruitment-fee']],
  ['The employer pays the visa.', ['recruitment-fee', 'travel-cost-deducted']],
  ['No fees are charged.', ['recruitment-fee']],
  ['Smeštaj besplatan, obezbeđuje poslodavac.', ['living-costs-deducted', 'recruitment-fee']],
  ['Ne naplaćujemo nikakve provizije.', ['recruitment-fee']],
  ['Ми не беремо жодних платежів.', ['recruitment-fee']],
  ['Никада не дај пасош никоме, ни послодавцу ни возачу.', ['documents-retained']],
  ['Pasoš uvek ostaje kod vas.', ['documents-retained']],
  [
    'Tražim posao kao zidar u inostranstvu, 15 godina iskustva. Tel 063 555 4410, Nenad.',
    ['anonymous-recruiter', 'no-company-identity', 'excessive-hours'],
  ],
  ['Firma Sjaj Pro, Beograd: noćna smena 22–06h, plata 78.000 din.', ['excessive-hours']],
  ['Firma Primer B.V., plata 15,10 €/h, stan plaćam 95 € nedeljno.', ['pay-below-minimum']],
  [
    'Firma Primer GmbH. Lohn 14,50 €/Std. brutto, Arbeitszeit im Vertrag, Unterkunft im Weinberg.',
    ['anonymous-recruiter'],
  ],
  ['Abgeschlossene Ausbildung notwendig, Anerkennung ist abgeschlossen.', ['movement-restricted']],
  ['Die Gebühr von 411 € für das Visum zahlen wir.', ['recruitment-fee']],
  ['Turistička agencija Primer Tura traži vodiče za autobuske ture po Italiji.', ['permit-after-arrival']],
  ['Plata na račun; napojnice u kešu su vaše.', ['cash-or-deferred-pay']],
  ['Registration fee for au pairs — 0 €; the host family pays the agency.', ['recruitment-fee']],
  ['Poslodavac ne zadržava pasoš radnika.', ['documents-retained']],
  ['Ausbildung zum Koch bei der Primer Gastro GmbH: 1.050 € brutto im ersten Jahr.', ['pay-below-minimum']],
  ['Primer Logistika d.o.o.: rad 12h, sistem 3 dana rada / 3 dana odmora.', ['excessive-hours']],
  ['Obsthof Primer: 14,50 €/h Festlohn plus Leistungsprämie.', ['recruitment-fee']],
  ['Die Vermittlungsgebühr zahlt der Arbeitgeber; für Bewerber entstehen keine Kosten.', ['recruitment-fee']],
  [
    'Tražimo negovateljicu za baku u Nišu, 8 sati dnevno. Javite se Snežani 063 555 0460.',
    ['anonymous-recruiter'],
  ],
  ['Дорогу з кордону оплачуємо ми, без утримання з зарплати.', ['travel-cost-deducted']],
  ['Zaposleni ima pravo na nedeljni odmor od najmanje 24 časa neprekidno.', ['excessive-hours']],
  ['Primer s.r.o.: 12-hour shifts in a 2-2-3 rotation, about 168 hours a month.', ['excessive-hours']],
  ['Dozvolu za rad podnosimo mi čim nam vratiš potpisan ugovor.', ['travel-cost-deducted']],
  ['Visa fee: you pay it yourself to the British embassy; we charge nothing.', ['recruitment-fee']],
  ['You will never be charged a recruitment fee.', ['recruitment-fee']],
  ['Не мисли да су сви послови у иностранству превара.', ['vague-offer']],
  [
    'Thank you for signing the contract! Please send us a copy of your passport for the visa appointment.',
    ['documents-upfront'],
  ],
  ['Ugovor potpisujete u Beogradu pre polaska.', ['no-written-contract']],
  [
    'Travel and accommodation are paid by the employer and are not deducted from wages.',
    ['travel-cost-deducted', 'living-costs-deducted'],
  ],
  ['Plata se isplaćuje mesečno na tekući račun.', ['cash-or-deferred-pay']],
  ['Ugovor na nemačkom sa prevodom na srpski dobijate pre polaska.', ['contract-foreign-language']],
  ['8 sati dnevno, 5 dana nedeljno.', ['excessive-hours']],
  ['Nema rada na crno: prijava od prvog dana.', ['undeclared-work']],
];

describe('checkOffer: indicators in several languages', () => {
  it.each(FIRES)('%s ← %s', (id, text) => {
    expect(ids(check(text))).toContain(id);
  });

  it.each(HONEST)('honest wording does not fire: %s', (text, notExpected) => {
    const found = ids(check(text));
    for (const id of notExpected) expect(found).not.toContain(id);
  });

  it('reads Serbian without diacritics, in capitals, with typos, emoji and odd spacing', () => {
    expect(ids(check('PASOS   OSTAJE 🙂 KOD    POSLODAVCA'))).toContain('documents-retained');
    expect(ids(check('pasosh ostaje kod poslodavca'))).toContain('documents-retained');
    expect(ids(check('Porvizija je 200 eur, placa se unapred'))).toContain('recruitment-fee');
    expect(ids(check('SMEŠTAJ SE ODBIJAAA OD PLATE!!!'))).toContain('living-costs-deducted');
    expect(ids(check('Смештај се одбија од плате'))).toContain('living-costs-deducted');
  });

  it('reads Russian', () => {
    expect(
      ids(check('Проезд и оформление за счёт работодателя, потом вычитаются из зарплаты частями.')),
    ).toContain('travel-cost-deducted');
    expect(ids(check('Паспорт сдаёте бригадиру для регистрации.'))).toContain('documents-retained');
  });

  it('does not treat a negated sign as a sign', () => {
    expect(ids(check('Rad bez ugovora ne nudimo.'))).toContain('no-written-contract');
    expect(ids(check('Ne radimo bez ugovora.'))).not.toContain('no-written-contract');
    expect(ids(check('We never keep your passport.'))).not.toContain('documents-retained');
    expect(ids(check('Provizija se ne naplaćuje.'))).not.toContain('recruitment-fee');
  });

  it('keeps honest wording to its own sentence', () => {
    const result = check('Smeštaj je besplatan. Prevoz do posla se odbija od plate.');
    expect(ids(result)).toContain('living-costs-deducted');
  });
});

describe('checkOffer: reading amounts and places', () => {
  it('reads a price next to what a fee is for as a recruitment fee', () => {
    expect(ids(check('A one-time placement charge of 350 EUR applies.'))).toContain('recruitment-fee');
    expect(ids(check('Послуги агенції — 300 євро, оплата при підписанні договору.'))).toContain(
      'recruitment-fee',
    );
    expect(ids(check('Vermittlung kostet 300 Euro, zahlbar vor der Abreise.'))).toContain('recruitment-fee');
  });

  it('does not read pay, a housing price or an employer-paid fee as a recruitment fee', () => {
    expect(ids(check('Plata 1.500 €, viza se obezbeđuje pre polaska.'))).not.toContain('recruitment-fee');
    expect(ids(check('Dormitory €110/month, optional, visa arranged by the employer.'))).not.toContain(
      'recruitment-fee',
    );
    expect(
      ids(check('The employer covers the flight, the visa fee (75 €) and the first rent.')),
    ).not.toContain('recruitment-fee');
    expect(ids(check('GVVA permit before travel, €19/h gross, two days off a week.'))).not.toContain(
      'recruitment-fee',
    );
  });

  it('keeps a fee when only the rest is paid by the employer', () => {
    const text = 'Оплата послуг агентства – 250 € до виїзду, решта витрат за рахунок роботодавця.';
    expect(ids(check(text))).toContain('recruitment-fee');
  });

  it('flags papers of one country for work in another', () => {
    expect(ids(check('Vakansija na poljsku radnu vizu, ali radite u Holandiji na skladištu.'))).toContain(
      'permit-after-arrival',
    );
    expect(ids(check('Сварщики в Нидерланды, оформление по польской визе, 16 евро в час.'))).toContain(
      'permit-after-arrival',
    );
    expect(
      ids(check('Posao u Nemačkoj, nemačka radna viza pre polaska, ugovor na nemačkom i srpskom.')),
    ).not.toContain('permit-after-arrival');
  });

  it('flags requirements about looks for young women', () => {
    expect(
      ids(check('Nanny job in London for young girls, must be slim and attractive, send photos.')),
    ).toContain('sexual-exploitation-lure');
    expect(ids(check('Готель шукає офіціанток, 18-25 років, зовнішність важлива.'))).toContain(
      'sexual-exploitation-lure',
    );
  });

  it('treats local jobs in Serbia with only a phone number as ordinary', () => {
    const result = check(
      'Pekari u Zemunu potreban pekar, plata 85.000 din neto, prijava od prvog dana. Tel 011 000 0000.',
    );
    expect(ids(result)).not.toContain('no-company-identity');
    expect(ids(result)).not.toContain('anonymous-recruiter');
  });
});

describe('checkOffer: numbers', () => {
  it('flags pay far above what the job pays there, and explains the figure', () => {
    const result = check('Pakovanje u magacinu u Nemačkoj, plata 4.000 € neto mesečno.');
    const finding = result.findings.find((f) => f.id === 'pay-too-good');
    expect(finding?.detail).toContain('4,000');
    expect(result.facts).toMatchObject({ destination: 'DE', jobType: 'unskilled', monthlyNetEur: 4000 });
  });

  it('does not flag ordinary pay', () => {
    const result = check('Zavarivač u Nemačkoj, 2.600 € neto mesečno, ugovor pre polaska.');
    expect(ids(result)).not.toContain('pay-too-good');
    expect(ids(result)).not.toContain('pay-below-minimum');
  });

  it('reads currencies and periods in several languages', () => {
    expect(check('Plata 1.500 evra mesečno, smeštaj u Nemačkoj').facts.monthlyNetEur).toBe(1500);
    expect(check('Зарплата 45 000 грн на місяць у Польщі').facts.monthlyNetEur).toBe(938);
    expect(check('CHF 5,000 per month in Switzerland').facts.monthlyNetEur).toBe(5300);
    expect(check('Plata 180.000 din mesečno u Beogradu').facts.monthlyNetEur).toBe(1538);
    expect(check('2000e neto, posao u Austriji').facts.monthlyNetEur).toBe(2000);
  });

  it('compares hourly pay with the minimum wage', () => {
    const result = check('Berba jagoda u Nemačkoj, 9 €/h.');
    const finding = result.findings.find((f) => f.id === 'pay-below-minimum');
    expect(finding?.detail).toContain('13.9');
    expect(ids(check('Berba jagoda u Nemačkoj, 14,50 € bruto po satu.'))).not.toContain('pay-below-minimum');
  });

  it('reads hours per day and days per week', () => {
    expect(check('Rad 12 sati dnevno u fabrici').facts.hoursPerDay).toBe(12);
    expect(check('Працюємо 7 днів на тиждень').facts.daysPerWeek).toBe(7);
    expect(check('Arbeitszeit Mo-So').facts.daysPerWeek).toBe(7);
    expect(check('Rad pon-pet, od 7 do 15h').facts).toMatchObject({ daysPerWeek: 5, hoursPerDay: 8 });
    expect(check('Shift 6am–8pm, 6 days a week').facts).toMatchObject({ hoursPerDay: 14, daysPerWeek: 6 });
  });

  it('does not read a time of day as a number of hours', () => {
    expect(ids(check('Berba počinje u 7h, radi se do 15h, pet dana nedeljno.'))).not.toContain(
      'excessive-hours',
    );
  });

  it('does not flag 12-hour shifts when the week stays short', () => {
    const result = check('12-hour shifts, averaging 37.5 hours per week.');
    expect(ids(result)).not.toContain('excessive-hours');
  });
});

describe('checkOffer: evidence', () => {
  it('quotes the original text exactly, with offsets into it', () => {
    const text = 'Posao u NEMAČKOJ 🔥\nPasoš   ostaje kod nas. Плата се исплаћује на крају сезоне.';
    const result = check(text);
    const spans = result.findings.flatMap((f) => f.evidence);
    expect(spans.length).toBeGreaterThanOrEqual(2);
    for (const span of spans) {
      expect(span.quote).toBe(text.slice(span.start, span.end));
      expect(span.quote.trim()).toBe(span.quote);
    }
    const retained = result.findings.find((f) => f.id === 'documents-retained');
    expect(retained?.evidence[0]?.quote).toBe('Pasoš   ostaje kod nas');
  });

  it('property: every quote is the original text at its offsets', () => {
    const fragments = [
      'Pasoš ostaje kod nas.',
      'Uplata 200 € unapred za prijavu.',
      'Смештај се одбија од плате.',
      'Квиток оплачуємо ми, потім утримаємо з зарплати.',
      'Work 12 hours a day, 7 days a week.',
      'Accommodation free.',
      '🔥🔥',
      'PLAAATA 3000€!!!',
      '\n',
      '   ',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...fragments), { maxLength: 8 }),
        fc.string({ maxLength: 10 }),
        (parts, noise) => {
          const text = parts.join(' ') + noise;
          for (const finding of check(text).findings) {
            for (const span of finding.evidence) {
              expect(span.start).toBeGreaterThanOrEqual(0);
              expect(span.end).toBeLessThanOrEqual(text.length);
              expect(span.quote).toBe(text.slice(span.start, span.end));
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('scoring', () => {
  const score = (...list: IndicatorId[]) => scoreIndicators(list);

  it('gives at least medium for one strong sign and high for two strong or strong + medium', () => {
    expect(score('documents-retained').risk).toBe('medium');
    expect(score('documents-retained', 'recruitment-fee').risk).toBe('high');
    expect(score('documents-retained', 'living-costs-deducted').risk).toBe('high');
  });

  it('rates weak signs alone low, one or two of them, and three together medium, never high', () => {
    const weak = INDICATOR_IDS.filter((id) => INDICATORS[id].strength === 'weak');
    expect(weak.length).toBeGreaterThanOrEqual(3);
    expect(scoreIndicators(weak.slice(0, 1)).risk).toBe('low');
    expect(scoreIndicators(weak.slice(0, 2))).toEqual({ score: 2 * STRENGTH_POINTS.weak, risk: 'low' });
    expect(scoreIndicators(weak.slice(0, 3))).toEqual({ score: WEAK_POINTS_CAP, risk: 'medium' });
    expect(scoreIndicators(weak).risk).toBe('medium');
  });

  it('rates a medium sign that warns alone medium by itself, and other medium signs alone low', () => {
    const alone = INDICATOR_IDS.filter((id) => INDICATORS[id].warnsAlone);
    const gaps = INDICATOR_IDS.filter(
      (id) => INDICATORS[id].strength === 'medium' && !INDICATORS[id].warnsAlone,
    );
    expect(alone).toContain('partner-recruiter');
    expect(gaps).toEqual(
      expect.arrayContaining(['no-company-identity', 'anonymous-recruiter', 'pay-too-good']),
    );
    for (const id of alone) {
      expect(INDICATORS[id].strength, id).toBe('medium');
      expect(scoreIndicators([id]), id).toEqual({ score: RISK_THRESHOLDS.medium, risk: 'medium' });
    }
    for (const id of gaps)
      expect(scoreIndicators([id]), id).toEqual({ score: STRENGTH_POINTS.medium, risk: 'low' });
    // two signs that warn alone stay medium: only strong signs make "high" quickly
    expect(scoreIndicators(alone.slice(0, 2)).risk).toBe('medium');
  });

  it('rates medium signs: one low, two medium, three high', () => {
    expect(score('pay-too-good').risk).toBe('low');
    expect(score('pay-too-good', 'living-costs-deducted').risk).toBe('medium');
    expect(score('pay-too-good', 'living-costs-deducted', 'anonymous-recruiter').risk).toBe('high');
  });

  it('counts each indicator once and caps the score at 100', () => {
    expect(score('documents-retained', 'documents-retained').score).toBe(STRENGTH_POINTS.strong);
    expect(scoreIndicators(INDICATOR_IDS).score).toBe(100);
    expect(RISK_THRESHOLDS.medium).toBeLessThan(RISK_THRESHOLDS.high);
  });

  it('reports one finding per indicator even when it matches many times', () => {
    const result = check('Pasoš ostaje kod nas. Pasoše čuvamo mi. Predajete pasoš vozaču.');
    expect(result.findings.filter((f) => f.id === 'documents-retained')).toHaveLength(1);
  });
});

describe('checkOffer: results', () => {
  it('never says an offer is safe and always returns the basic checks', () => {
    const result = check(
      'Tischlerei Aigner GmbH, Wels: stolar, 2.150 € bruto, ugovor pre polaska, viza pre puta.',
    );
    expect(result.risk).toBe('low');
    expect(result.summary).toMatch(/does not mean the offer is safe/);
    expect(result.verify).toEqual(expect.arrayContaining([...OFFER_TEXTS.en.always.verify]));
    expect(result.questions).toEqual(expect.arrayContaining([...OFFER_TEXTS.en.always.questions]));
    expect(result.catalogVersion).toBe(CATALOG_VERSION);
  });

  it('handles an empty input', () => {
    const result = checkOffer({});
    expect(result).toMatchObject({ risk: 'low', score: 0, findings: [], locale: 'sr-Latn' });
    expect(result.verify.length).toBeGreaterThanOrEqual(4);
  });

  it('rates a typical fake offer high and explains every finding in the chosen language', () => {
    const text =
      'Posao u Nemačkoj, 3.500€ neto, bez iskustva! Putuješ kao turista, papiri se sređuju tamo. ' +
      'Uplata 150€ za registraciju preko Western Uniona. Pasoš ostaje kod vozača. Javi se do sutra na Viber.';
    for (const locale of LOCALES) {
      const result = checkOffer({ text, lang: locale });
      expect(result.risk).toBe('high');
      expect(result.locale).toBe(locale);
      for (const finding of result.findings) {
        const t = OFFER_TEXTS[locale].indicators[finding.id];
        expect(finding.title).toBe(t.title);
        expect(finding.whatToDo).toBe(t.whatToDo);
        expect(finding.categoryLabel).toBe(OFFER_TEXTS[locale].categories[finding.category]);
      }
    }
  });

  it('asks about what the offer leaves out', () => {
    const result = check('Posao u Austriji na gradilištu, smeštaj obezbeđen. Javite se na 060 0000000.');
    expect(result.gaps).toEqual(expect.arrayContaining(['contract', 'pay', 'housing-cost', 'travel-costs']));
    expect(result.questions).toContain(OFFER_TEXTS.en.gaps['housing-cost']);
    // the missing company name is a finding here, with its own question
    expect(ids(result)).toContain('no-company-identity');
    expect(result.questions).toContain(OFFER_TEXTS.en.indicators['no-company-identity'].questions[0]);
    const named = check(
      'Bau Huber GmbH, Linz: zidari, ugovor pre polaska, 2.400 € bruto, smeštaj obezbeđen.',
    );
    expect(named.gaps).not.toContain('company');
  });

  it('orders findings strongest first', () => {
    const result = check('Hitno! Pasoš ostaje kod nas. Plata po dogovoru. Smeštaj se odbija od plate.');
    const order = { strong: 0, medium: 1, weak: 2 };
    const strengths = result.findings.map((f) => order[f.strength]);
    expect(strengths).toEqual([...strengths].sort((a, b) => a - b));
  });
});

describe('checkOffer: answers', () => {
  it('scores answers alone and says which answer raised each finding', () => {
    const result = checkOffer({
      lang: 'en',
      answers: { passport: 'they-keep-it', contract: 'on-arrival', moneyAsked: ['visa-permit'] },
    });
    expect(result.risk).toBe('high');
    const retained = result.findings.find((f) => f.id === 'documents-retained');
    expect(retained?.evidence).toEqual([]);
    expect(retained?.answers).toEqual([
      {
        question: 'passport',
        value: 'they-keep-it',
        questionLabel: OFFER_TEXTS.en.questionnaire.passport.label,
        answerLabel: OFFER_TEXTS.en.questionnaire.passport.options['they-keep-it'],
      },
    ]);
  });

  it('reads numbers from answers', () => {
    const result = checkOffer({
      lang: 'en',
      answers: {
        destination: 'DE',
        job: 'farm',
        hoursPerDay: 12,
        daysPerWeek: 7,
        pay: { amount: 7, currency: 'EUR', period: 'hour' },
      },
    });
    expect(ids(result)).toEqual(expect.arrayContaining(['excessive-hours', 'pay-below-minimum']));
    expect(result.findings.find((f) => f.id === 'excessive-hours')?.answers.map((a) => a.question)).toEqual([
      'hoursPerDay',
      'daysPerWeek',
    ]);
  });

  it('merges text and answers into one finding per indicator', () => {
    const result = check('Pasoš ostaje kod nas.', { passport: 'they-keep-it' });
    const found = result.findings.filter((f) => f.id === 'documents-retained');
    expect(found).toHaveLength(1);
    expect(found[0]?.evidence.length).toBeGreaterThan(0);
    expect(found[0]?.answers.length).toBe(1);
  });

  it('finds nothing in fair answers', () => {
    const result = checkOffer({
      answers: {
        offeredBy: 'licensed-agency',
        companyKnown: 'yes-checked',
        contract: 'signed-before-travel',
        contractLanguage: 'my-language',
        moneyAsked: ['nothing'],
        passport: 'i-keep-it',
        deductions: ['none'],
        permit: 'work-visa-before',
        hoursPerDay: 8,
        daysPerWeek: 5,
        freeToLeave: 'yes',
        payTiming: 'monthly-to-account',
      },
    });
    expect(result.findings).toEqual([]);
    expect(result.risk).toBe('low');
  });
});

describe('monotonic properties', () => {
  const risky = [
    'Pasoš ostaje kod nas.',
    'Uplata 200 € za prijavu unapred.',
    'Putuješ kao turista, papire sređujemo tamo.',
    'Smeštaj se odbija od plate.',
    'Plata se isplaćuje na kraju sezone.',
    'Робочий день 12 годин, без вихідних.',
    'Hitno, polazak sutra!',
  ];
  const honest = [
    'The employer pays the visa.',
    'No fees are charged.',
    'Smeštaj besplatan, obezbeđuje poslodavac.',
    'Ne naplaćujemo nikakve provizije.',
    'Ми не беремо жодних платежів.',
    'Accommodation provided free of charge by the employer.',
    'Pasoš uvek ostaje kod vas.',
  ];
  const levels = { low: 0, medium: 1, high: 2 } as const;

  // The rules' property. The second opinion weighs the wording as a whole, so an honest sentence can pull a
  // text below its threshold: that is why it never replaces a rule (docs/offer-check.md, "Second opinion").
  it('property: adding an honest sentence never lowers the risk the rules give', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...risky), { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...honest),
        fc.boolean(),
        (parts, sentence, before) => {
          const base = parts.join(' ');
          const withHonest = before ? `${sentence} ${base}` : `${base} ${sentence}`;
          expect(levels[checkRules(withHonest).risk]).toBeGreaterThanOrEqual(levels[checkRules(base).risk]);
          expect(checkRules(withHonest).score).toBeGreaterThanOrEqual(checkRules(base).score);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('property: answering more questions never lowers the score', () => {
    const answers = fc.record(
      {
        passport: fc.constantFrom('i-keep-it', 'they-keep-it', 'copy-requested', 'dont-know'),
        contract: fc.constantFrom('signed-before-travel', 'on-arrival', 'none', 'dont-know'),
        freeToLeave: fc.constantFrom('yes', 'no', 'dont-know'),
        hoursPerDay: fc.integer({ min: 1, max: 24 }),
        pressure: fc.constantFrom('yes', 'no'),
      } as const,
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.constantFrom(...risky, ...honest), answers, (text, given) => {
        expect(check(text, given).score).toBeGreaterThanOrEqual(check(text).score);
      }),
      { numRuns: 80 },
    );
  });
});

describe('catalogue and texts', () => {
  it('describes every indicator with a category, a strength and sources', () => {
    for (const id of INDICATOR_IDS) {
      const indicator = INDICATORS[id];
      expect(indicator?.id).toBe(id);
      expect(indicator.sources.length).toBeGreaterThan(0);
    }
  });

  it('has complete texts in every locale', () => {
    for (const locale of LOCALES) {
      const texts = OFFER_TEXTS[locale];
      expect(texts.locale).toBe(locale);
      for (const id of INDICATOR_IDS) {
        const t = texts.indicators[id];
        expect(t.title.length).toBeGreaterThan(5);
        expect(t.explanation.length).toBeGreaterThan(40);
        expect(t.whatToDo.length).toBeGreaterThan(20);
        expect(t.questions.length).toBeGreaterThan(0);
        expect(t.verify.length).toBeGreaterThan(0);
      }
      expect(texts.always.verify.length).toBeGreaterThanOrEqual(4);
    }
  });

  it('derives Serbian Latin from Serbian Cyrillic, never the reverse', () => {
    const cyr = OFFER_TEXTS['sr-Cyrl'];
    const lat = OFFER_TEXTS['sr-Latn'];
    expect(lat.indicators['documents-retained'].explanation).toBe(
      cyrillicToLatin(cyr.indicators['documents-retained'].explanation),
    );
    expect(lat.questionnaire.passport.options['they-keep-it']).toBe(
      cyrillicToLatin(cyr.questionnaire.passport.options['they-keep-it']),
    );
    expect(/[а-яђјљњћџ]/i.test(JSON.stringify(lat.indicators))).toBe(false);
  });

  it('writes Serbian in Cyrillic and Ukrainian with Ukrainian letters', () => {
    for (const id of INDICATOR_IDS) {
      expect(OFFER_TEXTS['sr-Cyrl'].indicators[id].explanation).toMatch(/[а-шђјљњћџ]/);
      expect(OFFER_TEXTS.uk.indicators[id].explanation).toMatch(/[іїєґ]/);
    }
  });

  it('loads one locale on demand', async () => {
    expect((await loadOfferTexts('uk')).indicators['recruitment-fee'].title).toBe(
      OFFER_TEXTS.uk.indicators['recruitment-fee'].title,
    );
    expect((await loadOfferTexts('sr-Latn')).locale).toBe('sr-Latn');
    const checker = await loadOfferChecker('sr-Cyrl');
    expect(checker.locale).toBe('sr-Cyrl');
    expect(checker.vocabulary).toBe('full');
    expect(checker.check({ text: 'Пасош остаје код нас.' }).findings[0]?.title).toBe(
      OFFER_TEXTS['sr-Cyrl'].indicators['documents-retained'].title,
    );
  });

  it('loads the vocabulary the text needs: the pack of its language, all for ru', async () => {
    const serbian = await loadOfferChecker('sr-Cyrl', 'Пасош остаје код нас.');
    expect(serbian.vocabulary).toBe('sr');
    expect(serbian.check({ text: 'Пасош остаје код нас.' }).findings.map((f) => f.id)).toEqual([
      'documents-retained',
    ]);
    expect((await loadOfferChecker('sr-Latn', 'Pasoš ostaje kod nas.')).vocabulary).toBe('sr');
    expect((await loadOfferChecker('en', 'We keep your passport.')).vocabulary).toBe('en');
    const russian = 'Паспорт сдаёте бригадиру для регистрации.';
    expect((await loadOfferChecker('sr-Latn', russian)).vocabulary).toBe('full');
    expect(
      (await loadOfferChecker('sr-Latn', russian)).check({ text: russian }).findings.map((f) => f.id),
    ).toContain('documents-retained');
    // Ukrainian app, a text that names no language: every Latin-script word
    expect((await loadOfferChecker('uk', 'Pasoš ostaje kod nas.')).vocabulary).toBe('latin');
    expect((await loadOfferChecker('uk', 'Паспорт залишаєте в нас.')).vocabulary).toBe('uk');
    // unsure (Cyrillic without a letter only Serbian has): the full vocabulary
    expect(needsFullVocabulary('Работа в Германии, зарплата 2000 евро')).toBe(true);
    expect(needsFullVocabulary('Плата 2000 евра, стан бесплатан')).toBe(true);
    expect(needsFullVocabulary('Посао у Немачкој')).toBe(false);
    expect(needsFullVocabulary('Posao u Nemačkoj')).toBe(false);
  });

  it('uses the texts given to the checker', () => {
    const checker = createOfferChecker(OFFER_TEXTS.uk, FULL_VOCABULARY);
    const direct = checkOfferWith(OFFER_TEXTS.uk, { text: 'No fees.', lang: 'en' }, FULL_VOCABULARY);
    expect(checker.check({ text: 'No fees.' }).locale).toBe('uk');
    expect(direct.locale).toBe('uk');
  });
});

describe('checkOffer: under-covered signs (fees, trial work, data, exit penalties, debts, temp work, evasion)', () => {
  /** [indicator, text]: wording other than the dev corpus, in several languages. */
  const MORE_FIRES: readonly (readonly [IndicatorId, string])[] = [
    // a share of the first pay, fees for paperwork, training, medical checks, uniforms; deposits
    ['recruitment-fee', 'Provizija agencije je 40% od prve plate.'],
    ['recruitment-fee', 'For our services we keep half of your first month’s wage.'],
    ['recruitment-fee', 'Наша комісія — третина першої зарплати.'],
    ['recruitment-fee', 'Medical check and uniform fee: 80 EUR, paid by the candidate.'],
    ['recruitment-fee', 'Сигурносни депозит од 150 евра уплаћујете пре поласка, враћа се после 6 месеци.'],
    ['recruitment-fee', 'Гарантийный взнос 200 € возвращаем после сезона.'],
    ['recruitment-fee', 'Kaution 300 Euro, zahlbar vor Abreise.'],
    ['recruitment-fee', 'Registracija 50 evra, ostalo plaća firma.'],
    // unpaid trial periods and training weeks
    ['cash-or-deferred-pay', 'Probni rad od 10 dana je neplaćen.'],
    ['cash-or-deferred-pay', 'Training week without pay, then €11/h.'],
    ['cash-or-deferred-pay', 'Випробувальний термін два тижні — без оплати.'],
    ['cash-or-deferred-pay', 'Einarbeitung zwei Wochen unbezahlt.'],
    ['cash-or-deferred-pay', 'Стажировка не оплачивается.'],
    // identity data and bank access before any contract
    ['documents-upfront', 'Send us a selfie with your passport to book your place.'],
    ['documents-upfront', 'Pošalji selfi sa ličnom kartom i IBAN.'],
    ['documents-upfront', 'Продиктуйте код із SMS, який вам прийде.'],
    ['documents-upfront', 'Пришлите реквизиты карты для оформления.'],
    ['documents-upfront', 'Obavezno poslati kopiju pasoša danas.'],
    // penalties and repayments for leaving early
    ['movement-restricted', 'Ako raskineš ugovor pre roka, plaćaš 1.000 evra.'],
    ['movement-restricted', 'Contract buy-out possible for 2 months of wages.'],
    ['movement-restricted', 'Якщо поїдете раніше, повертаєте вартість квитка і штраф.'],
    ['debt-bondage', 'If you leave before six months you must repay the ticket.'],
    ['debt-bondage', 'Если уедете раньше срока, вернете деньги за билет.'],
    // debts and loans from the recruiter
    ['debt-bondage', 'We pay off your loans now, you work them off in Germany.'],
    ['debt-bondage', 'Фирма вам даје позајмицу, враћате је из плате.'],
    ['debt-bondage', 'Погасимо ваші борги, відпрацюєте на заводі.'],
    ['debt-bondage', 'The advance you get before departure is worked off from your wages.'],
    // temporary agency work in Germany
    [
      'temp-agency-germany',
      'Arbeitnehmerüberlassung: Einsatz bei Kunden in ganz Deutschland, Visum organisieren wir.',
    ],
    ['temp-agency-germany', 'Posao preko Leiharbeit firme u Nemačkoj, vizu sređujemo.'],
    // evasive answers
    ['evasive-answers', 'We will explain everything when you get there.'],
    ['evasive-answers', 'Подробности на месте.'],
    ['evasive-answers', 'O plati ćemo pričati kad dođeš.'],
    ['evasive-answers', 'Зайвих питань не ставте.'],
    ['evasive-answers', 'After payment we will tell you the company name.'],
    // generalizations of 2026-11-28 (categories the old held-out split missed), in other wording
    ['cash-or-deferred-pay', 'Salary paid out in full at the end of your 9-month contract.'],
    ['cash-or-deferred-pay', 'Cela zarada se isplaćuje na kraju sezone.'],
    ['cash-or-deferred-pay', 'Оплата только после окончания сезона.'],
    ['cash-or-deferred-pay', 'Plata se isplaćuje tek kad se završi objekat.'],
    ['recruitment-fee', 'Послуги агентства – 10 % від зарплати протягом пів року.'],
    ['recruitment-fee', 'Agency commission: 12 % of your wages for the first three months.'],
    ['debt-relief-lure', 'Коллекторы звонят? Вахта на три месяца — и вы без долгов.'],
    ['debt-relief-lure', 'Imate kredite u kašnjenju? Jedna sezona i bez dugova ste.'],
    ['permit-after-arrival', 'No work visa needed, you will be registered once you arrive.'],
    ['permit-after-arrival', 'Kein Visum nötig, Anmeldung nach der Ankunft.'],
    ['documents-upfront', 'Skeniraj pasoš i pošalji mi odmah na Viber.'],
    ['urgency-pressure', 'Reply by tonight or someone else gets your place.'],
    ['urgency-pressure', 'Javi se do večeras ili ide drugi na tvoje mesto.'],
    ['evasive-answers', 'I will tell you the rest when you send the money.'],
    ['documents-retained', 'The family will keep your passport for the visa.'],
    // generalizations of the second session of 2026-11-28 (soft signs), in wording of their own
    ['job-switch', 'During the first six weeks you work at our partner hotel in Albania.'],
    ['job-switch', 'Перші два місяці працюєте на об’єкті партнера в Туреччині, потім переїзд.'],
    ['job-switch', 'The employer may assign you to any partner company in any country.'],
    ['evasive-answers', 'Ne brini o tome, sve je sređeno.'],
    ['evasive-answers', 'Какая тебе разница, главное что платят.'],
    ['evasive-answers', 'Der Chef erklärt dir alles vor Ort.'],
    ['partner-recruiter', 'Моя девушка сама оплатила мне билет и сказала ничего не оформлять.'],
    ['partner-recruiter', 'We met on Tinder and he says his cousin has a job for me in Vienna.'],
    ['disguised-employment', 'Radite kao preduzetnik, fakturišete nam svakog meseca.'],
    ['disguised-employment', 'Ангажовање преко студентске задруге, није битно што нисте студент.'],
    ['movement-restricted', 'Personal visits are not allowed, and leaving the site needs the supervisor.'],
    ['movement-restricted', 'Telefone čuvamo tokom radne nedelje, dobijate ih subotom.'],
    ['contract-foreign-language', 'The contract is in Czech only; no translation is provided.'],
    ['contract-foreign-language', 'Umowa тільки польською, перекладати нема сенсу.'],
    ['pay-below-minimum', 'Paid per punnet only; no hourly rate applies.'],
    ['debt-relief-lure', 'Dugovi vas guše? Za 60 dana se vraćate bez dinara duga.'],
    ['documents-upfront', 'Pošaljite sken pasoša i lične karte pre razgovora.'],
    // an advance the worker pays in is a fee
    ['recruitment-fee', 'Для бронювання місця внесіть аванс 100 €.'],
    ['recruitment-fee', 'Za rezervaciju mesta potrebna je akontacija od 100 €.'],
    // translating the contract or the documents is a recruitment-related cost the worker must not pay
    ['recruitment-fee', 'We ask for 200 PLN for the contract translation.'],
    ['recruitment-fee', 'Потрібно оплатити 60 € за переклад документів.'],
    // ... but not when it speaks of housing or visas, is written for readers from Serbia, or has long hours
    [
      'anonymous-recruiter',
      'Cleaning job in London, part-time, £12/h, accommodation provided, we help with the visa. WhatsApp Anna +44 7700 900000',
    ],
    ['anonymous-recruiter', 'Posao u Londonu, part-time, £12/h, javi se Ani na Viber +44 7700 900000'],
    ['anonymous-recruiter', 'Minijob in Köln, 60 Stunden pro Woche, 13 €/h. Tel. 0176 5550000, Uwe'],
    // read on the eleventh blind split (2026-11-29)
    ['excessive-hours', 'Fabrika u Austriji, radna nedelja 6 dana po 11 sati, plata 2.000 € bruto.'],
    [
      'travel-cost-deducted',
      'Die Flugkosten legen wir vor; sie werden in Monatsraten mit Ihrem Lohn verrechnet.',
    ],
    ['cash-or-deferred-pay', 'Der erste Monatslohn wird als Kaution einbehalten.'],
    [
      'cash-or-deferred-pay',
      'Зарплата за перші два місяці виплачується разом із зарплатою за третій місяць.',
    ],
    [
      'debt-bondage',
      'Bei Kündigung innerhalb von 24 Monaten sind die Sprach- und Reisekosten von bis zu 9.000 € zurückzuzahlen.',
    ],
    ['job-switch', 'Der Arbeitsvertrag wird mit unserer Schwestergesellschaft in Ungarn geschlossen.'],
    ['job-switch', 'Der Einsatzort kann je nach Auftragslage auch in Polen liegen.'],
    ['no-written-contract', 'Трудовой договор подпишете в офисе в день прилёта.'],
    // read on the twelfth blind split (2026-11-29)
    [
      'evasive-answers',
      'The weekly charge is deducted from wages and will be confirmed by our officer when you arrive.',
    ],
    ['contract-foreign-language', 'Ugovor je na engleskom, prevod nije predviđen.'],
    ['urgency-pressure', 'Please sign and return the contract within 24 hours to keep your place.'],
    ['job-switch', 'Je nach Auslastung erfolgt der Einsatz auch in unseren Partnerhäusern in der Schweiz.'],
    [
      'movement-restricted',
      'При расторжении договора до истечения 12 месяцев работница выплачивает компенсацию.',
    ],
    [
      'temp-agency-germany',
      'Warehouse jobs in Germany: you will be placed with our client companies in the Ruhr area.',
    ],
    ['pay-below-minimum', 'Strawberry pickers wanted, paid per punnet only, caravan on site.'],
    // read on the fourteenth blind split (2026-11-29)
    ['job-switch', 'Ugovor o radu zaključujete sa našom partnerskom firmom iz Mađarske.'],
    ['job-switch', 'Работа на объектах в Германии, куда вы будете командированы с первого дня.'],
    ['urgency-pressure', 'Please e-sign within 24 hours, otherwise the offer is withdrawn.'],
    ['contract-foreign-language', 'The contract is in English; changes to the contract are not possible.'],
    [
      'permit-after-arrival',
      'You travel on a visitor visa and we apply for the permit once you have arrived.',
    ],
    // read on the fifteenth blind batch (2026-11-29)
    ['excessive-hours', 'Deckhands wanted, expect 16-18 hr days at sea. Ring Seamus 086 555 2291'],
    ['no-written-contract', 'Papers and contract get sorted with the skipper once you are on board.'],
    // read on the sixteenth blind batch (2026-11-29)
    [
      'documents-retained',
      'Zur sicheren Verwahrung werden die Reisepässe bei Arbeitsantritt im Personalbüro hinterlegt.',
    ],
    ['no-written-contract', 'Den Dienstvertrag unterschreiben Sie an Ihrem ersten Arbeitstag.'],
    [
      'movement-restricted',
      'Bei Kündigung innerhalb von 18 Monaten wird eine Vertragsstrafe von drei Monatslöhnen fällig.',
    ],
    ['movement-restricted', 'The Employee shall not terminate this contract before completion of 24 months.'],
    ['movement-restricted', 'Das Wohnheim darf unter der Woche nach 21 Uhr nicht verlassen werden.'],
    [
      'travel-cost-deducted',
      'This advance shall be recovered through ten equal monthly deductions from basic salary.',
    ],
    ['job-switch', 'Die Anstellung erfolgt über unsere Schwestergesellschaft in Ostrava.'],
    ['cash-or-deferred-pay', 'Перша виплата — після відпрацювання двох повних місяців.'],
    // advice added to a scam keeps it an offer when it asks for money or hires
    [
      'recruitment-fee',
      'Pazite na prevarante! Ne plaćajte nikome osim nama: uplatite 150 € za vizu. SOS linija 0800 555 000.',
    ],
    [
      'recruitment-fee',
      'Never pay a fee to anyone else. We are hiring: send 200 € for the visa to secure your place.',
    ],
  ];

  /** Honest wording and negations: must NOT raise the given indicators. */
  const MORE_HONEST: readonly (readonly [string, readonly IndicatorId[]])[] = [
    ['Candidates pay nothing. No fees of any kind.', ['recruitment-fee']],
    ['Provizija? Ne.', ['recruitment-fee']],
    ['No deposit, no registration fee.', ['recruitment-fee']],
    ['Our fee is 20% of the first salary, paid by the employer.', ['recruitment-fee']],
    ['Prijava od prvog dana, plata 1.200 €.', ['recruitment-fee']],
    ['The passport stays with the employee at all times.', ['documents-retained']],
    ['Паспорт завжди залишається у працівника.', ['documents-retained']],
    ['Obuka je besplatna za kandidate.', ['cash-or-deferred-pay']],
    ['The two-week induction is paid at the full hourly rate.', ['cash-or-deferred-pay']],
    ['Навчання безкоштовне, оплачується роботодавцем.', ['cash-or-deferred-pay', 'recruitment-fee']],
    ['After signing the contract we will ask for your IBAN for salary payments.', ['documents-upfront']],
    ['We will never ask for bank card details, SMS codes or selfies.', ['documents-upfront']],
    ['Kopiju pasoša šaljete tek nakon potpisivanja ugovora.', ['documents-upfront']],
    [
      'Thank you for the signed contract. For the registration please send us a copy of your passport now.',
      ['documents-upfront'],
    ],
    ['Piece rate per crate, but at least 13.90 € an hour guaranteed.', ['pay-below-minimum']],
    [
      'Travel and accommodation are paid by the employer and are not deducted from wages.',
      ['living-costs-deducted'],
    ],
    [
      'Zaposleni žive u stanu firme, svako ima svoj ključ, dolaze i odlaze slobodno.',
      ['movement-restricted'],
    ],
    [
      'Tutors for online English lessons, paid per lesson to your own account.',
      ['disguised-employment', 'personal-account-payment'],
    ],
    ['Shared flat available at 700 PLN/month, optional.', ['pay-below-minimum']],
    [
      'Magacin u Vračaru traži komisionere, 85.000 din, prijava od prvog dana.',
      ['recruitment-fee', 'travel-cost-deducted'],
    ],
    [
      'Ako odete pre roka, ne plaćate nikakvu kaznu niti vraćate kartu.',
      ['movement-restricted', 'debt-bondage'],
    ],
    [
      'You can resign at any time. There are no penalties, and you never repay travel costs.',
      ['movement-restricted', 'debt-bondage'],
    ],
    ['We do not lend money to workers.', ['debt-bondage']],
    ['Zeitarbeit nur für EU-Bürger und Personen mit gültigem Aufenthaltstitel.', ['temp-agency-germany']],
    ['Direct employment, not through a temp agency.', ['temp-agency-germany']],
    ['Objasnićemo vam sve na licu mesta tokom obuke o bezbednosti.', ['evasive-answers']],
    ['All details are in the contract you get before you travel.', ['evasive-answers']],
    ['You keep your passport at all times.', ['documents-retained']],
    ['Пасош и друге личне исправе задржава запослени.', ['documents-retained']],
    ['Visum und Vorabzustimmung vor der Einreise, 14,80 € brutto.', ['recruitment-fee']],
    ['12-hour shifts on a 2-2-3 rota, 37,5 год/тиждень on average.', ['excessive-hours']],
    // an advance on the wage that the worker receives is pay, not a fee
    ['Akontacija 100€ svake nedelje, ostatak na kraju meseca.', ['recruitment-fee']],
    ['Isplata akontacije od 300€ posle prve nedelje rada.', ['recruitment-fee']],
    ['Аванс 200 € після першого тижня роботи, решта зарплати 10 числа.', ['recruitment-fee']],
    ['Translators wanted, 2,000 € per month for translation and interpreting.', ['recruitment-fee']],
    ['We pay for the translation of your documents.', ['recruitment-fee']],
    // a few hours' local work, written for the people who live there: a first name and a phone are normal
    [
      'Gardener in Dublin, 2 mornings a week, €15/h, text 087 555 1234',
      ['anonymous-recruiter', 'no-company-identity'],
    ],
    [
      'Babysitter in Wien gesucht, zweimal pro Woche nachmittags, 14 €/h. Tel. 0660 555 1234, Frau Maier',
      ['anonymous-recruiter', 'no-company-identity'],
    ],
    ['Minijob im Café, Köln, ca. 8 Std./Woche, 14 €/h. Tel. 0221 555 3344', ['anonymous-recruiter']],
    // read on the eleventh blind split (2026-11-29)
    [
      'Udruženje podseća: za posao ne plaćaš nikome, pasoš nikome ne daješ na čuvanje. SOS linija 0800 555 000.',
      ['recruitment-fee', 'documents-retained', 'anonymous-recruiter', 'no-company-identity'],
    ],
    [
      'Know your rights: nobody may keep your passport and you never pay a fee for a job. Hotline 0800 555 111.',
      ['documents-retained', 'recruitment-fee', 'anonymous-recruiter', 'no-company-identity'],
    ],
    [
      'Smeštaj je prvih mesec dana besplatan, posle toga 230 € mesečno, a plata 1.900 € neto. Firma Holzbau Wenger GmbH, Bregenz.',
      ['pay-below-minimum'],
    ],
    ['Warehouse, Leeds Distribution Ltd: £12.60/hr plus £1.20/hr night premium.', ['pay-below-minimum']],
    [
      'Transport Petrović d.o.o. Kraljevo traži vozače C+E za međunarodni transport (Nemačka, Francuska), 1.100 € + dnevnice.',
      ['pay-below-minimum'],
    ],
    [
      'Azienda Agricola Ferrara (Trento) – berba jabuka, ugovor pre polaska. Tel. +39 0461 555 000',
      ['no-company-identity'],
    ],
    [
      'Au pair for the Kelly family in Cork, 30 hours a week, contact via au-pair.example.ie',
      ['no-company-identity'],
    ],
    [
      'Razgovor za posao u magacinu, Autoput za Zagreb 40, Beograd. Pozovite 011 555 000.',
      ['anonymous-recruiter'],
    ],
    ['Hotel Zlatibor traži studente za rad na recepciji, ugovor preko zadruge.', ['no-written-contract']],
    [
      'Looking for work, C+E driver with 10 years experience, have Stamp 4 so no permit needed.',
      ['permit-after-arrival'],
    ],
    [
      'Board and lodging are deducted from wages as allowed by law: €54 a week, set out in writing.',
      ['living-costs-deducted'],
    ],
    // read on the twelfth blind split (2026-11-29)
    ['Die Miete wird nicht vom Lohn abgezogen.', ['living-costs-deducted']],
    ['Smeštaj 3 € dnevno, odbija se od plate samo uz vašu pismenu saglasnost.', ['living-costs-deducted']],
    ['We apply for your permit and pay the UDI fees before you travel.', ['recruitment-fee']],
    ['Contract in English, interpreters available on site.', ['no-written-contract']],
    ['Au pair agencija traži devojke i mladiće od 18 do 30 godina.', ['sexual-exploitation-lure']],
    ['Plata stiže 15. na moj račun.', ['personal-account-payment']],
    ['Wenn Sie kündigen, schulden Sie uns nichts.', ['debt-bondage']],
    ['Официальное оформление по срочному трудовому договору.', ['urgency-pressure']],
    ['You will have at least 11 hours rest between shifts.', ['excessive-hours']],
    // read on the fifteenth blind batch (2026-11-29)
    [
      'Warehouse Associate, Maple Cross Distribution Inc., $19.75/hour, paid weekly by direct deposit.',
      ['recruitment-fee'],
    ],
    ['Ballymore Meats Ltd pays the permit fee and your visa fee.', ['recruitment-fee']],
    ['Your visa fee and flight are paid directly by us.', ['recruitment-fee']],
    ['Трудовий договір або ФОП — на ваш вибір.', ['disguised-employment']],
    ['Трудовой договор с корейским работодателем заключается до выезда.', ['movement-restricted']],
    ['Оплата сдельная, но с гарантированным минимумом 45 000 руб. в месяц.', ['pay-below-minimum']],
    [
      'Thank you for returning your signed employment agreement. Please upload a scan of your passport photo page.',
      ['documents-upfront'],
    ],
    [
      'Sindikat „Žetva“ – sezonci, znajte svoja prava: rad „na crno“ nije dozvoljen. Ne nudimo posao, samo savet.',
      ['undeclared-work'],
    ],
    ['Café all-rounder wanted, $28/hr. Pop in with your resume and ask for Nikki.', ['anonymous-recruiter']],
    ['Restoran traži konobara, plata 95.000 din, dođite lično radnim danom 11-13h.', ['excessive-hours']],
    [
      'Warehouse operative, £12.65/hr (nights team +£1.00/hr), Hallam Distribution Ltd.',
      ['pay-below-minimum'],
    ],
    [
      'Piece rates with a guaranteed minimum of the award hourly rate, whichever is higher.',
      ['pay-below-minimum'],
    ],
    ['The farm pays back your visa fee with your first wage.', ['recruitment-fee']],
    ['Permit and visa fees are paid by the hotel.', ['recruitment-fee']],
    ['Caravan £67 a week, deducted only with your written agreement.', ['living-costs-deducted']],
    ['Треба 2 хлопці на розвантаження, по 1200 грн, скину на карту одразу.', ['personal-account-payment']],
    [
      'Čišćenje stepeništa dva puta nedeljno, 12.000 din mesečno. Stambena zajednica, Kragujevac.',
      ['pay-below-minimum'],
    ],
    [
      'DEIN PASS GEHÖRT DIR! Kein Arbeitgeber darf deinen Reisepass einbehalten. Kostenlose Beratung: 0800 555 4400',
      ['documents-retained', 'anonymous-recruiter', 'no-company-identity'],
    ],
    [
      'Reinigungskraft, Teilzeit 20 Std./Woche, ca. 1.090 € brutto, Sauberwerk Reinigungs GmbH, Linz.',
      ['pay-below-minimum'],
    ],
    [
      'Ljudi, samo da upozorim: traže 300€ za registraciju. NE ŠALJITE PARE nikome, pravi poslodavac ne traži novac.',
      ['recruitment-fee', 'anonymous-recruiter', 'no-company-identity'],
    ],
  ];

  it.each(MORE_FIRES)('%s ← %s', (id, text) => {
    expect(ids(check(text))).toContain(id);
  });

  it.each(MORE_HONEST)('honest wording does not fire: %s', (text, notExpected) => {
    const found = ids(check(text));
    for (const id of notExpected) expect(found).not.toContain(id);
  });

  it('rates living costs taken from the pay at no stated price medium on their own, with a detail', () => {
    const unpriced = checkRules('Hotel Sunce d.o.o., Budva. Smeštaj i hrana se odbijaju od plate.');
    expect(ids(unpriced)).toEqual(['living-costs-deducted']);
    expect(unpriced.risk).toBe('medium');
    expect(unpriced.findings[0]?.detail).toBe(OFFER_TEXTS.en.details.livingCostsUnpriced);
    const priced = checkRules(
      'Hotel Sunce d.o.o., Budva. Smeštaj i hrana 200 € mesečno se odbijaju od plate.',
    );
    expect(ids(priced)).toEqual(['living-costs-deducted']);
    expect(priced.risk).toBe('low');
    expect(priced.findings[0]?.detail).toBeUndefined();
  });

  it('reads countries outside the pay table as abroad', () => {
    const result = check('Sklad u Litvaniji, 1.400 € neto. Javi se na Viber 064 555 0990.');
    expect(ids(result)).toContain('no-company-identity');
  });

  it('reads a street address followed by a comma as an address', () => {
    const result = check(
      'Magacin u Austriji, Ulica Kralja Petra 12, Beograd, 1.900 € neto. Tel. 064 555 0991.',
    );
    expect(ids(result)).not.toContain('no-company-identity');
  });
});

describe('checkOffer: news, contract clauses, pay per shift and per week (blind batches 17 to 20)', () => {
  /** [indicator, text]: the text must raise the indicator. */
  const FIRES_TOO: readonly (readonly [IndicatorId, string])[] = [
    // pay below the minimum per hour, from a weekly wage and the hours a week
    [
      'pay-below-minimum',
      'Meat plant in Ireland, Greenvale Foods Ltd. Training stipend €250 per week, 39 hours per week.',
    ],
    // the pay for several months paid out together
    [
      'cash-or-deferred-pay',
      'Hotel Plavi Val d.o.o.: plata za jul, avgust i septembar isplaćuje se zajedno, krajem septembra.',
    ],
    // a long rotation without a day off
    [
      'excessive-hours',
      'ВАХТА 60/30, склад. Смены по 12 часов, без выходных всю вахту. Звонить Олег +7 926 555 0877.',
    ],
    // a condition, not a negation
    [
      'recruitment-fee',
      'Залишилось лише 3 місця! Хто не внесе передоплату до вечора — місце віддаємо іншим.',
    ],
    // the contract only at the border
    [
      'no-written-contract',
      'Договор подпишете с нашим представителем в Тересполе, прямо при въезде. Копии заранее не высылаем.',
    ],
    [
      'job-switch',
      'Оголошення було про Чехію, але у Брно нас пересадили в бус і повезли до Польщі, на іншу фірму.',
    ],
    [
      'evasive-answers',
      'Я водій, везу вас до кордону. Хто роботодавець — скажуть на місці, мені не можна говорити.',
    ],
    [
      'undeclared-work',
      'Arbeit auf dem Bau, keine Anmeldung nötig, Lohn bar auf die Hand. Tel. 0151 5550 1234.',
    ],
    ['cash-or-deferred-pay', 'Zarada 900 € mesečno, isplata isključivo u kešu, na ruke.'],
    ['pay-too-good', 'Lagerhelfer in Berlin, ohne Erfahrung: 85.000 € netto im Jahr. Tel. 0151 5550 2234.'],
    // the nineteenth batch's misses and false alarms, in other words
    [
      'job-switch',
      'Family in Cork seeks an au pair for two children. Own room, pocket money €110 a week. At weekends we expect help in our family bakery, included in the pocket money.',
    ],
    [
      'travel-cost-deducted',
      'Flug und Arbeitserlaubnis zahlt der Arbeitgeber im Voraus, der Betrag wird vom Lohn in vier Monatsraten abgezogen.',
    ],
    [
      'recruitment-fee',
      'Troškove posredovanja od 600 € poslodavac plaća unapred, a iznos se odbija od plate u tri rate.',
    ],
    [
      'no-written-contract',
      'Трудовой договор на английском подписывается по прилёте, в аэропорту вас встретят.',
    ],
    ['movement-restricted', 'Личные телефоны хранятся у мастера, звонки родным по воскресеньям.'],
    ['movement-restricted', 'Завод на закрытой территории, выход в посёлок не предусмотрен.'],
    ['excessive-hours', 'Рыбозавод, Камчатка: смена 12–13 часов, выходные по возможности.'],
    // the twentieth batch's
    [
      'cash-or-deferred-pay',
      'Iz pravilnika: zarada za prva dva meseca isplaćuje se jednokratno po završetku probnog rada.',
    ],
    [
      'documents-retained',
      'Radi lakše administracije pasoši se po dolasku deponuju u sef kancelarije i izdaju na zahtev.',
    ],
    ['documents-retained', 'Bis zur Rückzahlung verbleiben die Reisedokumente bei der Projektverwaltung.'],
    [
      'living-costs-deducted',
      'Unterkunft in Firmenquartieren; Kosten für Quartier und Verpflegung werden vor Ort mit dem Vorarbeiter abgerechnet.',
    ],
    ['job-switch', 'Формально вас працевлаштовує партнерська фірма, яка відряджає вас до Австрії.'],
  ];

  /** [text, indicators it must not raise]. */
  const HONEST_TOO: readonly (readonly [string, readonly IndicatorId[]])[] = [
    // news of a case quotes the promised pay and the fee; it is no offer
    [
      'Police arrested two men suspected of trafficking farm workers. The victims were promised €60 a day and paid a €300 fee; the court will rule in May. Labour inspectors remind workers that real employers never charge fees.',
      ['recruitment-fee', 'no-company-identity', 'pay-below-minimum'],
    ],
    // a leaflet may quote the hurry it warns about
    [
      'Памятка. Тревожные признаки: просят деньги за «бронь места», торопят: «выезд завтра». Сомневаетесь? Горячая линия, консультация бесплатная.',
      ['recruitment-fee', 'urgency-pressure', 'no-company-identity'],
    ],
    // a weekly wage just under the minimum by the estimate is not called below it
    [
      'Lager in Dortmund, Logistik Nord GmbH: 2.300 € brutto monatlich, 40 Stunden pro Woche.',
      ['pay-below-minimum'],
    ],
    // professions earn well above a trade
    [
      'Senior Backend Engineer (Go), Berlin, Frachtwerk GmbH: 85.000 € brutto im Jahr, Blue Card vor der Einreise.',
      ['pay-too-good'],
    ],
    // a long rotation with long rests
    [
      'ООО «Север», вахта 45/45, смена 11 часов, официальное трудоустройство, проживание за счёт работодателя.',
      ['excessive-hours'],
    ],
    // tips are the worker's, in cash
    [
      'Кав’ярня «Зерно», Одеса: ставка 900 грн за зміну, чайові всі ваші — ділимо порівну, отримуєте готівкою в кінці дня.',
      ['cash-or-deferred-pay'],
    ],
    // documents that stay with the worker, and an employer with no right to them
    [
      'Стаття 9. Особисті документи працівника (паспорт, посвідка) залишаються в працівника.',
      ['documents-retained', 'anonymous-recruiter'],
    ],
    [
      '6.2. Работодатель не вправе требовать от Работника передачи паспорта на хранение.',
      ['documents-retained'],
    ],
    // no deductions, a contract concluded, a sign-up for an event, pay for shifts to the worker's card
    [
      'Верф у Норвегії: квиток і перший місяць житла оплачує компанія, без утримань із зарплати.',
      ['living-costs-deducted'],
    ],
    ['Помогаем найти жильё, договор аренды заключаете напрямую с арендодателем.', ['movement-restricted']],
    [
      'Jobmesse der Agentur für Arbeit: Der Eintritt ist frei, eine Anmeldung ist nicht nötig.',
      ['undeclared-work'],
    ],
    [
      'Промоутеры, только выходные. Смена 6 часов, 450 руб./час, оплата на карту в течение 3 дней после смены.',
      ['personal-account-payment'],
    ],
    // girls or young men alike; a bus driver is the job, the city the employer
    [
      'Au pair у Холандији: породица тражи девојку или младића 18–30 година, џепарац 320 € месечно.',
      ['sexual-exploitation-lure'],
    ],
    [
      'Transit Operator (Bus Driver) – City of Ridgeport Transit, Alberta, Canada. CAD 31.40 per hour. Apply online.',
      ['anonymous-recruiter', 'no-company-identity'],
    ],
    // a local household job in Moscow, and pay per shift in a restaurant
    [
      'Ищем няню для двух детей (2 и 5 лет), Москва, м. Сокол. Пн–пт, 650 руб/час. Наталья, +7 916 555 0236.',
      ['anonymous-recruiter'],
    ],
    ['Ресторан на Петроградской стороне: ставка 2 500 ₽ за смену + чаевые, график 2/2.', ['pay-too-good']],
    [
      'Backend-Entwickler, Hamburg, Gridwise GmbH: 70.000 € brutto/Jahr, Weiterbildungsbudget 2.000 €/Jahr.',
      ['pay-below-minimum'],
    ],
    // the nineteenth batch's misses and false alarms, in other words
    [
      'Smeštaj 180 € mesečno odbija se od zarade isključivo na osnovu pisane saglasnosti zaposlenog.',
      ['living-costs-deducted'],
    ],
    ['Ресторан на Дорћолу, плата 85.000 динара, дођите између 11 и 13 часова.', ['excessive-hours']],
    [
      'Seasonal Worker Scheme, Herefordshire: pay is at least the National Living Wage per hour worked, including on piece rates.',
      ['pay-below-minimum'],
    ],
    [
      'Se busca dishwasher for weekends at a bistro in Valencia, €10.50/h, contract from day one. Come by after 4 pm and ask for Pilar.',
      ['anonymous-recruiter'],
    ],
    ['Общежитие по желанию: 220 евро в месяц, включая коммунальные услуги.', ['recruitment-fee']],
    [
      'Ищу работу сиделкой в Москве, опыт 6 лет. Пожалуйста, не предлагайте «работу за границей с предоплатой».',
      ['recruitment-fee'],
    ],
    [
      'Перевозчик в Брно ищет водителей автобусов, 42 000 Kč брутто. Отдел кадров: +420 555 012 077',
      ['anonymous-recruiter'],
    ],
    // the twentieth batch's
    ['Smeštaj i tri obroka su besplatni i ne odbijaju se od plate.', ['living-costs-deducted']],
    [
      'Član 8. Poslodavac ne zadržava pasoš, ličnu kartu niti drugu ispravu zaposlenog.',
      ['documents-retained'],
    ],
    ['Вртић у Чачку запошљава васпитача, 80.000 дин нето, годишњи одмор 25 дана.', ['pay-below-minimum']],
    [
      'Leaflet: five questions to ask before you go. Who pays for the visa and the ticket, and will anything be deducted later? Free and confidential advice: +381 11 555 0790',
      ['travel-cost-deducted', 'anonymous-recruiter'],
    ],
    [
      'Суд приговорил трёх организаторов схемы, по данным следствия они отбирали паспорта и не платили «из-за долга за дорогу». Пострадавшими признаны 14 человек.',
      ['travel-cost-deducted', 'documents-retained'],
    ],
    ['Оригиналы документов немедленно возвращаются работнику после проверки.', ['urgency-pressure']],
    ['Склад, Екатеринбург: з/п 75 000–90 000 ₽, официально.', ['anonymous-recruiter']],
    [
      'Регионални здравствени центар у Шведској тражи специјалисте анестезиологије, бруто 75.000–95.000 SEK месечно.',
      ['pay-too-good'],
    ],
    [
      'Nachhilfe Mathe gesucht, 2x pro Woche je 90 Min., bei uns zu Hause in Freiburg. Meldet euch bei Katja: 0176 5550 2241',
      ['anonymous-recruiter'],
    ],
    [
      'Ищем няню для мальчика 2 лет. Вт, чт, сб, с 9 до 14. 400 руб/час. Звоните Марине, 8 917 555-03-62.',
      ['anonymous-recruiter'],
    ],
  ];

  it.each(FIRES_TOO)('%s ← %s', (id, text) => {
    expect(ids(check(text))).toContain(id);
  });

  it.each(HONEST_TOO)('does not fire: %s', (text, notExpected) => {
    const found = ids(check(text));
    for (const id of notExpected) expect(found).not.toContain(id);
  });

  it('still reads a recruiter’s mobile number next to a department as a bare number', () => {
    const result = check('Робота в Чехії, склад. Відділ кадрів: +420 777 555 012, пишіть у Viber.');
    expect(ids(result)).toContain('anonymous-recruiter');
  });

  it('keeps an offer that borrows the words of news an offer', () => {
    const result = checkRules(
      'We are hiring for Germany! Police and courts never check us. Registration fee of €300, pay us today, departure tomorrow.',
    );
    expect(ids(result)).toContain('recruitment-fee');
    expect(result.risk).not.toBe('low');
  });
});
