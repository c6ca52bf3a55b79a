import { defineCsv } from '../define.ts';
import { id, num, oneOf, optText, text, sourceColumns } from '../fields.ts';

/**
 * Totals as a source states them ("Общий итог: 449"). Kept beside the rows they total so the
 * site can show both the stated and the computed figure; they are never used as the sum.
 */
export const statedTotals = defineCsv({
  name: 'stated_totals',
  file: 'stated_totals.csv',
  title: { ru: 'Итоги, указанные в источниках', ky: 'Булактарда көрсөтүлгөн жыйынтыктар', en: 'Totals as stated in the sources' },
  description: {
    ru: 'Итоги, как они напечатаны в источнике, для сверки с суммой строк. Фильтр выбирает строки: «type=execution» или пусто — все строки.',
    en: 'Totals as printed in a source, to check against the sum of rows. The filter picks rows: "type=execution", or empty for all rows.',
  },
  columns: {
    id: id({ ru: 'Идентификатор', en: 'Id', example: 'hearings-all-participants' }),
    dataset: oneOf(['hearings', 'events'], { ru: 'Таблица, строки которой суммируются', en: 'Dataset whose rows are summed' }),
    filter: optText({ ru: 'Фильтр строк «столбец=значение» (несколько — через «;»)', en: 'Row filter "column=value" (several separated by ";")', example: 'type=execution' }),
    column: text({ ru: 'Суммируемый столбец', en: 'Column summed', example: 'participants' }),
    stated: num({ ru: 'Итог, как указан', en: 'Total as stated' }),
    label_ru: optText({ ru: 'Подпись итога в источнике', en: 'Label of the total in the source', example: 'Общий итог' }),
    ...sourceColumns,
  },
  key: ['id'],
});
