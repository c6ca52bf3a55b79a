/**
 * The planning cycle per three-year period: an appraisal ranks priority problems,
 * initiative groups take them on, a joint action plan funds projects (with residents'
 * labour in kind among the sources), and a monitoring group checks one project.
 */
import { asWritten, isoDate, dayIn, round } from './format.ts';
import type { RowOf } from './rows.ts';
import type { PlannedMunicipality } from './country.ts';
import type { Random } from './random.ts';
import { GROUP_NAMES, TOPICS } from './texts.ts';

export interface Planning {
  appraisals: RowOf<'appraisals'>[];
  priorities: RowOf<'priorities'>[];
  initiative_groups: RowOf<'initiative_groups'>[];
  action_plans: RowOf<'action_plans'>[];
  projects: RowOf<'projects'>[];
  project_outputs: RowOf<'project_outputs'>[];
  funding: RowOf<'funding'>[];
  monitoring_groups: RowOf<'monitoring_groups'>[];
  /** First year of each plan → its appraisal round, for the events of that year. */
  appraisalYears: Map<number, string>;
}

type Source = 'local_budget' | 'republican_budget' | 'grant' | 'donor' | 'development_fund' | 'pasture_committee' | 'residents_cash' | 'residents_labour';
const SOURCE_NAMES: Record<Source, string[]> = {
  local_budget: ['местный бюджет', 'МБ'],
  republican_budget: ['республиканский бюджет'],
  grant: ['стимулирующий грант', 'инвестиции (АРИС)'],
  donor: ['донорский проект', 'международная организация'],
  development_fund: ['Фонд развития региона'],
  pasture_committee: ['жайыт комитет', 'пастбищный комитет'],
  residents_cash: ['вклад населения (деньги)'],
  residents_labour: ['трудовой вклад населения', 'ашар (трудовой вклад жителей)'],
};

/** Funding rows for one project; returns the cash and in-kind sums. */
function projectFunding(rng: Random, owner: string, scale: number, source: string, section: string, out: RowOf<'funding'>[]) {
  const sources: Source[] = ['local_budget', ...rng.sample<Source>(['republican_budget', 'grant', 'donor', 'development_fund', 'pasture_committee', 'residents_cash'], rng.int(1, 3))];
  let cash = 0;
  let position = 1;
  for (const type of sources) {
    const amount = round(scale * rng.float(0.1, 0.6), 1000);
    cash += amount;
    out.push({ owner_type: 'project', owner, position: position++, source_type: type, source_name_ru: rng.pick(SOURCE_NAMES[type]), amount_som: amount, amount_as_written: rng.chance(0.7) ? asWritten(rng, amount) : undefined, in_kind: false, source_doc: source, source_section: section });
  }
  let inKind = 0;
  if (rng.chance(0.75)) {
    // Residents' labour: valued in som, or only described ("организация работ").
    const valued = rng.chance(0.8);
    inKind = valued ? round(cash * rng.float(0.03, 0.15), 500) : 0;
    out.push({ owner_type: 'project', owner, position: position++, source_type: 'residents_labour', source_name_ru: rng.pick(SOURCE_NAMES.residents_labour), amount_som: valued ? inKind : undefined, in_kind: true, purpose_ru: 'земляные работы, подвоз материалов', source_doc: source, source_section: section, note: valued ? undefined : 'Сумма трудового вклада не указана.' });
  }
  return { cash, inKind };
}

