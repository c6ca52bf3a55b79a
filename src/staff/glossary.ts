/**
 * Words the templates' README needs besides the column descriptions: what each allowed
 * value means, how each kind of column is written, and the README's own labels.
 * A test checks that every allowed value declared in a dataset is explained here.
 */
import type { FieldMeta, FieldType } from '../datasets/fields.ts';
import type { Lang } from '../datasets/problems.ts';

type Texts = Record<Lang, string>;

/** Meaning of each allowed value of an enumerated column, by value. */
export const valueMeanings: Record<string, Texts> = {
  revenue: { ru: 'доходы', ky: 'кирешелер', en: 'revenue' },
  expenditure: { ru: 'расходы', ky: 'чыгашалар', en: 'expenditure' },
  planned: { ru: 'план (проект бюджета)', ky: 'пландалган (бюджеттин долбоору)', en: 'planned (draft budget)' },
  approved: { ru: 'утверждено айылным кенешем', ky: 'айылдык кеңеш бекиткен', en: 'approved by the council' },
  executed: { ru: 'исполнено (факт)', ky: 'аткарылган (иш жүзүндө)', en: 'executed (actual)' },
  execution: { ru: 'слушания по исполнению бюджета (обычно январь–март)', ky: 'бюджеттин аткарылышы боюнча угуу (адатта январь–март)', en: 'hearing on budget execution (usually January–March)' },
  formation: { ru: 'слушания по формированию бюджета (обычно май–июль)', ky: 'бюджетти түзүү боюнча угуу (адатта май–июль)', en: 'hearing on budget formation (usually May–July)' },
  other: { ru: 'другое', ky: 'башка', en: 'other' },
  project: { ru: 'проект (projects.csv)', ky: 'долбоор (projects.csv)', en: 'project (projects.csv)' },
  initiative: { ru: 'местная инициатива (initiatives.csv)', ky: 'жергиликтүү демилге (initiatives.csv)', en: 'local initiative (initiatives.csv)' },
  plan: { ru: 'план совместных действий (action_plans.csv)', ky: 'биргелешкен аракеттер планы (action_plans.csv)', en: 'joint action plan (action_plans.csv)' },
  local_budget: { ru: 'местный бюджет', ky: 'жергиликтүү бюджет', en: 'local budget' },
  republican_budget: { ru: 'республиканский бюджет', ky: 'республикалык бюджет', en: 'republican budget' },
  grant: { ru: 'грант (стимулирующий грант, АРИС и т. п.)', ky: 'грант (стимулдаштыруучу грант, АРИС ж. б.)', en: 'grant (stimulating grant, ARIS, etc.)' },
  donor: { ru: 'донорский проект', ky: 'донордук долбоор', en: 'donor project' },
  development_fund: { ru: 'фонд развития', ky: 'өнүктүрүү фонду', en: 'development fund' },
  pasture_committee: { ru: 'пастбищный комитет', ky: 'жайыт комитети', en: 'pasture committee' },
  residents_cash: { ru: 'деньги населения', ky: 'калктын акчасы', en: 'residents’ cash' },
  residents_labour: { ru: 'трудовой вклад населения (in_kind = да)', ky: 'калктын эмгек салымы (in_kind = ооба)', en: 'residents’ labour (in_kind = yes)' },
  initiator: { ru: 'вклад инициатора', ky: 'демилгечинин салымы', en: 'initiator’s contribution' },
  pra_session: { ru: 'сессия СИНС (PRA)', ky: 'СИНС (PRA) сессиясы', en: 'PRA session' },
  focus_group: { ru: 'фокус-группа', ky: 'фокус-топ', en: 'focus group' },
  hearing: { ru: 'общественные слушания', ky: 'коомдук угуу', en: 'public hearing' },
  gathering: { ru: 'сход', ky: 'жыйын', en: 'village gathering' },
  training: { ru: 'тренинг', ky: 'тренинг', en: 'training' },
  working_meeting: { ru: 'рабочая встреча', ky: 'жумушчу жолугушуу', en: 'working meeting' },
  initiative_group: { ru: 'создание инициативной группы', ky: 'демилгелүү топту түзүү', en: 'forming an initiative group' },
  all: { ru: 'все виды вместе (сводная строка)', ky: 'бардык түрлөрү бирге (жыйынтык сап)', en: 'all kinds together (summary row)' },
  hearings: { ru: 'строки hearings.csv', ky: 'hearings.csv саптары', en: 'rows of hearings.csv' },
  events: { ru: 'строки events.csv', ky: 'events.csv саптары', en: 'rows of events.csv' },
};

