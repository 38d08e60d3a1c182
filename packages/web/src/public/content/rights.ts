import type { Locale } from '@putokaz/core';
import { contact } from './contacts.ts';
import { allLocales, type PageContent } from './types.ts';

/** "Your rights at work and what to do if things go wrong". */
export const RIGHTS: Record<Locale, PageContent> = allLocales<PageContent>({
  en: {
    title: 'Your rights at work',
    intro:
      'Wherever you work, some things are yours and nobody may take them away. Here is what to do if something goes wrong. Being deceived is not your fault, and you can get help.',
    sections: [
      {
        id: 'rights',
        heading: 'What is yours',
        blocks: [
          {
            list: [
              'Your passport and ID card belong to you. An employer may not keep them, not even “for the permit”.',
              'You must be paid what was agreed, on time, and be able to see how your pay was calculated.',
              'You may leave a job and go home. A debt to the employer does not oblige you to stay.',
              'You have the right to safe work and to medical help when you are hurt or ill.',
              'You may contact your family, the embassy and anyone you choose.',
            ],
          },
        ],
      },
      {
        id: 'passport',
        heading: 'Your passport was taken',
        blocks: [
          {
            ordered: true,
            list: [
              'Ask calmly for it back, if that is safe.',
              'If you do not get it back, write down who has it, since when and where it is kept.',
              'Call our SOS hotline or the police. The Embassy of Serbia can give you a document to travel home.',
            ],
          },
        ],
      },
      {
        id: 'wages',
        heading: 'Your pay is withheld or cut',
        blocks: [
          {
            ordered: true,
            list: [
              'Write down every day: the date, the hours you worked and where.',
              'Keep pay slips, messages and photos of anything written about pay and deductions.',
              'Do not sign papers you do not understand, even if you are told it is “only a formality”.',
              'Call our SOS hotline: we know the free advice services for workers in each country.',
            ],
          },
        ],
      },
      {
        id: 'threats',
        heading: 'You are threatened or blackmailed',
        blocks: [
          'Threats against you or your family, a “debt” you can never pay off, or “we will report you to the police”: these are ways to control you. You are not a criminal because someone deceived you.',
          {
            ordered: true,
            list: [
              'If you are in danger now, call the emergency number.',
              'Keep the messages, if it is safe to keep them.',
              'Call our SOS hotline. You do not have to give your name.',
            ],
          },
        ],
      },
      {
        id: 'locked-in',
        heading: 'You are locked in or cannot leave',
        blocks: [
          {
            ordered: true,
            list: [
              'If you are in danger now, call the emergency number and say the address, or describe the place.',
              'If you cannot call, send a message with the address to someone you trust, or to our hotline.',
              'We work with the police and with organisations in the countries where our people work.',
            ],
          },
        ],
      },
      {
        id: 'injured',
        heading: 'You were injured or are ill',
        blocks: [
          {
            ordered: true,
            list: [
              'Get medical help first: call the emergency number for an ambulance or go to the nearest hospital.',
              'Ask for a copy of the medical report and keep it.',
              'Tell us what happened at work. An injury at work is the employer’s responsibility.',
            ],
          },
        ],
      },
    ],
    contacts: [contact('eu112', 'en'), contact('rsPolice', 'en'), contact('rsAmbulance', 'en')],
  },
  'sr-Cyrl': {
    title: 'Твоја права на раду',
    intro:
      'Где год да радиш, неке ствари су твоје и нико не сме да ти их одузме. Ево шта да урадиш ако нешто крене наопако. Није твоја кривица што те је неко преварио, и можеш да добијеш помоћ.',
    sections: [
      {
        id: 'rights',
        heading: 'Шта је твоје',
        blocks: [
          {
            list: [
              'Пасош и лична карта припадају теби. Послодавац не сме да их задржи, ни „због дозволе”.',
              'Мора да ти се исплати оно што је договорено, на време, и мораш да видиш како је плата обрачуната.',
              'Можеш да напустиш посао и да се вратиш кући. Дуг према послодавцу не обавезује те да останеш.',
              'Имаш право на безбедан рад и на лекарску помоћ кад се повредиш или разболиш.',
              'Можеш да се јавиш породици, амбасади и коме год хоћеш.',
            ],
          },
        ],
      },
      {
        id: 'passport',
        heading: 'Узели су ти пасош',
        blocks: [
          {
            ordered: true,
            list: [
              'Мирно затражи да ти га врате, ако је то безбедно.',
              'Ако ти га не врате, запиши ко га има, од када и где се чува.',
              'Позови нашу СОС линију или полицију. Амбасада Србије може да ти изда документ за повратак кући.',
            ],
          },
        ],
      },
      {
        id: 'wages',
        heading: 'Плата ти се задржава или смањује',
        blocks: [
          {
            ordered: true,
            list: [
              'Сваки дан запиши датум, колико сати је трајао рад и где.',
              'Чувај платне листе, поруке и фотографије свега што је написано о плати и одбицима.',
              'Не потписуј папире које не разумеш, чак ни кад ти кажу да је то „само формалност”.',
              'Позови нашу СОС линију: знамо бесплатна саветовалишта за раднике у свакој земљи.',
            ],
          },
        ],
      },
      {
        id: 'threats',
        heading: 'Прете ти или те уцењују',
        blocks: [
          'Претње теби или породици, „дуг” који никад не можеш да вратиш или „пријавићемо те полицији”: то су начини да те контролишу. То што те је неко преварио није твоја кривица.',
          {
            ordered: true,
            list: [
              'Ако си сада у опасности, позови број за хитне случајеве.',
              'Сачувај поруке, ако је безбедно да их чуваш.',
              'Позови нашу СОС линију. Не мораш да кажеш своје име.',
            ],
          },
        ],
      },
      {
        id: 'locked-in',
        heading: 'Закључавају те или не можеш да одеш',
        blocks: [
          {
            ordered: true,
            list: [
              'Ако си сада у опасности, позови број за хитне случајеве и реци адресу или опиши место.',
              'Ако не можеш да зовеш, пошаљи поруку са адресом некоме коме верујеш или нашој линији.',
              'Сарађујемо с полицијом и с организацијама у земљама у којима наши људи раде.',
            ],
          },
        ],
      },
      {
        id: 'injured',
        heading: 'Повреда или болест',
        blocks: [
          {
            ordered: true,
            list: [
              'Прво потражи лекарску помоћ: позови број за хитне случајеве за хитну помоћ или иди у најближу болницу.',
              'Тражи копију лекарског извештаја и сачувај је.',
              'Јави нам шта се десило на послу. За повреду на раду одговоран је послодавац.',
            ],
          },
        ],
      },
    ],
    contacts: [
      contact('eu112', 'sr-Cyrl'),
      contact('rsPolice', 'sr-Cyrl'),
      contact('rsAmbulance', 'sr-Cyrl'),
    ],
  },
  uk: {
    title: 'Твої права на роботі',
    intro:
      'На будь-якій роботі деякі речі належать тобі, і ніхто не має права їх відібрати. Ось що робити, якщо щось пішло не так. У тому, що тебе ошукали, немає твоєї провини, і ти можеш отримати допомогу.',
    sections: [
      {
        id: 'rights',
        heading: 'Що належить тобі',
        blocks: [
          {
            list: [
              'Паспорт і посвідчення особи належать тобі. Роботодавець не має права їх тримати, навіть «для дозволу».',
              'Тобі мають платити те, про що домовилися, вчасно, і ти маєш бачити, як нараховано зарплату.',
              'Ти можеш залишити роботу й повернутися додому. Борг перед роботодавцем не зобов’язує тебе залишатися.',
              'Ти маєш право на безпечну роботу й на медичну допомогу, у разі травми чи хвороби.',
              'Ти можеш зв’язатися з родиною, посольством і з ким завгодно.',
            ],
          },
        ],
      },
      {
        id: 'passport',
        heading: 'У тебе забрали паспорт',
        blocks: [
          {
            ordered: true,
            list: [
              'Спокійно попроси його повернути, якщо це безпечно.',
              'Якщо не повертають, запиши, у кого він, відколи і де зберігається.',
              'Зателефонуй на нашу SOS-лінію або в поліцію. Посольство твоєї країни може видати документ для повернення додому.',
            ],
          },
        ],
      },
      {
        id: 'wages',
        heading: 'Зарплату затримують або зменшують',
        blocks: [
          {
            ordered: true,
            list: [
              'Щодня записуй дату, скільки годин тривала робота і де.',
              'Зберігай розрахункові листки, повідомлення й фото всього, що написано про зарплату та утримання.',
              'Не підписуй паперів, яких не розумієш, навіть якщо кажуть, що це «просто формальність».',
              'Зателефонуй на нашу SOS-лінію: ми знаємо безкоштовні консультації для працівників у кожній країні.',
            ],
          },
        ],
      },
      {
        id: 'threats',
        heading: 'Тобі погрожують або шантажують',
        blocks: [
          'Погрози тобі чи родині, «борг», який неможливо віддати, або «ми заявимо на тебе в поліцію» — це способи тебе контролювати. Те, що тебе ошукали, — не твоя провина.',
          {
            ordered: true,
            list: [
              'Якщо тобі зараз загрожує небезпека, телефонуй на номер екстрених служб.',
              'Збережи повідомлення, якщо це безпечно.',
              'Зателефонуй на нашу SOS-лінію. Називати своє ім’я не обов’язково.',
            ],
          },
        ],
      },
      {
        id: 'locked-in',
        heading: 'Тебе замкнули або не відпускають',
        blocks: [
          {
            ordered: true,
            list: [
              'Якщо тобі зараз загрожує небезпека, телефонуй на номер екстрених служб і назви адресу або опиши місце.',
              'Якщо не можеш телефонувати, надішли повідомлення з адресою людині, якій довіряєш, або на нашу лінію.',
              'Ми співпрацюємо з поліцією та організаціями в країнах, де працюють наші люди.',
            ],
          },
        ],
      },
      {
        id: 'injured',
        heading: 'Травма або хвороба',
        blocks: [
          {
            ordered: true,
            list: [
              'Спершу отримай медичну допомогу: виклич швидку за номером екстрених служб або йди до найближчої лікарні.',
              'Попроси копію медичного висновку й збережи її.',
              'Розкажи нам, що сталося на роботі. За травму на роботі відповідає роботодавець.',
            ],
          },
        ],
      },
    ],
    contacts: [contact('eu112', 'uk'), contact('rsPolice', 'uk'), contact('rsAmbulance', 'uk')],
  },
});
