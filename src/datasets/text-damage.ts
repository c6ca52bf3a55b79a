/**
 * Damaged text in a cell, told apart from ordinary text. Pure functions, no I/O. The letters it
 * knows are in vocabulary.ts; examples of each kind in tests/datasets/text-damage.test.ts.
 *
 * - Lost letters (error): a one-byte encoding that lacks Kyrgyz letters (Windows-1251 has no
 *   o-bar, u-straight, en-ghe) or LibreOffice's "Western Europe" filter (no Cyrillic at all)
 *   writes "?" for each letter it cannot store. The letters are gone for good.
 * - Mojibake (error): UTF-8 bytes read as Windows-1251 or as Windows-1252 / Latin-1. The bytes
 *   survive, so the original text can be worked out.
 * - Latin letters inside Cyrillic words (a Latin "o" typed into a Kyrgyz word) and look-alikes
 *   of the Kyrgyz letters from other alphabets (warning): the text reads right but search,
 *   sorting and spell checks fail.
 */
import type { CsvRow } from './csv.ts';
import { DOUBLE_MOJIBAKE_FIX, DOUBLE_MOJIBAKE_SPACE, LATIN_TO_CYRILLIC, LOOK_ALIKES, PLAUSIBLE_LETTER } from './vocabulary.ts';
import { problem, type Problem, type ProblemCode } from './problems.ts';

export type DamageKind = 'lost-letters' | 'mojibake' | 'latin-in-cyrillic' | 'look-alike';

export interface Damage {
  kind: DamageKind;
  severity: 'error' | 'warning';
  /** Where the damaged word is in the cell: UTF-16 offsets, `end` exclusive. */
  start: number;
  end: number;
  /** The damaged word as it is in the cell. */
  text: string;
  /** Mojibake: the word as it probably was; Latin/look-alike: the word with Cyrillic letters. */
  repaired?: string;
  /** Mojibake: the one-byte encoding the UTF-8 bytes were wrongly read as. */
  readAs?: 'windows-1251' | 'windows-1252';
}

export interface DamageOptions {
  /**
   * Whether a word made only of "?" counts as lost letters. True for text columns; a number or
   * date column gets its own "not a number" message for "???", so callers may turn it off.
   */
  wholeWords?: boolean;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Parts of the cell between ASCII white space; no-break spaces stay inside (mojibake makes them). */
function chunks(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  for (const m of text.matchAll(/[^ \t\r\n]+/g)) out.push({ start: m.index, text: m[0] });
  return out;
}

/** Links and e-mail addresses carry "?" and Latin letters of their own. */
const isAddress = (chunk: string): boolean => /:\/\/|^www\.|@/i.test(chunk);

/** "?" (or U+FFFD) standing for letters. */
function lostLetters(text: string, options: DamageOptions): Damage[] {
  const sure: Damage[] = [];
  const maybe: Damage[] = [];
  if (!/[?\uFFFD]/.test(text)) return sure;
  for (const chunk of chunks(text)) {
    if (isAddress(chunk.text)) continue;
    for (const m of chunk.text.matchAll(/[\p{L}\p{M}?\uFFFD]+/gu)) {
      const word = m[0];
      if (!/[?\uFFFD]/.test(word)) continue;
      const found: Damage = { kind: 'lost-letters', severity: 'error', start: chunk.start + m.index, end: chunk.start + m.index + word.length, text: word };
      const letters = word.replace(/[?\uFFFD]/g, '');
      if (word.includes('\uFFFD')) sure.push(found);
      else if (letters === '') (word.length >= 2 && options.wholeWords !== false ? sure : maybe).push(found);
      // A "?" with a letter after it is inside the word; one only at the end may end a question.
      else if (CYRILLIC.test(letters)) (/\?+\p{L}/u.test(word) ? sure : maybe).push(found);
    }
  }
  // A letter followed by "?" or a lone "?" is damage too when the same cell certainly lost letters.
  return sure.length === 0 ? [] : [...sure, ...maybe].sort((a, b) => a.start - b.start);
}

type ByteMap = Map<string, number>;

/**
 * Character → byte of a one-byte encoding, for the bytes 0x80–0xFF. A byte the encoding leaves
 * undefined (0x81 in Windows-1252, 0x98 in Windows-1251) LibreOffice reads as U+F100 + byte,
 * a private-use character no one types, so that is mapped back too.
 */
function byteMap(encoding: string, extra: (b: number) => string | undefined = () => undefined): ByteMap {
  const decoder = new TextDecoder(encoding);
  const map: ByteMap = new Map();
  for (let b = 0x80; b <= 0xff; b++) {
    map.set(decoder.decode(Uint8Array.of(b)), b);
    for (const alias of [extra(b), String.fromCharCode(0xf100 + b)]) {
      if (alias !== undefined && !map.has(alias)) map.set(alias, b);
    }
  }
  return map;
}

const ENCODINGS: Array<{ name: 'windows-1251' | 'windows-1252'; map: ByteMap }> = [
  { name: 'windows-1251', map: byteMap('windows-1251') },
  // Latin-1 proper keeps 0x80–0x9F as control characters where Windows-1252 has € ‚ ƒ...
  { name: 'windows-1252', map: byteMap('windows-1252', (b) => (b < 0xa0 ? String.fromCharCode(b) : undefined)) },
];

const utf8 = new TextDecoder('utf-8');

/** Whether bytes are well-formed UTF-8, checked by hand: a thrown decoding error per word is slow. */
function isUtf8(bytes: readonly number[]): boolean {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return false;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    i += len;
  }
  return true;
}