const TYPE_NAMES: Record<FieldType | 'id', Texts> = {
  string: { ru: 'текст', ky: 'текст', en: 'text' },
  id: { ru: 'идентификатор: латиница, цифры, дефис', ky: 'идентификатор: латын тамгалары, цифралар, дефис', en: 'id: Latin letters, digits, hyphen' },
  integer: { ru: 'целое число', ky: 'бүтүн сан', en: 'whole number' },
  number: { ru: 'число', ky: 'сан', en: 'number' },
  date: { ru: 'дата: ДД.ММ.ГГГГ или ММ.ГГГГ', ky: 'дата: КК.АА.ЖЖЖЖ же АА.ЖЖЖЖ', en: 'date: DD.MM.YYYY or MM.YYYY' },
  boolean: { ru: 'да / нет', ky: 'ооба / жок', en: 'yes / no' },
  list: { ru: 'список через «|»', ky: '«|» менен бөлүнгөн тизме', en: 'list separated by "|"' },
};

const UNITS: Record<string, Texts> = {
  som: { ru: 'сом', ky: 'сом', en: 'som' },
  people: { ru: 'чел.', ky: 'киши', en: 'people' },
};

/** "целое число, чел., ≥ 0" — the kind of value, its unit and range. */
export function typeLabel(meta: FieldMeta, isId: boolean, lang: Lang): string {
  const parts = [TYPE_NAMES[isId ? 'id' : meta.type][lang]];
  if (meta.unit) parts.push(UNITS[meta.unit]?.[lang] ?? meta.unit);
  // Money limits are only a guard against typos; they would confuse more than help.
  if (meta.unit !== 'som') {
    if (meta.min !== undefined && meta.max !== undefined) parts.push(`${meta.min}–${meta.max}`);
    else if (meta.min !== undefined) parts.push(`≥ ${meta.min}`);
  }
  return parts.join(', ');
}

export const BOOLEAN_VALUES: Texts = {
  ru: 'да, нет (также yes/no, ооба/жок, 1/0); пусто = нет',
  ky: 'ооба, жок (ошондой эле да/нет, yes/no, 1/0); бош = жок',
  en: 'yes, no (also да/нет, ооба/жок, 1/0); empty = no',
};

