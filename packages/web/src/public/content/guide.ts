import type { Locale } from '@putokaz/core';
import { contact } from './contacts.ts';
import { allLocales, type Block, type Contact, type PageContent, type Section } from './types.ts';

/**
 * "Before you go": one guide per destination country. The parts every guide shares (the contract, fees,
 * warning signs, the checklist) are written once per language; each country adds how to work there legally,
 * where to confirm the details and its emergency numbers. To add a country: add its id to `COUNTRY_IDS` and
 * its `CountryText` in every written language (docs/web.md, "Content as data").
 */
export const COUNTRY_IDS = [
  'germany',
  'austria',
  'slovakia',
  'malta',
  'switzerland',
  'russia',
  'serbia',
] as const;
export type CountryId = (typeof COUNTRY_IDS)[number];

interface CountryText {
  /** The country's name, for the list of guides. */
  readonly name: string;
  readonly title: string;
  readonly intro: string;
  /** How to work there legally: permit, who applies and when. */
  readonly legal: readonly Block[];
  /** Which official bodies confirm the details. */
  readonly official: string;
  /** The checklist item about the right to work there. */
  readonly permitItem: string;
  readonly contacts: readonly Contact[];
}

interface SharedText {
  readonly legalHeading: string;
  readonly contract: Section;
  readonly fees: Section;
  readonly signs: Section;
  readonly helpHeading: string;
  readonly help: readonly Block[];
  readonly checklistHeading: string;
  readonly checklistNote: string;
  /** Checklist items; the country's permit item goes after the second one. */
  readonly items: readonly string[];
  readonly index: Omit<PageContent, 'contacts'>;
}

type Written = 'sr-Cyrl' | 'en' | 'uk';

