import { describe, expect, it } from 'vitest';
import { loadData } from '../../../../src/checks/load.ts';
import { trainingsWithTopics } from '../../../../src/site/components/engagement-events/engagement-events.ts';
import { FIXTURE_DATA } from '../../../helpers/fixture.ts';

const m = loadData(FIXTURE_DATA).municipalities.find((x) => x.profile.id === 'ak-chiy-kachybek-sovetskoe')!;

describe('trainingsWithTopics', () => {
  it('lists trainings that have topics, each with its topics by position', () => {
    const trainings = trainingsWithTopics(m);
    expect(trainings.length).toBeGreaterThan(0);
    for (const { e, topics } of trainings) {
      expect(e.type).toBe('training');
      expect(topics.map((x) => x.position)).toEqual([...topics.map((x) => x.position)].sort((a, b) => a - b));
    }
    expect(trainings.flatMap((x) => x.topics)).toHaveLength(m.tables.event_topics.filter((x) => trainings.some((tr) => tr.e.id === x.event_id)).length);
  });

  it('puts topics in position order whatever the file order', () => {
    const shuffled = { ...m, tables: { ...m.tables, event_topics: [...m.tables.event_topics].reverse() } };
    expect(trainingsWithTopics(shuffled)).toEqual(trainingsWithTopics(m));
  });
});
