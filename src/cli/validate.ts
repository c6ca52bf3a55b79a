/**
 * `npm run validate [-- --data DIR] [--lang ru|ky|en]`: checks a data folder and prints, per
 * file, a short table of problems (row | column | value | what is wrong and how to fix it),
 * then a one-line summary. Exits 1 when there is an error (warnings alone pass: the site
 * shows them). On GitHub Actions it also annotates the pull request and writes a job summary.
 */
import { appendFileSync } from 'node:fs';
import { hasErrors } from '../datasets/load.ts';
import { loadData } from '../checks/load.ts';
import { isLang, type Lang } from '../i18n/langs.ts';
import { dataDirFrom, flag } from './args.ts';
import { githubAnnotations, markdownReport, textReport } from './report.ts';

const args = process.argv.slice(2);
const lang = (flag(args, 'lang') ?? 'ru') as Lang;
if (!isLang(lang)) {
  console.error('--lang: ru | ky | en');
  process.exit(2);
}
const dir = dataDirFrom(args);

const { problems, municipalities } = loadData(dir);
console.log(textReport(problems, lang, dir, municipalities.length));

if (process.env.GITHUB_ACTIONS === 'true') {
  for (const line of githubAnnotations(problems, lang, dir)) console.log(line);
  const summary = process.env.GITHUB_STEP_SUMMARY;
  if (summary) appendFileSync(summary, markdownReport(problems, lang, dir));
}
process.exit(hasErrors(problems) ? 1 : 0);