const SHARED: Record<Written, SharedText> = {
  en: {
    legalHeading: 'The legal way to work there',
    contract: {
      id: 'contract',
      heading: 'What your contract must say',
      blocks: [
        'Ask for a written contract and read it before you leave, in a language you understand. A lawful contract says:',
        {
          list: [
            'the employer’s full name and address (a company, not only a person’s name or a phone number);',
            'the job you will do;',
            'where you will work;',
            'your working hours and days off;',
            'your pay, both gross (before tax) and net (what you receive), and when and how it is paid;',
            'what is deducted from your pay, and how much;',
            'accommodation: who provides it, what it costs and how you pay for it;',
            'when the job starts and how long it lasts;',
            'the notice period: how you or the employer can end the contract.',
          ],
        },
        'Keep a copy of the signed contract with you and leave another copy with someone you trust at home. If something is missing or unclear, ask before you sign. We can read the contract with you for free.',
      ],
    },
    fees: {
      id: 'fees',
      heading: 'You should not pay to get a job',
      blocks: [
        'The Private Employment Agencies Convention of the International Labour Organization (ILO Convention No. 181), which Serbia has ratified, and the ILO General Principles on Fair Recruitment say that workers should not be charged fees or costs for being recruited: the employer pays for recruitment.',
        'If someone asks you for money for the job, the visa, the “papers” or the ticket, or says you will pay it back later from your wages, stop and call us first. In Serbia, agencies that arrange work abroad need a licence from the Ministry of Labour, which publishes the list of licensed agencies.',
      ],
    },
    signs: {
      id: 'warning-signs',
      heading: 'Warning signs',
      blocks: [
        {
          list: [
            '“Come as a tourist, we will arrange the papers there.”',
            '“Leave your passport with us for the visa.”',
            'No written contract, or “you will sign it when you arrive”.',
            'The only contact is a mobile number or a messaging app.',
            'The pay is much higher than usual for the same work.',
            'You are pushed to decide and leave quickly.',
            'Housing, food or transport are “deducted later”, without a price.',
          ],
        },
        'One sign alone does not mean the offer is a trap, but it is a reason to ask questions and to check the offer with us before you say yes.',
      ],
    },
    helpHeading: 'Where to get help there',
    help: [
      'In danger, call the emergency number. For anything else, call our SOS hotline: calls are free and confidential, and you do not have to give your name. The Embassy of Serbia in the country can help you with documents to travel home.',
    ],
    checklistHeading: 'Checklist before you go',
    checklistNote:
      'Tick what you have done. The ticks stay only on this page while it is open: they are not saved on your phone or sent anywhere, and they are gone when you leave or reload the page.',
    items: [
      'I know the employer’s full name and address, and I checked that the company exists.',
      'I have a written contract in a language I understand, and I read it before signing.',
      'The contract states the job, place, hours, gross and net pay, deductions, accommodation, duration and notice.',
      'I did not pay and will not pay anyone for getting the job.',
      'If an agency arranged the job, it is licensed by the Ministry of Labour of Serbia.',
      'My passport stays with me. I have copies of my documents, and someone I trust has copies too.',
      'Someone I trust has the employer’s address and a copy of my contract, and we agreed when I will call.',
      'I saved the emergency number of the country and the SOS hotline in my phone.',
    ],
    index: {
      title: 'Before you go',
      intro:
        'Going to work abroad, or starting a new job in Serbia? Here is how to do it legally and safely, country by country: the permit you need, what your contract must say, and where to get help.',
      sections: [
        {
          id: 'rules',
          heading: 'Three rules for every country',
          blocks: [
            {
              list: [
                'Get the right permit for work before you travel. Entering as a tourist or without a visa does not allow you to work.',
                'Get a written contract you understand before you leave.',
                'Do not pay for the job, and never hand over your passport.',
              ],
            },
          ],
        },
      ],
    },
  },
  'sr-Cyrl': {
    legalHeading: 'Легалан начин да тамо радиш',
    contract: {
      id: 'contract',
      heading: 'Шта мора да пише у уговору',
      blocks: [
        'Тражи уговор написмено и прочитај га пре поласка, на језику који разумеш. Законит уговор садржи:',
        {
          list: [
            'пун назив и адресу послодавца (фирму, а не само име неке особе или број телефона);',
            'посао који ћеш радити;',
            'место рада;',
            'радно време и слободне дане;',
            'плату, бруто (пре пореза) и нето (оно што добијаш), и када и како се исплаћује;',
            'шта се одбија од плате и колико;',
            'смештај: ко га обезбеђује, колико кошта и како се плаћа;',
            'када посао почиње и колико траје;',
            'отказни рок: како ти или послодавац можете да раскинете уговор.',
          ],
        },
        'Копију потписаног уговора носи са собом, а другу остави некоме коме верујеш код куће. Ако нешто недостаје или није јасно, питај пре него што потпишеш. Можемо бесплатно да прочитамо уговор с тобом.',
      ],
    },
    fees: {
      id: 'fees',
      heading: 'Посао не треба да плаћаш',
      blocks: [
        'Конвенција Међународне организације рада о приватним агенцијама за запошљавање (бр. 181), коју је Србија ратификовала, и Општа начела праведног запошљавања МОР-а кажу да радницима не треба наплаћивати накнаде ни трошкове запошљавања: запошљавање плаћа послодавац.',
        'Ако неко тражи новац за посао, визу, „папире” или карту, или каже да ћеш то касније вратити од плате, стани и прво позови нас. У Србији агенције које посредују у запошљавању у иностранству морају да имају дозволу Министарства за рад, које објављује списак агенција са дозволом.',
      ],
    },
    signs: {
      id: 'warning-signs',
      heading: 'Знаци упозорења',
      blocks: [
        {
          list: [
            '„Дођи као туриста, папире ћемо средити тамо.”',
            '„Остави пасош код нас због визе.”',
            'Нема писаног уговора, или „потписаћеш кад стигнеш”.',
            'Једини контакт је број мобилног или апликација за поруке.',
            'Плата је много већа него иначе за исти посао.',
            'Терају те да брзо одлучиш и отпутујеш.',
            'Смештај, храна или превоз „одбиће се касније”, без цене.',
          ],
        },
        'Један знак сам по себи не значи да је понуда замка, али је разлог да поставиш питања и провериш понуду с нама пре него што пристанеш.',
      ],
    },
    helpHeading: 'Где тамо да потражиш помоћ',
    help: [
      'Ако си у опасности, позови број за хитне случајеве. За све остало позови нашу СОС линију: позив је бесплатан и поверљив, и не мораш да кажеш своје име. Амбасада Србије у тој земљи може да ти помогне око докумената за повратак кући.',
    ],
    checklistHeading: 'Листа за проверу пре поласка',
    checklistNote:
      'Означи шта је већ урађено. Ознаке остају само на овој страници док је отворена: не чувају се на твом телефону и не шаљу се никуда, и нестају кад напустиш или поново учиташ страницу.',
    items: [
      'Знам пун назив и адресу послодавца и знам да фирма заиста постоји.',
      'Имам писани уговор на језику који разумем и прочитаћу га целог пре потписивања.',
      'У уговору пише посао, место, радно време, бруто и нето плата, одбици, смештај, трајање и отказни рок.',
      'Никоме не плаћам за посао и нећу платити.',
      'Ако је посао средила агенција, она има дозволу Министарства за рад Србије.',
      'Пасош остаје код мене. Имам копије докумената, а копије има и неко коме верујем.',
      'Неко коме верујем има адресу послодавца и копију мог уговора, и договорили смо се када ћу се јављати.',
      'У телефону су ми сачувани број за хитне случајеве те земље и СОС линија.',
    ],
    index: {
      title: 'Пре поласка',
      intro:
        'Идеш на рад у иностранство или почињеш нови посао у Србији? Ево како да то урадиш легално и безбедно, земљу по земљу: која дозвола ти треба, шта мора да пише у уговору и где да потражиш помоћ.',
      sections: [
        {
          id: 'rules',
          heading: 'Три правила за сваку земљу',
          blocks: [
            {
              list: [
                'Набави праву дозволу за рад пре пута. Улазак као туриста или без визе не дозвољава рад.',
                'Пре поласка узми писани уговор који разумеш.',
                'Не плаћај посао и никоме не дај свој пасош.',
              ],
            },
          ],
        },
      ],
    },
  },
  uk: {
    legalHeading: 'Як працювати там легально',
    contract: {
      id: 'contract',
      heading: 'Що має бути в договорі',
      blocks: [
        'Проси письмовий договір і прочитай його до від’їзду, мовою, яку ти розумієш. Законний договір містить:',
        {
          list: [
            'повну назву та адресу роботодавця (компанію, а не лише ім’я людини чи номер телефону);',
            'роботу, яку ти виконуватимеш;',
            'місце роботи;',
            'робочий час і вихідні дні;',
            'зарплату брутто (до податків) і нетто (що ти отримуєш), а також коли і як її виплачують;',
            'що утримують із зарплати і скільки;',
            'житло: хто його надає, скільки воно коштує і як за нього платити;',
            'коли починається робота і скільки вона триває;',
            'строк попередження: як ти або роботодавець можете розірвати договір.',
          ],
        },
        'Копію підписаного договору тримай при собі, а ще одну залиш удома людині, якій довіряєш. Якщо чогось бракує або щось незрозуміло, питай до підписання. Ми можемо безкоштовно переглянути договір разом із тобою.',
      ],
    },
    fees: {
      id: 'fees',
      heading: 'Ти не маєш платити за роботу',
      blocks: [
        'Конвенція Міжнародної організації праці про приватні агентства зайнятості (№ 181), яку ратифікувала Сербія, і Загальні принципи справедливого найму МОП кажуть, що з працівників не повинні брати плату чи витрати за працевлаштування: за найм платить роботодавець.',
        'Якщо хтось просить гроші за роботу, візу, «документи» чи квиток або каже, що ти повернеш їх пізніше із зарплати, зупинись і спершу зателефонуй нам. У Сербії агентства, які працевлаштовують за кордоном, мусять мати дозвіл Міністерства праці, яке публікує список таких агентств.',
      ],
    },
    signs: {
      id: 'warning-signs',
      heading: 'Тривожні ознаки',
      blocks: [
        {
          list: [
            '«Їдь як турист, документи оформимо на місці».',
            '«Залиш паспорт у нас, це для візи».',
            'Немає письмового договору або «підпишеш, коли приїдеш».',
            'Єдиний контакт — номер мобільного чи месенджер.',
            'Зарплата набагато вища, ніж зазвичай за таку саму роботу.',
            'Тебе підганяють швидко вирішити й поїхати.',
            'Житло, харчування чи дорогу «вирахують потім», без ціни.',
          ],
        },
        'Одна ознака сама по собі не означає пастку, але це привід поставити запитання й перевірити пропозицію з нами, перш ніж погоджуватися.',
      ],
    },
    helpHeading: 'Де там отримати допомогу',
    help: [
      'Якщо тобі загрожує небезпека, телефонуй на номер екстрених служб. З усім іншим звертайся на нашу SOS-лінію: дзвінок безкоштовний і конфіденційний, називати своє ім’я не обов’язково. Посольство Сербії в цій країні може допомогти з документами для повернення додому.',
    ],
    checklistHeading: 'Перелік перед від’їздом',
    checklistNote:
      'Познач те, що вже зроблено. Позначки залишаються лише на цій сторінці, поки вона відкрита: вони не зберігаються на телефоні й нікуди не надсилаються та зникають, коли ти залишаєш або перезавантажуєш сторінку.',
    items: [
      'Я знаю повну назву та адресу роботодавця і знаю, що компанія справді існує.',
      'У мене є письмовий договір мовою, яку я розумію, і я прочитаю його повністю до підписання.',
      'У договорі вказано роботу, місце, робочий час, зарплату брутто і нетто, утримання, житло, строк і строк попередження.',
      'Я нікому не плачу і не платитиму за працевлаштування.',
      'Якщо роботу знайшло агентство, воно має дозвіл Міністерства праці Сербії.',
      'Паспорт залишається в мене. У мене є копії документів, і вони є в людини, якій я довіряю.',
      'Людина, якій я довіряю, має адресу роботодавця і копію мого договору, і ми домовилися, коли я виходитиму на зв’язок.',
      'У моєму телефоні збережено номер екстрених служб цієї країни та SOS-лінію.',
    ],
    index: {
      title: 'Перед від’їздом',
      intro:
        'Їдеш працювати за кордон або починаєш нову роботу в Сербії? Ось як зробити це легально й безпечно, країна за країною: який дозвіл потрібен, що має бути в договорі й де шукати допомоги.',
      sections: [
        {
          id: 'rules',
          heading: 'Три правила для кожної країни',
          blocks: [
            {
              list: [
                'Отримай правильний дозвіл на роботу до поїздки. В’їзд як турист або без візи не дає права працювати.',
                'До від’їзду отримай письмовий договір, який ти розумієш.',
                'Не плати за роботу й нікому не віддавай свій паспорт.',
              ],
            },
          ],
        },
      ],
    },
  },
};

