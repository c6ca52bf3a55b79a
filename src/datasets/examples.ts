/**
 * Example cell values the declarations show (the Data Package's `example`, the templates'
 * README): written as staff copy them from Russian-language documents, so they are data in
 * Russian, not interface text. Kept here, apart from the declarations, so that the code of
 * src/ outside src/i18n/ holds no Cyrillic except this and the parser's vocabulary.
 */
export const EXAMPLE_VALUES = {
  sourceSection: 'Общественные слушания, таблица',
  totalLabel: 'Общий итог',
  amountAsWritten: '12,0 тыс. сом',
} as const;
