import { describe, expect, it } from 'vitest';
import { readCsv } from '../../src/datasets/csv.ts';
import { parseCsvDataset } from '../../src/datasets/define.ts';
import { actionPlans } from '../../src/datasets/tables/action-plans.ts';
import { hearings } from '../../src/datasets/tables/hearings.ts';
import { surveys } from '../../src/datasets/tables/surveys.ts';
import { utf8bom } from '../helpers/bytes.ts';

// As a Russian-locale Excel saves "CSV UTF-8": ";" between cells, CRLF, decimal commas,
// and the grouping spaces of formatted numbers (plain or no-break).
const excel = (...lines: string[]) => utf8bom(lines.join('\r\n') + '\r\n');

describe('a ";"-delimited file with Russian number formats', () => {
  const PLAN_HEADER = 'id;title_ru;year_from;year_to;adopted_by_ru;resolution_number;adopted_date;problems_count;activities_count;participants;women;total_cost_som;residents_som;investment_som;source_doc;source_section;note';

  it('detects ";" and reads thousands spaces and no-break spaces as numbers', () => {
    const bytes = excel(
      PLAN_HEADER,
      'psd-a;"ПСД; 2012-2014";2012;2014;АК;;10.09.2012;6;49;529;92;5 684 800;357\u00a0800;3\u00a0151\u00a0000;seed-002;;',
    );
    expect(readCsv(bytes, 'p.csv').delimiter).toBe(';');
    const { records, problems } = parseCsvDataset(actionPlans, bytes, 'p.csv');
    expect(problems).toEqual([]);
    const r = records[0]!;
    expect([r.title_ru, r.total_cost_som, r.residents_som, r.investment_som, r.adopted_date]).toEqual([
      'ПСД; 2012-2014',
      5684800,
      357800,
      3151000,
      '2012-09-10',
    ]);
  });

  it('reads decimal commas ("3,6", "12,0")', () => {
    const bytes = excel(
      'id;year;respondents;scale_max;score;method_ru;conclusion_ru;source_doc;source_section;note',
      'ao-services;;100;5;3,6;анкетирование;;seed-002;;',
      'other;2020;1 200;10,0;12,0;;;;;',
    );
    const { records, problems } = parseCsvDataset(surveys, bytes, 's.csv');
    expect(problems).toEqual([]);
    expect(records.map((r) => [r.respondents, r.scale_max, r.score])).toEqual([
      [100, 5, 3.6],
      [1200, 10, 12],
    ]);
  });

  it('keeps an empty numeric cell undefined, not 0, while "0" is 0', () => {
    const bytes = excel(
      'id;date;type;participants;women;deputies;topics_ru;decisions_ru;title_ru;source_doc;source_section;note',
      'obs-2014-06-13;13.06.2014;formation;113;28;;;;;seed-002;;',
      'obs-zero;14.06.2014;formation;113;28;0;;;;seed-002;;',
    );
    const { records, problems } = parseCsvDataset(hearings, bytes, 'h.csv');
    expect(problems).toEqual([]);
    expect(records[0]!.deputies).toBeUndefined();
    expect(records[1]!.deputies).toBe(0);
  });
});
