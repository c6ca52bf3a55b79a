/** The published data's own words in Russian: the data README (English and Russian) and, in English, the Data Package. */
import type { DownloadsTexts } from '../types.ts';

export const downloads: DownloadsTexts = {
  files: [
    '`<набор>.csv` — все муниципалитеты вместе, первый столбец — `municipality`;',
    '`<муниципалитет>/<набор>.csv` — один муниципалитет, столбцы как в его исходном файле;',
    '`excel/<набор>.csv`, `excel/<муниципалитет>/<набор>.csv` — те же таблицы для Excel;',
    '`<набор>.json`, `<муниципалитет>/<набор>.json` — те же таблицы в JSON;',
    '`municipalities.csv` (а также `.json`, `excel/`) — по строке на муниципалитет; `<муниципалитет>/municipality.json` — полный профиль, его схема — `schemas/municipality.schema.json`;',
    '`sources.json` — документы-источники, на которые ссылается `source_doc`;',
    '`datapackage.json` — описание пакета Frictionless Data Package (v2): каждый файл с размером, хешем sha256 и схемой столбцов.',
  ],
  /** For people who read the CSV files with their own code. */
  reading: [
    'Чтобы вернуть исходный текст, уберите один апостроф в начале ячейки, если за ним следует =, +, -, @, табуляция, возврат каретки или ещё один апостроф (тексту, который сам начинается с апострофа перед таким знаком, добавляется ещё один, поэтому преобразование точное). В JSON текст не меняется.',
    'Файлы создаются из проверенных данных при каждой сборке сайта; одни и те же данные дают побайтно одинаковые файлы. Размеры и хеши sha256 всех файлов — в `datapackage.json`.',
  ],
  head: {
    files: 'Файлы',
    problems: 'Известные расхождения в источниках',
    checks: 'Расхождения, найденные проверкой (опубликованы оба числа):',
    notesRef: 'Остальные пояснения — в столбце `note` той строки, к которой они относятся; в конце этого файла указано, в скольких строках каждой таблицы они есть.',
    none: 'нет',
  },
  /** Labels of the README's dataset sections, which pair English and Russian. */
  words: {
    language: 'Русский',
    files: 'файлы',
    rows: 'строк',
    municipalities: 'муниципалитетов',
    years: 'годы',
    key: 'ключ',
    column: 'столбец',
    type: 'тип',
    unit: 'единица',
    required: 'обяз.',
    yes: 'да',
    description: 'описание',
    datasets: 'Наборы данных',
    notes: 'Примечания в данных',
    noted: 'строк с примечанием',
  },
  /** Fields of a sources.json entry, for its Table Schema. */
  sourceFields: {
    id: 'Id документа (source_doc каждой записи)',
    file: 'Имя файла текста источника',
    title_ru: 'Название',
    kind_ru: 'Вид документа',
    municipality: 'Id муниципалитета',
    language: 'Языки документа',
    date_note_ru: 'Что известно о дате документа',
    number: 'Номер постановления или документа',
    date: 'Дата документа (ISO)',
    council: 'Кенеш, принявший документ',
    session: 'Сессия кенеша',
    url: 'Ссылка на опубликованный документ',
  },
};
