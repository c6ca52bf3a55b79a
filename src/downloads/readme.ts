/**
 * The data README (/data/README.md, also as README.txt), in English and Russian: files, formats,
 * how to read values, formula neutralisation, every dataset's columns (from the declarations)
 * and the known inconsistencies of the sources (the checks' warnings and the data's own notes).
 * The explanations are the catalogue page's dictionary strings, so page and README agree.
 */
import type { LoadedData } from '../datasets/load.ts';
import { datasets, datasetNames } from '../datasets/registry.ts';
import { columnText, datasetText, formatProblem, t, type PublishedTable } from '../i18n/index.ts';
import type { Catalogue, CatalogueTable } from './catalogue.ts';
import { LICENCE } from './datapackage.ts';
import { releaseDate, type Release } from './release.ts';

type Lang = 'en' | 'ru';

const FILES: Record<Lang, string[]> = {
  en: [
    '`<dataset>.csv` — all municipalities together, with a `municipality` column first;',
    '`<municipality>/<dataset>.csv` — one municipality, the same columns as its source file;',
    '`excel/<dataset>.csv`, `excel/<municipality>/<dataset>.csv` — the same tables for Excel;',
    '`<dataset>.json`, `<municipality>/<dataset>.json` — the same tables as JSON;',
    '`municipalities.csv` (and `.json`, `excel/`) — one row per municipality; `<municipality>/municipality.json` — its full profile, described by `schemas/municipality.schema.json`;',
    '`sources.json` — the source documents that `source_doc` points to;',
    '`datapackage.json` — the Frictionless Data Package (v2) descriptor: every file with its size, sha256 hash and column schema.',
  ],
  ru: [
    '`<набор>.csv` — все муниципалитеты вместе, первый столбец — `municipality`;',
    '`<муниципалитет>/<набор>.csv` — один муниципалитет, столбцы как в его исходном файле;',
    '`excel/<набор>.csv`, `excel/<муниципалитет>/<набор>.csv` — те же таблицы для Excel;',
    '`<набор>.json`, `<муниципалитет>/<набор>.json` — те же таблицы в JSON;',
    '`municipalities.csv` (а также `.json`, `excel/`) — по строке на муниципалитет; `<муниципалитет>/municipality.json` — полный профиль, его схема — `schemas/municipality.schema.json`;',
    '`sources.json` — документы-источники, на которые ссылается `source_doc`;',
    '`datapackage.json` — описание пакета Frictionless Data Package (v2): каждый файл с размером, хешем sha256 и схемой столбцов.',
  ],
};

/** For people who read the CSV files with their own code. */
const READING: Record<Lang, string[]> = {
  en: [
    "To get a neutralised text back, remove one leading apostrophe when it is followed by =, +, -, @, a tab, a carriage return or another apostrophe (text that itself starts with an apostrophe before such a character gets one more, so this is exact). JSON files are not neutralised.",
    'The files are generated from the validated data on every build; the same data give byte-identical files. Sizes and sha256 hashes of all files are in `datapackage.json`.',
  ],
  ru: [
    'Чтобы вернуть исходный текст, уберите один апостроф в начале ячейки, если за ним следует =, +, -, @, табуляция, возврат каретки или ещё один апостроф (тексту, который сам начинается с апострофа перед таким знаком, добавляется ещё один, поэтому преобразование точное). В JSON текст не меняется.',
    'Файлы создаются из проверенных данных при каждой сборке сайта; одни и те же данные дают побайтно одинаковые файлы. Размеры и хеши sha256 всех файлов — в `datapackage.json`.',
  ],
};

const HEAD: Record<Lang, { files: string; problems: string; checks: string; notesRef: string; none: string }> = {
  en: {
    files: 'Files',
    problems: 'Known inconsistencies of the sources',
    checks: 'Differences the checks found (both figures are published):',
    notesRef: 'Every other explanation is in the `note` column of the row it concerns (in Russian); they are listed at the end of this file.',
    none: 'none',
  },
  ru: {
    files: 'Файлы',
    problems: 'Известные расхождения в источниках',
    checks: 'Расхождения, найденные проверкой (опубликованы оба числа):',
    notesRef: 'Остальные пояснения — в столбце `note` той строки, к которой они относятся; они перечислены в конце этого файла.',
    none: 'нет',
  },
};

