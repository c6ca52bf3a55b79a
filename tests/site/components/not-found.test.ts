/** The 404 page's logic (public/moved-redirect.js): which paths name a municipality, and where an old address moved. */
import { describe, expect, it } from 'vitest';
import type { MovedList } from '../../../src/site/routing/moved.ts';

interface Parts { lang: string; municipality: string; rest: string }
// Plain JavaScript in public/ (served as is); imported by a computed path, so tsc does not type it.
const script: string = '../../../public/moved-redirect.js';
const { movedTo, pathParts } = (await import(script)) as {
  pathParts: (pathname: string, base: string) => Parts | undefined;
  movedTo: (parts: Parts, base: string, file: Pick<MovedList, 'moved'>) => string | undefined;
};
type MovedFile = Pick<MovedList, 'moved' | 'municipality'> & { name: Record<string, string> };

const file: MovedFile = { municipality: 'orozbekov', name: { ky: 'Орозбеков', ru: 'Орозбеков', en: 'Orozbekov' }, moved: { 'hearings/obs-1/': 'hearings/2013/#obs-1', 'evil/': '//evil.example/', 'js/': 'javascript:alert(1)' } };

describe('pathParts', () => {
  it('splits a path under the base into language, municipality and the rest', () => {
    expect(pathParts('/ru/orozbekov/hearings/obs-1/', '/')).toEqual({ lang: 'ru', municipality: 'orozbekov', rest: 'hearings/obs-1/' });
    expect(pathParts('/repo/ky/orozbekov/hearings/obs-1', '/repo/')).toEqual({ lang: 'ky', municipality: 'orozbekov', rest: 'hearings/obs-1/' });
    expect(pathParts('/en/orozbekov/', '/')).toEqual({ lang: 'en', municipality: 'orozbekov', rest: '' });
    expect(pathParts('/ru/orozbekov/hearings/obs-1/index.html', '/')).toEqual({ lang: 'ru', municipality: 'orozbekov', rest: 'hearings/obs-1/' });
  });
  it('names no municipality for other paths', () => {
    expect(pathParts('/', '/')).toBeUndefined();
    expect(pathParts('/de/orozbekov/x/', '/')).toBeUndefined();
    expect(pathParts('/ru/', '/')).toBeUndefined();
    expect(pathParts('/ru/../x/', '/')).toBeUndefined();
    expect(pathParts('/other/ru/orozbekov/', '/repo/')).toBeUndefined();
  });
});

describe('movedTo', () => {
  it('gives the new address of a listed old path, in the path’s language', () => {
    expect(movedTo(pathParts('/ky/orozbekov/hearings/obs-1/', '/')!, '/', file)).toBe('/ky/orozbekov/hearings/2013/#obs-1');
  });
  it('gives nothing for a path the list does not have, nor for an address that leaves the site', () => {
    expect(movedTo(pathParts('/ky/orozbekov/hearings/obs-9/', '/')!, '/', file)).toBeUndefined();
    expect(movedTo(pathParts('/ky/orozbekov/evil/', '/')!, '/', file)).toBeUndefined();
    expect(movedTo(pathParts('/ky/orozbekov/js/', '/')!, '/', file)).toBeUndefined();
    expect(movedTo(pathParts('/ky/orozbekov/constructor/', '/')!, '/', file)).toBeUndefined();
  });
});
