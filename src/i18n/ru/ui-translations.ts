/** Interface text for the site's translations of source texts (issue 15). */
export const uiTranslations = {
  /** The visible mark after a text the site translated; a tap on it shows the original. */
  'tr.mark': "перевод сайта",
  'tr.originals': 'Оригиналы текстов, переведённых сайтом',
  'tr.original': 'Оригинал',
  'tr.explain': "Этот перевод сделан сайтом; слова источника:",
};
