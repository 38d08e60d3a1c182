import type { Locale } from '@putokaz/core';
import { allLocales, type PageContent } from './types.ts';

/** "Use this app safely": what the quick exit does and does not do, history, private mode, the app icon. */
export const SAFETY: Record<Locale, PageContent> = allLocales<PageContent>({
  en: {
    title: 'Use this app safely',
    intro:
      'If someone may check your phone, these steps help you use this app more safely. No app can hide everything, so here is honestly what it does and what it does not do.',
    sections: [
      {
        id: 'quick-exit',
        heading: 'What the quick exit does',
        blocks: [
          'The “Quick exit” button is at the top of every page. You can also press Shift three times.',
          {
            list: [
              'It covers the page at once and opens a neutral website.',
              'It replaces the page you were on in this tab’s history, so the Back button does not return to it.',
            ],
          },
        ],
      },
      {
        id: 'quick-exit-limits',
        heading: 'What the quick exit does not do',
        blocks: [
          {
            list: [
              'It does not delete your browser history: other pages of this app that you opened before are still listed there.',
              'It does not close other tabs or delete downloads and screenshots.',
              'It does not stop monitoring software on the phone, or a person who looks over your shoulder or checks the phone later.',
              'If JavaScript is turned off in your browser, it works as an ordinary link, and the Back button can return to the page.',
            ],
          },
        ],
      },
      {
        id: 'private-mode',
        heading: 'Use a private window',
        blocks: [
          'In a private window the browser does not keep the history of the pages you open once you close all private windows. In Chrome it is called “Incognito” (menu ⋮, then “New Incognito tab”); in Firefox and Safari it is “Private”. A private window does not protect you from monitoring software.',
        ],
      },
      {
        id: 'history',
        heading: 'Clear your history',
        blocks: [
          {
            list: [
              'Chrome on Android: menu ⋮, then “History”, then “Delete browsing data”.',
              'Safari on iPhone: Settings, then Safari, then “Clear History and Website Data”.',
            ],
          },
          'An empty history can itself look suspicious. You can instead delete only the entries of this app: open the history and remove them one by one.',
        ],
      },
      {
        id: 'app-icon',
        heading: 'Hide or remove the app',
        blocks: [
          'If you added this app to your home screen, press and hold its icon, then choose “Remove” or “Uninstall” (on iPhone: “Remove App” or “Delete”). You can open the app again at any time from the browser.',
        ],
      },
      {
        id: 'data',
        heading: 'What this app keeps',
        blocks: [
          {
            list: [
              'No account and no cookies. Nothing is sent to other companies.',
              'The job-offer check runs on your phone. The text you paste is not sent unless you choose to send it to us.',
              'Ticks in a checklist are not saved: they are gone when you leave the page.',
              'One thing is saved on your phone: the language, if you choose one with the language links. Clearing the browser’s data for this site deletes it.',
            ],
          },
        ],
      },
      {
        id: 'safer-phone',
        heading: 'If you think your phone is watched',
        blocks: [
          'Use a phone or computer that the person watching you cannot check, for example that of someone you trust. You can call our SOS hotline from any phone, and you do not have to give your name.',
        ],
      },
    ],
  },
  'sr-Cyrl': {
    title: 'Безбедно коришћење апликације',
    intro:
      'Ако неко може да ти проверава телефон, ови кораци помажу да апликацију користиш безбедније. Ниједна апликација не може све да сакрије, зато искрено пишемо шта ради, а шта не ради.',
    sections: [
      {
        id: 'quick-exit',
        heading: 'Шта ради брзи излаз',
        blocks: [
          'Дугме „Брзи излаз” налази се на врху сваке странице. Можеш и три пута да притиснеш Shift.',
          {
            list: [
              'Одмах прекрива страницу и отвара неутрални сајт.',
              'Замењује тренутну страницу у историји ове картице, па те дугме „Назад” не враћа на њу.',
            ],
          },
        ],
      },
      {
        id: 'quick-exit-limits',
        heading: 'Шта брзи излаз не ради',
        blocks: [
          {
            list: [
              'Не брише историју прегледача: друге странице ове апликације које су раније отваране и даље су тамо.',
              'Не затвара друге картице и не брише преузете датотеке ни снимке екрана.',
              'Не зауставља програм за праћење на телефону, ни особу која ти гледа преко рамена или касније прегледа телефон.',
              'Ако је у прегледачу искључен JavaScript, ради као обичан линк, и дугме „Назад” може да врати на страницу.',
            ],
          },
        ],
      },
      {
        id: 'private-mode',
        heading: 'Користи приватни прозор',
        blocks: [
          'У приватном прозору прегледач не чува историју отворених страница кад затвориш све приватне прозоре. У Chrome-у се зове „Без архивирања” (мени ⋮, па „Нова картица без архивирања”); у Firefox-у и Safari-ју „Приватно”. Приватни прозор не штити од програма за праћење.',
        ],
      },
      {
        id: 'history',
        heading: 'Обриши историју',
        blocks: [
          {
            list: [
              'Chrome на Android-у: мени ⋮, па „Историја”, па „Избриши податке прегледања”.',
              'Safari на iPhone-у: Подешавања, па Safari, па „Обриши историју и податке сајтова”.',
            ],
          },
          'Потпуно празна историја и сама може да изгледа сумњиво. Уместо тога можеш да обришеш само уносе ове апликације: отвори историју и уклони их један по један.',
        ],
      },
      {
        id: 'app-icon',
        heading: 'Сакриј или уклони апликацију',
        blocks: [
          'Ако је ова апликација додата на почетни екран, притисни и задржи њену иконицу, па изабери „Уклони” или „Деинсталирај” (на iPhone-у: „Уклони апликацију” или „Избриши”). Апликацију увек можеш поново да отвориш из прегледача.',
        ],
      },
      {
        id: 'data',
        heading: 'Шта апликација чува',
        blocks: [
          {
            list: [
              'Нема налога и нема колачића. Ништа се не шаље другим компанијама.',
              'Провера понуде за посао ради на твом телефону. Текст који налепиш не шаље се ако сам не изабереш да нам га пошаљеш.',
              'Ознаке у листи за проверу се не чувају: нестају кад напустиш страницу.',
              'На телефону се чува само једно: језик, ако га изабереш преко линкова за језик. Брисање података прегледача за овај сајт брише и то.',
            ],
          },
        ],
      },
      {
        id: 'safer-phone',
        heading: 'Ако мислиш да ти неко прати телефон',
        blocks: [
          'Користи телефон или рачунар који особа која те прати не може да провери, на пример телефон некога коме верујеш. Нашу СОС линију можеш да позовеш са било ког телефона и не мораш да кажеш своје име.',
        ],
      },
    ],
  },
  uk: {
    title: 'Безпечне користування застосунком',
    intro:
      'Якщо хтось може перевіряти твій телефон, ці кроки допоможуть користуватися застосунком безпечніше. Жоден застосунок не може сховати все, тому чесно пишемо, що він робить, а чого ні.',
    sections: [
      {
        id: 'quick-exit',
        heading: 'Що робить швидкий вихід',
        blocks: [
          'Кнопка «Швидкий вихід» є вгорі кожної сторінки. Також можна тричі натиснути Shift.',
          {
            list: [
              'Вона одразу закриває сторінку й відкриває нейтральний сайт.',
              'Вона замінює поточну сторінку в історії цієї вкладки, тож кнопка «Назад» на неї не повертає.',
            ],
          },
        ],
      },
      {
        id: 'quick-exit-limits',
        heading: 'Чого швидкий вихід не робить',
        blocks: [
          {
            list: [
              'Він не видаляє історію браузера: інші сторінки цього застосунку, відкриті раніше, там залишаються.',
              'Він не закриває інші вкладки й не видаляє завантажені файли чи знімки екрана.',
              'Він не зупиняє програми стеження на телефоні й не захищає від людини, яка дивиться через плече чи перевіряє телефон пізніше.',
              'Якщо в браузері вимкнено JavaScript, він працює як звичайне посилання, і кнопка «Назад» може повернути на сторінку.',
            ],
          },
        ],
      },
      {
        id: 'private-mode',
        heading: 'Користуйся приватним вікном',
        blocks: [
          'У приватному вікні браузер не зберігає історію відкритих сторінок, коли ти закриваєш усі приватні вікна. У Chrome воно називається «Анонімний режим» (меню ⋮, далі «Нова анонімна вкладка»); у Firefox і Safari — «Приватне». Приватне вікно не захищає від програм стеження.',
        ],
      },
      {
        id: 'history',
        heading: 'Очисти історію',
        blocks: [
          {
            list: [
              'Chrome на Android: меню ⋮, далі «Історія», далі «Видалити дані веб-перегляду».',
              'Safari на iPhone: Параметри, далі Safari, далі «Очистити історію й дані сайтів».',
            ],
          },
          'Зовсім порожня історія сама може виглядати підозріло. Натомість можна видалити лише записи цього застосунку: відкрий історію й видали їх по одному.',
        ],
      },
      {
        id: 'app-icon',
        heading: 'Сховай або видали застосунок',
        blocks: [
          'Якщо цей застосунок додано на головний екран, натисни й утримуй його значок, а потім вибери «Видалити» (на iPhone: «Вилучити програму» або «Видалити»). Відкрити застосунок знову можна будь-коли з браузера.',
        ],
      },
      {
        id: 'data',
        heading: 'Що зберігає застосунок',
        blocks: [
          {
            list: [
              'Немає облікового запису й файлів cookie. Нічого не надсилається іншим компаніям.',
              'Перевірка пропозиції роботи працює на твоєму телефоні. Текст, який ти вставляєш, не надсилається, якщо ти сам не вирішиш надіслати його нам.',
              'Позначки в переліку не зберігаються: вони зникають, коли ти залишаєш сторінку.',
              'На телефоні зберігається лише одне: мова, якщо ти вибираєш її через посилання мов. Очищення даних браузера для цього сайту видаляє й це.',
            ],
          },
        ],
      },
      {
        id: 'safer-phone',
        heading: 'Якщо здається, що твій телефон перевіряють',
        blocks: [
          'Користуйся телефоном чи комп’ютером, який людина, що стежить за тобою, не може перевірити, наприклад, телефоном того, кому довіряєш. На нашу SOS-лінію можна зателефонувати з будь-якого телефону, і називати своє ім’я не обов’язково.',
        ],
      },
    ],
  },
});
