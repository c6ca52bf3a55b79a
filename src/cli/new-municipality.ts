/**
 * `npm run new:municipality -- <id> [--source DOC] [--data DIR] [--lang ru|ky|en]`: creates
 * data/municipalities/<id>/ with every dataset's CSV (header row only) and a municipality.json
 * to fill in. The profile points to DOC, or to the municipality's document in sources.json,
 * or to a new entry "<id>-profile" added there. Never overwrites: an existing folder stops it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isId } from '../datasets/ids.ts';
import { loadData } from '../datasets/load.ts';
import { sourcesSchema } from '../datasets/municipality.ts';
import { problemMessage, type Lang } from '../datasets/problems.ts';
import { formatSourcesJson } from '../staff/sources-json.ts';
import { skeletonSource, writeSkeleton } from '../staff/skeleton.ts';
import { dataDirFrom, flag } from './args.ts';
import { textReport } from './report.ts';

const args = process.argv.slice(2);
const lang = (flag(args, 'lang') ?? 'ru') as Lang;
const WITH_VALUE = new Set(['--data', '--source', '--lang']);
const positional = args.filter((a, i) => !a.startsWith('--') && !WITH_VALUE.has(args[i - 1] ?? ''));
const id = positional[0];
const dir = dataDirFrom(args);
const requested = flag(args, 'source');

const say = {
  ru: {
    usage: 'Укажите id нового айылного аймака: npm run new:municipality -- kara-suu',
    badId: (x: string) => `«${x}» не подходит как id: ${problemMessage({ code: 'bad-id', severity: 'error', file: '' }, 'ru')}`,
    exists: (p: string) => `Папка ${p} уже есть — ничего не изменено, чтобы не затереть данные. Выберите другой id или правьте файлы в этой папке.`,
    noSources: (p: string) => `Не удалось прочитать ${p}. Запустите npm run validate — он покажет, что исправить.`,
    noDoc: (d: string, p: string) => `В ${p} нет документа «${d}». Добавьте его туда или не указывайте --source.`,
    created: (p: string) => `Создана папка ${p}:`,
    addedSource: (d: string, p: string) => `В ${p} добавлена запись «${d}»: впишите название (title_ru), вид (kind_ru) и файл документа.`,
    next: 'Дальше: заполните municipality.json (неизвестное оставьте null) и таблицы, затем запустите npm run validate.',
    check: 'Проверка новой папки:',
  },
  ky: {
    usage: 'Жаңы айылдык аймактын id көрсөтүңүз: npm run new:municipality -- kara-suu',
    badId: (x: string) => `«${x}» id катары ылайыктуу эмес: ${problemMessage({ code: 'bad-id', severity: 'error', file: '' }, 'ky')}`,
    exists: (p: string) => `${p} папкасы мурун эле бар — маалыматтар өчүп калбашы үчүн эч нерсе өзгөргөн жок. Башка id тандаңыз же ушул папкадагы файлдарды оңдоңуз.`,
    noSources: (p: string) => `${p} окулган жок. npm run validate иштетиңиз — ал эмнени оңдоо керектигин көрсөтөт.`,
    noDoc: (d: string, p: string) => `${p} ичинде «${d}» документи жок. Аны ошол жерге кошуңуз же --source көрсөтпөңүз.`,
    created: (p: string) => `${p} папкасы түзүлдү:`,
    addedSource: (d: string, p: string) => `${p} файлына «${d}» жазуусу кошулду: документтин аталышын (title_ru), түрүн (kind_ru) жана файлын жазыңыз.`,
    next: 'Андан ары: municipality.json файлын (белгисизди null калтырыңыз) жана таблицаларды толтуруп, npm run validate иштетиңиз.',
    check: 'Жаңы папканы текшерүү:',
  },
  en: {
    usage: 'Give the new municipality’s id: npm run new:municipality -- kara-suu',
    badId: (x: string) => `"${x}" cannot be an id: ${problemMessage({ code: 'bad-id', severity: 'error', file: '' }, 'en')}`,
    exists: (p: string) => `The folder ${p} already exists — nothing was changed, so no data is overwritten. Choose another id or edit the files in that folder.`,
    noSources: (p: string) => `Could not read ${p}. Run npm run validate: it shows what to fix.`,
    noDoc: (d: string, p: string) => `${p} has no document "${d}". Add it there or leave out --source.`,
    created: (p: string) => `Created ${p}:`,
    addedSource: (d: string, p: string) => `Added the entry "${d}" to ${p}: fill in the document’s title (title_ru), kind (kind_ru) and file.`,
    next: 'Next: fill in municipality.json (leave unknowns null) and the tables, then run npm run validate.',
    check: 'Check of the new folder:',
  },
}[lang];

function stop(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

if (!id) stop(say.usage, 2);
if (!isId(id)) stop(say.badId(id));
const folder = join(dir, 'municipalities', id);
if (existsSync(folder)) stop(say.exists(folder));

const sourcesPath = join(dir, 'sources.json');
let sources;
try {
  sources = sourcesSchema.parse(JSON.parse(readFileSync(sourcesPath, 'utf8')));
} catch {
  stop(say.noSources(sourcesPath));
}
if (requested !== undefined && !sources.some((s) => s.id === requested)) stop(say.noDoc(requested, sourcesPath));
let doc = requested ?? sources.find((s) => s.municipality === id)?.id;
let added: string | undefined;
if (doc === undefined) {
  const entry = skeletonSource(id);
  doc = entry.id;
  if (!sources.some((s) => s.id === entry.id)) {
    writeFileSync(sourcesPath, formatSourcesJson([...sources, entry] as unknown as Array<Record<string, unknown>>));
    added = entry.id;
  }
}

const files = writeSkeleton(folder, id, doc);
console.log(say.created(folder));
console.log(files.map((f) => `  ${f}`).join('\n'));
if (added) console.log(`\n${say.addedSource(added, sourcesPath)}`);

// Only this municipality's problems: others' are not this command's business.
const mine = loadData(dir).problems.filter((p) => p.file.startsWith(`municipalities/${id}/`) || (added !== undefined && p.file === 'sources.json' && p.column?.startsWith(`${added}.`)));
console.log(`\n${say.check}`);
console.log(textReport(mine, lang, folder, 1));
console.log(`\n${say.next}`);
process.exit(mine.some((p) => p.severity === 'error') ? 1 : 0);
