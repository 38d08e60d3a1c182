import type { Locale } from '@putokaz/core';
import { contact } from './contacts.ts';
import { allLocales, type PageContent } from './types.ts';

/** "For refugees from Ukraine": safe travel, safe offers of work and housing, a missing child. */
export const REFUGEES: Record<Locale, PageContent> = allLocales<PageContent>({
  uk: {
    title: 'Для біженців з України',
    intro:
      'Більшість людей, які пропонують допомогу, справді хочуть допомогти. Але є й ті, хто використовує важке становище. Ось як захистити себе й дітей у дорозі, коли шукаєш житло чи роботу, і що робити, якщо зникла дитина.',
    sections: [
      {
        id: 'travel',
        heading: 'Безпечна дорога',
        blocks: [
          {
            list: [
              'Користуйся офіційним транспортом і допомогою відомих організацій.',
              'Перш ніж сісти в чужу машину, сфотографуй номер авто й надішли його та ім’я водія людині, якій довіряєш.',
              'Скажи близьким, куди ти їдеш і коли вийдеш на зв’язок.',
            ],
          },
        ],
      },
      {
        id: 'offers',
        heading: 'Пропозиції житла й роботи: тривожні ознаки',
        blocks: [
          {
            list: [
              'Пропозиція лише для молодих жінок або для дітей.',
              '«Безкоштовне» житло в обмін на допомогу, про яку не кажуть чітко.',
              'Робота без договору або «документи не потрібні».',
              'Хтось хоче потримати твій паспорт чи документи дітей.',
              'Тебе просять залишити дітей у людей, яких ти не знаєш.',
            ],
          },
          'Ніколи не віддавай свій паспорт і документи дітей. Дізнайся, хто пропонує транспорт чи житло: назва організації, адреса, телефон. Перевір пропозицію з нами або в Комісаріаті у справах біженців і міграції Сербії.',
        ],
      },
      {
        id: 'children',
        heading: 'Діти',
        blocks: [
          {
            list: [
              'Не залишай дитину з людиною, яку добре не знаєш.',
              'Май свіже фото кожної дитини й копії її документів.',
              'Навчи дитину твого номера телефону або запиши його й поклади їй у кишеню.',
            ],
          },
        ],
      },
      {
        id: 'missing-child',
        heading: 'Якщо зникла дитина',
        blocks: [
          {
            ordered: true,
            list: [
              'Одразу звернися до поліції: у Сербії — 192. Чекати не треба.',
              'Дай поліції фото, опис одягу, де й коли дитину бачили востаннє.',
              'Зателефонуй на нашу SOS-лінію: ми допоможемо і будемо поруч.',
            ],
          },
          'У країнах Європейського Союзу також працює гаряча лінія для зниклих дітей 116 000.',
        ],
      },
    ],
    contacts: [contact('rsPolice', 'uk'), contact('rsAmbulance', 'uk'), contact('eu112', 'uk')],
  },
  'sr-Cyrl': {
    title: 'За избеглице из Украјине',
    intro:
      'Већина људи који нуде помоћ заиста желе да помогну. Али има и оних који искоришћавају тешку ситуацију. Ево како да заштитиш себе и децу на путу, кад тражиш смештај или посао, и шта да радиш ако је нестало дете.',
    sections: [
      {
        id: 'travel',
        heading: 'Безбедан пут',
        blocks: [
          {
            list: [
              'Користи званичан превоз и помоћ познатих организација.',
              'Пре него што уђеш у туђи аутомобил, фотографиши регистарске таблице и пошаљи их, са именом возача, некоме коме верујеш.',
              'Реци блиским људима куда идеш и када ћеш се јавити.',
            ],
          },
        ],
      },
      {
        id: 'offers',
        heading: 'Понуде смештаја и посла: знаци упозорења',
        blocks: [
          {
            list: [
              'Понуда само за младе жене или за децу.',
              '„Бесплатан” смештај у замену за помоћ о којој се не говори јасно.',
              'Посао без уговора или „документи нису потребни”.',
              'Неко жели да „чува” твој пасош или документа деце.',
              'Траже да децу оставиш код људи које не познајеш.',
            ],
          },
          'Никада не дај свој пасош ни документа деце. Сазнај ко нуди превоз или смештај: назив организације, адресу, телефон. Провери понуду с нама или у Комесаријату за избеглице и миграције Републике Србије.',
        ],
      },
      {
        id: 'children',
        heading: 'Деца',
        blocks: [
          {
            list: [
              'Не остављај дете са особом коју не познајеш добро.',
              'Имај свежу фотографију сваког детета и копије његових докумената.',
              'Научи дете твој број телефона или га запиши и стави му у џеп.',
            ],
          },
        ],
      },
      {
        id: 'missing-child',
        heading: 'Ако је нестало дете',
        blocks: [
          {
            ordered: true,
            list: [
              'Одмах се обрати полицији: у Србији 192. Не треба да чекаш.',
              'Дај полицији фотографију, опис одеће и где и када је дете последњи пут виђено.',
              'Позови нашу СОС линију: помоћи ћемо и бићемо уз тебе.',
            ],
          },
          'У земљама Европске уније ради и линија за несталу децу 116 000.',
        ],
      },
    ],
    contacts: [
      contact('rsPolice', 'sr-Cyrl'),
      contact('rsAmbulance', 'sr-Cyrl'),
      contact('eu112', 'sr-Cyrl'),
    ],
  },
  en: {
    title: 'For refugees from Ukraine',
    intro:
      'Most people who offer help really want to help. But some take advantage of a hard situation. Here is how to protect yourself and your children on the road and when you look for housing or work, and what to do if a child is missing.',
    sections: [
      {
        id: 'travel',
        heading: 'Travel safely',
        blocks: [
          {
            list: [
              'Use official transport and the help of known organisations.',
              'Before you get into someone’s car, take a photo of the number plate and send it, with the driver’s name, to someone you trust.',
              'Tell people close to you where you are going and when you will call.',
            ],
          },
        ],
      },
      {
        id: 'offers',
        heading: 'Offers of housing and work: warning signs',
        blocks: [
          {
            list: [
              'The offer is only for young women, or for children.',
              '“Free” housing in exchange for help that nobody describes clearly.',
              'Work without a contract, or “no documents needed”.',
              'Someone wants to keep your passport or your children’s documents.',
              'You are asked to leave your children with people you do not know.',
            ],
          },
          'Never hand over your passport or your children’s documents. Find out who offers transport or housing: the organisation’s name, address and phone number. Check the offer with us or with the Commissariat for Refugees and Migration of Serbia.',
        ],
      },
      {
        id: 'children',
        heading: 'Children',
        blocks: [
          {
            list: [
              'Do not leave a child with someone you do not know well.',
              'Keep a recent photo of each child and copies of their documents.',
              'Teach your child your phone number, or write it down and put it in their pocket.',
            ],
          },
        ],
      },
      {
        id: 'missing-child',
        heading: 'If a child is missing',
        blocks: [
          {
            ordered: true,
            list: [
              'Go to the police at once: in Serbia, call 192. You do not need to wait.',
              'Give the police a photo, a description of the clothes, and where and when the child was last seen.',
              'Call our SOS hotline: we will help and stay with you.',
            ],
          },
          'In the countries of the European Union there is also a hotline for missing children, 116 000.',
        ],
      },
    ],
    contacts: [contact('rsPolice', 'en'), contact('rsAmbulance', 'en'), contact('eu112', 'en')],
  },
});
