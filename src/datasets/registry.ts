/** Every CSV dataset of a municipality folder, in the order pages and downloads list them. */
import { actionPlans } from './tables/action-plans.ts';
import { appraisals } from './tables/appraisals.ts';
import { budget } from './tables/budget.ts';
import { contestPlan } from './tables/contest-plan.ts';
import { contests } from './tables/contests.ts';
import { eventTopics } from './tables/event-topics.ts';
import { events } from './tables/events.ts';
import { funding } from './tables/funding.ts';
import { hearingOutcomes } from './tables/hearing-outcomes.ts';
import { hearings } from './tables/hearings.ts';
import { initiativeGroups } from './tables/initiative-groups.ts';
import { initiatives } from './tables/initiatives.ts';
import { monitoringGroups } from './tables/monitoring-groups.ts';
import { population } from './tables/population.ts';
import { priorities } from './tables/priorities.ts';
import { projectOutputs } from './tables/project-outputs.ts';
import { projects } from './tables/projects.ts';
import { statedTotals } from './tables/stated-totals.ts';
import { surveys } from './tables/surveys.ts';
import { translations } from './tables/translations.ts';
import type { RecordOf } from './define.ts';

export const datasets = {
  budget,
  hearings,
  hearing_outcomes: hearingOutcomes,
  stated_totals: statedTotals,
  contests,
  contest_plan: contestPlan,
  initiatives,
  funding,
  appraisals,
  priorities,
  initiative_groups: initiativeGroups,
  action_plans: actionPlans,
  projects,
  project_outputs: projectOutputs,
  events,
  event_topics: eventTopics,
  monitoring_groups: monitoringGroups,
  surveys,
  translations,
  population,
} as const;

export type DatasetName = keyof typeof datasets;
export type Tables = { [K in DatasetName]: RecordOf<(typeof datasets)[K]>[] };
export const datasetNames = Object.keys(datasets) as DatasetName[];