const EN_VISA_FREE =
  'As a citizen of Serbia with a biometric passport you may visit the Schengen area without a visa for up to 90 days in any 180 days, but you may not work during such a visit. “Come as a tourist and we will arrange the papers there” is not legal work.';
const SR_VISA_FREE =
  'Као држављанин Србије са биометријским пасошем можеш без визе да боравиш у шенгенском простору до 90 дана у било којих 180 дана, али током таквог боравка не смеш да радиш. „Дођи као туриста, папире ћемо средити тамо” није легалан рад.';
const UK_VISA_FREE =
  'Громадяни Сербії з біометричним паспортом можуть перебувати в Шенгенській зоні без візи до 90 днів протягом будь-яких 180 днів, але працювати під час такого візиту не можна. «Приїжджай як турист, документи оформимо на місці» — це не легальна робота.';

const EN_UA_EU =
  'These rules are for citizens of Serbia. If you are a citizen of Ukraine with temporary protection in an EU country, other rules apply to you: confirm them with the authorities of that country or with us.';
const SR_UA_EU =
  'Ова правила важе за држављане Србије. Ако си држављанин Украјине са привременом заштитом у некој земљи ЕУ, за тебе важе друга правила: провери их код надлежних органа те земље или код нас.';
const UK_UA_EU =
  'Ці правила — для громадян Сербії. Якщо ти громадянин України з тимчасовим захистом у країні ЄС, для тебе діють інші правила: уточни їх в офіційних органах цієї країни або в нас.';
