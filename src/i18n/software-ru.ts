/**
 * The Russian names of LibreOffice's and Excel's menus and encodings that the spreadsheet messages
 * cite. Staff's programs have a Russian interface, so the Russian and the Kyrgyz messages both quote
 * these. LibreOffice names are LibreOffice 7.4's own Russian strings (menus from registry_ru.xcd,
 * filter names from fcfg_langpack_ru.xcd, dialogs from the .mo files of libreoffice-l10n-ru); the
 * Excel names were not checked against Microsoft's strings.
 */
import { param as p, type Params } from './types.ts';

/** Which wrong format a file with an .xlsx name really is. */
export const formatOf = (x: Params): 'xls' | 'ods' | 'text' => (['xls', 'ods'].includes(p(x, 'format')) ? (p(x, 'format') as 'xls' | 'ods') : 'text');
export const LO_XLSX_RU = '«Файл → Сохранить как...», тип файла «Excel 2007–365»';
export const SAVE_XLSX_RU = `LibreOffice — ${LO_XLSX_RU}; Excel — «Книга Excel (*.xlsx)»`;
export const UTF8_RU = '«Юникод (UTF-8)»';
export const WESTERN_RU = '«Западноевропейская (Windows-1252/WinLatin 1)»';
export const CYRILLIC_RU = '«Кириллица (Windows-1251)»';
/** The encoding the text was wrongly read as, by the name LibreOffice's «Кодировка» list gives it. */
export const readAsName = (x: Params): string => (p(x, 'readAs') === 'windows-1251' ? CYRILLIC_RU : WESTERN_RU);
