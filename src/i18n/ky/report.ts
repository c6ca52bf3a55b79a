/** The validator's words in Kyrgyz: its report, the staff guide's table of codes, the treasury check's summary. */
import { formatNumber } from '../format.ts';
import type { ReportTexts } from '../types.ts';

export const report: ReportTexts = {
  validate: {
    title: 'Маалыматтарды текшерүү',
    row: 'Сап',
    column: 'Мамыча',
    value: 'Маани',
    problem: 'Эмнеси туура эмес жана кантип оңдоо керек',
    error: 'ката',
    warning: 'эскертүү',
    ok: 'Ката жок.',
    guide: 'Ар бир код эмнени билдирет жана кантип оңдоо керек: docs/staff-guide.ky.md',
    summary: (e: number, w: number, f: number) => `Жыйынтык: ката ${e}, эскертүү ${w}, кемчилиги бар файлдар ${f}.`,
    times: (n: number) => `${formatNumber('ky', n)} сапта`,
    various: 'ар кандай',
  },
  codes: {
    head: ['Код', 'Түрү', 'Эмнеси туура эмес жана кантип оңдоо керек (текшерүү ушинтип жазат)'],
    error: 'ката',
    warning: 'эскертүү',
    both: 'ката же эскертүү',
  },
  transactions: (rows: number, e: number, shown: number) => `Саптар: ${rows}. Каталар: ${e}.${e > shown ? ` Алгачкы ${shown} көрсөтүлдү.` : ''}`,
};
