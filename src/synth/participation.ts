/**
 * Hearings (2–6 a year), their outcomes, engagement events and trainings, surveys, and
 * the totals a report states about them (now and then a stated total disagrees with its
 * rows, as in the seeds: the loader warns, the site shows both).
 */
import type { YearTotals } from './budget.ts';
import { grouped, isoDate, dayIn } from './format.ts';
import type { RowOf } from './rows.ts';
import type { PlannedMunicipality } from './country.ts';
import type { Random } from './random.ts';
import { TRAINING_TOPICS } from './texts.ts';

export interface Participation {
  hearings: RowOf<'hearings'>[];
  hearing_outcomes: RowOf<'hearing_outcomes'>[];
  events: RowOf<'events'>[];
  event_topics: RowOf<'event_topics'>[];
  surveys: RowOf<'surveys'>[];
  stated_totals: RowOf<'stated_totals'>[];
}

/** Participants with women and deputies that never exceed the whole. */
function attendance(rng: Random, min: number, max: number, councilSize: number) {
  const participants = rng.int(min, max);
  return { participants, women: rng.int(Math.floor(participants * 0.2), Math.floor(participants * 0.65)), deputies: rng.int(0, Math.min(councilSize, participants)) };
}

function hearingDates(rng: Random, year: number, count: number): Array<{ date: string; type: 'execution' | 'formation' | 'other' }> {
  // Execution hearings fall in January–March, formation around June, others in autumn.
  const months: Array<[number, 'execution' | 'formation' | 'other']> = [[rng.int(1, 3), 'execution'], [rng.int(5, 7), 'formation']];
  for (let i = 2; i < count; i++) months.push([rng.pick([2, 4, 8, 9, 10, 11, 12]), i === 2 ? 'formation' : 'other']);
  const seen = new Set<string>();
  const out: Array<{ date: string; type: 'execution' | 'formation' | 'other' }> = [];
  for (const [month, type] of months) {
    let date = isoDate(year, month, dayIn(rng, year, month));
    while (seen.has(date)) date = isoDate(year, month, dayIn(rng, year, month));
    seen.add(date);
    out.push({ date, type });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date));
}

