/**
 * How destinations and job types are written (vocabulary: the browser gets it with a vocabulary pack, not
 * with the engine), and, re-exported, the destinations, job types and pay table of `pay.ts`.
 */
import type { Destination, JobType } from './pay.js';

export * from './pay.js';

/**
 * How each destination is written, in the languages of the app and German. The first foreign country
 * mentioned is taken as the destination. South Tyrol is listed under Italy before Austria's Tyrol.
 */
export const DESTINATION_PATTERNS: readonly (readonly [Destination, string])[] = [
  [
    'IT',
    String.raw`južn\w* tirol\w*|south tyrol|südtirol|јужн\w* тирол\w*|italij\w*|ital(?:y|ia|ien)\w*|italian\w*|італі\w*|итали\w*|milano|мілан(?:і|о)|napulj\w*|rimini`,
  ],
  [
    'DE',
    String.raw`(?:nemačk|njemačk)(?:a|e|oj|u)(?![a-z])|(?:nemačk|njemačk)\w* (?:firm|kompanij|poslodav|grad|fabrik|farm|agencij|savezn|pokrajin|hotel|bolnic|klinik|gradilišt)\w*|germany|westbalkan\w*|zapadnobalkansk\w*|западнобалканск\w*|західнобалканськ\w*|german\w*|deutschland|süddeutschland|norddeutschland|ostdeutschland|westdeutschland|mitteldeutschland|süddeutsch\w*|norddeutsch\w*|ostdeutsch\w*|westdeutsch\w*|німеччин\w*|германи\w*|berlin\w*|minhen\w*|münchen|munich|hamburg\w*|frankfurt\w*|štutgart\w*|stuttgart|keln\w*|köln|dortmund\w*|diseldorf\w*|düsseldorf|bavarsk\w*|bayern|bavaria|nrw|nordrhein\w*|westfalen|baden|württemberg|niedersachsen|sachsen|hessen|thüringen|brandenburg|rheinland\w*|saarland|schleswig\w*|regensburg|nürnberg|leipzig|dresden|bremen|hannover|нюрнберг\w*|nirnberg\w*|nürnberg|ганновер\w*|hanover|ганновері|мюнхен\w*|берлін\w*|берлин\w*`,
  ],
  [
    'AT',
    String.raw`austrij\w*|austria\w*|österreich\w*|австрі\w*|австри\w*|beč(?:u|a|om)?(?![a-z])|wien|vienna|беч(?:у|а|ом)?(?![a-z])|відень|відні|вена|вене|graz(?:u|a|er)?(?![a-z])|salzburg\w*|salcburg\w*|linz|innsbruck|tirol\w*|tyrol|saalbach|kärnten|koruška|klagenfurt\w*|villach|bregenz|vorarlberg|зальцбург\w*|інсбрук\w*|грац\w*|лінц\w*|линц\w*`,
  ],
  [
    'CH',
    String.raw`švajcarsk\w*|švicarsk\w*|switzerland|swiss|schweiz\w*|швейцар\w*|cirih\w*|zürich|zurich|ženev\w*|geneva|genf|bazel\w*|basel|lozan\w*|lausanne|lugano|lucern\w*|luzern|sankt gallen|st\. gallen|цюрих\w*|женев\w*|базел\w*|лозанн\w*`,
  ],
  [
    'SK',
    String.raw`slovačk\w*|slovakia|slovak\w*|slowakei|словаччин\w*|словацьк\w*|словаки\w*|словацк\w*|bratislav\w*|братислав\w*|košic\w*|komarn\w*|комарн\w*|nitr[aieu]|trnav\w*|žilin\w*`,
  ],
  [
    'CZ',
    String.raw`češk\w*|češka|czech\w*|tschechien|чехі\w*|чехи\w*|чеськ\w*|чешск\w*|prag(?:u|a|e)?(?![a-z])|prague|праг\w*|brno|plzen\w*|plzeň|pilsen|пльзен\w*|ostrav\w*|jablonec|яблонец\w*|яблонц\w*|olomouc\w*|liberec\w*|pardubic\w*|mlad\w* boleslav\w*|kolín|kolin|hradec\w*|budějovic\w*|budejovic\w*|zlín|zlin|брно|острав\w*|млад\w* болеслав\w*|ліберец\w*|пардубіц\w*`,
  ],
  [
    'PL',
    String.raw`poljsk\w*|poland|polish|polen|польщ\w*|польськ\w*|польш\w*|польск\w*|varšav\w*|warsaw\w*|warszaw\w*|krakov\w*|kraków|wrocław|vroclav\w*|gdansk\w*|poznan\w*|łódź|lodz|katowic\w*|lublin\w*|szczecin|bydgoszcz|rzeszów|rzeszow|варшав\w*|краков\w*|вроцлав\w*|гданськ\w*|познан\w*|катовіц\w*|лодз\w*|люблін\w*`,
  ],
  [
    'SI',
    String.raw`slovenij\w*|slovenačk\w*|slovenia\w*|slowenien|словені\w*|словени\w*|ljubljan\w*|maribor\w*|kranj\w*|celj[eu]`,
  ],
  [
    'HR',
    String.raw`hrvatsk\w*|croatia\w*|kroatien|хорвати\w*|хорватс\w*|(?<!(?:autoput|put|ulica|улица|аутопут) za )zagreb\w*|dubrovnik\w*|zadr[au](?![a-z])|zadar|dalmacij\w*|istr[aiu](?![a-z])`,
  ],
  [
    'HU',
    String.raw`mađarsk\w*|hungary|hungarian|ungarn|угорщин\w*|венгри\w*|budimpešt\w*|budapest\w*|будапешт\w*|segedin\w*|szeged`,
  ],
  ['MT', String.raw`malt(?:a|i|u|e|om|ese)(?![a-z])|мальт\w*`],
  [
    'NL',
    String.raw`holandij\w*|holland\w*|nizozemsk\w*|netherlands|dutch|niederlande\w*|нідерланд\w*|голланд\w*|нидерланд\w*|amsterdam\w*|roterdam\w*|rotterdam|westland|ajndhoven\w*|eindhoven|utreht\w*|utrecht|den haag|venlo|tilburg\w*|breda|groningen|zwolle|almere|aalsmeer|naaldwijk|амстердам\w*|роттердам\w*`,
  ],
  [
    'BE',
    String.raw`belgij\w*|belgium|belgien|бельгі\w*|бельги\w*|brisel\w*|brussels|antverpen\w*|antwerp\w*`,
  ],
  ['FR', String.raw`francusk\w*|france|french|frankreich|франці\w*|франци\w*|pariz\w*|paris`],
  ['ES', String.raw`španij\w*|spain|spanish|spanien|іспані\w*|испани\w*|madrid\w*|barselon\w*|barcelona`],
  ['IE', String.raw`irsk[aeoiu]\w*|ireland|irish|irland|ірланді\w*|ирланди\w*|dablin\w*|dublin`],
  [
    'GB',
    String.raw`engleskoj|engleska|englesku|uk(?![a-z])|great britain|scotland|škotsk\w*|шотланді\w*|шотланди\w*|velik\w* britanij\w*|britanij\w*|united kingdom|england|britain|london\w*|англі(?:я|ї|ю)|англи(?:я|и|ю)|великобритані\w*|великобритани\w*|лондон\w*`,
  ],
  ['NO', String.raw`norvešk\w*|norway|norwegian|norwegen|норвегі\w*|норвеги\w*|oslo(?![a-z])`],
  ['SE', String.raw`švedsk\w*|sweden|swedish|schweden|швеці\w*|швеци\w*|štokholm\w*|stockholm`],
  [
    'RU',
    String.raw`rusij\w*|russia(?!n)\w*|russland|росі(?:я|ї|ю)|росси(?:я|и|ю)|moskv\w*|moscow|москв\w*|peterburg\w*|петербург\w*`,
  ],
  [
    'AZ',
    String.raw`azerbejdžan\w*|azerbaijan\w*|азербайджан\w*|(?<!(?:za|moju|našu|svoju|tvoju|vašu|njegovu|njenu|za našu|bolesnu|staru) )(?:baku|bakuu|баку)|sumgait|sumqayit|сумгаїт\w*|сумгаит\w*|ganja|гянджа`,
  ],
  ['AE', String.raw`emirat\w*|uae|dubai\w*|dubaij\w*|дубаї|дубай\w*|abu dhabi|абу-дабі|оае|оаэ`],
  [
    'RS',
    String.raw`srbij\w*|serbia|serbien|сербі\w*|серби(?:я|и|ю)|beograd\w*|belgrade|belgrad(?:e|a|u|om)?(?![a-z])|белград\w*|novi sad|novom sadu|novog sada|kragujev\w*|niš(?:a|u|om)?(?![a-z])|zemun\w*|subotic\w*|čačk\w*|čačak|kraljev\w*|smederev\w*|pančev\w*|zrenjanin\w*|šabac|šapc\w*|valjev\w*|leskovc\w*|leskovac|vranj\w*|kruševc\w*|kruševac|sombor\w*|užic\w*|novi pazar|novom pazaru|zlatibor\w*|kopaonik\w*|arilj\w*|loznic\w*|vršac|vršc\w*|zaječar\w*|pirot\w*|jagodin\w*|paraćin\w*|obrenovac|obrenovc\w*|lazarevac|mladenovac|pazov\w*|inđij\w*|kikind\w*|bečej\w*|odžac\w*|odžak\w*|apatin\w*|ruma(?![a-z])|rumi(?![a-z])`,
  ],
];

