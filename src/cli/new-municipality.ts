/**
 * `npm run new:municipality -- <id> [--source DOC] [--data DIR] [--lang ru|ky|en]`: creates
 * data/municipalities/<id>/ with every dataset's CSV (header row only) and a municipality.json
 * to fill in. The profile points to DOC, or to the municipality's document in sources.json,
 * or to a new entry "<id>-profile" added there. Never overwrites: an existing folder stops it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadData } from '../checks/load.ts';
import { isId } from '../datasets/ids.ts';
import { sourcesSchema } from '../datasets/municipality.ts';
import { problemMessage, texts, type Lang } from '../i18n/index.ts';
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

const say = texts(lang).cli.newMunicipality;

function stop(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

if (!id) stop(say.usage, 2);
if (!isId(id)) stop(say.badId(id, problemMessage(lang, { code: 'bad-id', severity: 'error', file: '' })));
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
