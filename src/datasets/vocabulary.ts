/**
 * The parser's vocabulary: every word and letter in Russian or Kyrgyz that the data code reads
 * or writes (issue 12: human text lives in src/i18n/, and this is the one code file outside it
 * that carries Cyrillic). Unit words, yes/no words, the date suffix, the tables of damaged
 * text, and the example values the templates show. Changing a word here changes what the
 * validator accepts: tests/datasets/parse.test.ts and text-damage.test.ts say what must hold.
 */

/** "26.01.2013 г.": the year abbreviation staff add after a date. */
export const DATE_SUFFIX = /\s*г\.?$/u;

/** Scale words of amounts as sources print them ("11, 0 тыс.сом", "37,0 миң сом", "2,5 млн сомов"). */
export const SCALE_WORDS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:млн\.?|миллион\p{L}*)/u, 1_000_000],
  [/^(?:тыс\.?|тысяч\p{L}*|миң)/u, 1_000],
];

/** The currency word after an amount: "сом", "сомов", "som", "KGS". */
export const SOM_WORD = /^(?:сом\p{L}*|som|kgs)\.?$/u;

/** How staff may type the unit of a budget's amounts ("Тыс.  сом" reads as thousand). */
export const UNIT_SPELLINGS = {
  som: ['сом', 'som'],
  thousand: ['миң сом', 'тыс. сом', 'тыс.сом', 'тыс сом', 'thousand som'],
} as const;

/** Yes and no in a yes/no column, lower case: Russian, English, Kyrgyz, digits, one letter. */
export const YES_WORDS: readonly string[] = ['да', 'yes', 'true', '1', 'ооба', 'д', 'y'];
export const NO_WORDS: readonly string[] = ['нет', 'no', 'false', '0', 'жок', 'н', 'n'];

/** Letters that pass for ө, ң, ү (and their capitals) but are other letters. */
export const LOOK_ALIKES: Readonly<Record<string, string>> = {
  'ɵ': 'ө', 'Ɵ': 'Ө', 'θ': 'ө', 'Θ': 'Ө', 'ö': 'ө', 'Ö': 'Ө',
  'ӊ': 'ң', 'Ӊ': 'Ң', 'ӈ': 'ң', 'Ӈ': 'Ң', 'ҥ': 'ң', 'Ҥ': 'Ң', 'ñ': 'ң', 'Ñ': 'Ң',
  'γ': 'ү', 'ü': 'ү', 'Ü': 'Ү', 'ұ': 'ү', 'Ұ': 'Ү',
};

/** Latin letters that look like Cyrillic ones, for the suggested spelling ("Y" looks most like Ү). */
export const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', k: 'к', m: 'м',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'Ү',
};

/**
 * A real repair of mojibake yields letters of the languages the data is written in (Russian,
 * Kyrgyz, accented Latin), not a lone "¨", "«" or a letter no ru/ky text uses ("Т»" reads as "һ").
 */
export const PLAUSIBLE_LETTER = /[А-яЁёӨөҮүҢңÀ-ÖØ-öø-ÿ]/u;

/**
 * Double mojibake shows "Р" + no-break space ("Р В°"); a later copy may have made that a plain
 * space. The pattern finds such a space, the replacement puts the no-break space back.
 */
export const DOUBLE_MOJIBAKE_SPACE = /Р (?=[ВРСТУ])/g;
export const DOUBLE_MOJIBAKE_FIX = 'Р\u00a0';

/** Example values the templates and the Data Package show for a few columns. */
export const EXAMPLES = {
  sourceSection: 'Общественные слушания, таблица',
  amountAsWritten: '12,0 тыс. сом',
  statedTotalLabel: 'Общий итог',
  /** The staff guide's table of codes fills the damaged-text and sheet messages with these. */
  lostLetters: 'М?лк',
  mojibakeRepaired: 'Мүлк салыгы',
  latinInCyrillic: ['Жaлпы', 'Жалпы'],
  lookAlike: ['Жергиликтγγ', 'Жергиликтүү'],
  sheets: ['Лист1', '«Лист2»'],
} as const;

/** The budget's unit column as the templates list it, and its example. */
export const BUDGET_UNIT_VALUES = ['сом', 'миң сом', 'тыс. сом', 'тыс.сом'] as const;
export const BUDGET_UNIT_EXAMPLE = 'миң сом';
/** Example labels of a document's own total line, as resolutions print them. */
export const TOTAL_LINE_EXAMPLES = { ky: 'Жалпы баары', ru: 'Итого' } as const;

/** The form of a SOATE code (municipality.json `soate`), as the check says it in ru, ky and en. */
export const SOATE_FORM_MESSAGE = 'СОАТЕ: 14 цифр, начиная с 417 / 417 менен башталган 14 цифра / SOATE: 14 digits starting with 417';
