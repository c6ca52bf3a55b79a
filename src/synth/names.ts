/**
 * Kyrgyz place and person names built from word lists, with their Russian spelling and a
 * Latin id. Real toponyms are compounds of a qualifier and a landform ("Кара-Суу",
 * "Көк-Төбө"); Russian usually writes ө/ү/ң as о/у/н and makes an adjective ("Кара-Суйский").
 */
import type { Random } from './random.ts';

/** [Kyrgyz, Russian] pairs. */
type Word = readonly [ky: string, ru: string];

const QUALIFIERS: readonly Word[] = [
  ['Ак', 'Ак'], ['Кара', 'Кара'], ['Көк', 'Кок'], ['Сары', 'Сары'], ['Кызыл', 'Кызыл'],
  ['Ала', 'Ала'], ['Боз', 'Боз'], ['Жаңы', 'Жаны'], ['Чоң', 'Чон'], ['Кичи', 'Кичи'],
  ['Орто', 'Орто'], ['Үч', 'Уч'], ['Беш', 'Беш'], ['Жети', 'Джети'], ['Тогуз', 'Тогуз'],
  ['Алтын', 'Алтын'], ['Темир', 'Темир'], ['Кең', 'Кен'], ['Ысык', 'Ысык'], ['Таш', 'Таш'],
  ['Муз', 'Муз'], ['Жылуу', 'Жылуу'],
];

const LANDFORMS: readonly Word[] = [
  ['Суу', 'Суу'], ['Булак', 'Булак'], ['Төбө', 'Тобо'], ['Жар', 'Жар'], ['Таш', 'Таш'],
  ['Көл', 'Куль'], ['Сай', 'Сай'], ['Дөбө', 'Добо'], ['Кыя', 'Кыя'], ['Арык', 'Арык'],
  ['Терек', 'Терек'], ['Кайың', 'Кайын'], ['Өзөн', 'Озон'], ['Кыр', 'Кыр'], ['Коргон', 'Коргон'],
  ['Кашка', 'Кашка'], ['Мойнок', 'Мойнок'], ['Кудук', 'Кудук'], ['Бел', 'Бел'], ['Тоо', 'Тоо'],
  ['Жол', 'Жол'], ['Талаа', 'Талаа'], ['Чий', 'Чий'], ['Өрүк', 'Орук'], ['Булуң', 'Булун'],
  ['Дөң', 'Дон'], ['Үңкүр', 'Ункур'], ['Аша', 'Аша'], ['Кайнар', 'Кайнар'], ['Токой', 'Токой'],
  ['Мазар', 'Мазар'], ['Тал', 'Тал'], ['Камыш', 'Камыш'], ['Сөөк', 'Соок'],
];

/** Places named after a person or a saint's grave ("Бакай-Ата"). */
const PERSON_PLACES: readonly Word[] = [
  ['Бакай-Ата', 'Бакай-Ата'], ['Кочкор-Ата', 'Кочкор-Ата'], ['Шамшы', 'Шамшы'], ['Орозбеков', 'Орозбеков'],
  ['Таштанбек', 'Таштанбек'], ['Жумабек', 'Жумабек'], ['Сейитбек', 'Сеитбек'], ['Алымбек', 'Алымбек'],
  ['Калмак-Ашуу', 'Калмак-Ашуу'], ['Бөрү-Баш', 'Бору-Баш'], ['Кожо-Кайың', 'Кожо-Кайын'], ['Арал', 'Арал'],
];

export const REGIONS = [
  { ky: 'Чүй облусу', ru: 'Чуйская область', en: 'Chüy Region' },
  { ky: 'Ысык-Көл облусу', ru: 'Иссык-Кульская область', en: 'Issyk-Kul Region' },
  { ky: 'Нарын облусу', ru: 'Нарынская область', en: 'Naryn Region' },
  { ky: 'Талас облусу', ru: 'Таласская область', en: 'Talas Region' },
  { ky: 'Жалал-Абад облусу', ru: 'Джалал-Абадская область', en: 'Jalal-Abad Region' },
  { ky: 'Ош облусу', ru: 'Ошская область', en: 'Osh Region' },
  { ky: 'Баткен облусу', ru: 'Баткенская область', en: 'Batken Region' },
] as const;