/** Labels and general rules of the README, per language. */
export const readmeText = {
  ru: {
    heading: 'По-русски',
    columns: ['Столбец', 'Что означает', 'Тип и единица', 'Допустимые значения', 'Обязательно', 'Пример'],
    yes: 'да',
    key: 'Ключ (сочетание не может повторяться)',
    refs: 'Ссылки',
    rules: [
      'Файл `<таблица>.csv` в этой папке — только строка заголовков. Скопируйте её в папку своего айылного аймака `data/municipalities/<id>/` или создайте папку командой `npm run new:municipality -- <id>`.',
      'Примеры заполненных строк — в папке `examples/`: в каждой строке столбец note начинается со слова «ПРИМЕР». Не копируйте их в данные как есть.',
      'Пустая ячейка означает «неизвестно». Никогда не пишите 0 вместо неизвестного числа.',
      'Числа — как в Excel: «5 684 800», «12,0» или «12.0». Суммы — в сомах, без слов «сом», «тыс.» (12,0 тыс. сом → 12000). Как написано в документе, пишите в столбцы `*_as_written`.',
      'Даты — «26.01.2013» или «2013-01-26»; если известен только месяц — «03.2013».',
      'Несколько значений в одной ячейке разделяйте знаком «|».',
      'Сохраняйте как «CSV UTF-8». Разделитель «;» или «,» — оба подходят.',
      'Каждая строка указывает документ-источник: `source_doc` — id из `data/sources.json`, `source_section` — раздел или слайд.',
    ],
    profile: 'Профиль айылного аймака заполняется в файле `municipality.json` (неизвестное — `null`, пустой список — `[]`). Поля:',
    sources: 'Документы-источники перечислены в `data/sources.json`. Поля записи:',
    fieldColumns: ['Поле', 'Что означает', 'Пример'],
  },
  ky: {
    heading: 'Кыргызча',
    columns: ['Мамыча', 'Эмнени билдирет', 'Түрү жана бирдиги', 'Уруксат берилген маанилер', 'Милдеттүү', 'Мисал'],
    yes: 'ооба',
    key: 'Ачкыч (бул айкалыш кайталанбашы керек)',
    refs: 'Шилтемелер',
    rules: [
      'Бул папкадагы `<таблица>.csv` файлы — баш сап гана. Аны айылдык аймагыңыздын `data/municipalities/<id>/` папкасына көчүрүңүз же папканы `npm run new:municipality -- <id>` буйругу менен түзүңүз.',
      'Толтурулган саптардын мисалдары `examples/` папкасында: ар бир саптагы note мамычасы «ПРИМЕР» (мисал) деген сөз менен башталат. Аларды маалыматтарга ошол бойдон көчүрбөңүз.',
      'Бош уяча «белгисиз» дегенди билдирет. Белгисиз сандын ордуна эч качан 0 жазбаңыз.',
      'Сандар Excelдегидей: «5 684 800», «12,0» же «12.0». Суммалар сом менен, «сом», «миң» деген сөздөрсүз (12,0 миң сом → 12000). Документте кандай жазылганын `*_as_written` мамычаларына жазыңыз.',
      'Даталар — «26.01.2013» же «2013-01-26»; ай гана белгилүү болсо — «03.2013».',
      'Бир уячадагы бир нече маанини «|» белгиси менен бөлүңүз.',
      '«CSV UTF-8» катары сактаңыз. Бөлгүч «;» же «,» — экөө тең ылайыктуу.',
      'Ар бир сап булак-документти көрсөтөт: `source_doc` — `data/sources.json` ичиндеги id, `source_section` — бөлүмү же слайды.',
    ],
    profile: 'Айылдык аймактын профили `municipality.json` файлында толтурулат (белгисизи — `null`, бош тизме — `[]`). Талаалары:',
    sources: 'Булак-документтер `data/sources.json` файлында саналып өтөт. Жазуунун талаалары:',
    fieldColumns: ['Талаа', 'Эмнени билдирет', 'Мисал'],
  },
  en: {
    heading: 'In English',
    columns: ['Column', 'Meaning', 'Type and unit', 'Allowed values', 'Required', 'Example'],
    yes: 'yes',
    key: 'Key (this combination may not repeat)',
    refs: 'References',
    rules: [
      'Each `<dataset>.csv` here holds only the header row. Copy it into your municipality’s folder `data/municipalities/<id>/`, or create the folder with `npm run new:municipality -- <id>`.',
      'Filled-in example rows are in `examples/`: in each row the note column starts with «ПРИМЕР» (example). Do not copy them into the data as they are.',
      'An empty cell means “unknown”. Never write 0 for an unknown number.',
      'Numbers as Excel writes them: “5 684 800”, “12,0” or “12.0”. Money in som, without “сом” or “тыс.” (12,0 тыс. сом → 12000). Put the amount as the document prints it in the `*_as_written` columns.',
      'Dates: “26.01.2013” or “2013-01-26”; if only the month is known, “03.2013”.',
      'Separate several values in one cell with “|”.',
      'Save as “CSV UTF-8”. Either “;” or “,” as the separator works.',
      'Every row names its source document: `source_doc` is an id in `data/sources.json`, `source_section` the section or slide.',
    ],
    profile: 'The municipality’s profile is `municipality.json` (unknown is `null`, an empty list `[]`). Fields:',
    sources: 'Source documents are listed in `data/sources.json`. Fields of an entry:',
    fieldColumns: ['Field', 'Meaning', 'Example'],
  },
} as const;