function section(lang: Lang, c: Catalogue, o: ReadmeOptions): string[] {
  const h = HEAD[lang];
  const date = releaseDate(o.release);
  const warnings = o.data.problems.filter((p) => p.severity === 'warning').map((p) => `- ${formatProblem(lang, p)}`);
  return [
    `## ${lang === 'en' ? 'English' : 'Русский'}`,
    '',
    t(lang, 'data.intro'),
    '',
    `${t(lang, 'data.version', { version: o.release.version, date })} ${t(lang, 'data.licence')} ${LICENCE.path}`,
    '',
    `### ${h.files}`,
    '',
    ...FILES[lang].map((x) => `- ${x}`),
    '',
    `### ${t(lang, 'data.formats')}`,
    '',
    ...(['machine', 'excel', 'json'] as const).map((f) => `- ${t(lang, `data.format.${f}`)}`),
    '',
    `### ${t(lang, 'data.values')}`,
    '',
    ...(['data.missing', 'data.units', 'data.dates', 'data.lists', 'data.formula'] as const).map((k) => `- ${t(lang, k)}`),
    `- ${t(lang, 'data.combinedNote')}`,
    ...READING[lang].map((x) => `- ${x}`),
    '',
    `### ${h.problems}`,
    '',
    t(lang, 'data.problems'),
    '',
    h.checks,
    '',
    ...(warnings.length ? warnings : [`- ${h.none}`]),
    '',
    h.notesRef,
    '',
    `### ${t(lang, 'data.cite')}`,
    '',
    t(lang, 'data.citation', { site: t(lang, 'site.name'), title: t(lang, 'data.title'), version: o.release.version, date, url: o.url ?? 'data/' }),
    '',
  ];
}

const cellText = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function datasetSection(entry: CatalogueTable): string[] {
  const d = entry.dataset;
  const table = d.name as PublishedTable;
  const [en, ru] = [datasetText('en', table), datasetText('ru', table)];
  const rows = entry.rows;
  const y = entry.years;
  const years = !y ? '—' : y.from === y.to ? String(y.from) : `${y.from}–${y.to}`;
  return [
    `### ${d.name} — ${en.title} / ${ru.title}`,
    '',
    en.description,
    '',
    ru.description,
    '',
    `Files / файлы: ${entry.combined.map((f) => `\`${f.path}\``).join(', ')}; rows / строк: ${rows}; municipalities / муниципалитетов: ${entry.municipalities.length}; years / годы: ${years}. Key / ключ: ${d.key.join(' + ')}.`,
    '',
    '| column / столбец | type / тип | unit / единица | required / обяз. | description | описание |',
    '| --- | --- | --- | --- | --- | --- |',
    ...entry.columns.map(
      (c) => `| \`${c.name}\` | ${c.meta.type} | ${c.meta.unit ?? ''} | ${c.meta.required ? 'yes / да' : ''} | ${cellText(columnText('en', table, c.name))}${c.meta.values ? ` (${c.meta.values.join(', ')})` : ''} | ${cellText(columnText('ru', table, c.name))} |`,
    ),
    '',
  ];
}

/** Every note of the data: per-row `note` cells and the profiles' notes, with where they sit. */
function notes(data: ReadmeOptions['data']): string[] {
  const out: string[] = [];
  for (const m of data.municipalities) {
    for (const note of m.profile.notes_ru) out.push(`- municipalities/${m.profile.id}/municipality.json: ${note}`);
    for (const name of datasetNames) {
      for (const row of m.tables[name] as unknown as Array<{ _row: number; note?: string }>) {
        if (row.note) out.push(`- municipalities/${m.profile.id}/${datasets[name].file}, row / строка ${row._row}: ${cellText(row.note)}`);
      }
    }
  }
  return out;
}

export interface ReadmeOptions {
  release: Release;
  data: Pick<LoadedData, 'municipalities' | 'problems'>;
  /** Absolute URL of /data/, when the site address is known. */
  url?: string;
}

export function readme(c: Catalogue, o: ReadmeOptions): string {
  const lines = [
    `# ${t('en', 'site.name')}: ${t('en', 'data.title')} / ${t('ru', 'site.name')}: ${t('ru', 'data.title')}`,
    '',
    ...section('en', c, o),
    ...section('ru', c, o),
    '## Datasets / Наборы данных',
    '',
    ...c.tables.flatMap(datasetSection),
    '## Notes in the data / Примечания в данных',
    '',
    ...notes(o.data),
    '',
  ];
  return lines.join('\n');
}
