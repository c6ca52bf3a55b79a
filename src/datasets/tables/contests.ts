import { defineCsv } from '../define.ts';
import { count, id, optDate, optText, optYear, som, textList, sourceColumns } from '../fields.ts';

/** Local-initiative contests: regulation, priorities, allocation, commission. */
export const contests = defineCsv({
  name: 'contests',
  file: 'contests.csv',
  title: { ru: 'Конкурсы местных инициатив', ky: 'Жергиликтүү демилгелердин сынактары', en: 'Local initiative contests' },
  description: {
    ru: 'Конкурсы местных инициатив: положение (постановление, дата), приоритетные направления, средства местного бюджета, комиссия, заявки.',
    en: 'Local initiative contests: regulation (resolution, date), priority areas, local budget allocation, commission, applications.',
  },
  columns: {
    id: id({ ru: 'Идентификатор', en: 'Id', example: 'mi-1' }),
    year: optYear({ ru: 'Год (если указан)', en: 'Year (if stated)' }),
    title_ru: optText({ ru: 'Название', en: 'Title' }),
    regulation_by_ru: optText({ ru: 'Кем утверждено положение', en: 'Regulation adopted by' }),
    regulation_number: optText({ ru: 'Номер постановления о положении', en: 'Regulation resolution number' }),
    regulation_date: optDate({ ru: 'Дата постановления', en: 'Resolution date' }),
    model_regulation_ru: optText({ ru: 'Типовое положение', en: 'Model regulation' }),
    priorities_ru: textList({ ru: 'Приоритетные направления (через «|»)', en: 'Priority areas ("|"-separated)' }),
    allocation_som: som({ ru: 'Средства местного бюджета на инициативы, сом', en: 'Local budget allocation, som' }),
    allocation_as_written: optText({ ru: 'Сумма, как в источнике', en: 'Allocation as written' }),
    commission_size: count({ ru: 'Членов комиссии', en: 'Commission members' }),
    commission_ru: optText({ ru: 'Состав комиссии', en: 'Commission composition' }),
    applications: count({ ru: 'Подано заявок', en: 'Applications' }),
    steps_ru: textList({ ru: 'Что сделано (через «|»)', en: 'Steps taken ("|"-separated)' }),
    results_ru: textList({ ru: 'Результаты (через «|»)', en: 'Results ("|"-separated)' }),
    ...sourceColumns,
  },
  key: ['id'],
});