/** The word's characters as bytes of `map`, read back as UTF-8; null when that is not valid UTF-8. */
function undo(word: string, map: ByteMap): string | null {
  const bytes: number[] = [];
  let continuations = 0;
  for (const ch of word) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) bytes.push(c);
    else {
      const b = map.get(ch);
      if (b === undefined) return null;
      if (b < 0xc0) continuations++;
      bytes.push(b);
    }
  }
  // Every UTF-8 character beyond ASCII has a byte 0x80–0xBF; most real words map to none.
  if (continuations === 0 || !isUtf8(bytes)) return null;
  const text = utf8.decode(Uint8Array.from(bytes));
  return text.includes('\uFFFD') ? null : text; // an overlong or surrogate sequence isUtf8 let through
}

const PLAUSIBLE = PLAUSIBLE_LETTER;
const gainsLetter = (before: string, after: string): boolean => after !== before && PLAUSIBLE.test(after);

/**
 * Undoes one or more wrong readings of a word (text saved twice the wrong way is read twice).
 * Ordinary Cyrillic or accented Latin words never decode: their letters are not UTF-8 byte sequences.
 */
function repairWord(word: string): { repaired: string; readAs: 'windows-1251' | 'windows-1252' } | undefined {
  for (const { name, map } of ENCODINGS) {
    let current = word;
    for (let pass = 0; pass < 3; pass++) {
      const next = undo(current, map);
      if (next === null || !gainsLetter(current, next)) break;
      current = next;
    }
    if (current !== word) return { repaired: current, readAs: name };
  }
  return undefined;
}

/** Characters standing for the bytes 0x80–0xBF: every UTF-8 character beyond ASCII has one. */
const CONTINUATION = new RegExp(
  `[${ENCODINGS.flatMap(({ map }) => [...map].filter(([, b]) => b < 0xc0).map(([ch]) => `\\u{${ch.codePointAt(0)!.toString(16)}}`)).join('')}]`,
  'u',
);

/** UTF-8 read as a one-byte encoding. */
function mojibake(text: string): Damage[] {
  if (!CONTINUATION.test(text)) return []; // ordinary Russian and Kyrgyz text has almost none
  // Double mojibake shows a no-break space after a letter; a later copy may have made it plain.
  const variant = text.replace(DOUBLE_MOJIBAKE_SPACE, DOUBLE_MOJIBAKE_FIX);
  const out: Damage[] = [];
  for (const chunk of chunks(variant)) {
    const fix = repairWord(chunk.text);
    if (fix) {
      out.push({ kind: 'mojibake', severity: 'error', start: chunk.start, end: chunk.start + chunk.text.length, text: text.slice(chunk.start, chunk.start + chunk.text.length), ...fix });
    }
  }
  return out;
}

/**
 * A Latin name with a Kyrgyz or Russian ending ("Excel" + a Kyrgyz case ending): the Latin part
 * has a letter no Cyrillic letter looks like, so it was not typed on the wrong keyboard (a Latin
 * "K" starting a Kyrgyz word was).
 */
function isNameWithSuffix(word: string): boolean {
  const m = /^(\p{Script=Latin}{2,})\p{Script=Cyrillic}+$/u.exec(word);
  return m !== null && [...m[1]!].some((ch) => !(ch in LATIN_TO_CYRILLIC) && !(ch in LOOK_ALIKES));
}

