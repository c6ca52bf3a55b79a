/**
 * Problems of spreadsheets (.xlsx) and of damaged text, in Kyrgyz: what is wrong and how to fix it.
 * LibreOffice names are LibreOffice 7.4's own Russian strings (menus from registry_ru.xcd, filter
 * names from fcfg_langpack_ru.xcd, dialogs from the .mo files of libreoffice-l10n-ru). Excel names
 * («Книга Excel (*.xlsx)», «CSV UTF-8 (разделитель — запятая)») were not checked against Microsoft's strings.
 */
import { param as p, type Params } from '../types.ts';

const formatOf = (x: Params): 'xls' | 'ods' | 'text' => (['xls', 'ods'].includes(p(x, 'format')) ? (p(x, 'format') as 'xls' | 'ods') : 'text');
// Kyrgyz messages cite the Russian menus: staff's LibreOffice and Excel have no Kyrgyz interface.
const LO_XLSX_RU = '«Файл → Сохранить как...», тип файла «Excel 2007–365»';
const SAVE_XLSX_RU = `LibreOffice — ${LO_XLSX_RU}; Excel — «Книга Excel (*.xlsx)»`;
const UTF8_RU = '«Юникод (UTF-8)»';
const WESTERN_RU = '«Западноевропейская (Windows-1252/WinLatin 1)»';
const CYRILLIC_RU = '«Кириллица (Windows-1251)»';
const readAsName = (x: Params): string => (p(x, 'readAs') === 'windows-1251' ? CYRILLIC_RU : WESTERN_RU);
const wrongFormat = { xls: 'эски .xls (Excel 97–2003) форматындагы файл', ods: 'LibreOffice .ods файлы («ODF - Электронная таблица»)', text: 'текст файлы (CSV окшойт)' } as const;

export const sheetMessages = {
  'text-lost-letters': (x) =>
      `тамгалар жоголгон, алардын ордунда «?» (${p(x, 'words')}). Бул файл кыргыз тамгалары жок коддоодо сакталганда (Windows-1251 коддоосунда ө, ү, ң жок) же LibreOffice программасында ${WESTERN_RU} коддоосу менен сакталганда болот. Бул файлдан тамгаларды калыбына келтирүүгө болбойт: баштапкы таблицаны ачып, аны .xlsx катары сактаңыз (${SAVE_XLSX_RU}) же ${UTF8_RU} коддоосундагы CSV катары сактаңыз (Excel — «CSV UTF-8 (разделитель — запятая)»).`,
  'text-mojibake': (x) =>
      `текст бузулган: UTF-8 коддоосундагы файл ${readAsName(x)} катары ачылып, сакталган. Мурда мындай болсо керек: «${p(x, 'repaired')}». Баштапкы файлды кайра ачып, «Импорт текста» терезесинде «Кодировка:» талаасынан ${UTF8_RU} тандаңыз, андан кийин .xlsx катары сактаңыз (${SAVE_XLSX_RU}); же уячаны кол менен оңдоңуз.`,
  'text-latin-in-cyrillic': (x) =>
      `«${p(x, 'words')}» деген сөздө кирилл тамгаларынын арасында латын тамгалары бар (клавиатуранын тили башка болуп калса керек). Туурасы: «${p(x, 'repaired')}». Сөздү кирилл тамгалары менен кайра териңиз, болбосо сайттан издегенде ал табылбайт.`,
  'text-look-alike': (x) =>
      `«${p(x, 'words')}» деген сөздө ө, ң же ү тамгасына окшош, бирок башка алфавиттин тамгасы бар (мисалы, «ɵ», «ӊ», «γ»). Туурасы: «${p(x, 'repaired')}». Сөздү кыргызча клавиатура менен териңиз же «ө», «ң», «ү» тамгаларын ушул жерден көчүрүп алыңыз.`,
  'xlsx-corrupt': () => `файл .xlsx таблицасы катары окулбайт: ал бузулган же таблица файлы эмес. Баштапкы таблицаны Excel же LibreOffice программасында ачып, кайра .xlsx катары сактаңыз (${SAVE_XLSX_RU}).`,
  'xlsx-encrypted': () =>
      'файл сырсөз менен корголгон, ошондуктан текшерүү аны ача албайт. Аны ачып, сырсөздү алып салыңыз да, кайра сактаңыз: LibreOffice — «Файл → Сохранить как...», «Сохранить с паролем» белгисин алып салыңыз; Excel программасында китепти ачуучу сырсөздү өчүрүңүз. Сайттын маалыматтары ачык, аларга сырсөз керек эмес.',
  'xlsx-wrong-format': (x) => `бул .xlsx эмес, ${wrongFormat[formatOf(x)]}, аты .xlsx менен бүтсө да. Аны ачып, .xlsx катары сактаңыз (${SAVE_XLSX_RU})${formatOf(x) === 'text' ? ' же атын кайра .csv кылып өзгөртүңүз' : ''}.`,
  'xlsx-formula-no-value': (x) =>
      `${p(x, 'cell')} уячасында «=${p(x, 'formula')}» формуласы бар, бирок анын жыйынтыгы сакталган эмес (файлды формулаларды эсептебеген программа жазган). Файлды Excel же LibreOffice программасында ачып, кайра сактаңыз — жыйынтык сакталат; же формуланы маанисине алмаштырыңыз (LibreOffice — «Данные → Содержимое ячейки → Формулу в значение»). Уяча оңдолмоюнча бул сап текшерилбейт.`,
  'xlsx-error-cell': (x) =>
      `${p(x, 'cell')} уячасында маанинин ордуна ${p(x, 'error')} катасы турат: формула маанини эсептей алган жок (мисалы, өчүрүлгөн уячага шилтеме берет же нөлгө бөлөт). Формуланы оңдоңуз же маанини жазыңыз. Уяча оңдолмоюнча бул сап текшерилбейт.`,
  'xlsx-merged-cells': (x) =>
      `${p(x, 'range')} уячалары бириктирилген: маани биринчисинде гана бар (${p(x, 'first')}), калгандарын текшерүү бош деп эсептейт. Аларды ажыратыңыз (LibreOffice — «Формат → Объединить или разъединить ячейки → Разъединить ячейки») жана маанини ар бир сапка жазыңыз.`,
  'xlsx-other-sheets': (x) => `файлда маалыматы бар бир нече барак бар: биринчиси гана («${p(x, 'sheet')}») текшерилет жана жарыяланат, ${p(x, 'others')} барактары окулбайт. Алардагы маалымат сайтка керек болсо, аны биринчи баракка көчүрүңүз.`,
  'xlsx-header-not-in-row-1': (x) => `барактын биринчи сабы бош, ал эми мамычалардын аталыштары 1-сапта болушу керек (биринчи толтурулган сап — ${p(x, 'first')}). Аталыштардын үстүндөгү бош саптарды өчүрүңүз.`,
  'sheet-and-csv-both': (x) => `папкада ${p(x, 'csv')} да, ${p(x, 'xlsx')} да бар: кайсынысы туура экени белгисиз. Бир файлды калтырып, экинчисин өчүрүңүз же папкадан чыгарыңыз.`,
} satisfies Record<string, (x: Params) => string>;