/** Broad job types, for choosing the pay range. */
export const JOB_PATTERNS: readonly (readonly [JobType, string])[] = [
  [
    'care',
    String.raw`negovatelj\w*|njegovatelj\w*|nega (?:starih|starijih|bolesnih)|nege|negu starih|caregiver\w*|carer\w*|care worker\w*|nurse\w*|nursing|medicinsk\w* sest\w*|pflege\w*|altenpfleg\w*|betreuung\w*|доглядальниц\w*|доглядач\w*|догляд за\w*|медсестр\w*|сиделк\w*|24 ?-? ?satn\w*|dadilj\w*|nanny|nannies|babysit\w*|au pair|няня|нянею|няні|gerontodomaćic\w*`,
  ],
  [
    'skilled',
    String.raw`zavarivač\w*|welder\w*|welding|schweißer\w*|električar\w*|electrician\w*|elektriker\w*|elektroinstalater\w*|vodoinstalater\w*|plumber\w*|stolar\w*|carpenter\w*|tesar\w*|zidar\w*|bricklayer\w*|mason\w*|keramičar\w*|tiler\w*|fliesenleger\w*|moler\w*|fasader\w*|armirač\w*|bravar\w*|limar\w*|cnc|mehaničar\w*|mechanic\w*|mechaniker\w*|mehatroničar\w*|vozač\w*|vozac\w*|driver\w*|fahrer\w*|kuvar\w*|kuhar\w*|cook\w*|chef\w*|koch|köche|monter\w*|installer\w*|instalater\w*|engineer\w*|inženjer\w*|ingenieur\w*|programer\w*|developer\w*|зварювальник\w*|зварник\w*|електрик\w*|сантехнік\w*|водій\w*|водія|водіїв|водител\w*|сварщик\w*|кухар\w*|повар\w*|тесляр\w*|муляр\w*|мурар\w*|плиточник\w*|столяр\w*|слюсар\w*|слесар\w*|інженер\w*|инженер\w*|бетонник\w*|betonirac\w*|tesar\w*|c\+e|ce kategorij\w*|c kategorij\w*`,
  ],
  [
    'unskilled',
    String.raw`berb\w*|branj\w*|berač\w*|farm\w*|poljoprivred\w*|pakovanj\w*|pakera|pakeri|magacin\w*|skladišt\w*|warehouse\w*|packing|packer\w*|picker\w*|picking|harvest\w*|fruit|berry|berries|cleaning|cleaner\w*|housekeep\w*|čistač\w*|čišćenj\w*|sobaric\w*|pomoćn\w* radn\w*|helper\w*|helfer\w*|hilfsarbeit\w*|kitchen help\w*|perač\w*|dishwash\w*|fabri\w*|factory|proizvodn\w*|production|montaž\w*|assembly|mesar\w*|meat|klanic\w*|staklenik\w*|plastenik\w*|greenhouse\w*|konobar\w*|waiter\w*|waitress\w*|bartender\w*|šanker\w*|hostes\w*|plesačic\w*|dancer\w*|model\w*|пакувальник\w*|пакування|збирач\w*|збиранн\w*|прибиральн\w*|підсобник\w*|підсобн\w*|різноробоч\w*|склад\w*|ферм\w*|теплиц\w*|посудомий\w*|завод\w*|фабрик\w*|мясокомбінат\w*|м'ясокомбінат\w*|упаковщик\w*|разнорабоч\w*|сборщик\w*|уборщ\w*|офіціант\w*|официант\w*|abbruch\w*|erntehelfer\w*|reinigung\w*|lager\w*`,
  ],
];
