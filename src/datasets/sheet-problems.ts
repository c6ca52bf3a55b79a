/**
 * Problems of spreadsheets (.xlsx) and of damaged text, with what is wrong and how to fix it in
 * Russian, Kyrgyz and English — the same form as the catalogue in problems.ts, kept apart until
 * the texts move to the i18n layout.
 *
 * LibreOffice names below are LibreOffice 7.4's own Russian strings (menus from
 * registry_ru.xcd, filter names from fcfg_langpack_ru.xcd, dialogs from the .mo files of
 * libreoffice-l10n-ru). Excel names («Книга Excel (*.xlsx)», «CSV UTF-8 (разделитель —
 * запятая)») were not checked against Microsoft's strings: they are the ones problems.ts uses.
 * Kyrgyz messages cite the Russian menus, as staff's LibreOffice and Excel have no Kyrgyz UI.
 */
import type { Problem, ProblemCode, Severity } from './problems.ts';

type Params = Record<string, string | number>;

interface SheetProblemText {
  severity: Severity;
  ru: (p: Params) => string;
  ky: (p: Params) => string;
  en: (p: Params) => string;
}

const p = (params: Params, key: string): string => String(params[key] ?? '');

const LO_XLSX_RU = '«Файл → Сохранить как...», тип файла «Excel 2007–365»';
const LO_XLSX_EN = '"File → Save As...", file type "Excel 2007–365"';
const SAVE_XLSX_RU = `LibreOffice — ${LO_XLSX_RU}; Excel — «Книга Excel (*.xlsx)»`;
const SAVE_XLSX_EN = `LibreOffice — ${LO_XLSX_EN}; Excel — "Excel Workbook (*.xlsx)"`;
const UTF8_RU = '«Юникод (UTF-8)»';
const WESTERN_RU = '«Западноевропейская (Windows-1252/WinLatin 1)»';
const CYRILLIC_RU = '«Кириллица (Windows-1251)»';

/** The encoding the text was wrongly read as, by the name LibreOffice's «Кодировка» list gives it. */
const readAsName = (x: Params): string => (p(x, 'readAs') === 'windows-1251' ? CYRILLIC_RU : WESTERN_RU);

const wrongFormat = {
  ru: { xls: 'файл старого формата .xls (Excel 97–2003)', ods: 'файл LibreOffice .ods («ODF - Электронная таблица»)', text: 'текстовый файл (похоже, CSV)' },
  ky: { xls: 'эски .xls (Excel 97–2003) форматындагы файл', ods: 'LibreOffice .ods файлы («ODF - Электронная таблица»)', text: 'текст файлы (CSV окшойт)' },
  en: { xls: 'an old-format .xls file (Excel 97–2003)', ods: 'a LibreOffice .ods file ("ODF Spreadsheet")', text: 'a text file (CSV, it seems)' },
} as const;
const formatOf = (x: Params): 'xls' | 'ods' | 'text' => (['xls', 'ods'].includes(p(x, 'format')) ? (p(x, 'format') as 'xls' | 'ods') : 'text');

