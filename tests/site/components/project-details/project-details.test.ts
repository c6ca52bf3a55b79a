import { describe, expect, it } from 'vitest';
import { loadData } from '../../../../src/checks/load.ts';
import { projectView } from '../../../../src/site/components/project-details/project-details.ts';
import { FIXTURE_DATA } from '../../../helpers/fixture.ts';

const m = loadData(FIXTURE_DATA).municipalities.find((x) => x.profile.id === 'ak-chiy-kachybek-sovetskoe')!;
const project = m.tables.projects.find((p) => p.id === 'roads-bridges')!;

describe('projectView', () => {
  it('follows the chain back to the problems and the plan', () => {
    const v = projectView('ru', m, project);
    expect(v.problems).toBe(m.tables.priorities.find((p) => p.id === 'pp1-roads')!.title_ru);
    expect(v.plan).toBe(m.tables.action_plans.find((p) => p.id === 'psd-2012-2014')!.title_ru ?? 'psd-2012-2014');
    expect(v.chain.outputs.every((o) => o.project === project.id)).toBe(true);
  });

  it('says nothing of problems or plan the project does not name', () => {
    const v = projectView('ru', m, { ...project, priorities: [], plan: undefined });
    expect(v.problems).toBeUndefined();
    expect(v.plan).toBeUndefined();
  });

  it('gathers what every monitoring group of the project checked', () => {
    const v = projectView('ru', m, project);
    expect(v.checked).toEqual(m.tables.monitoring_groups.filter((g) => g.project === project.id).flatMap((g) => g.checked_ru));
  });
});
