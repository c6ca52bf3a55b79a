import { describe, expect, it } from 'vitest';
import { loadData } from '../../../../src/checks/load.ts';
import { planningChain, planningColumns, problemTitles } from '../../../../src/site/components/planning-chain/planning-chain.ts';
import { tableBody } from '../../../../src/site/components/table/table.ts';
import { FIXTURE_DATA } from '../../../helpers/fixture.ts';

const seeds = loadData(FIXTURE_DATA).municipalities;
const akChiy = seeds.find((m) => m.profile.id === 'ak-chiy-kachybek-sovetskoe')!;
const orozbekov = seeds.find((m) => m.profile.id === 'orozbekov')!;

describe('planningChain', () => {
  const chain = planningChain(akChiy);

  it('joins each appraisal round with its events and its ranked problems', () => {
    expect(chain.rounds.map((r) => r.appraisal.id)).toEqual(['pra-1', 'pra-2']);
    for (const r of chain.rounds) {
      expect(r.events.every((e) => e.appraisal === r.appraisal.id)).toBe(true);
      expect(r.problems.every((p) => p.appraisal === r.appraisal.id)).toBe(true);
    }
    expect(chain.rounds.flatMap((r) => r.problems)).toHaveLength(akChiy.tables.priorities.length);
  });

  it('gives each action plan its period and the remainder its parts leave unexplained', () => {
    expect(chain.plans.map((p) => [p.id, p.period, p.remainder])).toEqual([
      ['psd-2012-2014', '2012–2014', 5684800 - 357800 - 3151000],
      ['psd-2015-2017', '2015–2017', undefined],
    ]);
  });

  it('is empty for a municipality with no appraisal, plan or project', () => {
    expect(chain.empty).toBe(false);
    expect(planningChain(orozbekov).empty).toBe(true);
  });
});

describe('problemTitles', () => {
  it('names problems by their Russian titles, an unknown id by itself', () => {
    const [first] = akChiy.tables.priorities;
    expect(problemTitles(akChiy, [first!.id, 'no-such'])).toEqual([first!.title_ru, 'no-such']);
  });
});

describe('planningColumns', () => {
  it('shows a problem’s or project’s own-language title first, else the site’s translation (with its original), marked with the language it is in', () => {
    const [p1, p2] = akChiy.tables.priorities;
    const problems = [{ ...p1!, title_ky: 'Жаштардын маселелери' }, p2!];
    const { problems: problemColumns, projects: projectColumns } = planningColumns('ky', akChiy);
    expect(tableBody('ky', problemColumns, problems).map((r) => [r.cells[1]!.text, r.cells[1]!.dataLang])).toEqual([
      ['Жаштардын маселелери', 'ky'], // the source's own Kyrgyz title wins over the site's translation
      ['Көчөлөрдү жарыктандыруу', 'ky'], // translations.csv
    ]);
    expect(tableBody('ky', problemColumns, problems)[1]!.cells[1]!.shown?.original).toEqual({ text: p2!.title_ru, lang: 'ru' });
    const project = { ...akChiy.tables.projects[0]!, title_en: 'Roads and bridges' };
    expect(tableBody('en', planningColumns('en', akChiy).projects, [project])[0]!.cells[0]).toMatchObject({ text: 'Roads and bridges', dataLang: 'en' });
    expect(tableBody('ky', projectColumns, [project])[0]!.cells[0]).toMatchObject({ text: 'Ички жолдорду жана көпүрөлөрдү оңдоо', dataLang: 'ky' });
    expect(tableBody('ru', planningColumns('ru', akChiy).projects, [project])[0]!.cells[0]).toMatchObject({ text: project.title_ru, dataLang: 'ru' });
  });
});
