/**
 * `npm run merge-parts -- --outDir dist PART_DIR...`: joins the folders of a split build
 * (`npm run build -- --part I/N`, one per CI runner) into one site. Files two parts both wrote
 * must be byte-identical, or the merge fails and no site is left behind. Every part must be
 * there once: the first part (with the downloads under data/) and the rest. The search index
 * is built here, once, over the joined site, as `npm run build` does after its shards. The
 * parts' build digests (`<part>.build-inputs.json`, src/build/incremental.ts), when all are there
 * and equal, become the joined site's, so an incremental build can start from it.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { mergeInto, move } from '../build/merge.ts';
import { inputsPath } from '../build/incremental.ts';
import { buildSearchIndex } from '../build/search.ts';
import { flag } from './args.ts';

const args = process.argv.slice(2);
const outDir = resolve(flag(args, 'outDir') ?? 'dist');
const parts = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--outDir').map((p) => resolve(p));
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};
if (parts.length === 0) fail('merge-parts: name the folders of the parts, e.g. npm run merge-parts -- --outDir dist part-0 part-1');
for (const p of parts) if (!existsSync(p)) fail(`merge-parts: ${p} does not exist`);
const first = parts.filter((p) => existsSync(join(p, 'data')));
if (first.length !== 1) fail(`merge-parts: exactly one part must hold data/ (the first part of the build); found ${first.length}`);

rmSync(outDir, { recursive: true, force: true });
rmSync(inputsPath(outDir), { force: true });
const digests = parts.map((p) => (existsSync(inputsPath(p)) ? readFileSync(inputsPath(p), 'utf8') : undefined));
try {
  move(first[0]!, outDir);
  for (const p of parts) if (p !== first[0]) mergeInto(p, outDir);
  await buildSearchIndex(outDir);
} catch (e) {
  rmSync(outDir, { recursive: true, force: true });
  fail(`merge-parts failed: ${(e as Error).message}; no site was written to ${outDir}`);
}
if (digests.every((d) => d !== undefined && d === digests[0])) writeFileSync(inputsPath(outDir), digests[0]!);
else console.log(`merge-parts: no build digests for ${outDir} (${digests.includes(undefined) ? 'a part has none' : 'the parts disagree'}): the next incremental build is a full one`);
console.log(`${parts.length} parts merged into ${outDir}`);
