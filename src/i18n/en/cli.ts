/** What the staff commands print, in English: npm run new:municipality, templates and preview:data. */
import type { CliTexts } from '../types.ts';

export const cli: CliTexts = {
  newMunicipality: {
    /** The section a new profile points to in its source (data text: the profile is written in Russian). */
    profileSection: 'General information about the municipality',
    usage: 'Give the new municipality’s id: npm run new:municipality -- kara-suu',
    badId: (x: string, why: string) => `"${x}" cannot be an id: ${why}`,
    exists: (p: string) => `The folder ${p} already exists — nothing was changed, so no data is overwritten. Choose another id or edit the files in that folder.`,
    noSources: (p: string) => `Could not read ${p}. Run npm run validate: it shows what to fix.`,
    noDoc: (d: string, p: string) => `${p} has no document "${d}". Add it there or leave out --source.`,
    created: (p: string) => `Created ${p}:`,
    addedSource: (d: string, p: string) => `Added the entry "${d}" to ${p}: fill in the document’s title (title_ru), kind (kind_ru) and file.`,
    next: 'Next: fill in municipality.json (leave unknowns null) and the tables, then run npm run validate.',
    check: 'Check of the new folder:',
  },
  templates: {
    outOfDate: 'out of date',
    run: 'Run `npm run templates` and commit.',
    upToDate: 'Templates are up to date.',
    written: 'written',
    removed: 'removed',
    nothing: 'Nothing to change.',
  },
  preview: {
    bad: 'The data has errors — the site was not built. Fix them and run the command again.',
    building: (dir: string) => `Building the site from ${dir} …`,
    buildFailed: 'The site build failed (messages above).',
    open: (dir: string, url: string) => `The site built from ${dir} is served on this computer: ${url}\nStop: Ctrl+C.`,
  },
};
