/**
 * Local-initiative contests: most years one contest with 2–10 initiatives, a work plan
 * (half of them written in Kyrgyz, as in the seeds), and the winners' funding: the local
 * budget's part fits the allocation, the initiator's and residents' work is in kind.
 */
import type { YearTotals } from './budget.ts';
import { asWritten, dayIn, isoDate, ruDate, round } from './format.ts';
import type { RowOf } from './rows.ts';
import type { PlannedMunicipality } from './country.ts';
import { personName } from './names.ts';
import type { Random } from './random.ts';
import { CONTEST_AREAS, GROUP_NAMES, INITIATIVES, KY_MONTHS_UNTIL, PLAN_STEPS } from './texts.ts';

export interface Contests {
  contests: RowOf<'contests'>[];
  contest_plan: RowOf<'contest_plan'>[];
  initiatives: RowOf<'initiatives'>[];
  funding: RowOf<'funding'>[];
}

function people(rng: Random) {
  const children = rng.chance(0.7);
  const boys = children ? rng.int(5, 80) : undefined;
  const girls = children ? rng.int(5, 80) : undefined;
  const fathers = rng.chance(0.3) ? rng.int(5, 40) : undefined;
  const mothers = rng.chance(0.4) ? rng.int(5, 60) : undefined;
  const known = (boys ?? 0) + (girls ?? 0) + (fathers ?? 0) + (mothers ?? 0);
  const total = known > 0 && rng.chance(0.8) ? known + rng.int(0, 30) : undefined;
  const childCount = boys !== undefined && girls !== undefined ? boys + girls : undefined;
  return {
    participants_total: total, fathers, mothers, boys, girls, children: childCount,
    children_disabilities: childCount && rng.chance(0.5) ? rng.int(0, Math.floor(childCount / 5)) : undefined,
    children_migrants: childCount && rng.chance(0.5) ? rng.int(0, Math.floor(childCount / 3)) : undefined,
    participants_note: total === undefined && known > 0 ? 'Общее число участников не указано.' : undefined,
  };
}

