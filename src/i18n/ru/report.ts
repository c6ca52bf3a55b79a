/** The validator's words in Russian: its report, the staff guide's table of codes, the treasury check's summary. */
import { formatNumber } from '../format.ts';
import type { ReportTexts } from '../types.ts';

export const report: ReportTexts = {
  validate: {
    title: 'Проверка данных',
    row: 'Строка',
    column: 'Столбец',
    value: 'Значение',
    problem: 'Что не так и как исправить',
    error: 'ошибка',
    warning: 'предупреждение',
    ok: 'Ошибок нет.',
    guide: 'Что значит каждый код и как исправить: docs/staff-guide.ru.md',
    summary: (e: number, w: number, f: number) => `Итого: ошибок ${e}, предупреждений ${w}, файлов с замечаниями ${f}.`,
    times: (n: number) => `в ${formatNumber('ru', n)} строках`,
    various: 'разные',
  },
  codes: {
    head: ['Код', 'Вид', 'Что не так и как исправить (так пишет проверка)'],
    error: 'ошибка',
    warning: 'предупреждение',
    both: 'ошибка или предупреждение',
  },
  transactions: (rows: number, e: number, shown: number) => `Строк: ${rows}. Ошибок: ${e}.${e > shown ? ` Показаны первые ${shown}.` : ''}`,
};
