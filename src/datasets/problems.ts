/**
 * The catalogue of data problems (after Frictionless' typed errors): each code has a
 * message that says what is wrong and how to fix it, in Russian, Kyrgyz and English,
 * because the people who read them are municipal staff, not programmers.
 */

export type Lang = 'ru' | 'ky' | 'en';
export type Severity = 'error' | 'warning';

export interface Problem {
  code: ProblemCode;
  severity: Severity;
  /** Path relative to the data folder, e.g. `municipalities/orozbekov/budget.csv`. */
  file: string;
  /** 1-based row as a spreadsheet shows it: the header is row 1. */
  row?: number;
  column?: string;
  value?: string;
  /** Extra facts a message needs (allowed values, the other file, the computed sum...). */
  params?: Record<string, string | number>;
}

type Params = Record<string, string | number>;
type Texts = Record<Lang, (p: Params) => string>;

const p = (params: Params, key: string): string => String(params[key] ?? '');

/** What is wrong, then how to fix it: one entry per code. */
const catalogue = {
  'encoding-utf16': {
    ru: () =>
      'файл сохранён в кодировке UTF-16 («Юникод»). Сохраните его заново: Excel — «Файл → Сохранить как → CSV UTF-8 (разделитель — запятая)»; LibreOffice — «Сохранить как → Текст CSV», кодировка «Юникод (UTF-8)».',
    ky: () =>
      'файл UTF-16 («Юникод») коддоосунда сакталган. Аны кайра сактаңыз: Excel — «Файл → Сохранить как → CSV UTF-8 (разделитель — запятая)»; LibreOffice — «Сохранить как → Текст CSV», коддоо: «Юникод (UTF-8)».',
    en: () =>
      'the file is saved as UTF-16 ("Unicode"). Save it again: Excel — "File → Save As → CSV UTF-8 (Comma delimited)"; LibreOffice — "Save As → Text CSV" with character set "Unicode (UTF-8)".',
  },
  'encoding-not-utf8': {
    ru: (x) =>
      `файл не в кодировке UTF-8 (похоже на Windows-1251) — первый неверный байт в строке ${p(x, 'line')}. Сохраните его заново: Excel — «Файл → Сохранить как → CSV UTF-8 (разделитель — запятая)»; LibreOffice — «Сохранить как → Текст CSV», кодировка «Юникод (UTF-8)».`,
    ky: (x) =>
      `файл UTF-8 коддоосунда эмес (Windows-1251 болушу мүмкүн) — биринчи туура эмес байт ${p(x, 'line')}-сапта. Аны кайра сактаңыз: Excel — «Файл → Сохранить как → CSV UTF-8 (разделитель — запятая)»; LibreOffice — «Сохранить как → Текст CSV», коддоо: «Юникод (UTF-8)».`,
    en: (x) =>
      `the file is not UTF-8 (it looks like Windows-1251) — first bad byte on line ${p(x, 'line')}. Save it again: Excel — "File → Save As → CSV UTF-8 (Comma delimited)"; LibreOffice — "Save As → Text CSV" with character set "Unicode (UTF-8)".`,
  },
  'csv-syntax': {
    ru: (x) => `ошибка разметки CSV: ${p(x, 'detail')}. Проверьте кавычки в этой строке.`,
    ky: (x) => `CSV түзүлүшүндө ката: ${p(x, 'detail')}. Бул саптагы тырмакчаларды текшериңиз.`,
    en: (x) => `CSV syntax error: ${p(x, 'detail')}. Check the quotes on this row.`,
  },
  'empty-file': {
    ru: () => 'файл пуст: нужна хотя бы строка заголовков. Возьмите её из data/templates/.',
    ky: () => 'файл бош: жок дегенде аталыштар сабы керек. Аны data/templates/ папкасынан алыңыз.',
    en: () => 'the file is empty: it needs at least the header row. Copy it from data/templates/.',
  },
  'blank-header': {
    ru: (x) => `пустой заголовок столбца №${p(x, 'position')}. Впишите имя столбца или удалите пустой столбец.`,
    ky: (x) => `${p(x, 'position')}-мамычанын аталышы бош. Аталышын жазыңыз же бош мамычаны өчүрүңүз.`,
    en: (x) => `column ${p(x, 'position')} has a blank header. Name the column or delete the empty column.`,
  },
  'duplicate-header': {
    ru: () => 'столбец с таким именем уже есть. Оставьте один столбец с этим именем.',
    ky: () => 'мындай аталыштагы мамыча мурун эле бар. Бул аталыштагы бир гана мамычаны калтырыңыз.',
    en: () => 'a column with this name already exists. Keep only one column with this name.',
  },
  'unknown-column': {
    ru: (x) => `неизвестный столбец. Допустимые столбцы: ${p(x, 'allowed')}. Проверьте написание или удалите столбец.`,
    ky: (x) => `белгисиз мамыча. Уруксат берилген мамычалар: ${p(x, 'allowed')}. Жазылышын текшериңиз же мамычаны өчүрүңүз.`,
    en: (x) => `unknown column. Allowed columns: ${p(x, 'allowed')}. Check the spelling or delete the column.`,
  },
  'missing-column': {
    ru: () => 'нет обязательного столбца. Добавьте его (заголовки — в data/templates/).',
    ky: () => 'милдеттүү мамыча жок. Аны кошуңуз (аталыштар data/templates/ папкасында).',
    en: () => 'a required column is missing. Add it (headers are in data/templates/).',
  },
  'ragged-row': {
    ru: (x) => `в строке ${p(x, 'found')} ячеек, а столбцов ${p(x, 'expected')}. Уберите лишние разделители или добавьте пропущенные ячейки.`,
    ky: (x) => `сапта ${p(x, 'found')} уяча бар, ал эми мамычалардын саны ${p(x, 'expected')}. Ашыкча бөлгүчтөрдү алып салыңыз же жетпеген уячаларды кошуңуз.`,
    en: (x) => `the row has ${p(x, 'found')} cells but there are ${p(x, 'expected')} columns. Remove extra separators or add the missing cells.`,
  },
  required: {
    ru: () => 'ячейка пуста, а значение обязательно. Заполните её.',
    ky: () => 'уяча бош, бирок бул жерде маани милдеттүү. Уячаны толтуруңуз.',
    en: () => 'the cell is empty but a value is required. Fill it in.',
  },
  'not-a-number': {
    ru: () =>
      'это не число. Пишите только цифры: «5 684 800», «12,0» или «12.0»; без слов «сом», «тыс.»; суммы — в сомах (12,0 тыс. сом → 12000). Неизвестное значение оставьте пустым, не пишите 0.',
    ky: () =>
      'бул сан эмес. Цифралар менен гана жазыңыз: «5 684 800», «12,0» же «12.0»; «сом», «миң», «тыс.» деген сөздөрсүз; суммалар — сом менен (12,0 миң сом → 12000). Белгисиз маанини бош калтырыңыз, 0 жазбаңыз.',
    en: () =>
      'this is not a number. Write digits only: "5 684 800", "12,0" or "12.0"; no words such as "som" or "тыс."; money in som (12,0 тыс. сом → 12000). Leave an unknown value empty, do not write 0.',
  },
  'not-an-integer': {
    ru: () => 'нужно целое число (без дробной части). Исправьте значение.',
    ky: () => 'бүтүн сан керек (бөлчөк бөлүгү жок). Маанини оңдоңуз.',
    en: () => 'a whole number is needed (no fractional part). Correct the value.',
  },
  'out-of-range': {
    ru: (x) => `значение вне допустимого диапазона ${p(x, 'min')}…${p(x, 'max')}. Проверьте, нет ли опечатки.`,
    ky: (x) => `маани уруксат берилген ${p(x, 'min')}…${p(x, 'max')} чегинен тышкары. Ката жазылган жокпу, текшериңиз.`,
    en: (x) => `the value is outside the allowed range ${p(x, 'min')}…${p(x, 'max')}. Check for a typo.`,
  },
  'not-a-date': {
    ru: () => 'это не дата. Пишите «26.01.2013» или «2013-01-26»; если известен только месяц — «03.2013» или «2013-03».',
    ky: () => 'бул дата эмес. «26.01.2013» же «2013-01-26» деп жазыңыз; ай гана белгилүү болсо — «03.2013» же «2013-03».',
    en: () => 'this is not a date. Write "26.01.2013" or "2013-01-26"; if only the month is known, "03.2013" or "2013-03".',
  },
  'not-allowed': {
    ru: (x) => `недопустимое значение. Допустимо: ${p(x, 'allowed')}.`,
    ky: (x) => `уруксат берилбеген маани. Уруксат берилген маанилер: ${p(x, 'allowed')}.`,
    en: (x) => `value not allowed. Allowed: ${p(x, 'allowed')}.`,
  },
  'not-a-boolean': {
    ru: () => 'нужно «да» или «нет» (также yes/no, 1/0, ооба/жок).',
    ky: () => '«ооба» же «жок» керек (ошондой эле да/нет, yes/no, 1/0).',
    en: () => 'write "yes" or "no" (also да/нет, ооба/жок, 1/0).',
  },
  'bad-id': {
    ru: () => 'идентификатор может содержать только латинские строчные буквы, цифры и дефис (например, «hearing-2013-01»).',
    ky: () => 'идентификатор кичине латын тамгаларынан, цифралардан жана дефистен гана турушу керек (мисалы, «hearing-2013-01»).',
    en: () => 'an id may hold only lower-case Latin letters, digits and hyphens (e.g. "hearing-2013-01").',
  },
  'duplicate-id': {
    ru: (x) => `такой идентификатор (или ключ) уже есть в строке ${p(x, 'first')}. Сделайте его уникальным.`,
    ky: (x) => `мындай идентификатор (же ачкыч) ${p(x, 'first')}-сапта мурун эле бар. Аны кайталанбас кылыңыз.`,
    en: (x) => `this id (or key) is already used on row ${p(x, 'first')}. Make it unique.`,
  },
  'unknown-reference': {
    ru: (x) => `ссылка не найдена: в «${p(x, 'target')}» нет записи с таким id. Проверьте написание или сначала добавьте запись.`,
    ky: (x) => `шилтеме табылган жок: «${p(x, 'target')}» файлында мындай id менен жазуу жок. Жазылышын текшериңиз же адегенде ошол жазууну кошуңуз.`,
    en: (x) => `reference not found: "${p(x, 'target')}" has no record with this id. Check the spelling or add that record first.`,
  },
  'invalid-json': {
    ru: (x) => `файл JSON не читается: ${p(x, 'detail')}. Проверьте запятые и кавычки (удобно на jsonlint.com).`,
    ky: (x) => `JSON файлы окулбайт: ${p(x, 'detail')}. Үтүрлөрдү жана тырмакчаларды текшериңиз.`,
    en: (x) => `the JSON file cannot be read: ${p(x, 'detail')}. Check commas and quotes.`,
  },
  'invalid-value': {
    ru: (x) => `неверное значение: ${p(x, 'detail')}.`,
    ky: (x) => `туура эмес маани: ${p(x, 'detail')}.`,
    en: (x) => `invalid value: ${p(x, 'detail')}.`,
  },
  'missing-file': {
    ru: () => 'нет обязательного файла. Скопируйте его из data/templates/ (можно с одной строкой заголовков).',
    ky: () => 'милдеттүү файл жок. Аны data/templates/ папкасынан көчүрүңүз (аталыштар сабы гана болсо да жетиштүү).',
    en: () => 'a required file is missing. Copy it from data/templates/ (the header row alone is enough).',
  },
  'missing-table': {
    ru: () => 'файла нет: таблица считается пустой. Если данные для неё есть, скопируйте файл из data/templates/ и заполните его.',
    ky: () => 'файл жок: таблица бош деп эсептелет. Ал үчүн маалымат болсо, файлды data/templates/ папкасынан көчүрүп, толтуруңуз.',
    en: () => 'the file is missing: the table is taken as empty. If there is data for it, copy the file from data/templates/ and fill it in.',
  },
  'name-without-consent': {
    ru: () => 'имя заявителя указано без его согласия. Поставьте «да» в applicant_consent только при записанном согласии, иначе удалите имя.',
    ky: () => 'арыз берүүчүнүн аты анын макулдугу жок көрсөтүлгөн. Макулдук жазылган болсо гана applicant_consent мамычасына «ооба» деп жазыңыз, болбосо атын өчүрүңүз.',
    en: () => 'the applicant is named without recorded consent. Set applicant_consent to "yes" only with recorded consent; otherwise remove the name.',
  },
  'amount-as-written-differs': {
    ru: (x) => `сумма «как в источнике» даёт ${p(x, 'parsed')} сом, а в столбце суммы ${p(x, 'amount')}. Исправьте одно из двух.`,
    ky: (x) => `«булактагыдай» жазылган сумма ${p(x, 'parsed')} сом болуп окулат, ал эми сумма мамычасында ${p(x, 'amount')}. Экөөнүн бирин оңдоңуз.`,
    en: (x) => `the amount as written reads as ${p(x, 'parsed')} som but the amount column says ${p(x, 'amount')}. Correct one of them.`,
  },
  'total-mismatch': {
    ru: (x) => `указанный итог ${p(x, 'stated')} не равен сумме строк ${p(x, 'computed')} (${p(x, 'what')}). На сайте будут показаны оба числа.`,
    ky: (x) => `көрсөтүлгөн жыйынтык (${p(x, 'stated')}) саптардын суммасына (${p(x, 'computed')}) барабар эмес (${p(x, 'what')}). Сайтта эки сан тең көрсөтүлөт.`,
    en: (x) => `the stated total ${p(x, 'stated')} differs from the sum of the rows ${p(x, 'computed')} (${p(x, 'what')}). The site shows both.`,
  },
  'part-exceeds-whole': {
    ru: (x) => `${p(x, 'part')} (${p(x, 'partValue')}) больше, чем ${p(x, 'whole')} (${p(x, 'wholeValue')}). Проверьте цифры.`,
    ky: (x) => `${p(x, 'part')} мааниси (${p(x, 'partValue')}) ${p(x, 'whole')} маанисинен (${p(x, 'wholeValue')}) чоң. Сандарды текшериңиз.`,
    en: (x) => `${p(x, 'part')} (${p(x, 'partValue')}) is larger than ${p(x, 'whole')} (${p(x, 'wholeValue')}). Check the figures.`,
  },
  'parts-sum-exceeds-whole': {
    ru: (x) => `сумма ${p(x, 'parts')} = ${p(x, 'sum')} больше, чем ${p(x, 'whole')} (${p(x, 'wholeValue')}). Проверьте цифры: группы не должны давать больше, чем всего.`,
    ky: (x) => `${p(x, 'parts')} суммасы ${p(x, 'sum')} ${p(x, 'whole')} (${p(x, 'wholeValue')}) санынан көп. Сандарды текшериңиз: топтордун суммасы жалпы сандан ашпашы керек.`,
    en: (x) => `${p(x, 'parts')} add up to ${p(x, 'sum')}, more than ${p(x, 'whole')} (${p(x, 'wholeValue')}). Check the figures: the groups cannot add up to more than the total.`,
  },
  'above-population': {
    ru: (x) =>
      `число больше, чем население айылного аймака (${p(x, 'population')} чел. в municipality.json). Проверьте цифру; если она верна (например, считаются посещения, а не люди), объясните это в столбце note.`,
    ky: (x) =>
      `сан айылдык аймактын калкынан көп (municipality.json файлында ${p(x, 'population')} киши). Санды текшериңиз; эгер туура болсо (мисалы, адамдар эмес, катышуулар саналса), муну note мамычасында түшүндүрүңүз.`,
    en: (x) =>
      `the number is larger than the municipality's population (${p(x, 'population')} in municipality.json). Check it; if it is right (e.g. it counts attendances, not people), explain that in the note column.`,
  },
  'date-outside-period': {
    ru: (x) => `дата или год вне периода ${p(x, 'period')} (${p(x, 'what')}). Проверьте год и месяц в обеих записях.`,
    ky: (x) => `дата же жыл ${p(x, 'period')} мезгилинен тышкары (${p(x, 'what')}). Эки жазуудагы жылды жана айды текшериңиз.`,
    en: (x) => `the date or year is outside the period ${p(x, 'period')} (${p(x, 'what')}). Check the year and month in both records.`,
  },
  'hearing-type-month': {
    ru: (x) =>
      `слушания вида «${p(x, 'type')}» обычно проходят ${p(x, 'type') === 'formation' ? 'в мае–июле' : 'в январе–марте'}, а здесь месяц ${p(x, 'month')}. Проверьте вид (execution — исполнение бюджета, formation — формирование бюджета) и дату.`,
    ky: (x) =>
      `«${p(x, 'type')}» түрүндөгү угуулар адатта ${p(x, 'type') === 'formation' ? 'май–июль айларында' : 'январь–март айларында'} өтөт, ал эми бул жерде ${p(x, 'month')}-ай. Түрүн (execution — бюджеттин аткарылышы, formation — бюджетти түзүү) жана датасын текшериңиз.`,
    en: (x) =>
      `"${p(x, 'type')}" hearings are usually held ${p(x, 'type') === 'formation' ? 'in May–July' : 'in January–March'}, but this one is in month ${p(x, 'month')}. Check the type (execution — budget execution, formation — budget formation) and the date.`,
  },
  'date-in-future': {
    ru: (x) =>
      `дата или год позже, чем возможно сегодня (${p(x, 'today')}): допустимо не позже ${p(x, 'limit')} (${p(x, 'what')}). Прошедшие события и исполненный бюджет не бывают в будущем — проверьте год.`,
    ky: (x) =>
      `дата же жыл бүгүнкү күнгө (${p(x, 'today')}) карата мүмкүн болгондон кеч: эң кечи — ${p(x, 'limit')} (${p(x, 'what')}). Өткөн иш-чаралар жана аткарылган бюджет келечекте болбойт — жылды текшериңиз.`,
    en: (x) =>
      `the date or year is later than possible today (${p(x, 'today')}): it may be ${p(x, 'limit')} at the latest (${p(x, 'what')}). Past events and an executed budget cannot be in the future — check the year.`,
  },
  'source-incomplete': {
    ru: () => 'у документа-источника не заполнено название (title_ru) или вид (kind_ru). Впишите их в data/sources.json: сайт показывает их рядом с каждой цифрой.',
    ky: () => 'булак-документтин аталышы (title_ru) же түрү (kind_ru) толтурулган эмес. Аларды data/sources.json файлына жазыңыз: сайт аларды ар бир сандын жанында көрсөтөт.',
    en: () => 'the source document has no title (title_ru) or kind (kind_ru). Fill them in data/sources.json: the site shows them beside every figure.',
  },
} satisfies Record<string, Texts>;

