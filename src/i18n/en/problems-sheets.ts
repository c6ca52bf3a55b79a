/**
 * Problems of spreadsheets (.xlsx) and of damaged text, in English: what is wrong and how to fix it.
 * LibreOffice names are LibreOffice 7.4's own Russian strings (menus from registry_ru.xcd, filter
 * names from fcfg_langpack_ru.xcd, dialogs from the .mo files of libreoffice-l10n-ru). Excel names
 * («Книга Excel (*.xlsx)», «CSV UTF-8 (разделитель — запятая)») were not checked against Microsoft's strings.
 */
import { param as p, type Params } from '../types.ts';

const formatOf = (x: Params): 'xls' | 'ods' | 'text' => (['xls', 'ods'].includes(p(x, 'format')) ? (p(x, 'format') as 'xls' | 'ods') : 'text');
const LO_XLSX_EN = '"File → Save As...", file type "Excel 2007–365"';
const SAVE_XLSX_EN = `LibreOffice — ${LO_XLSX_EN}; Excel — "Excel Workbook (*.xlsx)"`;
const wrongFormat = { xls: 'an old-format .xls file (Excel 97–2003)', ods: 'a LibreOffice .ods file ("ODF Spreadsheet")', text: 'a text file (CSV, it seems)' } as const;

export const sheetMessages = {
  'text-lost-letters': (x) =>
      `letters are lost, replaced by "?" (${p(x, 'words')}). This happens when the file was saved in an encoding without Kyrgyz letters (Windows-1251 has no ө, ү, ң) or in LibreOffice with the character set "Western Europe (Windows-1252/WinLatin 1)". The letters cannot be recovered from this file: open the original table and save it as .xlsx (${SAVE_XLSX_EN}) or as CSV with the character set "Unicode (UTF-8)" (Excel — "CSV UTF-8 (Comma delimited)").`,
  'text-mojibake': (x) =>
      `the text is garbled: a UTF-8 file was opened as ${p(x, 'readAs') === 'windows-1251' ? '"Cyrillic (Windows-1251)"' : '"Western Europe (Windows-1252/WinLatin 1)"'} and saved. It probably read: "${p(x, 'repaired')}". Open the original file again and in the "Text Import" dialog choose the character set "Unicode (UTF-8)", then save as .xlsx (${SAVE_XLSX_EN}); or correct the cell by hand.`,
  'text-latin-in-cyrillic': (x) =>
      `the word "${p(x, 'words')}" mixes Latin letters into Cyrillic (the wrong keyboard layout, it seems). It should be: "${p(x, 'repaired')}". Retype the word in Cyrillic, or the site's search will not find it.`,
  'text-look-alike': (x) =>
      `the word "${p(x, 'words')}" has a letter that looks like ө, ң or ү but belongs to another alphabet (such as "ɵ", "ӊ", "γ"). It should be: "${p(x, 'repaired')}". Type the word with the Kyrgyz keyboard layout or copy the letters "ө", "ң", "ү" from here.`,
  'xlsx-corrupt': () => `the file cannot be read as an .xlsx table: it is damaged or not a spreadsheet. Open the original table in Excel or LibreOffice and save it again as .xlsx (${SAVE_XLSX_EN}).`,
  'xlsx-encrypted': () =>
      'the file is protected by a password, so the check cannot open it. Open it, remove the password and save it again: LibreOffice — "File → Save As...", untick "Save with password"; in Excel remove the password to open the workbook. The site\'s data is public and needs no password.',
  'xlsx-wrong-format': (x) => `this is ${wrongFormat[formatOf(x)]}, not .xlsx, although its name ends in .xlsx. Open it and save it as .xlsx (${SAVE_XLSX_EN})${formatOf(x) === 'text' ? ' or rename it back to .csv' : ''}.`,
  'xlsx-formula-no-value': (x) =>
      `cell ${p(x, 'cell')} holds the formula "=${p(x, 'formula')}" with no stored result (a program that does not calculate formulas wrote the file). Open the file in Excel or LibreOffice and save it again so the result is stored, or replace the formula by its value (LibreOffice — "Data → Calculate → Formula to Value"). The row is not checked until the cell is fixed.`,
  'xlsx-error-cell': (x) =>
      `cell ${p(x, 'cell')} shows the error ${p(x, 'error')} instead of a value: its formula could not be calculated (it refers to a deleted cell or divides by zero, for example). Correct the formula or type the value. The row is not checked until the cell is fixed.`,
  'xlsx-merged-cells': (x) =>
      `cells ${p(x, 'range')} are merged: only the first (${p(x, 'first')}) has the value and the check reads the others as empty. Unmerge them (LibreOffice — "Format → Merge and Unmerge Cells → Unmerge Cells") and type the value on every row.`,
  'xlsx-other-sheets': (x) => `the file has several sheets with data: only the first ("${p(x, 'sheet')}") is checked and published; sheets ${p(x, 'others')} are not read. If the site needs their data, move it to the first sheet.`,
  'xlsx-header-not-in-row-1': (x) => `the sheet's first row is empty, but the column headers must be on row 1 (the first filled row is ${p(x, 'first')}). Delete the empty rows above the headers.`,
  'sheet-and-csv-both': (x) => `the folder holds both ${p(x, 'csv')} and ${p(x, 'xlsx')}: it is unclear which one is right. Keep one file; delete the other or move it out of the folder.`,
} satisfies Record<string, (x: Params) => string>;