export const sheetProblems = {
  'text-lost-letters': {
    severity: 'error',
    ru: (x) =>
      `буквы потеряны, вместо них «?» (${p(x, 'words')}). Так бывает, когда файл сохранили в кодировке без кыргызских букв (в Windows-1251 нет ө, ү, ң) или в LibreOffice с кодировкой ${WESTERN_RU}. Из этого файла буквы не восстановить: откройте исходную таблицу и сохраните её как .xlsx (${SAVE_XLSX_RU}) или как CSV с кодировкой ${UTF8_RU} (Excel — «CSV UTF-8 (разделитель — запятая)»).`,
    ky: (x) =>
      `тамгалар жоголгон, алардын ордунда «?» (${p(x, 'words')}). Бул файл кыргыз тамгалары жок коддоодо сакталганда (Windows-1251 коддоосунда ө, ү, ң жок) же LibreOffice программасында ${WESTERN_RU} коддоосу менен сакталганда болот. Бул файлдан тамгаларды калыбына келтирүүгө болбойт: баштапкы таблицаны ачып, аны .xlsx катары сактаңыз (${SAVE_XLSX_RU}) же ${UTF8_RU} коддоосундагы CSV катары сактаңыз (Excel — «CSV UTF-8 (разделитель — запятая)»).`,
    en: (x) =>
      `letters are lost, replaced by "?" (${p(x, 'words')}). This happens when the file was saved in an encoding without Kyrgyz letters (Windows-1251 has no ө, ү, ң) or in LibreOffice with the character set "Western Europe (Windows-1252/WinLatin 1)". The letters cannot be recovered from this file: open the original table and save it as .xlsx (${SAVE_XLSX_EN}) or as CSV with the character set "Unicode (UTF-8)" (Excel — "CSV UTF-8 (Comma delimited)").`,
  },
  'text-mojibake': {
    severity: 'error',
    ru: (x) =>
      `текст искажён: файл в кодировке UTF-8 открыли как ${readAsName(x)} и сохранили. Вероятно, было: «${p(x, 'repaired')}». Откройте исходный файл заново и в окне «Импорт текста» выберите «Кодировка:» ${UTF8_RU}, затем сохраните как .xlsx (${SAVE_XLSX_RU}); или исправьте ячейку вручную.`,
    ky: (x) =>
      `текст бузулган: UTF-8 коддоосундагы файл ${readAsName(x)} катары ачылып, сакталган. Мурда мындай болсо керек: «${p(x, 'repaired')}». Баштапкы файлды кайра ачып, «Импорт текста» терезесинде «Кодировка:» талаасынан ${UTF8_RU} тандаңыз, андан кийин .xlsx катары сактаңыз (${SAVE_XLSX_RU}); же уячаны кол менен оңдоңуз.`,
    en: (x) =>
      `the text is garbled: a UTF-8 file was opened as ${p(x, 'readAs') === 'windows-1251' ? '"Cyrillic (Windows-1251)"' : '"Western Europe (Windows-1252/WinLatin 1)"'} and saved. It probably read: "${p(x, 'repaired')}". Open the original file again and in the "Text Import" dialog choose the character set "Unicode (UTF-8)", then save as .xlsx (${SAVE_XLSX_EN}); or correct the cell by hand.`,
  },
  'text-latin-in-cyrillic': {
    severity: 'warning',
    ru: (x) =>
      `в слове «${p(x, 'words')}» латинские буквы среди кириллицы (похоже, была включена не та раскладка клавиатуры). Должно быть: «${p(x, 'repaired')}». Перепечатайте слово кириллицей, иначе поиск по сайту его не найдёт.`,
    ky: (x) =>
      `«${p(x, 'words')}» деген сөздө кирилл тамгаларынын арасында латын тамгалары бар (клавиатуранын тили башка болуп калса керек). Туурасы: «${p(x, 'repaired')}». Сөздү кирилл тамгалары менен кайра териңиз, болбосо сайттан издегенде ал табылбайт.`,
    en: (x) =>
      `the word "${p(x, 'words')}" mixes Latin letters into Cyrillic (the wrong keyboard layout, it seems). It should be: "${p(x, 'repaired')}". Retype the word in Cyrillic, or the site's search will not find it.`,
  },
  'text-look-alike': {
    severity: 'warning',
    ru: (x) =>
      `в слове «${p(x, 'words')}» буква, похожая на ө, ң или ү, но из другого алфавита (например, «ɵ», «ӊ», «γ»). Должно быть: «${p(x, 'repaired')}». Наберите слово с кыргызской раскладкой клавиатуры или скопируйте буквы «ө», «ң», «ү» отсюда.`,
    ky: (x) =>
      `«${p(x, 'words')}» деген сөздө ө, ң же ү тамгасына окшош, бирок башка алфавиттин тамгасы бар (мисалы, «ɵ», «ӊ», «γ»). Туурасы: «${p(x, 'repaired')}». Сөздү кыргызча клавиатура менен териңиз же «ө», «ң», «ү» тамгаларын ушул жерден көчүрүп алыңыз.`,
    en: (x) =>
      `the word "${p(x, 'words')}" has a letter that looks like ө, ң or ү but belongs to another alphabet (such as "ɵ", "ӊ", "γ"). It should be: "${p(x, 'repaired')}". Type the word with the Kyrgyz keyboard layout or copy the letters "ө", "ң", "ү" from here.`,
  },
  'xlsx-corrupt': {
    severity: 'error',
    ru: () => `файл не читается как таблица .xlsx: он повреждён или это не файл таблицы. Откройте исходную таблицу в Excel или LibreOffice и сохраните её заново как .xlsx (${SAVE_XLSX_RU}).`,
    ky: () => `файл .xlsx таблицасы катары окулбайт: ал бузулган же таблица файлы эмес. Баштапкы таблицаны Excel же LibreOffice программасында ачып, кайра .xlsx катары сактаңыз (${SAVE_XLSX_RU}).`,
    en: () => `the file cannot be read as an .xlsx table: it is damaged or not a spreadsheet. Open the original table in Excel or LibreOffice and save it again as .xlsx (${SAVE_XLSX_EN}).`,
  },
  'xlsx-encrypted': {
    severity: 'error',
    ru: () =>
      'файл защищён паролем, и проверка не может его открыть. Откройте его, снимите пароль и сохраните заново: LibreOffice — «Файл → Сохранить как...», снимите флажок «Сохранить с паролем»; в Excel уберите пароль на открытие книги. Данные сайта публичны, пароль им не нужен.',
    ky: () =>
      'файл сырсөз менен корголгон, ошондуктан текшерүү аны ача албайт. Аны ачып, сырсөздү алып салыңыз да, кайра сактаңыз: LibreOffice — «Файл → Сохранить как...», «Сохранить с паролем» белгисин алып салыңыз; Excel программасында китепти ачуучу сырсөздү өчүрүңүз. Сайттын маалыматтары ачык, аларга сырсөз керек эмес.',
    en: () =>
      'the file is protected by a password, so the check cannot open it. Open it, remove the password and save it again: LibreOffice — "File → Save As...", untick "Save with password"; in Excel remove the password to open the workbook. The site\'s data is public and needs no password.',
  },
  'xlsx-wrong-format': {
    severity: 'error',
    ru: (x) => `это ${wrongFormat.ru[formatOf(x)]}, а не .xlsx, хотя имя кончается на .xlsx. Откройте его и сохраните как .xlsx (${SAVE_XLSX_RU})${formatOf(x) === 'text' ? ' или переименуйте обратно в .csv' : ''}.`,
    ky: (x) => `бул .xlsx эмес, ${wrongFormat.ky[formatOf(x)]}, аты .xlsx менен бүтсө да. Аны ачып, .xlsx катары сактаңыз (${SAVE_XLSX_RU})${formatOf(x) === 'text' ? ' же атын кайра .csv кылып өзгөртүңүз' : ''}.`,
    en: (x) => `this is ${wrongFormat.en[formatOf(x)]}, not .xlsx, although its name ends in .xlsx. Open it and save it as .xlsx (${SAVE_XLSX_EN})${formatOf(x) === 'text' ? ' or rename it back to .csv' : ''}.`,
  },
  'xlsx-formula-no-value': {
    severity: 'error',
    ru: (x) =>
      `в ячейке ${p(x, 'cell')} формула «=${p(x, 'formula')}» без сохранённого результата (файл записала программа, которая не вычисляет формулы). Откройте файл в Excel или LibreOffice и сохраните заново — результат сохранится; или замените формулу значением (LibreOffice — «Данные → Содержимое ячейки → Формулу в значение»). Пока ячейка не исправлена, строка не проверяется.`,
    ky: (x) =>
      `${p(x, 'cell')} уячасында «=${p(x, 'formula')}» формуласы бар, бирок анын жыйынтыгы сакталган эмес (файлды формулаларды эсептебеген программа жазган). Файлды Excel же LibreOffice программасында ачып, кайра сактаңыз — жыйынтык сакталат; же формуланы маанисине алмаштырыңыз (LibreOffice — «Данные → Содержимое ячейки → Формулу в значение»). Уяча оңдолмоюнча бул сап текшерилбейт.`,
    en: (x) =>
      `cell ${p(x, 'cell')} holds the formula "=${p(x, 'formula')}" with no stored result (a program that does not calculate formulas wrote the file). Open the file in Excel or LibreOffice and save it again so the result is stored, or replace the formula by its value (LibreOffice — "Data → Calculate → Formula to Value"). The row is not checked until the cell is fixed.`,
  },
  'xlsx-error-cell': {
    severity: 'error',
    ru: (x) =>
      `в ячейке ${p(x, 'cell')} ошибка ${p(x, 'error')} вместо значения: формула не смогла его вычислить (например, ссылается на удалённую ячейку или делит на ноль). Исправьте формулу или впишите значение. Пока ячейка не исправлена, строка не проверяется.`,
    ky: (x) =>
      `${p(x, 'cell')} уячасында маанинин ордуна ${p(x, 'error')} катасы турат: формула маанини эсептей алган жок (мисалы, өчүрүлгөн уячага шилтеме берет же нөлгө бөлөт). Формуланы оңдоңуз же маанини жазыңыз. Уяча оңдолмоюнча бул сап текшерилбейт.`,
    en: (x) =>
      `cell ${p(x, 'cell')} shows the error ${p(x, 'error')} instead of a value: its formula could not be calculated (it refers to a deleted cell or divides by zero, for example). Correct the formula or type the value. The row is not checked until the cell is fixed.`,
  },
  'xlsx-merged-cells': {
    severity: 'warning',
    ru: (x) =>
      `ячейки ${p(x, 'range')} объединены: значение есть только в первой (${p(x, 'first')}), остальные проверка считает пустыми. Разъедините их (LibreOffice — «Формат → Объединить или разъединить ячейки → Разъединить ячейки») и впишите значение в каждую строку.`,
    ky: (x) =>
      `${p(x, 'range')} уячалары бириктирилген: маани биринчисинде гана бар (${p(x, 'first')}), калгандарын текшерүү бош деп эсептейт. Аларды ажыратыңыз (LibreOffice — «Формат → Объединить или разъединить ячейки → Разъединить ячейки») жана маанини ар бир сапка жазыңыз.`,
    en: (x) =>
      `cells ${p(x, 'range')} are merged: only the first (${p(x, 'first')}) has the value and the check reads the others as empty. Unmerge them (LibreOffice — "Format → Merge and Unmerge Cells → Unmerge Cells") and type the value on every row.`,
  },
  'xlsx-other-sheets': {
    severity: 'warning',
    ru: (x) => `в файле несколько листов с данными: проверяется и публикуется только первый («${p(x, 'sheet')}»), листы ${p(x, 'others')} не читаются. Если данные там нужны сайту, перенесите их на первый лист.`,
    ky: (x) => `файлда маалыматы бар бир нече барак бар: биринчиси гана («${p(x, 'sheet')}») текшерилет жана жарыяланат, ${p(x, 'others')} барактары окулбайт. Алардагы маалымат сайтка керек болсо, аны биринчи баракка көчүрүңүз.`,
    en: (x) => `the file has several sheets with data: only the first ("${p(x, 'sheet')}") is checked and published; sheets ${p(x, 'others')} are not read. If the site needs their data, move it to the first sheet.`,
  },
  'xlsx-header-not-in-row-1': {
    severity: 'error',
    ru: (x) => `первая строка листа пуста, а заголовки столбцов должны быть в строке 1 (первая заполненная строка — ${p(x, 'first')}). Удалите пустые строки над заголовками.`,
    ky: (x) => `барактын биринчи сабы бош, ал эми мамычалардын аталыштары 1-сапта болушу керек (биринчи толтурулган сап — ${p(x, 'first')}). Аталыштардын үстүндөгү бош саптарды өчүрүңүз.`,
    en: (x) => `the sheet's first row is empty, but the column headers must be on row 1 (the first filled row is ${p(x, 'first')}). Delete the empty rows above the headers.`,
  },
  'sheet-and-csv-both': {
    severity: 'error',
    ru: (x) => `в папке есть и ${p(x, 'csv')}, и ${p(x, 'xlsx')}: неясно, какой из них верный. Оставьте один файл, другой удалите или перенесите из папки.`,
    ky: (x) => `папкада ${p(x, 'csv')} да, ${p(x, 'xlsx')} да бар: кайсынысы туура экени белгисиз. Бир файлды калтырып, экинчисин өчүрүңүз же папкадан чыгарыңыз.`,
    en: (x) => `the folder holds both ${p(x, 'csv')} and ${p(x, 'xlsx')}: it is unclear which one is right. Keep one file; delete the other or move it out of the folder.`,
  },
} satisfies Record<string, SheetProblemText>;

export type SheetProblemCode = keyof typeof sheetProblems;

/** Every new code, for the tests that every text exists in every language. */
export const sheetProblemCodes = Object.keys(sheetProblems) as SheetProblemCode[];

/** A problem as problems.ts has it, with the codes of this file as well. */
export interface SheetProblem extends Omit<Problem, 'code'> {
  code: ProblemCode | SheetProblemCode;
}

/** Builds a problem of this file with the severity its catalogue entry gives. */
export function sheetProblem(code: SheetProblemCode, fields: Omit<SheetProblem, 'code' | 'severity'>): SheetProblem {
  return { code, severity: sheetProblems[code].severity, ...fields };
}