export type ProblemCode = keyof typeof catalogue;

/** Every code of the catalogue, for the staff guide's table and its tests. */
export const problemCodes = Object.keys(catalogue) as ProblemCode[];

const labels = {
  ru: { error: 'Ошибка', warning: 'Предупреждение', row: 'строка', column: 'столбец', value: 'значение' },
  ky: { error: 'Ката', warning: 'Эскертүү', row: 'сап', column: 'мамыча', value: 'маани' },
  en: { error: 'Error', warning: 'Warning', row: 'row', column: 'column', value: 'value' },
} as const;

/** The message alone, without the location. */
export function problemMessage(problem: Problem, lang: Lang): string {
  return catalogue[problem.code][lang](problem.params ?? {});
}

/**
 * One line a person can act on: where, what value, what is wrong, how to fix.
 * @example formatProblem({code:'required',severity:'error',file:'a.csv',row:3,column:'year',value:''}, 'en')
 *   // "Error: a.csv, row 3, column year, value «»: the cell is empty but a value is required. Fill it in."
 */
export function formatProblem(problem: Problem, lang: Lang): string {
  const l = labels[lang];
  const where = [problem.file];
  if (problem.row !== undefined) where.push(`${l.row} ${problem.row}`);
  if (problem.column !== undefined) where.push(`${l.column} ${problem.column}`);
  if (problem.value !== undefined) where.push(`${l.value} «${problem.value}»`);
  const kind = problem.severity === 'error' ? l.error : l.warning;
  return `${kind}: ${where.join(', ')}: ${problemMessage(problem, lang)}`;
}

/** Thrown when data has errors, so a bad data folder never becomes a site. */
export class DataError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const errors = problems.filter((x) => x.severity === 'error');
    super(
      `${errors.length} data error(s) / ошибок в данных:\n` +
        errors.map((x) => `${formatProblem(x, 'ru')}\n  ${formatProblem(x, 'en')}`).join('\n'),
    );
    this.name = 'DataError';
    this.problems = problems;
  }
}
