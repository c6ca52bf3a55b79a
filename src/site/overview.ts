/**
 * The overview's answers, as a view model: the latest hearing and what it decided, the latest
 * contest's winners and whom they reached, the counts the data can support, and what is not
 * published yet. Only what is known is returned; nothing here is a "no data" placeholder.
 */
import type { MunicipalityData } from '../datasets/load.ts';
import { applicationsOf } from '../figures/contests.ts';
import type { Row } from '../figures/municipality.ts';
import { sumOf } from '../figures/sums.ts';

/** The sections a municipality may publish, in the order the "not yet published" line names them. */
export const PUBLISHABLE = ['budget', 'hearings', 'contests', 'planning', 'projects', 'monitoring', 'surveys', 'events'] as const;
export type Publishable = (typeof PUBLISHABLE)[number];

const tablesOf: Record<Publishable, (m: MunicipalityData) => readonly unknown[]> = {
  budget: (m) => m.tables.budget,
  hearings: (m) => m.tables.hearings,
  contests: (m) => m.tables.contests,
  planning: (m) => m.tables.action_plans,
  projects: (m) => m.tables.projects,
  monitoring: (m) => m.tables.monitoring_groups,
  surveys: (m) => m.tables.surveys,
  events: (m) => m.tables.events,
};

export const unpublished = (m: MunicipalityData): Publishable[] => PUBLISHABLE.filter((k) => tablesOf[k](m).length === 0);

/** A contest's place in time: its year, else its regulation's date. */
const contestWhen = (c: Row<'contests'>) => String(c.year ?? c.regulation_date ?? '');

export function overview(m: MunicipalityData) {
  const hearings = [...m.tables.hearings].sort((a, b) => a.date.localeCompare(b.date));
  const hearing = hearings.at(-1);
  const decisions = hearing ? [...hearing.decisions_ru, ...m.tables.hearing_outcomes.filter((o) => o.hearing === hearing.id).map((o) => o.decision_ru)] : [];
  // Decisions the source lists apart from any hearing: the latest such meeting, said to be one.
  const meeting = m.tables.hearing_outcomes.filter((o) => !o.hearing && o.date).sort((a, b) => a.date!.localeCompare(b.date!)).at(-1);
  const contest = [...m.tables.contests].sort((a, b) => contestWhen(a).localeCompare(contestWhen(b))).at(-1);
  const applications = contest ? applicationsOf(m, contest.id) : [];
  const winners = applications.filter((a) => a.outcome === 'won');
  const participants = sumOf(m.tables.hearings, 'participants');
  return {
    hearing: hearing && { row: hearing, decisions },
    meeting,
    contest: contest && { row: contest, applications: applications.length, winners },
    counts: {
      hearings: hearings.length || undefined,
      /** Shown only when every hearing gives its attendance (a partial sum would mislead). */
      hearingParticipants: hearings.length && participants.missing === 0 ? participants.value : undefined,
      /** Only where a contest exists: no "0 initiatives" without one. */
      initiativesWon: m.tables.contests.length ? m.tables.contests.reduce((n, c) => n + applicationsOf(m, c.id).filter((a) => a.outcome === 'won').length, 0) : undefined,
      beneficiariesDirect: sumOf(m.tables.projects, 'beneficiaries_direct').value,
      beneficiariesStated: sumOf(m.tables.projects, 'beneficiaries_total').value,
    },
    unpublished: unpublished(m),
  };
}
