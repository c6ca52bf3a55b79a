/** Events and trainings: the events table's columns and each training with its topics in order. */
import type { MunicipalityData } from '../../../datasets/load.ts';
import type { Row } from '../../../figures/municipality.ts';
import { t, type Key, type Lang } from '../../../i18n/index.ts';
import type { Column } from '../table/table.ts';

/** Trainings that list topics, each with its topics by position. */
export const trainingsWithTopics = (m: MunicipalityData) =>
  m.tables.events
    .filter((e) => e.type === 'training')
    .map((e) => ({ e, topics: m.tables.event_topics.filter((x) => x.event_id === e.id).sort((a, b) => a.position - b.position) }))
    .filter((x) => x.topics.length > 0);

/** The columns; the age groups only where some event gives them (the seeds count 18–35, 36–55, 55+). */
export function eventColumns(lang: Lang, events: readonly Row<'events'>[] = []): Column<Row<'events'>>[] {
  const ages = ([['age_18_35', '18–35'], ['age_36_55', '36–55'], ['age_55_plus', '55+']] as const).filter(([k]) => events.some((e) => e[k] !== undefined));
  return [
    { label: t(lang, 'common.type'), kind: 'text', get: (r) => t(lang, `event.${r.type}` as Key) },
    { label: t(lang, 'common.title'), kind: 'text', get: (r) => r.title_ru, dataLang: 'ru' },
    { label: t(lang, 'common.count'), kind: 'count', get: (r) => r.count },
    { label: t(lang, 'common.participants'), kind: 'count', get: (r) => r.participants },
    { label: t(lang, 'common.women'), kind: 'count', get: (r) => r.women },
    { label: t(lang, 'common.deputiesAttendances'), kind: 'count', get: (r) => r.deputies },
    ...ages.map(([k, range]): Column<Row<'events'>> => ({ label: t(lang, 'answers.age', { range }), kind: 'count', get: (r) => r[k] })),
  ];
}