const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', ң: 'ng', о: 'o', ө: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ү: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Latin spelling of a Kyrgyz word, keeping hyphens and capitals: "Көк-Төбө" → "Kok-Tobo". */
export function latin(ky: string): string {
  let out = '';
  for (const ch of ky) {
    const lower = ch.toLowerCase();
    const t = LATIN[lower];
    if (t === undefined) out += ch;
    else out += ch === lower ? t : t.charAt(0).toUpperCase() + t.slice(1);
  }
  return out;
}

/** A URL id: "Көк-Төбө" → "kok-tobo". */
export function slug(ky: string): string {
  return latin(ky)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface PlaceName {
  ky: string;
  ru: string;
  en: string;
}

export function placeName(rng: Random): PlaceName {
  let pair: Word;
  if (rng.chance(0.08)) pair = rng.pick(PERSON_PLACES);
  else {
    const [qky, qru] = rng.pick(QUALIFIERS);
    let land = rng.pick(LANDFORMS);
    while (land[0] === qky) land = rng.pick(LANDFORMS);
    pair = [`${qky}-${land[0]}`, `${qru}-${land[1]}`];
  }
  return { ky: pair[0], ru: pair[1], en: latin(pair[0]) };
}

/**
 * The Russian adjective of a place name, where the usual rule is safe:
 * "Кара-Суу" → "Кара-Суйский", "Ак-Булак" → "Ак-Булакский", "Кок-Тобо" → "Кок-Тобинский".
 * `undefined` for endings with no settled form (the caller writes «Ак-Тоо» instead).
 */
export function russianAdjective(ru: string): string | undefined {
  if (/уу$/.test(ru)) return ru.slice(0, -2) + 'уйский';
  if (/(оо|аа|ы|и|ов)$/.test(ru)) return undefined;
  if (/[ао]$/.test(ru)) return ru.slice(0, -1) + 'инский';
  if (/л$/.test(ru)) return ru + 'ьский';
  if (/[бвгджзйкмнпрстфхцчш]$/.test(ru)) return ru + 'ский';
  return undefined;
}

const FEMALE = ['Айгүл', 'Бактыгүл', 'Жылдыз', 'Чынара', 'Гүлнара', 'Асел', 'Айпери', 'Бегимай', 'Нургүл', 'Самара', 'Бүбүсара', 'Мээрим', 'Динара', 'Айжан', 'Үмүт'];
const MALE = ['Нурлан', 'Эрмек', 'Азамат', 'Бакыт', 'Таалай', 'Мирлан', 'Канат', 'Улан', 'Эркин', 'Бектур', 'Үсөн', 'Төлөгөн', 'Жыргал', 'Талант', 'Медер'];
const FAMILY = ['Токтосун', 'Асан', 'Осмон', 'Жумабай', 'Абдыкадыр', 'Сатыбалды', 'Мамбет', 'Орозбек', 'Калыбек', 'Бекмурат', 'Төрөбай', 'Кубат', 'Алымкул', 'Турдубай', 'Шаршен'];

/** A person's name in Kyrgyz spelling, e.g. "Айгүл Токтосунова". */
export function personName(rng: Random): string {
  const female = rng.chance(0.55);
  const base = rng.pick(FAMILY);
  const ending = /й$/.test(base) ? (female ? 'ева' : 'ев') : female ? 'ова' : 'ов';
  const family = /й$/.test(base) ? base.slice(0, -1) + ending : base + ending;
  return `${rng.pick(female ? FEMALE : MALE)} ${family}`;
}
