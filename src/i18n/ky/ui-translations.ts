/** Interface text for the site's translations of source texts (issue 15). */
export const uiTranslations = {
  /** The visible mark after a text the site translated; a tap on it shows the original. */
  'tr.mark': "сайттын котормосу",
  'tr.originals': 'Сайт которгон тексттердин түп нускалары',
  'tr.original': 'Түп нускасы',
  'tr.explain': "Бул котормону сайт жасаган; булактын өз сөздөрү:",
  "src.text": "Документтин тексти",
  "src.textNote": "Булактын тексти кандай болсо, ошондой (слайддардын тексти, орусча): сандары жана аталыштары оңдолгон эмес.",
  "src.withheld": "Бул документтин тексти сайтта жарыяланбайт: анда демилгелерге арыз бергендердин аты-жөнү жазылган, ал эми алардын жарыялоого макулдугу жазылган эмес. Сайт документтен эмне алганы төмөндө.",
  "src.link": "Документ булагында",
};