/** A letter that is not Cyrillic, or a Cyrillic look-alike: what a mixed word must contain. */
const FOREIGN = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]|(?!\\p{Script=Cyrillic})\\p{L}`, 'u');
const LOOK_ALIKE_CHARS = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

/** Latin letters and look-alikes inside words that are otherwise Cyrillic. */
function mixedLetters(text: string): Damage[] {
  const out: Damage[] = [];
  if (!FOREIGN.test(text) || !CYRILLIC.test(text)) return out; // most cells: one script only
  for (const chunk of chunks(text)) {
    if (isAddress(chunk.text)) continue;
    for (const m of chunk.text.matchAll(/[\p{L}\p{M}]+/gu)) {
      const word = m[0];
      if (!FOREIGN.test(word) || !CYRILLIC.test(word.replace(LOOK_ALIKE_CHARS, ''))) continue;
      if (isNameWithSuffix(word)) continue;
      const chars = [...word];
      const foreign = chars.filter((ch) => FOREIGN.test(ch));
      const kind: DamageKind = foreign.every((ch) => ch in LOOK_ALIKES) ? 'look-alike' : 'latin-in-cyrillic';
      const repaired = chars.map((ch) => LOOK_ALIKES[ch] ?? LATIN_TO_CYRILLIC[ch] ?? ch).join('');
      const start = chunk.start + m.index;
      out.push({ kind, severity: 'warning', start, end: start + word.length, text: word, repaired });
    }
  }
  return out;
}

/**
 * Every damaged word of one cell, errors first. Empty for ordinary text, including a question
 * mark ending a sentence, links, codes, numbers and Latin-only words.
 * @example findTextDamage('Budget adopted?') // [] (examples in Cyrillic: tests/datasets/text-damage.test.ts)
 */
export function findTextDamage(text: string, options: DamageOptions = {}): Damage[] {
  if (!/[^\x00-\x7f]|\?/.test(text)) return []; // plain ASCII without "?": nothing to find, fast
  const errors = [...lostLetters(text, options), ...mojibake(text)];
  const damaged = (d: Damage) => errors.some((e) => e.start < d.end && d.start < e.end);
  return [...errors, ...mixedLetters(text).filter((d) => !damaged(d))];
}

/** The cell with every mojibake word repaired, or undefined when there is nothing to repair. */
export function repairMojibake(text: string): string | undefined {
  const found = mojibake(text);
  if (found.length === 0) return undefined;
  let out = '';
  let at = 0;
  for (const d of found) {
    out += text.slice(at, d.start) + d.repaired;
    at = d.end;
  }
  return out + text.slice(at);
}

const PROBLEM_OF: Record<DamageKind, ProblemCode> = {
  'lost-letters': 'text-lost-letters',
  mojibake: 'text-mojibake',
  'latin-in-cyrillic': 'text-latin-in-cyrillic',
  'look-alike': 'text-look-alike',
};

/**
 * One problem per damaged cell and kind, with its row and column, for every row of a table
 * read by `readCsv` or `readXlsx`. `wholeWords(column)` says whether "???" alone counts in
 * that column (see DamageOptions); by default it does everywhere.
 */
export function textDamageProblems(
  rows: readonly CsvRow[],
  file: string,
  wholeWords: (column: string) => boolean = () => true,
  columns?: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  // Cells repeat (labels, units, villages): each distinct text is looked at once per option.
  const seen = new Map<string, Damage[]>();
  for (const { row, cells } of rows) {
    for (const [column, value] of Object.entries(cells)) {
      if (columns && !columns.has(column)) continue;
      if (!/[^\x00-\x7f]|\?/.test(value)) continue; // plain ASCII without "?": most numbers and codes
      const whole = wholeWords(column);
      const cacheKey = (whole ? '1' : '0') + value;
      let found = seen.get(cacheKey);
      if (found === undefined) seen.set(cacheKey, (found = findTextDamage(value, { wholeWords: whole })));
      if (found.length === 0) continue;
      for (const kind of Object.keys(PROBLEM_OF) as DamageKind[]) {
        const of = found.filter((d) => d.kind === kind);
        if (of.length === 0) continue;
        const words = of.map((d) => d.text).join(', ');
        const params: Record<string, string> = { words };
        if (kind === 'mojibake') Object.assign(params, { repaired: repairMojibake(value) ?? '', readAs: of[0]!.readAs ?? '' });
        else if (kind !== 'lost-letters') params.repaired = of.map((d) => d.repaired ?? '').join(', ');
        problems.push(problem(PROBLEM_OF[kind], { file, row, column, value, params }));
      }
    }
  }
  return problems;
}
