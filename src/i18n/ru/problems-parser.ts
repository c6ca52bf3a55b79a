/**
 * Russian texts of the problems whose wording depends on the facts: the kind of column (a year
 * is not money), the parser's own error (papaparse, zod, JSON) told in plain words, a whole key.
 */
import { param as p, type Params } from '../types.ts';

const EMPTY_NOT_ZERO = 'Неизвестное значение оставьте пустым, не пишите 0.';

export const notANumber = (x: Params): string =>
  ({
    year: 'это не год. Пишите год четырьмя цифрами, например «2024», без «г.» и пробелов.',
    count: `это не число. Пишите количество цифрами, например «113», без слов («чел.», «человек»). ${EMPTY_NOT_ZERO}`,
    money: `это не сумма. Пишите только цифры: «5 684 800», «12,0» или «12.0»; без слов «сом», «тыс.»; суммы — в сомах (12,0 тыс. сом → 12000). ${EMPTY_NOT_ZERO}`,
  })[p(x, 'kind')] ?? `это не число. Пишите только цифры: «5 684 800», «12,0» или «12.0», без слов и единиц. ${EMPTY_NOT_ZERO}`;

export const notAnInteger = (x: Params): string =>
  ({
    year: 'год — целое число из четырёх цифр, например «2024». Исправьте значение.',
    count: 'количество — целое число (люди, мероприятия), без дробной части. Исправьте значение.',
  })[p(x, 'kind')] ?? 'нужно целое число (без дробной части). Исправьте значение.';

const CSV_SYNTAX: Record<string, string> = {
  MissingQuotes: 'кавычка « " » открыта и не закрыта до конца файла',
  InvalidQuotes: 'после закрывающей кавычки « " » идёт текст',
  UndetectableDelimiter: 'не удалось определить разделитель столбцов',
  TooFewFields: 'в строке меньше ячеек, чем столбцов',
  TooManyFields: 'в строке больше ячеек, чем столбцов',
};
export const csvSyntax = (x: Params): string =>
  `ошибка разметки CSV: ${CSV_SYNTAX[p(x, 'kind')] ?? 'строка не разбирается'}. Проверьте кавычки в этой строке: ячейку с кавычкой внутри целиком берут в кавычки, а саму кавычку удваивают (""). Проще всего сохранить таблицу как .xlsx.`;

export const invalidJson = (x: Params): string =>
  `файл JSON не читается: ошибка разметки в строке ${p(x, 'line')}, позиция ${p(x, 'column')} (или чуть раньше). Чаще всего там пропущена или лишняя запятая, кавычка или скобка. Пока файл не исправлен, остальные проверки не выполняются.`;

const TYPE: Record<string, string> = {
  number: 'нужно число (без кавычек)',
  string: 'нужен текст в кавычках',
  array: 'нужен список в квадратных скобках [ ]',
  object: 'нужен объект в фигурных скобках { }',
  boolean: 'нужно true или false',
  null: 'нужно null',
};
export const invalidValue = (x: Params): string => {
  switch (p(x, 'issue')) {
    case 'invalid_type':
      return `неверное значение: ${TYPE[p(x, 'expected')] ?? 'другой тип значения'}; если значение неизвестно, напишите null (где это допустимо). Нет поля — добавьте его.`;
    case 'too_small':
      return p(x, 'origin') === 'string' ? 'неверное значение: поле не может быть пустым. Впишите значение или null, если оно неизвестно.' : `неверное значение: должно быть не меньше ${p(x, 'min')}.`;
    case 'invalid_format':
      return 'неверный формат: идентификатор — только латинские строчные буквы, цифры и дефис (например, «seed-002»).';
    case 'invalid_value':
      return `недопустимое значение. Допустимо: ${p(x, 'allowed')}.`;
    case 'unrecognized_keys':
      return `лишнее поле: ${p(x, 'keys')}. Проверьте написание имени поля или удалите его.`;
    case 'id-folder':
      return `id должен совпадать с именем папки «${p(x, 'folder')}». Исправьте id или имя папки.`;
    default:
      return 'неверное значение. Сравните запись с образцом в data/templates/.';
  }
};

export const duplicateId = (x: Params): string =>
  p(x, 'identical') === 'yes'
    ? `строка — точная копия строки ${p(x, 'first')} (${p(x, 'key')}). Удалите одну из двух.`
    : `ключ ${p(x, 'key')} уже есть в строке ${p(x, 'first')}, а прочие ячейки разные. Оставьте одну строку с этим ключом или исправьте значения ключа.`;
