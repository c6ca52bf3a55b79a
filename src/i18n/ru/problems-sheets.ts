/**
 * Problems of spreadsheets (.xlsx) and of damaged text, in Russian: what is wrong and how to fix it.
 * LibreOffice names are LibreOffice 7.4's own Russian strings (menus from registry_ru.xcd, filter
 * names from fcfg_langpack_ru.xcd, dialogs from the .mo files of libreoffice-l10n-ru). Excel names
 * («Книга Excel (*.xlsx)», «CSV UTF-8 (разделитель — запятая)») were not checked against Microsoft's strings.
 */
import { param as p, type Params } from '../types.ts';

const formatOf = (x: Params): 'xls' | 'ods' | 'text' => (['xls', 'ods'].includes(p(x, 'format')) ? (p(x, 'format') as 'xls' | 'ods') : 'text');
const LO_XLSX_RU = '«Файл → Сохранить как...», тип файла «Excel 2007–365»';
const SAVE_XLSX_RU = `LibreOffice — ${LO_XLSX_RU}; Excel — «Книга Excel (*.xlsx)»`;
const UTF8_RU = '«Юникод (UTF-8)»';
const WESTERN_RU = '«Западноевропейская (Windows-1252/WinLatin 1)»';
const CYRILLIC_RU = '«Кириллица (Windows-1251)»';
/** The encoding the text was wrongly read as, by the name LibreOffice's «Кодировка» list gives it. */
const readAsName = (x: Params): string => (p(x, 'readAs') === 'windows-1251' ? CYRILLIC_RU : WESTERN_RU);
const wrongFormat = { xls: 'файл старого формата .xls (Excel 97–2003)', ods: 'файл LibreOffice .ods («ODF - Электронная таблица»)', text: 'текстовый файл (похоже, CSV)' } as const;

export const sheetMessages = {
  'text-lost-letters': (x) =>
      `буквы потеряны, вместо них «?» (${p(x, 'words')}). Так бывает, когда файл сохранили в кодировке без кыргызских букв (в Windows-1251 нет ө, ү, ң) или в LibreOffice с кодировкой ${WESTERN_RU}. Из этого файла буквы не восстановить: откройте исходную таблицу и сохраните её как .xlsx (${SAVE_XLSX_RU}) или как CSV с кодировкой ${UTF8_RU} (Excel — «CSV UTF-8 (разделитель — запятая)»).`,
  'text-mojibake': (x) =>
      `текст искажён: файл в кодировке UTF-8 открыли как ${readAsName(x)} и сохранили. Вероятно, было: «${p(x, 'repaired')}». Откройте исходный файл заново и в окне «Импорт текста» выберите «Кодировка:» ${UTF8_RU}, затем сохраните как .xlsx (${SAVE_XLSX_RU}); или исправьте ячейку вручную.`,
  'text-latin-in-cyrillic': (x) =>
      `в слове «${p(x, 'words')}» латинские буквы среди кириллицы (похоже, была включена не та раскладка клавиатуры). Должно быть: «${p(x, 'repaired')}». Перепечатайте слово кириллицей, иначе поиск по сайту его не найдёт.`,
  'text-look-alike': (x) =>
      `в слове «${p(x, 'words')}» буква, похожая на ө, ң или ү, но из другого алфавита (например, «ɵ», «ӊ», «γ»). Должно быть: «${p(x, 'repaired')}». Наберите слово с кыргызской раскладкой клавиатуры или скопируйте буквы «ө», «ң», «ү» отсюда.`,
  'xlsx-corrupt': () => `файл не читается как таблица .xlsx: он повреждён или это не файл таблицы. Откройте исходную таблицу в Excel или LibreOffice и сохраните её заново как .xlsx (${SAVE_XLSX_RU}).`,
  'xlsx-encrypted': () =>
      'файл защищён паролем, и проверка не может его открыть. Откройте его, снимите пароль и сохраните заново: LibreOffice — «Файл → Сохранить как...», снимите флажок «Сохранить с паролем»; в Excel уберите пароль на открытие книги. Данные сайта публичны, пароль им не нужен.',
  'xlsx-wrong-format': (x) => `это ${wrongFormat[formatOf(x)]}, а не .xlsx, хотя имя кончается на .xlsx. Откройте его и сохраните как .xlsx (${SAVE_XLSX_RU})${formatOf(x) === 'text' ? ' или переименуйте обратно в .csv' : ''}.`,
  'xlsx-formula-no-value': (x) =>
      `в ячейке ${p(x, 'cell')} формула «=${p(x, 'formula')}» без сохранённого результата (файл записала программа, которая не вычисляет формулы). Откройте файл в Excel или LibreOffice и сохраните заново — результат сохранится; или замените формулу значением (LibreOffice — «Данные → Содержимое ячейки → Формулу в значение»). Пока ячейка не исправлена, строка не проверяется.`,
  'xlsx-error-cell': (x) =>
      `в ячейке ${p(x, 'cell')} ошибка ${p(x, 'error')} вместо значения: формула не смогла его вычислить (например, ссылается на удалённую ячейку или делит на ноль). Исправьте формулу или впишите значение. Пока ячейка не исправлена, строка не проверяется.`,
  'xlsx-merged-cells': (x) =>
      `ячейки ${p(x, 'range')} объединены: значение есть только в первой (${p(x, 'first')}), остальные проверка считает пустыми. Разъедините их (LibreOffice — «Формат → Объединить или разъединить ячейки → Разъединить ячейки») и впишите значение в каждую строку.`,
  'xlsx-other-sheets': (x) => `в файле несколько листов с данными: проверяется и публикуется только первый («${p(x, 'sheet')}»), листы ${p(x, 'others')} не читаются. Если данные там нужны сайту, перенесите их на первый лист.`,
  'xlsx-header-not-in-row-1': (x) => `первая строка листа пуста, а заголовки столбцов должны быть в строке 1 (первая заполненная строка — ${p(x, 'first')}). Удалите пустые строки над заголовками.`,
  'sheet-and-csv-both': (x) => `в папке есть и ${p(x, 'csv')}, и ${p(x, 'xlsx')}: неясно, какой из них верный. Оставьте один файл, другой удалите или перенесите из папки.`,
} satisfies Record<string, (x: Params) => string>;
