/**
 * The data README (/data/README.md, also as README.txt), in English and Russian: files, formats,
 * how to read values, formula neutralisation, every dataset's columns (from the declarations)
 * and the known inconsistencies of the sources (the checks' warnings and the data's own notes).
 * The explanations are the catalogue page's dictionary strings, so page and README agree; the
 * README's own words are in src/i18n/{en,ru}/downloads.ts.
 */
import type { LoadedData } from '../datasets/load.ts';
import { datasets, datasetNames } from '../datasets/registry.ts';
import { columnText, datasetText, downloadTexts, formatProblem, t, type PublishedTable } from '../i18n/index.ts';
import type { Catalogue, CatalogueTable } from './catalogue.ts';
import { LICENCE } from './datapackage.ts';
import { releaseDate, type Release } from './release.ts';

/** The README's two languages. */
type ReadmeLang = keyof typeof downloadTexts;

function section(lang: ReadmeLang, c: Catalogue, o: ReadmeOptions): string[] {
  const { head: h, files, reading, words } = downloadTexts[lang];
  const date = releaseDate(o.release);
  const warnings = o.data.problems.filter((p) => p.severity === 'warning').map((p) => `- ${formatProblem(lang, p)}`);
  return [
    `## ${words.language}`,
    '',
    t(lang, 'data.intro'),
    '',
    `${t(lang, 'data.version', { version: o.release.version, date })} ${t(lang, 'data.licence')} ${LICENCE.path}`,
    '',
    `### ${h.files}`,
    '',
    ...files.map((x) => `- ${x}`),
    '',
    `### ${t(lang, 'data.formats')}`,
    '',
    ...(['machine', 'excel', 'json'] as const).map((f) => `- ${t(lang, `data.format.${f}`)}`),
    '',
    `### ${t(lang, 'data.values')}`,
    '',
    ...(['data.missing', 'data.units', 'data.dates', 'data.lists', 'data.formula'] as const).map((k) => `- ${t(lang, k)}`),
    `- ${t(lang, 'data.combinedNote')}`,
    ...reading.map((x) => `- ${x}`),
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

/** A label in English, then in Russian, as the README's dataset sections pair them. */
const both = (k: keyof (typeof downloadTexts)['en']['words']) => `${downloadTexts.en.words[k]} / ${downloadTexts.ru.words[k]}`;

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
    `${both('files')}: ${entry.combined.map((f) => `\`${f.path}\``).join(', ')}; ${both('rows')}: ${rows}; ${both('municipalities')}: ${entry.municipalities.length}; ${both('years')}: ${years}. ${both('key')}: ${d.key.join(' + ')}.`,
    '',
    `| ${both('column')} | ${both('type')} | ${both('unit')} | ${both('required')} | ${downloadTexts.en.words.description} | ${downloadTexts.ru.words.description} |`,
    '| --- | --- | --- | --- | --- | --- |',
    ...entry.columns.map(
      (c) => `| \`${c.name}\` | ${c.meta.type} | ${c.meta.unit ?? ''} | ${c.meta.required ? both('yes') : ''} | ${cellText(columnText('en', table, c.name))}${c.meta.values ? ` (${c.meta.values.join(', ')})` : ''} | ${cellText(columnText('ru', table, c.name))} |`,
    ),
    '',
  ];
}

/**
 * The profiles' notes (in no table), then how many rows of each table carry a `note`: the notes
 * themselves are in the tables, and listing them all made the README 16 MB for 480 municipalities.
 */
function notes(data: ReadmeOptions['data']): string[] {
  const out = data.municipalities.flatMap((m) => m.profile.notes_ru.map((note) => `- municipalities/${m.profile.id}/municipality.json: ${cellText(note)}`));
  for (const name of datasetNames) {
    let noted = 0;
    for (const m of data.municipalities) for (const row of m.tables[name] as unknown as Array<{ note?: string }>) if (row.note) noted++;
    if (noted) out.push(`- \`${datasets[name].file}\`: ${both('noted')}: ${noted}`);
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
    `## ${both('datasets')}`,
    '',
    ...c.tables.flatMap(datasetSection),
    `## ${both('notes')}`,
    '',
    ...notes(o.data),
    '',
  ];
  return lines.join('\n');
}