export function participationRows(m: PlannedMunicipality, years: readonly number[], totals: readonly YearTotals[], councilSize: number, appraisalYears: ReadonlyMap<number, string>, source: string): Participation {
  const rng = m.rng.fork('participation');
  const out: Participation = { hearings: [], hearing_outcomes: [], events: [], event_topics: [], surveys: [], stated_totals: [] };
  const scale = Math.min(1, 0.4 + m.population / 20000);
  for (const year of years) {
    const totalsOfYear = totals.find((t) => t.year === year)!;
    for (const { date, type } of hearingDates(rng, year, rng.int(2, 6))) {
      const id = `obs-${date}`;
      const a = attendance(rng, Math.round(25 * scale), Math.round(220 * scale), councilSize);
      const topic = type === 'execution' ? `Исполнение бюджета за ${year - 1} год` : type === 'formation' ? `Проект бюджета на ${year + 1} год` : 'Отчёт о реализации плана совместных действий';
      const noDeputies = rng.chance(0.05);
      out.hearings.push({
        id, date, type, ...a,
        deputies: noDeputies ? undefined : a.deputies,
        topics_ru: [topic, ...(rng.chance(0.5) ? ['Итоги конкурса местных инициатив'] : [])],
        decisions_ru: type === 'other' ? ['Информацию принять к сведению'] : [`${type === 'execution' ? 'Одобрить отчёт' : 'Одобрить проект бюджета'} с учётом предложений жителей`],
        title_ru: type === 'execution' ? 'ОБС по исполнению бюджета' : type === 'formation' ? 'ОБС по формированию бюджета' : 'Общественные слушания',
        source_doc: source,
        source_section: `Общественные слушания ${year} года`,
        note: noDeputies ? 'Число депутатов в протоколе не указано.' : undefined,
      });
      if (type === 'formation' && rng.chance(0.8)) {
        const amount = Math.round(totalsOfYear.approvedExpenditure * rng.float(1.02, 1.12) / 100) * 100;
        out.hearing_outcomes.push({ id: `outcome-${date}`, hearing: id, date, participants: a.participants, decision_ru: `одобрен проект бюджета на ${year + 1} год в сумме ${grouped(amount)} сом`, amount_som: amount, source_doc: source, source_section: 'Результаты общественных слушаний' });
      } else if (type === 'execution' && rng.chance(0.6)) {
        out.hearing_outcomes.push({ id: `outcome-${date}`, hearing: id, date, participants: a.participants, decision_ru: `одобрен отчёт об исполнении бюджета за ${year - 1} год`, source_doc: source, source_section: 'Результаты общественных слушаний' });
      }
    }

    const group = `year-${year}`;
    const appraisal = appraisalYears.get(year);
    const kinds: Array<['pra_session' | 'focus_group' | 'gathering' | 'training' | 'working_meeting', string, number, number]> = [
      ['gathering', 'Сходы граждан', 2, 8],
      ['working_meeting', 'Рабочие встречи с инициативными группами', 2, 10],
      ['training', 'Тренинги для депутатов, сотрудников АО и активистов', 1, 5],
    ];
    if (appraisal) kinds.unshift(['pra_session', 'СИНС / PRA-сессии', 4, 12], ['focus_group', 'Фокус-группы', 2, 6]);
    for (const [type, title, min, max] of kinds) {
      const id = `${type.replace('_', '-')}-${year}`;
      const a = attendance(rng, 15 * min, 40 * max, councilSize * max);
      const young = rng.int(0, Math.floor(a.participants * 0.4));
      const middle = rng.int(0, Math.floor(a.participants * 0.4));
      const withAges = rng.chance(0.7);
      out.events.push({
        id, type, group, appraisal: type === 'pra_session' || type === 'focus_group' ? appraisal : undefined,
        date_from: `${year}-${String(rng.int(1, 6)).padStart(2, '0')}`, date_to: `${year}-${String(rng.int(7, 12)).padStart(2, '0')}`,
        count: rng.int(min, max), ...a,
        age_18_35: withAges ? young : undefined, age_36_55: withAges ? middle : undefined, age_55_plus: withAges ? a.participants - young - middle : undefined,
        title_ru: title, source_doc: source, source_section: `Мероприятия по вовлечению граждан, ${year}`,
        note: type === 'training' || type === 'working_meeting' ? 'Депутаты считаются по участиям, а не по лицам.' : undefined,
      });
      if (type === 'training') {
        rng.sample(TRAINING_TOPICS, rng.int(3, 8)).forEach((topic, i) => out.event_topics.push({ event_id: id, position: i + 1, topic_ru: topic, source_doc: source, source_section: `Тренинги, ${year}` }));
      }
    }
    if (rng.chance(0.5)) {
      const respondents = rng.int(60, 300);
      out.surveys.push({
        id: `survey-${year}`, year, respondents, scale_max: 5, score: Math.round(rng.float(2.4, 4.8) * 10) / 10,
        method_ru: rng.pick(['анкетирование в сёлах аймака', 'опрос по телефону', 'опрос на сходах']),
        conclusion_ru: rng.pick(['население удовлетворено качеством услуг выше среднего', 'удовлетворённость услугами средняя', 'жители просят улучшить вывоз мусора и освещение']),
        source_doc: source, source_section: `Оценка услуг АО, ${year}`,
      });
    }
  }

  // Totals as a report states them: usually right, sometimes a misprint (a warning, not an error).
  const sum = (rows: ReadonlyArray<{ participants?: unknown }>) => rows.reduce((s, r) => s + (typeof r.participants === 'number' ? r.participants : 0), 0);
  const misprint = rng.chance(0.1) ? rng.int(-200, 200) || 100 : 0;
  out.stated_totals.push(
    { id: 'hearings-all-participants', dataset: 'hearings', column: 'participants', stated: sum(out.hearings) + misprint, label_ru: 'Всего участников слушаний', source_doc: source, source_section: 'Общественные слушания, итог', note: misprint ? 'Итог в отчёте не совпадает с суммой строк.' : undefined },
    { id: 'hearings-execution-participants', dataset: 'hearings', filter: 'type=execution', column: 'participants', stated: sum(out.hearings.filter((h) => h.type === 'execution')), label_ru: 'ОБС по исполнению бюджета', source_doc: source, source_section: 'Общественные слушания, итог' },
    { id: 'events-training-count', dataset: 'events', filter: 'type=training', column: 'count', stated: out.events.filter((e) => e.type === 'training').reduce((s, e) => s + Number(e.count), 0), label_ru: 'Всего тренингов', source_doc: source, source_section: 'Мероприятия по вовлечению граждан, итог' },
  );
  return out;
}