const EN_UA_CH =
  'These rules are for citizens of Serbia. If you are a citizen of Ukraine with protection status S in Switzerland, other rules apply to you: confirm them with the migration office of the canton or with us.';
const SR_UA_CH =
  'Ова правила важе за држављане Србије. Ако си држављанин Украјине са статусом заштите S у Швајцарској, за тебе важе друга правила: провери их у служби за миграције кантона или код нас.';
const UK_UA_CH =
  'Ці правила — для громадян Сербії. Якщо ти громадянин України зі статусом захисту S у Швейцарії, для тебе діють інші правила: уточни їх у міграційній службі кантону або в нас.';

const COUNTRIES: Record<Written, Record<CountryId, CountryText>> = {
  en: {
    germany: {
      name: 'Germany',
      title: 'Working in Germany',
      intro:
        'How a citizen of Serbia can work legally in Germany, what your contract must say, and where to get help there.',
      legal: [
        'To work in Germany you need a visa for work (a national “D” visa) before you travel. You apply for it at the German Embassy in Belgrade, with a concrete job offer. For most jobs, under the so-called Western Balkans regulation, the employer first asks the German Federal Employment Agency (Bundesagentur für Arbeit) for approval, and you bring it to your visa appointment. There is a yearly limit on these approvals, and waiting times can be long.',
        EN_VISA_FREE,
        'On the Western Balkans route you cannot be employed by a temporary-work agency (Zeitarbeit, Leiharbeit). Your permit is tied to the job and the employer that were approved: do not let anyone move you to another company informally.',
        'Germany has a statutory minimum wage per hour (€13.90 from 1 January 2026). After you arrive, you register your address within 14 days. The free counselling service “Faire Integration” advises workers from outside the EU on work and social rights in their language, also before they leave; since 2026 your employer must tell you about it in writing by your first working day.',
        EN_UA_EU,
      ],
      official:
        'Details change: confirm them with the German Federal Employment Agency, the German Embassy in Belgrade, or with us.',
      permitItem:
        'I have a visa for work issued by the German Embassy before travelling, based on the approval of the Federal Employment Agency.',
      contacts: [contact('eu112', 'en')],
    },
    austria: {
      name: 'Austria',
      title: 'Working in Austria',
      intro:
        'How a citizen of Serbia can work legally in Austria, what your contract must say, and where to get help there.',
      legal: [
        'To work in Austria you need a residence and work permit before you start working. Which one depends on the job: for example the Red-White-Red Card for skilled workers, or, for seasonal work in tourism or farming, a permit that the employer requests from the Public Employment Service Austria (AMS), together with a visa for you. You apply from Serbia, through the Austrian Embassy in Belgrade, before you travel.',
        EN_VISA_FREE,
        EN_UA_EU,
      ],
      official:
        'Details depend on the job: confirm them with the Public Employment Service Austria (AMS), the Austrian Embassy in Belgrade, or with us.',
      permitItem: 'I have an Austrian residence and work permit (or a visa for work) before travelling.',
      contacts: [contact('eu112', 'en')],
    },
    slovakia: {
      name: 'Slovakia',
      title: 'Working in Slovakia',
      intro:
        'How a citizen of Serbia can work legally in Slovakia, what your contract must say, and where to get help there.',
      legal: [
        'To work in Slovakia you need a residence permit for the purpose of employment before you start working. The employer’s part goes through the Slovak labour office (Office of Labour, Social Affairs and Family); you apply for the permit through the Slovak Embassy in Belgrade before you travel.',
        EN_VISA_FREE,
        'Serbian workers have been detained in Slovakia for illegal work after an agency promised to arrange their papers. Check that the agency is licensed and that the permit is issued before you go.',
        EN_UA_EU,
      ],
      official:
        'Confirm the details with the Slovak Embassy in Belgrade, the Slovak labour office, or with us.',
      permitItem: 'I have a Slovak residence permit for employment before travelling.',
      contacts: [contact('eu112', 'en')],
    },
    malta: {
      name: 'Malta',
      title: 'Working in Malta',
      intro:
        'How a citizen of Serbia can work legally in Malta, what your contract must say, and where to get help there.',
      legal: [
        'To work in Malta you need a single permit (for residence and work). The employer applies for it with you through Identità, the Maltese agency for residence and work permits of foreigners. You may not start working until the permit is granted.',
        EN_VISA_FREE,
        EN_UA_EU,
      ],
      official:
        'Confirm the details with Identità, the Maltese public employment service Jobsplus, or with us.',
      permitItem: 'My single permit for Malta has been granted (not only applied for).',
      contacts: [contact('eu112', 'en')],
    },
    switzerland: {
      name: 'Switzerland',
      title: 'Working in Switzerland',
      intro:
        'How a citizen of Serbia can work legally in Switzerland, what your contract must say, and where to get help there.',
      legal: [
        'Switzerland is not in the EU, but it is in the Schengen area. For citizens of Serbia, work permits are limited: usually only for qualified specialists, within yearly quotas, and only if no suitable worker from Switzerland or the EU is found. The employer applies to the authorities of the canton; if the permit is approved, you get a visa at the Swiss Embassy in Belgrade before you travel.',
        EN_VISA_FREE,
        'Offers of simple work in Switzerland (cleaning, building, farming, care) for people from outside the EU, with the “papers arranged”, are a warning sign: such permits are rarely possible.',
        EN_UA_CH,
      ],
      official:
        'Confirm the details with the State Secretariat for Migration (SEM), the migration office of the canton, the Swiss Embassy in Belgrade, or with us.',
      permitItem:
        'My Swiss work permit is approved and I have the visa from the Swiss Embassy before travelling.',
      contacts: [contact('ch112', 'en')],
    },
    russia: {
      name: 'Russia',
      title: 'Working in Russia',
      intro:
        'How a citizen of Serbia can work legally in Russia, what your contract must say, and where to get help there.',
      legal: [
        'Citizens of Serbia can enter Russia without a visa for a short stay, but that does not allow them to work. To work legally you need a document for work issued by the Russian migration authorities (part of the Ministry of the Interior): a work permit or a patent, depending on how you entered and on the job. The employer must be allowed to employ foreigners and must report your employment.',
        'Money transfers to and from Russia, and payments with foreign bank cards, are limited. Ask before you go how, where and in what currency you will be paid, and how you can send money home.',
      ],
      official:
        'Confirm the details with the Embassy of the Russian Federation in Belgrade, the National Employment Service of Serbia (NSZ), or with us.',
      permitItem: 'I know which Russian work document I need, and who applies for it and when.',
      contacts: [contact('ru112', 'en')],
    },
    serbia: {
      name: 'Serbia (work at home)',
      title: 'Working in Serbia',
      intro:
        'A new job in Serbia: what your employer must do before you start, what your contract must say, and where to get help.',
      legal: [
        'In Serbia the employer must give you a written employment contract before you start work, and must register you for compulsory social insurance (pension, health and unemployment insurance) before your first day. Ask for a copy of the registration.',
        'Full-time work is normally 40 hours a week, and your pay may not be lower than the minimum wage set by the Government. Work “off the books” means no pension, no health insurance and no protection if you are injured.',
        'A foreign citizen, including a refugee from Ukraine, needs the right to work in Serbia: ask the National Employment Service (NSZ) or us.',
      ],
      official:
        'Confirm the details with the National Employment Service of Serbia (NSZ), the Labour Inspectorate, or with us.',
      permitItem: 'My employer registered me for social insurance before my first day, and I have a copy.',
      contacts: [contact('rsPolice', 'en'), contact('rsAmbulance', 'en')],
    },
  },
  'sr-Cyrl': {
    germany: {
      name: 'Немачка',
      title: 'Рад у Немачкој',
      intro:
        'Како држављанин Србије може легално да ради у Немачкој, шта мора да пише у уговору и где тамо да потражиш помоћ.',
      legal: [
        'За рад у Немачкој треба ти виза за рад (национална виза „D”) пре него што отпутујеш. Подносиш захтев у Амбасади Немачке у Београду, са конкретном понудом за посао. За већину послова, по такозваној Западнобалканској регулативи, послодавац прво тражи сагласност Савезне агенције за запошљавање Немачке (Bundesagentur für Arbeit), а ти је доносиш на термин за визу. Број тих сагласности годишње је ограничен и чекање може бити дуго.',
        SR_VISA_FREE,
        'Преко Западнобалканске регулативе не можеш да будеш запослен преко агенције за привремено запошљавање (Zeitarbeit, Leiharbeit). Дозвола је везана за одобрени посао и послодавца: не дај да те неко незванично „пребаци” у другу фирму.',
        'Немачка има законску минималну зараду по сату (13,90 евра од 1. јануара 2026). По доласку пријављујеш адресу у року од 14 дана. Бесплатно саветовалиште „Faire Integration” саветује раднике изван ЕУ о правима из рада и социјалног осигурања на њиховом језику, и пре поласка; од 2026. послодавац мора да те о њему обавести писмено најкасније првог радног дана.',
        SR_UA_EU,
      ],
      official:
        'Детаљи се мењају: провери их у Савезној агенцији за запошљавање Немачке, у Амбасади Немачке у Београду или код нас.',
      permitItem:
        'Имам визу за рад коју је издала Амбасада Немачке пре пута, на основу сагласности Савезне агенције за запошљавање.',
      contacts: [contact('eu112', 'sr-Cyrl')],
    },
    austria: {
      name: 'Аустрија',
      title: 'Рад у Аустрији',
      intro:
        'Како држављанин Србије може легално да ради у Аустрији, шта мора да пише у уговору и где тамо да потражиш помоћ.',
      legal: [
        'За рад у Аустрији треба ти дозвола за боравак и рад пре него што почнеш да радиш. Која, зависи од посла: на пример „Црвено-бело-црвена карта” за квалификоване раднике или, за сезонски рад у туризму и пољопривреди, дозвола коју послодавац тражи од Службе за запошљавање Аустрије (AMS), уз визу за тебе. Захтев подносиш из Србије, преко Амбасаде Аустрије у Београду, пре пута.',
        SR_VISA_FREE,
        SR_UA_EU,
      ],
      official:
        'Детаљи зависе од посла: провери их у Служби за запошљавање Аустрије (AMS), у Амбасади Аустрије у Београду или код нас.',
      permitItem: 'Пре пута имам аустријску дозволу за боравак и рад (или визу за рад).',
      contacts: [contact('eu112', 'sr-Cyrl')],
    },
    slovakia: {
      name: 'Словачка',
      title: 'Рад у Словачкој',
      intro:
        'Како држављанин Србије може легално да ради у Словачкој, шта мора да пише у уговору и где тамо да потражиш помоћ.',
      legal: [
        'За рад у Словачкој треба ти дозвола боравка ради запослења пре него што почнеш да радиш. Део који ради послодавац иде преко словачке службе за рад (Канцеларија за рад, социјална питања и породицу); ти подносиш захтев за дозволу преко Амбасаде Словачке у Београду, пре пута.',
        SR_VISA_FREE,
        'Радници из Србије су у Словачкој задржавани због рада на црно, пошто им је агенција обећала да ће средити папире. Провери да агенција има дозволу и да је дозвола издата пре него што кренеш.',
        SR_UA_EU,
      ],
      official: 'Детаље провери у Амбасади Словачке у Београду, у словачкој служби за рад или код нас.',
      permitItem: 'Пре пута имам словачку дозволу боравка ради запослења.',
      contacts: [contact('eu112', 'sr-Cyrl')],
    },
    malta: {
      name: 'Малта',
      title: 'Рад на Малти',
      intro:
        'Како држављанин Србије може легално да ради на Малти, шта мора да пише у уговору и где тамо да потражиш помоћ.',
      legal: [
        'За рад на Малти треба ти јединствена дозвола (за боравак и рад). Послодавац је тражи заједно с тобом преко агенције Identità, малтешке службе за дозволе боравка и рада странаца. Не смеш да почнеш да радиш док дозвола не буде одобрена.',
        SR_VISA_FREE,
        SR_UA_EU,
      ],
      official: 'Детаље провери у агенцији Identità, у малтешкој служби за запошљавање Jobsplus или код нас.',
      permitItem: 'Моја јединствена дозвола за Малту је одобрена (а не само поднета).',
      contacts: [contact('eu112', 'sr-Cyrl')],
    },
    switzerland: {
      name: 'Швајцарска',
      title: 'Рад у Швајцарској',
      intro:
        'Како држављанин Србије може легално да ради у Швајцарској, шта мора да пише у уговору и где тамо да потражиш помоћ.',
      legal: [
        'Швајцарска није у ЕУ, али јесте у шенгенском простору. За држављане Србије дозволе за рад су ограничене: обично само за квалификоване стручњаке, у оквиру годишњих квота, и само ако се не нађе одговарајући радник из Швајцарске или ЕУ. Послодавац подноси захтев властима кантона; ако се дозвола одобри, визу добијаш у Амбасади Швајцарске у Београду пре пута.',
        SR_VISA_FREE,
        'Понуде за једноставне послове у Швајцарској (чишћење, грађевина, пољопривреда, нега) за људе изван ЕУ, уз „средићемо папире”, знак су упозорења: такве дозволе ретко су могуће.',
        SR_UA_CH,
      ],
      official:
        'Детаље провери у Државном секретаријату за миграције (SEM), у служби за миграције кантона, у Амбасади Швајцарске у Београду или код нас.',
      permitItem: 'Моја швајцарска дозвола за рад је одобрена и пре пута имам визу Амбасаде Швајцарске.',
      contacts: [contact('ch112', 'sr-Cyrl')],
    },
    russia: {
      name: 'Русија',
      title: 'Рад у Русији',
      intro:
        'Како држављанин Србије може легално да ради у Русији, шта мора да пише у уговору и где тамо да потражиш помоћ.',
      legal: [
        'Држављани Србије могу без визе да уђу у Русију на кратак боравак, али то не дозвољава рад. За легалан рад треба ти документ за рад који издају руске службе за миграције (у саставу Министарства унутрашњих послова): дозвола за рад или патент, зависно од начина уласка и посла. Послодавац мора да има право да запошљава странце и мора да пријави твоје запослење.',
        'Слање новца у Русију и из ње и плаћање страним платним картицама су ограничени. Пре поласка питај како, где и у којој валути ћеш примати плату и како можеш да шаљеш новац кући.',
      ],
      official:
        'Детаље провери у Амбасади Руске Федерације у Београду, у Националној служби за запошљавање (НСЗ) или код нас.',
      permitItem: 'Знам који руски документ за рад ми треба, ко га тражи и када.',
      contacts: [contact('ru112', 'sr-Cyrl')],
    },
    serbia: {
      name: 'Србија (рад код куће)',
      title: 'Рад у Србији',
      intro:
        'Нови посао у Србији: шта послодавац мора да уради пре него што почнеш, шта мора да пише у уговору и где да потражиш помоћ.',
      legal: [
        'У Србији послодавац мора да ти да писани уговор о раду пре него што почнеш да радиш и да те пре првог радног дана пријави на обавезно социјално осигурање (пензијско, здравствено и за случај незапослености). Тражи копију пријаве.',
        'Пуно радно време је по правилу 40 сати недељно, а плата не сме бити нижа од минималне зараде коју утврђује Влада. Рад на црно значи да немаш пензијски стаж, здравствено осигурање ни заштиту ако се повредиш.',
        'Страном држављанину, и избеглици из Украјине, треба право на рад у Србији: питај Националну службу за запошљавање (НСЗ) или нас.',
      ],
      official: 'Детаље провери у Националној служби за запошљавање (НСЗ), у Инспекцији рада или код нас.',
      permitItem:
        'Послодавац ме је пријавио на социјално осигурање пре првог радног дана и имам копију пријаве.',
      contacts: [contact('rsPolice', 'sr-Cyrl'), contact('rsAmbulance', 'sr-Cyrl')],
    },
  },
  uk: {
    germany: {
      name: 'Німеччина',
      title: 'Робота в Німеччині',
      intro:
        'Як громадянину Сербії легально працювати в Німеччині, що має бути в договорі й де там отримати допомогу.',
      legal: [
        'Щоб працювати в Німеччині, тобі потрібна робоча віза (національна віза «D») ще до поїздки. Подаєш документи в Посольстві Німеччини в Белграді, маючи конкретну пропозицію роботи. Для більшості робіт, за так званим Західнобалканським регулюванням, роботодавець спершу отримує згоду Федерального агентства зайнятості Німеччини (Bundesagentur für Arbeit), а ти приносиш її на співбесіду щодо візи. Кількість таких згод на рік обмежена, і чекати доводиться довго.',
        UK_VISA_FREE,
        'За Західнобалканським регулюванням тебе не можуть працевлаштувати через агентство тимчасової роботи (Zeitarbeit, Leiharbeit). Дозвіл прив’язаний до схваленої роботи й роботодавця: не дозволяй неофіційно «перевести» тебе до іншої фірми.',
        'У Німеччині діє законна мінімальна погодинна оплата (13,90 євро з 1 січня 2026 року). Після приїзду треба зареєструвати адресу протягом 14 днів. Безкоштовна консультаційна служба «Faire Integration» радить працівникам не з ЄС щодо трудових і соціальних прав їхньою мовою, також до від’їзду; з 2026 року роботодавець має письмово повідомити тебе про неї не пізніше першого робочого дня.',
        UK_UA_EU,
      ],
      official:
        'Правила змінюються: уточни їх у Федеральному агентстві зайнятості Німеччини, у Посольстві Німеччини в Белграді або в нас.',
      permitItem:
        'У мене є робоча віза, видана Посольством Німеччини до поїздки на підставі згоди Федерального агентства зайнятості.',
      contacts: [contact('eu112', 'uk')],
    },
    austria: {
      name: 'Австрія',
      title: 'Робота в Австрії',
      intro:
        'Як громадянину Сербії легально працювати в Австрії, що має бути в договорі й де там отримати допомогу.',
      legal: [
        'Щоб працювати в Австрії, потрібен дозвіл на проживання й роботу ще до початку роботи. Який саме — залежить від роботи: наприклад, «Червоно-біло-червона картка» для кваліфікованих працівників або, для сезонної роботи в туризмі чи сільському господарстві, дозвіл, який роботодавець отримує у Службі зайнятості Австрії (AMS), разом із візою для тебе. Документи подаєш із Сербії, через Посольство Австрії в Белграді, до поїздки.',
        UK_VISA_FREE,
        UK_UA_EU,
      ],
      official:
        'Деталі залежать від роботи: уточни їх у Службі зайнятості Австрії (AMS), у Посольстві Австрії в Белграді або в нас.',
      permitItem: 'До поїздки в мене є австрійський дозвіл на проживання й роботу (або робоча віза).',
      contacts: [contact('eu112', 'uk')],
    },
    slovakia: {
      name: 'Словаччина',
      title: 'Робота у Словаччині',
      intro:
        'Як громадянину Сербії легально працювати у Словаччині, що має бути в договорі й де там отримати допомогу.',
      legal: [
        'Щоб працювати у Словаччині, потрібен дозвіл на проживання з метою працевлаштування ще до початку роботи. Частина роботодавця проходить через словацьку службу праці (Управління праці, соціальних справ і сім’ї); ти подаєш документи на дозвіл через Посольство Словаччини в Белграді до поїздки.',
        UK_VISA_FREE,
        'Працівників із Сербії вже затримували у Словаччині за нелегальну роботу після того, як агентство обіцяло оформити їм документи. Перевір, що агентство має дозвіл і що дозвіл на проживання видано до від’їзду.',
        UK_UA_EU,
      ],
      official: 'Уточни деталі в Посольстві Словаччини в Белграді, у словацькій службі праці або в нас.',
      permitItem: 'До поїздки в мене є словацький дозвіл на проживання з метою працевлаштування.',
      contacts: [contact('eu112', 'uk')],
    },
    malta: {
      name: 'Мальта',
      title: 'Робота на Мальті',
      intro:
        'Як громадянину Сербії легально працювати на Мальті, що має бути в договорі й де там отримати допомогу.',
      legal: [
        'Щоб працювати на Мальті, потрібен єдиний дозвіл (на проживання й роботу). Роботодавець подає заяву разом із тобою через агентство Identità — мальтійську службу дозволів на проживання й роботу для іноземців. Починати роботу до того, як дозвіл схвалено, не можна.',
        UK_VISA_FREE,
        UK_UA_EU,
      ],
      official: 'Уточни деталі в агентстві Identità, у мальтійській службі зайнятості Jobsplus або в нас.',
      permitItem: 'Мій єдиний дозвіл для Мальти схвалено (а не лише подано заяву).',
      contacts: [contact('eu112', 'uk')],
    },
    switzerland: {
      name: 'Швейцарія',
      title: 'Робота у Швейцарії',
      intro:
        'Як громадянину Сербії легально працювати у Швейцарії, що має бути в договорі й де там отримати допомогу.',
      legal: [
        'Швейцарія не входить до ЄС, але входить до Шенгенської зони. Для громадян Сербії дозволи на роботу обмежені: зазвичай лише для кваліфікованих фахівців, у межах річних квот і лише тоді, коли не знайшлося відповідного працівника зі Швейцарії чи ЄС. Роботодавець подає заяву до органів кантону; якщо дозвіл схвалено, візу отримуєш у Посольстві Швейцарії в Белграді до поїздки.',
        UK_VISA_FREE,
        'Пропозиції простої роботи у Швейцарії (прибирання, будівництво, сільське господарство, догляд) для людей не з ЄС, ще й із «документи оформимо», — тривожна ознака: такі дозволи можливі дуже рідко.',
        UK_UA_CH,
      ],
      official:
        'Уточни деталі в Державному секретаріаті з питань міграції (SEM), у міграційній службі кантону, у Посольстві Швейцарії в Белграді або в нас.',
      permitItem:
        'Мій швейцарський дозвіл на роботу схвалено, і до поїздки в мене є віза Посольства Швейцарії.',
      contacts: [contact('ch112', 'uk')],
    },
    russia: {
      name: 'Росія',
      title: 'Робота в Росії',
      intro:
        'Як громадянину Сербії легально працювати в Росії, що має бути в договорі й де там отримати допомогу.',
      legal: [
        'Громадяни Сербії можуть в’їхати до Росії без візи на короткий строк, але це не дає права працювати. Для легальної роботи потрібен документ, який видають російські міграційні органи (у складі Міністерства внутрішніх справ): дозвіл на роботу або патент, залежно від способу в’їзду та роботи. Роботодавець повинен мати право наймати іноземців і мусить повідомити про твоє працевлаштування.',
        'Грошові перекази до Росії та з неї, а також оплата іноземними банківськими картками обмежені. До від’їзду запитай, як, де і в якій валюті тобі платитимуть і як ти зможеш надсилати гроші додому.',
      ],
      official:
        'Уточни деталі в Посольстві Російської Федерації в Белграді, у Національній службі зайнятості Сербії (NSZ) або в нас.',
      permitItem: 'Я знаю, який російський документ для роботи мені потрібен, хто його оформлює і коли.',
      contacts: [contact('ru112', 'uk')],
    },
    serbia: {
      name: 'Сербія (робота в Сербії)',
      title: 'Робота в Сербії',
      intro:
        'Нова робота в Сербії: що роботодавець мусить зробити до того, як ти почнеш, що має бути в договорі й де отримати допомогу.',
      legal: [
        'У Сербії роботодавець мусить дати тобі письмовий трудовий договір до початку роботи й до першого робочого дня зареєструвати тебе в обов’язковому соціальному страхуванні (пенсійному, медичному та на випадок безробіття). Попроси копію реєстрації.',
        'Повний робочий час зазвичай становить 40 годин на тиждень, а зарплата не може бути нижчою за мінімальну, встановлену Урядом. Робота без оформлення означає: ні пенсійного стажу, ні медичного страхування, ні захисту в разі травми.',
        'Іноземцю, зокрема біженцю з України, потрібне право на роботу в Сербії: запитай у Національній службі зайнятості (NSZ) або в нас.',
      ],
      official: 'Уточни деталі в Національній службі зайнятості Сербії (NSZ), в Інспекції праці або в нас.',
      permitItem:
        'Роботодавець зареєстрував мене в соціальному страхуванні до першого робочого дня, і в мене є копія.',
      contacts: [contact('rsPolice', 'uk'), contact('rsAmbulance', 'uk')],
    },
  },
};

