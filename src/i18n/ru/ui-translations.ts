/** Interface text for the site's translations of source texts (issue 15). */
export const uiTranslations = {
  /** The visible mark after a text the site translated; a tap on it shows the original. */
  'tr.mark': "перевод сайта",
  'tr.originals': 'Оригиналы текстов, переведённых сайтом',
  'tr.original': 'Оригинал',
  'tr.explain': "Этот перевод сделан сайтом; слова источника:",
  "src.text": "Текст документа",
  "src.textNote": "Текст источника как есть (текст слайдов): цифры и названия не исправлены.",
  "src.withheld": "Текст этого документа на сайте не публикуется: в нём по имени названы заявители инициатив, а их согласие на публикацию не записано. Что сайт взял из документа — ниже.",
  "src.link": "Документ у источника",
};
