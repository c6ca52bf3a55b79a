/**
 * The one id rule, for every id and every reference to one (rows, profiles, source
 * documents, new municipalities): lower-case Latin letters and digits in groups joined by
 * single hyphens, e.g. "kara-suu", "obs-2025-02-14". Ids end up in URLs and file names.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isId = (text: string): boolean => ID_PATTERN.test(text);

/**
 * Ids the pages that hold records as sections use themselves (the skip link's target, the search
 * box, a contest's list of applications). A hearing, initiative or project with one of these ids
 * would share its anchor with that element, so its link would land on the wrong place.
 */
export const PAGE_ID = { main: 'main', search: 'search-q', applications: 'applications' } as const;
export const PAGE_IDS: readonly string[] = Object.values(PAGE_ID);
/** The page's source notes are numbered `fn-1`, `fn-2`, … (src/site/components/footnotes). */
export const noteId = (n: number): string => `fn-${n}`;
export const NOTE_ID = /^fn-\d+$/;

/** Whether a record shown as a section may not take this id. */
export const isPageId = (id: string): boolean => PAGE_IDS.includes(id) || NOTE_ID.test(id);

/**
 * A profile's reference to a source document: looser than an id on purpose, so a mistyped id
 * ("a--b") is still read and reported as missing from sources.json, with its fix, instead of
 * failing the whole profile with a pattern error. It is the published schema's pattern too.
 */
export const REFERENCE_PATTERN = /^[a-z0-9-]+$/;
