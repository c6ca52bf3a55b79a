import { defineCsv } from '../define.ts';
import { count, id, num, optNum, optText, optYear, sourceColumns } from '../fields.ts';

/** Satisfaction surveys: the score only means something with its scale and respondents. */
export const surveys = defineCsv({
  name: 'surveys',
  file: 'surveys.csv',
  title: { ru: 'Оценка услуг населением', ky: 'Кызматтарды калктын баалоосу', en: 'Satisfaction surveys' },
  description: {
    ru: 'Опросы удовлетворённости услугами: число опрошенных, шкала, средний балл, метод.',
    en: 'Service satisfaction surveys: respondents, scale, average score, method.',
  },
  columns: {
    id: id({ ru: 'Идентификатор', en: 'Id', example: 'survey-1' }),
    year: optYear({ ru: 'Год', en: 'Year' }),
    respondents: count({ ru: 'Опрошено человек', en: 'Respondents' }),
    scale_max: num({ ru: 'Максимум шкалы', en: 'Scale maximum', min: 1, max: 100, example: '5' }),
    score: optNum({ ru: 'Средний балл', en: 'Average score', min: 0, max: 100, example: '3,6' }),
    method_ru: optText({ ru: 'Метод', en: 'Method' }),
    conclusion_ru: optText({ ru: 'Вывод, как в источнике', en: 'Conclusion as in the source' }),
    ...sourceColumns,
  },
  key: ['id'],
});
