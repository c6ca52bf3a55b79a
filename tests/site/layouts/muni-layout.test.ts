import { describe, expect, it } from 'vitest';
import { loadData } from '../../../src/checks/load.ts';
import { t } from '../../../src/i18n/index.ts';
import { muniFrame } from '../../../src/site/layouts/muni-layout.ts';
import { FIXTURE_DATA } from '../../helpers/fixture.ts';

const m = loadData(FIXTURE_DATA).municipalities.find((x) => x.profile.id === 'orozbekov')!;
const name = 'Орозбековский айылный аймак';
/** On English pages the name is the site's translation (translations.csv). */
const nameEn = 'Orozbekov rural municipality';

describe('muniFrame', () => {
  it('on the overview: the name is the heading and the only crumb, unlinked', () => {
    const f = muniFrame('ru', m, 'overview', []);
    expect(f.heading).toBe(name);
    expect(f.title).toBe(name);
    expect(f.crumbs).toEqual([{ label: name, route: undefined }]);
    expect(f.sections.filter((s) => s.current).map((s) => s.path)).toEqual(['']);
  });

  it('on a section: the section is the heading, its crumb unlinked, the name linked', () => {
    const f = muniFrame('en', m, 'hearings', ['hearings']);
    const hearings = t('en', 'nav.hearings');
    expect(f.heading).toBe(hearings);
    expect(f.title).toBe(`${hearings} — ${nameEn}`);
    expect(f.crumbs).toEqual([{ label: nameEn, route: ['orozbekov'] }, { label: hearings, route: undefined }]);
    expect(f.name.lang).toBeUndefined(); // in the page's language: the site's translation, its original kept
    expect(f.name.shown?.original).toEqual({ text: name, lang: 'ru' });
  });

  it('on a record: the section crumb links to its list and the record ends the trail; no section is current', () => {
    const f = muniFrame('en', m, 'initiatives', ['initiatives', 'papa-mama-i-ya'], 'Папа, мама и я');
    expect(f.crumbs).toEqual([{ label: nameEn, route: ['orozbekov'] }, { label: t('en', 'nav.initiatives'), route: ['orozbekov', 'initiatives'] }, { label: 'Папа, мама и я' }]);
    expect(f.sections.some((s) => s.current)).toBe(false);
    expect(f.sections.map((s) => s.path)).toEqual(['', 'budget', 'hearings', 'initiatives', 'planning', 'engagement']);
  });
});