function countryPage(shared: SharedText, country: CountryText): PageContent {
  const items = [...shared.items];
  items.splice(2, 0, country.permitItem);
  return {
    title: country.title,
    intro: country.intro,
    sections: [
      { id: 'legal', heading: shared.legalHeading, blocks: country.legal },
      shared.contract,
      shared.fees,
      shared.signs,
      { id: 'help', heading: shared.helpHeading, blocks: [...shared.help, country.official] },
    ],
    checklist: { heading: shared.checklistHeading, note: shared.checklistNote, items },
    contacts: country.contacts,
  };
}

function written<T>(make: (locale: Written) => T): Record<Locale, T> {
  return allLocales({ 'sr-Cyrl': make('sr-Cyrl'), en: make('en'), uk: make('uk') });
}

/** The guide of one country in every locale. */
export function guideContent(country: CountryId): Record<Locale, PageContent> {
  return written((locale) => countryPage(SHARED[locale], COUNTRIES[locale][country]));
}

/** The index of the guides: its text and the countries' names in every locale. */
export const GUIDE_INDEX: Record<Locale, { page: PageContent; countries: Record<CountryId, string> }> =
  written((locale) => ({
    page: { ...SHARED[locale].index, contacts: [] },
    countries: Object.fromEntries(COUNTRY_IDS.map((id) => [id, COUNTRIES[locale][id].name])) as Record<
      CountryId,
      string
    >,
  }));
