/** One download, sources, what changed, the releases feed, search, the "corrected" marker — in English. */
import type { followUi as ru } from '../ru/ui-follow.ts';

export const followUi: Record<keyof typeof ru, string> = {
  'follow.all': 'All the data in one archive: all.zip',
  'follow.allMeta': '{size}; SHA-256: {sha256}. It holds every published file: CSV, JSON, datapackage.json, sources, README and the .pb exports.',
  'follow.sources': 'Source documents ({n})',
  'follow.sourcesHint': 'Every record points to a document of this list (column source_doc).',
  'follow.pb': 'Local-initiative contests in pabulib’s .pb format for researchers: data/pb/<municipality>/<contest>.pb.',
  'follow.changes': 'What changed',
  'follow.changesIntro': 'This release of the data compared with the previous published one: rows added, removed and changed per dataset and municipality, with old and new values.',
  'follow.feed': 'Releases feed (Atom)',
  'follow.changelog': 'Change log (JSON)',
  'follow.noPrevious': 'No previous release found: this is the first.',
  'follow.noChanges': 'The data did not change since the previous release.',
  'follow.since': 'Compared with release {version} of {date}.',
  'follow.added': 'rows added: {n}',
  'follow.removed': 'rows removed: {n}',
  'follow.changed': 'rows changed: {n}',
  'follow.totals': 'Total {column}: was {before}, now {after}',
  'follow.corrected': 'corrected on {date}, was {old}',
  'follow.key': 'Row (key)',
  'follow.column': 'Column',
  'follow.old': 'Was',
  'follow.new': 'Now',
  'search.label': 'Search the site',
  'search.placeholder': 'A word in Kyrgyz, Russian or English',
  'search.noJs': 'Search needs JavaScript; without it, the data catalogue',
};
