/** Interface text for the site's translations of source texts (issue 15). */
export const uiTranslations = {
  /** The visible mark after a text the site translated; a tap on it shows the original. */
  'tr.mark': "site's translation",
  'tr.originals': 'Originals of the texts the site translated',
  'tr.original': 'Original',
  'tr.explain': "This translation is the site's; the source's own words:",
};
