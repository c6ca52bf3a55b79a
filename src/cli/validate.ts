/**
 * `npm run validate [-- --data DIR] [--lang ru|ky|en]`: checks a data folder and prints,
 * per file, each problem with its row, column and value, then a one-line summary.
 * Exits 1 when there is an error (warnings alone pass: the site shows them).
 */
import { hasErrors, loadData } from '../datasets/load.ts';
import { problemMessage, type Lang, type Problem } from '../datasets/problems.ts';
import { dataDirFrom, flag } from './args.ts';

const args = process.argv.slice(2);
const lang = (flag(args, 'lang') ?? 'ru') as Lang;
if (!['ru', 'ky', 'en'].includes(lang)) {
  console.error('--lang: ru | ky | en');
  process.exit(2);
}
const dir = dataDirFrom(args);

const words = {
  ru: { title: 'Проверка данных', row: 'Строка', column: 'Столбец', value: 'Значение', problem: 'Что не так и как исправить', error: 'ошибка', warning: 'предупр.', ok: 'Ошибок нет', summary: (e: number, w: number, f: number) => `Итого: ошибок ${e}, предупреждений ${w}, файлов с замечаниями ${f}.` },
  ky: { title: 'Маалыматтарды текшерүү', row: 'Сап', column: 'Мамыча', value: 'Маани', problem: 'Эмнеси туура эмес жана кантип оңдоо керек', error: 'ката', warning: 'эскертүү', ok: 'Ката жок', summary: (e: number, w: number, f: number) => `Жыйынтык: ката ${e}, эскертүү ${w}, кемчилиги бар файлдар ${f}.` },
  en: { title: 'Data check', row: 'Row', column: 'Column', value: 'Value', problem: 'What is wrong and how to fix it', error: 'error', warning: 'warning', ok: 'No errors', summary: (e: number, w: number, f: number) => `Summary: ${e} error(s), ${w} warning(s), ${f} file(s) with problems.` },
}[lang];

const { problems, municipalities } = loadData(dir);
const byFile = new Map<string, Problem[]>();
for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);

console.log(`${words.title}: ${dir} (${municipalities.length})`);
for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`\n${file}`);
  for (const p of list.sort((a, b) => (a.row ?? 0) - (b.row ?? 0))) {
    const kind = p.severity === 'error' ? words.error : words.warning;
    const where = [p.row !== undefined ? `${words.row} ${p.row}` : '', p.column ? `${words.column} ${p.column}` : '', p.value !== undefined ? `${words.value} «${p.value}»` : '']
      .filter(Boolean)
      .join(' | ');
    console.log(`  [${kind}] ${where}${where ? ' — ' : ''}${problemMessage(p, lang)}`);
  }
}
const errors = problems.filter((p) => p.severity === 'error').length;
console.log(`\n${errors === 0 ? `${words.ok}. ` : ''}${words.summary(errors, problems.length - errors, byFile.size)}`);
process.exit(hasErrors(problems) ? 1 : 0);
