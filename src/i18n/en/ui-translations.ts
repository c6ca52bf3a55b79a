/** Interface text for the site's translations of source texts (issue 15). */
export const uiTranslations = {
  /** The visible mark after a text the site translated; a tap on it shows the original. */
  'tr.mark': "site's translation",
  'tr.originals': 'Originals of the texts the site translated',
  'tr.original': 'Original',
  'tr.explain': "This translation is the site's; the source's own words:",
  "src.text": "The document's text",
  "src.textNote": "The source's text as it is (the slides' text, in Russian): figures and names are not corrected.",
  "src.withheld": "The text of this document is not published on this site: it names the applicants of initiatives, and their consent to publication is not recorded. What the site took from the document is listed below.",
  "src.link": "The document at its source",
};