export function planningRows(m: PlannedMunicipality, years: readonly number[], councilSize: number, source: string): Planning {
  const rng = m.rng.fork('planning');
  const out: Planning = { appraisals: [], priorities: [], initiative_groups: [], action_plans: [], projects: [], project_outputs: [], funding: [], monitoring_groups: [], appraisalYears: new Map() };
  const projectIds = new Set<string>();
  const villages = m.villages.map((v) => v.ru);
  for (let start = 0, n = 1; start < years.length; start += 3, n++) {
    const from = years[start]!;
    const to = years[Math.min(start + 2, years.length - 1)]!;
    const pra = `pra-${n}`;
    out.appraisals.push({ id: pra, year: rng.chance(0.8) ? from : undefined, title_ru: `СИНС по выявлению приоритетных проблем — раунд ${n}`, source_doc: source, source_section: `СИНС, раунд ${n}` });
    out.appraisalYears.set(from, pra);

    const topics = rng.sample(TOPICS, rng.int(5, 8));
    const ranked = rng.chance(0.8);
    const priorityIds = topics.map((t) => `pp${n}-${t.key}`);
    topics.forEach((t, i) => out.priorities.push({ id: priorityIds[i], appraisal: pra, rank: ranked ? i + 1 : undefined, title_ru: t.problem.ru, title_ky: t.problem.ky, title_en: t.problem.en, source_doc: source, source_section: `Приоритетные проблемы, раунд ${n}`, note: ranked ? undefined : 'Список в источнике не пронумерован.' }));

    rng.sample(GROUP_NAMES, rng.int(2, 4)).forEach((name, g) => {
      const mine = topics.slice(g * 2, g * 2 + rng.int(1, 2));
      if (mine.length === 0) return;
      out.initiative_groups.push({ id: `ig${n}-${g + 1}`, name: `ИГ «${name}»`, appraisal: pra, priorities: mine.map((t) => `pp${n}-${t.key}`), problems_as_written: mine.map((t) => t.problem.ru.toLowerCase()), members: rng.int(5, 15), source_doc: source, source_section: 'Инициативные группы' });
    });

    const plan = `psd-${from}-${to}`;
    const planProjects: string[] = [];
    let planCash = 0;
    let planLabour = 0;
    for (const topic of topics.slice(0, rng.int(2, 5))) {
      const year = rng.int(from, to);
      let id = `${topic.key}-${year}`;
      for (let k = 2; projectIds.has(id); k++) id = `${topic.key}-${year}-${k}`;
      projectIds.add(id);
      planProjects.push(id);
      const section = topic.project.ru;
      const scale = m.population * rng.float(20, 120);
      const { cash, inKind } = projectFunding(rng, id, scale, source, section, out.funding);
      planCash += cash;
      planLabour += inKind;
      // Most reports state the total with the labour counted, some only the cash.
      const total = rng.chance(0.6) ? cash + inKind : cash;
      const results = topic.outputs.map((o, i) => {
        const q = o.decimals ? Math.round(rng.float(o.min, o.max) * 10) / 10 : rng.int(o.min, o.max);
        const text = o.text.replace('{q}', o.decimals ? q.toFixed(1).replace('.', ',') : String(q));
        out.project_outputs.push({ project: id, position: i + 1, quantity: q, unit_ru: o.unit, description_ru: text, source_doc: source, source_section: section });
        return text;
      });
      const direct = rng.int(100, Math.max(101, Math.floor(m.population * 0.6)));
      out.projects.push({
        id, title_ru: topic.project.ru, title_ky: topic.project.ky, title_en: topic.project.en, plan, priorities: [`pp${n}-${topic.key}`],
        villages_ru: rng.sample(villages, rng.int(0, villages.length)), year, beneficiaries_direct: direct, beneficiaries_indirect: rng.chance(0.7) ? rng.int(0, m.population - direct) : undefined,
        beneficiaries_total: rng.chance(0.3) ? m.population : undefined, total_som: total, total_as_written: rng.chance(0.6) ? asWritten(rng, total) : undefined,
        results_ru: results, source_doc: source, source_section: section,
      });
    }

    const adoptedYear = from > years[0]! ? from - 1 : from;
    const adoptedMonth = rng.int(9, 12);
    const adopted = isoDate(adoptedYear, adoptedMonth, dayIn(rng, adoptedYear, adoptedMonth));
    const participants = rng.int(80, 600);
    const residents = planLabour + round(planCash * rng.float(0.02, 0.08), 100);
    const investment = round(planCash * rng.float(0.3, 0.6), 1000);
    out.action_plans.push({
      id: plan, title_ru: `План совместных действий на ${from}-${to} гг. (ПСД)`, year_from: from, year_to: to, adopted_by_ru: 'Айылный кенеш (постановление АК)',
      resolution_number: `№ ${rng.int(1, 90)}`, adopted_date: adopted,
      problems_count: topics.length, activities_count: rng.int(topics.length * 3, topics.length * 9), participants, women: rng.int(Math.floor(participants * 0.2), Math.floor(participants * 0.6)),
      total_cost_som: round((planCash + planLabour) * rng.float(1.1, 1.6), 100), residents_som: residents, investment_som: investment,
      source_doc: source, source_section: 'План совместных действий',
      note: 'Сумма вклада населения и инвестиций меньше общей суммы: источник остальной части не указан.',
    });

    const members = rng.int(5, 11);
    const deputies = rng.int(1, Math.min(councilSize, members - 1));
    const number = rng.int(1, 90);
    const [y, mo, d] = adopted.split('-');
    out.monitoring_groups.push({
      id: `smio-${from}`, resolution_as_printed: `Постановление АК № ${number} от ${d}.${mo}.${y} г.`, resolution_number: String(number), resolution_date: adopted,
      members, women: rng.int(1, members - 1), deputies, community_leaders: members - deputies, project: planProjects[0],
      checked_ru: ['процесс проведения тендера', 'качество работ', 'соответствие сметы'], source_doc: source, source_section: 'Совместный мониторинг и оценка (СМиО)',
    });
  }
  return out;
}