export function contestRows(m: PlannedMunicipality, years: readonly number[], totals: readonly YearTotals[], source: string): Contests {
  const rng = m.rng.fork('contests');
  const out: Contests = { contests: [], contest_plan: [], initiatives: [], funding: [] };
  for (const year of years) {
    if (!rng.chance(0.85)) continue;
    const id = `mi-${year}`;
    const line = totals.find((t) => t.year === year)?.initiativesLine;
    const allocation = line !== undefined && line >= 20000 ? round(line, 1000) : round(rng.float(50000, 400000), 1000);
    const count = rng.int(2, 10);
    const regMonth = rng.int(1, 3);
    const regDate = isoDate(year, regMonth, dayIn(rng, year, regMonth));
    out.contests.push({
      id, year, title_ru: `Конкурс местных инициатив ${year} года`, regulation_by_ru: 'Айылный кенеш', regulation_number: String(rng.int(1, 120)), regulation_date: regDate,
      model_regulation_ru: rng.chance(0.5) ? 'Типовое положение о поддержке местных инициатив' : undefined,
      priorities_ru: rng.sample(CONTEST_AREAS, rng.int(2, 4)), allocation_som: allocation, allocation_as_written: asWritten(rng, allocation),
      commission_size: rng.int(5, 9), commission_ru: 'депутаты АК, сотрудники АО, представители сообщества', applications: count,
      steps_ru: ['Утверждено положение', 'Объявлен конкурс', 'Приняты заявки', 'Определены победители'],
      results_ru: ['Победители реализовали инициативы', 'Итоги обсуждены на общественных слушаниях'], source_doc: source, source_section: `Конкурс местных инициатив ${year}`,
    });

    const ky = rng.chance(0.5);
    PLAN_STEPS.slice(0, rng.int(4, PLAN_STEPS.length)).forEach(([kyStep, ruStep, kyWho, ruWho, kyDocs, ruDocs], i) => {
      const month = Math.min(12, regMonth + i + 1);
      const day = dayIn(rng, year, month);
      out.contest_plan.push({
        contest: id, number: `${i + 1}.`, lang: ky ? 'ky' : 'ru', step: ky ? kyStep : ruStep, responsible: ky ? kyWho : ruWho, documents: ky ? kyDocs : ruDocs,
        deadline: isoDate(year, month, day), deadline_as_written: ky ? `${year}-жылдын ${day}-${KY_MONTHS_UNTIL[month - 1]} чейин` : `до ${ruDate(year, month, day)}`,
        source_doc: source, source_section: 'План работы по конкурсу',
      });
    });

    // Winners share the allocation's local-budget part; the rest are listed without funding.
    const winners = Math.max(1, Math.round(count * rng.float(0.3, 0.6)));
    let left = allocation;
    for (let k = 0; k < count; k++) {
      const idea = rng.pick(INITIATIVES);
      const village = rng.pick(m.villages.length > 0 ? m.villages : [m.place]);
      const iid = `mi-${year}-${k + 1}`;
      const winner = k < winners;
      const consent = rng.chance(0.3);
      const events = rng.sample(idea.events, rng.int(1, idea.events.length));
      let total: number | undefined;
      if (winner) {
        const local = Math.min(left, round((allocation / winners) * rng.float(0.6, 1), 1000));
        left -= local;
        const rows: RowOf<'funding'>[] = [
          { owner_type: 'initiative', owner: iid, position: 1, source_type: 'local_budget', source_name_ru: 'Из местного бюджета', amount_som: local, amount_as_written: asWritten(rng, local), in_kind: false, purpose_ru: 'материалы и призы' },
        ];
        if (rng.chance(0.5)) {
          const donor = round(rng.float(5000, 40000), 1000);
          rows.push({ owner_type: 'initiative', owner: iid, position: 2, source_type: 'donor', source_name_ru: 'Проект оказал поддержку', amount_som: donor, amount_as_written: asWritten(rng, donor), in_kind: false, purpose_ru: 'инвентарь' });
        }
        const labourValued = rng.chance(0.4);
        const labour = labourValued ? round(local * rng.float(0.05, 0.3), 500) : undefined;
        rows.push({ owner_type: 'initiative', owner: iid, position: rows.length + 1, source_type: rng.chance(0.5) ? 'initiator' : 'residents_labour', source_name_ru: 'Вклад инициатора и жителей (труд)', amount_som: labour, in_kind: true, purpose_ru: 'организация и проведение мероприятий', note: labourValued ? undefined : 'Сумма вклада не указана.' });
        const cash = rows.filter((r) => !r.in_kind).reduce((s, r) => s + Number(r.amount_som), 0);
        total = cash + (rng.chance(0.5) ? labour ?? 0 : 0);
        for (const r of rows) out.funding.push({ ...r, source_doc: source, source_section: `Бюджет инициативы ${idea.ru}` });
      }
      out.initiatives.push({
        id: iid, contest: id, title_ru: idea.ru, winner, goal_ru: idea.goal,
        applicant_name: consent ? personName(rng) : undefined, applicant_consent: consent,
        group_ru: `ИГ «${rng.pick(GROUP_NAMES)}», село ${village.ru}`, events_count: events.length, events_ru: events, villages_count: rng.int(1, Math.max(1, m.villages.length)),
        ...people(rng), total_som: total, total_as_written: total !== undefined && rng.chance(0.7) ? asWritten(rng, total) : undefined,
        results_ru: winner ? [`Инициатива ${idea.ru} реализована`] : undefined, source_doc: source, source_section: winner ? 'Победители конкурса' : 'Заявки на конкурс',
        note: consent ? undefined : 'Заявитель не дал согласия на публикацию имени: указана группа.',
      });
    }
  }
  return out;
}
