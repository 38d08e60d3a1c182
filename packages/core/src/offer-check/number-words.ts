/**
 * The number reader's words in every language (see `NumberWords` in `numbers.ts`): the full vocabulary's; the
 * packs (`scripts/offer-packs.mjs`) carry their languages' part of them.
 */
import type { NumberWords } from './numbers.js';

export const NUMBER_WORDS: NumberWords = {
  currencies: [
    ['EUR', String.raw`eur\w*|evr\w*|євро|евро|e(?![a-z-])`],
    ['RSD', String.raw`rsd|din(?:ar\w*)?(?![a-z])|дин\w*`],
    ['UAH', String.raw`uah|грн|гривень|гривні|гривня|гривен\w*|hrn`],
    ['CHF', String.raw`chf|franak\w*|franc\w*|franken|франк\w*`],
    ['USD', String.raw`usd|dolar\w*|dollar\w*|долар\w*|доллар\w*`],
    ['GBP', String.raw`gbp|funt\w*|pound\w*|фунт\w*`],
    ['PLN', String.raw`pln|zlot\w*|zl(?![a-z])|злот\w*`],
    [
      'CZK',
      String.raw`czk|kc(?![a-z])|kron\w*|крон\w*|korun\w*|krun[aeiu]?(?![a-z])|круна|круне|круни|круну`,
    ],
    ['HUF', String.raw`huf|forint\w*|форинт\w*|ft(?![a-z])`],
    ['RUB', String.raw`rub\w*|руб\w*|₽`],
    ['SEK', String.raw`sek(?![a-z])`],
    ['NOK', String.raw`nok(?![a-z])`],
    ['DKK', String.raw`dkk`],
    ['BAM', String.raw`bam(?![a-z])|konvertibiln\w* mar\w*`],
    ['MKD', String.raw`mkd|denar\w*`],
    ['AED', String.raw`aed|dirham\w*|дирхам\w*`],
    ['AZN', String.raw`azn|manat\w*|манат\w*`],
  ],
  periods: [
    [
      'hour',
      String.raw`/ ?h(?![a-z])|/ ?hr|/ ?std|/ ?sat(?![a-z])|/ ?cas(?![a-z])|/ ?hod|/ ?god(?![a-z])|/ ?hour|na sat|po satu|po casu|na cas|(?:per|an|a|the|each) hour|hourly|pro stunde|die stunde|stundenlohn|в час|за час|на годину|за годину|за 1 годину|per h(?![a-z])|h(?![a-z])`,
    ],
    [
      'day',
      // (a shift is a day's work: "2 500 ₽ за смену"; not a camp's session, "за зміну (21 день)")
      String.raw`dnevno|na dan|po danu|dnevnic\w*|per day|a day|daily|za smenu(?! ?\(? ?\d)|po smeni|per shift|a shift|за зміну(?! ?\(? ?\d)|pro schicht|/ ?day|/ ?dan|на день|за день|в день|щодня|täglich|pro tag|am tag|/ ?tag|/ ?den`,
    ],
    [
      'week',
      String.raw`nedeljno|sedmicno|tjedno|per week|a week|weekly|/ ?week|/ ?wk|на тиждень|за тиждень|щотижня|в неделю|за неделю|wöchentlich|pro woche|die woche|/ ?woche|/ ?тиж\w*`,
    ],
    [
      'month',
      String.raw`mesečn\w*|mjesečn\w*|na mesec|po mesecu|mesec(?![a-z])|/ ?mes\w*|/ ?mj\w*|per month|a month|monthly|/ ?month|/ ?mo(?![a-z])|/ ?mth|на місяць|в місяць|за місяць|щомісяця|місячн\w*|/ ?міс\w*|в месяц|за месяц|на месяц|ежемесячно|месячн\w*|monatlich|pro monat|im monat|/ ?monat|/ ?мес\w*|neto mesečno`,
    ],
    [
      'year',
      // (not the annual leave: "80.000 din neto, godišnji odmor 25 dana")
      String.raw`godišnj\w*(?!\w)(?! odmor)|na godinu|per year|a year|annual\w*(?!\w)(?! (?:leave|holiday))|yearly|/ ?year|p\.a\.|jährlich|pro jahr|/ ?jahr|в год(?![a-z])|за год(?![a-z])|на рік|в рік|за рік|річн\w*|годов\w*`,
    ],
  ],
  multiplier: String.raw`k(?![a-z])|hiljad\w*|hilj\.?|tisuc\w*|тис\w*|тыс\w*|thousand|tausend`,
  rangeJoin: String.raw` ?(?:-|–|do|to|bis|до|i|and|та|и) ?`,
  bareWage: String.raw`(?:plat[aeiu]|zarad\w*|primanj\w*|salary|wage\w*|earn\w*|зарплат\w*|заробіт\w*|заработ\w*|lohn|gehalt|verdienst|satnic\w*|neto|netto|bruto|brutto) (?:od |from |від |от |ab |do |up to |до |bis )?(\d{1,3}(?:[.,' ]\d{3})+|\d{3,6})(?![\d.,]*\d)(?! ?(?:sati|h|hours|godin|casov|km|m2|kg|god|dana|days|dniv|%))`,
  ukHour: String.raw`(?:на|за|в|/) ?годину|/ ?год(?![a-z])`,
  prePeriodHour: String.raw`(?:satnic\w*|по сату|hourly rate|stundenlohn|ставка за годину|погодинн\w*|почасов\w*)[^.!?;\n]{0,12}$`,
  prePeriodDay: String.raw`(?:dnevnic\w*|daily rate|денна ставка|tageslohn)[^.!?;\n]{0,12}$`,
  gross: String.raw`bruto|brutto|gross|before tax|брутто|до оподаткування`,
  net: String.raw`neto|netto|net(?![a-z])|na ruke|на руки|чистими|чистыми|после налог\w*|after tax`,
  free: String.raw`besplatn\w*|free(?![a-z])|included|uključen\w*|obezbeđen\w*|obezbijeđen\w*|provided|безкоштовн\w*|бесплатн\w*|надається|надаємо|предоставля\w*|kostenlos\w*|gratis|inklusive|gestellt`,
  upTo: String.raw`(?:do|up to|bis zu|bis|до|až do|maximum|max\.?|čak|even) ?$`,
  cost: String.raw`(?:(?:stan|stanarin\w*|smeštaj\w*|sob[aeiu]|kirij\w*|kuć[aeiu]|rent|miete)[^.!?;\n]{0,20}(?:plaća|plaćam|plaćamo|plaćaš|plaćate|plaćaju|platim)(?![a-z])|kuć[aeiu](?![a-z])|kućic\w*|доїзд\w*|проїзд\w*|проезд\w*|dojazd\w*|cottage\w*|будиночк\w*|домик\w*|stanarin\w*|uplat\w*|provizij\w*|kotizacij\w*|naknad\w*|trošk\w*|trošak|troškov\w*|cen[aeu]|cijen\w*|kirij\w*|smeštaj\w*|smještaj\w*|stan(?![a-z])|dom(?:u|a)? za \w+|dorm\w*|hostel\w*|kontejner\w*|container\w*|soba|sobe|sobu|sobi|кімнат\w*|комнат\w*|džeparac|pocket money|кишеньков\w*|карманн\w*|taschengeld|wohnheim\w*|\w*(?:wohnung|unterkunft)\w*|hran[aeu]|obro\w*|prevoz\w*|kart[aeu]|avio\w*|viz[aeu]|dozvol\w*|depozit\w*|kaucij\w*|taks\w*|fee\w*|deposit\w*|cost\w*|price\w*|rent\w*|housing|accommodation|lodging|room|bed|meals?|food|ticket\w*|flight\w*|visa|permit|insurance|внес\w*|вартіст\w*|стоимост\w*|цін\w*|цен\w*|житл\w*|жиль\w*|гуртожит\w*|общежит\w*|проживан\w*|харчуван\w*|питани\w*|квит\w*|билет\w*|віз\w*|виз[аыу]|дозвіл\w*|оплат\w* послуг|послуг\w*|депозит\w*|застав\w*|kaution|gebühr\w*|miete|unterkunft|verpflegung|zimmer|wohnung|kwater\w*|zakwaterowan\w*|mieszkan\w*|tax\w*|porez\w*|податк\w*|податок|налог\w*|steuer\w*|pension\w*|penzij\w*|пенсі\w*|пенси\w*|doprinos\w*|national insurance|abzüg\w*|deduction\w*|caravan\w*|karavan\w*|mobile home\w*|wohnwagen\w*|вагончик\w*|flat|apartment\w*|apartman\w*|квартир\w*|tenancy|lease|kurs\w*|course\w*|курс\w*|anmeldung|preis|kosten|kost\w*|shuttle|\w*budget\w*|budžet\w*|бюджет\w*|\w*zuschuss\w*)`,
  paying: String.raw`(?:uplat\w*|platit\w*|platiš|platite|plati(?![a-z])|plaćaš|plaćate|pošalj\w*|šalj\w*|send\w*|transfer\w*|pay(?:ing)?(?![a-z])(?! ?(?:by|per|is|rate|from|of|[:=]))|сплат\w*|оплатит\w*|заплат\w*|переказ\w*|перевед\w*|надішл\w*|überweis\w*|zahlen|bezahlen|treba mi|treba nam|potrebno je|need(?:s|ed)?(?![a-z])|потрібно|нужно|traž\w*|uzima\w*|naplać\w*|charge\w*|беремо|беруть|бере|просимо|вимага\w*|verlang\w*)[^.!?;\n]{0,14}$`,
  purpose: String.raw`^[^.!?;\n,]{0,6}(?:za|for|за|für|kao|as|як|как|als) (?:prijav\w*|registr\w*|upis\w*|viz\w*|dozvol\w*|kart\w*|papir\w*|dokument\w*|obrad\w*|posredov\w*|agencij\w*|usluge|smeštaj\w*|depozit|garancij\w*|reservation|registration|visa|permit|ticket|papers|documents|processing|placement|agency|deposit|services|реєстрац\w*|візу|дозв\w*|оформлен\w*|послуг\w*|документ\w*|квит\w*|регистрац\w*|визу|anmeldung|visum|vermittlung|gebühr\w*)`,
  wage: String.raw`(?:з/п|з\.п\.|зп(?![a-z])|plat[aeiu]?(?![a-z])|platom|plaća|zarad\w*|primanj\w*|satnic\w*|dnevnic\w*|salary|salaries|wage\w*|pay(?![a-z])|paid|earn\w*|income|neto|netto|bruto|brutto|net(?![a-z])|gross|зарплат\w*|заробіт\w*|заработ\w*|оплата праці|оплата(?! послуг)|ставк\w*|оклад\w*|дохід|доход\w*|lohn\w*|gehalt\w*|verdien\w*|bezahlung|vergütung)`,
  wageAfter: String.raw`^[^\w.!?;\n]*(?:neto|netto|net(?![a-z])|bruto|brutto|gross|на руки|чистими|чистыми|plata|salary|zarad\w*|\+ ?(?:bonus|prekovremen\w*|overtime|tips|napojnic\w*|бонус\w*|чайов\w*))`,
  costAfter: String.raw`^[^.!?;\n]{0,20}?(?:opcjonaln\w*|(?<=^ ?)(?:/|po |per |pro |za |за |на |je )(?:kg|kil\w*|gajb\w*|crates?|box\w*|kist\w*|komad\w*|pieces?|stück|sob[iu]|rooms?|beds?|кг|кілограм\w*|килограм\w*|ящик\w*|штук\w*)|optional\w*|opcion\w*|po želji|за бажанням|по желанию|freiwillig|auf wunsch|fakultativ\w*|pocket money|džeparac\w*|dzeparac\w*|taschengeld|кишеньков\w*|карманн\w*|odbij\w*|oduzim\w*|skida\w*|deduct\w*|утриму\w*|вирахов\w*|вычит\w*|удержива\w*|abgezogen|za (?:smeštaj|stan|hranu|prevoz|kartu|vizu|dozvolu|prijavu|registraciju)|for (?:housing|accommodation|rent|food|meals|the (?:visa|permit|ticket|room|bed))|per (?:room|bed|person)|po (?:krevetu|osobi)|за (?:житло|проживання|кімнату|ліжко|візу|квиток)|pro (?:zimmer|bett|person))`,
  supplement: String.raw`^[^\w.!?;\n]*(?:/ ?(?:h|hr|hour|sat|std|stunde|год)\w* ?)?(?:(?:night|shift|weekend|sunday|holiday|overtime|noćn\w*|vikend\w*|nacht\w*|sonntag\w*|нічн\w*|ночн\w*) ?)?(?:premium|supplement|allowance|uplift|enhancement|zulage|zuschlag|dodatak|dodatk\w*|надбавк\w*|доплат\w*)`,
  hourUnit: String.raw`h(?![a-z])|hrs?(?![a-z])|sat[ia]?(?![a-z])|satn\w*|časov\w*|časa|čas(?![a-z])|hours?|stunden?|std\.?|годин\w*|год\.?(?![a-z])|часов|часа|hodin\w*|godz\w*`,
  perDay: String.raw`dnevno|na dan|u danu|po danu|dnevn\w* radn\w*|per day|a day|each day|every day|daily|/ ?day|/ ?dan|на день|в день|за день|щодня|täglich|pro tag|am tag|/ ?tag|u smeni|po smeni|smen\w*|shifts?|змін\w*|смен\w*|schicht\w*`,
  perWeek: String.raw`nedeljno|sedmično|tjedno|u nedelji|nedeljn\w*|per week|a week|weekly|/ ?week|на тиждень|в тиждень|на тижд\w*|тижнев\w*|в неделю|неделю|wöchentlich|pro woche|die woche|in der woche|/ ?woche|тиждень|week|woche|неделю`,
  clockBefore: String.raw`između|izmedju|between|zwischen|між|между|u|at|do|until|till|um|bis|ab|о|в|до|o|around|oko|približno|posle|poslije|nakon|pre|prije|after|before|from|od|nach|vor|von|после|після|від|от|з|с|по|перед`,
  workContext: String.raw`(?:rad\w*|smen\w*|posao|posla|work\w*|shift\w*|job|hours|робот\w*|робоч\w*|працю\w*|змін\w*|работ\w*|рабоч\w*|смен\w*|arbeit\w*|schicht\w*|dienst\w*|dnevno|daily|per day|na dan|на день|täglich|nedelj\w*|sedmic\w*|tjedn\w*|week\w*|тижд\w*|тиждень|недел\w*|woche|tage|dana|days|днів|дней)`,
  timeRange: String.raw`(?<![\w.,:])(?:od|from|von|з|с|ab) (\d{1,2})(?:[:.]\d\d)? ?(?:h|časova|sati|uhr|ч|год\w*|часов)? ?(?:do|to|until|till|bis|до|-|–) ?(\d{1,2})(?:[:.]\d\d)?(?: ?(?:h|časova|sati|uhr|ч|год\w*|часов))?(?![\d%])|(?<![\w.,:])(\d{1,2})[:.]\d\d ?(?:-|–|do|to|bis|до) ?(\d{1,2})[:.]\d\d`,
  days: String.raw`(?<![\w.,])([1-7])(?: ?(?:-|–|do|to|bis|до|i|or|ili|або) ?([1-7]))? ?(?:dana|dan|days?|дні|днів|дня|дней|tage?|dni)(?: ?/ ?| (?:(?:na|u|в|per|a|pro|die|in der) )?)(?:nedelj\w*|sedmic\w*|tjedn\w*|week\w*|тиждень|тижні|неделю|недели|woche|wöchentlich|nedeljno|sedmično|tjedno)`,
  daysByHours: String.raw`(?<![\w.,])([1-7]) ?(?:dana|days?|дні|днів|дня|дней|tage?|dni) ?(?:po|x|×|à|a|je|zu|по|of|by) ?(\d{1,2}) ?(?:h(?![a-z])|hrs?(?![a-z])|sat[ia]?(?![a-z])|časov\w*|časa|hours?|stunden?|std\.?|годин\w*|часов|часа)`,
  weekdayRange: String.raw`(?<![a-z])(?:od )?(pon(?:edelj\w*)?|mon(?:day)?|mo|пн|montag|понеділ\w*|понедел\w*)\.? ?(?:-|–|do|to|bis|до) ?(pet(?:ak|ka)?|fri(?:day)?|fr|пт|freitag|п'ятниц\w*|пятниц\w*|sub(?:ot\w*)?|sat(?:urday)?|sa|сб|samstag|субот\w*|ned(?:elj\w*)?|sun(?:day)?|so|нд|вс|sonntag|неділ\w*|воскресен\w*)(?![a-z])`,
  noDayOff: String.raw`(?:vikend\w*|slobodn\w* dan\w*|days? off|выходн\w*|вихідн\w*|freie tage) (?:po mogućnosti|kad (?:je )?moguće|(?:when|if|where) possible|по возможности|за можливості|за потреби|nach möglichkeit)|bez (?:ijednog )?slobodn\w* dan\w*|bez dan\w* odmora|no days? off|without (?:a )?days? off|seven days a week|sedam dana (?:u nedelji|nedeljno)|без вихідних|без вихідного|без выходных|без выходного|ohne (?:freie[nr]? tag\w*|ruhetag\w*)|kein(?:en)? freie[nr]? tag|jeden tag (?:arbeiten|arbeit)`,
  oneDayOff: String.raw`(?:nedelja|nedeljom|sunday|неділя|воскресенье|sonntag) (?:je )?(?:slobodn\w*|off|free|вихідн\w*|выходн\w*|frei)`,
};
