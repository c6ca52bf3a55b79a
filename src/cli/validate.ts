/**
 * `npm run validate [-- --data DIR] [--lang ru|ky|en] [--format text|markdown]`: checks a data
 * folder and prints, per file, a short table of problems (row | column | value | what is wrong
 * and how to fix it), then a one-line summary. Exits 1 when there is an error (warnings alone
 * pass: the site shows them). On GitHub Actions the text report also annotates the pull request.
 * `--format markdown` prints the report as Markdown tables, in Russian and then Kyrgyz (or only
 * in `--lang`): the workflow appends it to the job summary, shown on the pull-request page.
 */
import { hasErrors } from '../datasets/load.ts';
import { loadData } from '../checks/load.ts';
import { isLang, type Lang } from '../i18n/langs.ts';
import { dataDirFrom, flag } from './args.ts';
import { githubAnnotations, markdownReports, textReport } from './report.ts';

const args = process.argv.slice(2);
const lang = (flag(args, 'lang') ?? 'ru') as Lang;
const format = flag(args, 'format') ?? 'text';
if (!isLang(lang) || (format !== 'text' && format !== 'markdown')) {
  console.error('--lang: ru | ky | en; --format: text | markdown');
  process.exit(2);
}
const dir = dataDirFrom(args);

const { problems, municipalities } = loadData(dir);
if (format === 'markdown') {
  console.log(markdownReports(problems, flag(args, 'lang') ? [lang] : ['ru', 'ky'], dir));
} else {
  console.log(textReport(problems, lang, dir, municipalities.length));
  if (process.env.GITHUB_ACTIONS === 'true') for (const line of githubAnnotations(problems, lang, dir)) console.log(line);
}
process.exit(hasErrors(problems) ? 1 : 0);
