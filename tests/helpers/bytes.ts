/**
 * Bytes as other programs write them: Windows-1251 (old Excel "CSV" in a Russian locale)
 * and UTF-16 LE ("Unicode text"). Built by hand so the tests do not depend on iconv.
 */

/** Windows-1251 for ASCII and the Russian alphabet: А..я are 0xC0..0xFF, Ё 0xA8, ё 0xB8. */
export function cp1251(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c >= 0x410 && c <= 0x44f) out.push(c - 0x410 + 0xc0);
    else if (c === 0x401) out.push(0xa8);
    else if (c === 0x451) out.push(0xb8);
    else throw new Error(`no Windows-1251 byte for ${ch} in this table`);
  }
  return Uint8Array.from(out);
}

/** UTF-16 little-endian with the byte-order mark, as Excel's "Unicode text" saves. */
export function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le'));
}

/** UTF-8 with a byte-order mark, as Excel's "CSV UTF-8" saves. */
export function utf8bom(text: string): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
}

export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
