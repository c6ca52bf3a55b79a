import { describe, expect, it } from 'vitest';
import { eventColumns } from '../../../../src/site/components/engagement-events/engagement-events.ts';

type Ev = NonNullable<Parameters<typeof eventColumns>[1]>[number];
const ev = (x: Partial<Ev>) => ({ id: 'e', type: 'pra', ...x }) as Ev;

describe('eventColumns', () => {
  it('shows the age groups an event gives, and no empty age column', () => {
    const labels = (events: Ev[]) => eventColumns('ru', events).map((c) => c.label);
    expect(labels([ev({})]).some((l) => l.startsWith('Возраст'))).toBe(false);
    const cols = eventColumns('ru', [ev({ age_18_35: 12, age_55_plus: 3 }), ev({})]);
    expect(cols.map((c) => c.label)).toEqual(expect.arrayContaining(['Возраст 18–35', 'Возраст 55+']));
    expect(cols.map((c) => c.label)).not.toContain('Возраст 36–55');
    expect(cols.find((c) => c.label === 'Возраст 55+')!.get(ev({ age_55_plus: 3 }))).toBe(3);
  });
});
