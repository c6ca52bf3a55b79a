/**
 * `npm run build [-- --outDir DIR] [--shards N] [--part I/N] [--max-heap-mb N] [--silent]`: builds the site.
 * First the publish step (src/cli/publish.ts) writes the downloads and their manifest to a folder
 * beside the site; the pages read that manifest, and its data/ is moved into the site at the end.
 * Astro renders pages on one thread; a country of municipalities is built by one `astro build`
 * per core, each rendering a share of the municipalities (src/build/shards.ts), and the shards'
 * folders are merged into one site. Small data (the bundled seeds) is one ordinary `astro build`.
 * Any step failing fails the build and leaves no site behind. `--max-heap-mb` caps each
 * process's JavaScript heap (V8 otherwise lets garbage grow while memory is free): for small
 * machines; a cap below what the data needs makes the build fail, never a wrong site.
 * `--part I/N` builds only shard I of N, in one process (one CI runner of a split build; the
 * first part also carries the downloads); `npm run merge-parts` joins the parts into one site.
 * `--incremental` reuses the site already in the out folder: only the municipalities whose inputs
 * changed are rendered, with the national pages (src/build/incremental.ts); a full build when
 * there is no previous build, the code changed, or anything is unclear (it says why).
 */
import { spawn, type ChildProcess, type StdioOptions } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { mergeInto, move } from '../build/merge.ts';
import { buildSearchIndex } from '../build/search.ts';
import { buildInputs, codeDigest, inputsPath, municipalityFolders, planBuild, readFigures, readInputs, type BuildInputs, type BuildPlan } from '../build/incremental.ts';
import { parseShard, RENDER_ONLY_ENV, SHARD_ENV, type Shard } from '../build/shards.ts';
import { LOADED_DATA_ENV } from '../datasets/handoff.ts';
import { municipalityIds } from '../datasets/load.ts';
import { FIGURES_READY, PUBLISH_DIR_ENV } from '../downloads/manifest.ts';
import { dropNextIndex, forgetCache, installCache, publishCacheOf } from '../downloads/publish-cache.ts';
import { RELEASE_FOLDER, releaseDirOf, releaseListOf, releaseListPath } from '../downloads/release-assets.ts';
import { dataDirFrom, flag } from './args.ts';

/** Below this many municipalities a second process costs more (its own bundling) than it saves. */
const MUNICIPALITIES_PER_SHARD = 24;

const args = process.argv.slice(2);
const outDir = resolve(flag(args, 'outDir') ?? 'dist');
const silent = args.includes('--silent');
const dataDir = dataDirFrom(args);
const municipalities = municipalityIds(dataDir).length;
let part: Shard | null = null;
try {
  part = flag(args, 'part') === undefined ? null : parseShard(flag(args, 'part'));
} catch {
  console.error(`--part: which share of a split build, "index/count" with index < count, e.g. 0/2 (got ${flag(args, 'part')})`);
  process.exit(2);
}
let shards = part ? 1 : Number(flag(args, 'shards') ?? process.env.BUILD_SHARDS ?? Math.max(1, Math.min(availableParallelism(), Math.floor(municipalities / MUNICIPALITIES_PER_SHARD))));
if (!Number.isInteger(shards) || shards < 1) {
  console.error(`--shards: a whole number of processes, 1 or more (got ${shards})`);
  process.exit(2);
}
/**
 * Every step keeps its share of the country alive for minutes, and V8 lets a heap grow to several
 * times its live data between full collections: at 480 municipalities the publish step held
 * 1.39 GB and ran as well in a heap capped at 0.8 GB. Here a heap may grow a quarter over its
 * live data after each full collection (the tree's peak: 2.89 → 2.13 GB, a few percent more time);
 * KG_HEAP_GROWTH sets another percentage, 0 leaves V8's own.
 */
const heapGrowth = process.env.KG_HEAP_GROWTH ?? '25';
if (!/^\d+$/.test(heapGrowth)) {
  console.error(`KG_HEAP_GROWTH: a whole percentage, e.g. 25, or 0 for V8's own (got ${heapGrowth})`);
  process.exit(2);
}
const HEAP_GROWTH = heapGrowth === '0' ? [] : [`--heap-growing-percent=${heapGrowth}`];

const heapMb = flag(args, 'max-heap-mb');
if (heapMb !== undefined && !/^\d+$/.test(heapMb)) {
  console.error(`--max-heap-mb: megabytes of heap per process, e.g. 1024 (got ${heapMb})`);
  process.exit(2);
}

const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const started = performance.now();
// Astro keeps its intermediate bundle in the output folder when that is inside the working
// directory, else in ./.astro/, which two builds at once (shards, parallel tests) would share
// and delete under each other: a folder outside is built inside first and moved there.
const inCwd = (dir: string) => dir.startsWith(process.cwd() + sep);
let dirs = Array.from({ length: shards }, (_, i) =>
  inCwd(outDir) ? (i === 0 ? outDir : `${outDir}.shard-${i}`) : join(process.cwd(), `.astro-build-${process.pid}-${i}`),
);
// Beside the site, on its disk: Astro empties its output folder when it starts.
const publishDir = `${outDir}.publish`;
const children: ChildProcess[] = [];
const incremental = args.includes('--incremental') && !part;
if (args.includes('--incremental') && part) console.log('--incremental: ignored with --part (a part is always built whole)');
// The previous build's digests, removed now: a build that fails or is stopped leaves none behind.
const previous = incremental ? readInputs(outDir) : undefined;
rmSync(inputsPath(outDir), { force: true });
const code = codeDigest();
// The publish step first writes the figures every page needs (release, similar-size standings,
// change log) and says so (FIGURES_READY); the shards start then, while it writes the downloads.
// Only the first shard's pages (the data catalogue) read the manifest: it waits for the whole step.
// Every part of a split build publishes (its pages need the figures); only the first keeps data/.
let figuresWritten: (ok: boolean) => void = () => {};
const figures = new Promise<boolean>((done) => (figuresWritten = done));
// The page processes read the country the publish step loaded and checked (src/datasets/handoff.ts),
// written before it sends FIGURES_READY: loading it again cost the national pages' shard 35 s at 480.
const handOff = join(publishDir, 'loaded.v8');
// The publish cache (src/downloads/publish-cache.ts) beside the site: every whole build writes it,
// an incremental one reads it and takes unchanged files from the previous site's data/ and all.zip.
const cache = part ? [] : ['--cache', publishCacheOf(outDir), '--code', code, ...(incremental ? ['--reuse', '--previous-site', outDir] : [])];
const published = runChild('publish', [fileURLToPath(new URL('./publish.ts', import.meta.url)), '--out', publishDir, ...(silent ? ['--silent'] : []), '--hand-off', handOff, ...cache], {}, (message) => message === FIGURES_READY && figuresWritten(true));
void published.then((code) => figuresWritten(code === 0));
// Where a build's time goes (for `npm run bench`, src/bench/incremental.ts).
const since = (t: number) => ((performance.now() - t) / 1000).toFixed(1);
const timings: string[] = [];
void figures.then(() => timings.push(`figures at ${since(started)} s`));
void published.then(() => timings.push(`publish ${since(started)} s`));
// An incremental build decides once the figures are written (they enter the digests).
let inputs: BuildInputs | undefined;
let plan: BuildPlan | undefined;
if (incremental && (await figures)) {
  inputs = buildInputs(dataDir, readFigures(publishDir), code);
  plan = planBuild(previous, inputs, outDir);
  if (plan.kind === 'full') console.log(`incremental build: a full build, as ${plan.why}`);
  else {
    console.log(`incremental build: ${plan.render.length} of ${plan.render.length + plan.keep.length} municipalities rendered${plan.render.length ? ` (${plan.render.join(', ')})` : ''}, ${plan.keep.length} kept, ${plan.removed.length} removed${plan.removed.length ? ` (${plan.removed.join(', ')})` : ''}; national pages rendered${plan.nationalChanged ? '' : ' (unchanged inputs)'}`);
    // One process: the national pages and the few municipalities (a share of nothing is no work).
    shards = 1;
    dirs = [inCwd(outDir) ? `${outDir}.incremental` : join(process.cwd(), `.astro-build-${process.pid}-inc`)];
    mkdirSync(dirname(dirs[0]!), { recursive: true });
    writeFileSync(`${dirs[0]}.render.json`, JSON.stringify(plan.render));
  }
}
const only = plan?.kind === 'incremental' ? plan : undefined;
const shardDone = (i: number) => (code: number | string) => (timings.push(`shard ${i + 1} done at ${since(started)} s`), code);
const codes = await Promise.all([published, ...dirs.map(async (dir, i) => ((i > 0 ? await figures : (await published) === 0) ? runShard(i, dir).then(shardDone(i)) : 'not started'))]);
timings.push(`pages done at ${since(started)} s`);
if (only) rmSync(`${dirs[0]}.render.json`, { force: true });

if (codes.some((c) => c !== 0)) {
  for (const dir of new Set([...dirs, outDir, publishDir])) rmSync(dir, { recursive: true, force: true });
  if (!part) dropNextIndex(publishCacheOf(outDir));
  const steps = ['publish', ...dirs.map((_, i) => `shard ${i + 1}/${shards}`)];
  console.error(`build failed (${codes.map((c, i) => `${steps[i]}: exit ${c}`).join(', ')}); no site was written to ${outDir}`);
  // V8 aborts when the heap limit is reached.
  if (codes.includes('SIGABRT') || codes.includes(134)) console.error(`out of memory${heapMb ? `: raise --max-heap-mb (now ${heapMb})` : ''}`);
  process.exit(1);
}
// The previous build's pages of unchanged municipalities join the new pages.
if (only)
  for (const id of only.keep)
    for (const folder of municipalityFolders(id)) {
      mkdirSync(dirname(join(dirs[0]!, folder)), { recursive: true });
      move(join(outDir, folder), join(dirs[0]!, folder));
    }
// The digests of this build, while the figures are still at hand (written last, once the site is whole).
// A part of a split build writes them too (every part has the whole country's figures): merge-parts
// keeps them for the joined site when all parts agree, so the next incremental build need not be whole.
inputs ??= buildInputs(dataDir, readFigures(publishDir), code);
if (dirs[0] !== outDir) {
  rmSync(outDir, { recursive: true, force: true });
  move(dirs[0]!, outDir);
}
for (const dir of dirs.slice(1)) mergeInto(dir, outDir);
// Astro writes no data/ of its own (public/ has none).
if (!part || part.index === 0) {
  move(join(publishDir, 'data'), join(outDir, 'data'));
  // Release assets (KG_RELEASE_URL, src/downloads/release-assets.ts) go beside the site, for the workflow to upload.
  for (const [from, to] of [[join(publishDir, RELEASE_FOLDER), releaseDirOf(outDir)], [releaseListPath(publishDir), releaseListOf(outDir)]] as const) {
    rmSync(to, { recursive: true, force: true });
    if (existsSync(from)) move(from, to);
  }
}
rmSync(publishDir, { recursive: true, force: true });
// The search index, once, over the whole merged site (a split build's parts: by merge-parts).
if (!part) try {
  timings.push(`site joined at ${since(started)} s`);
  const search = await buildSearchIndex(outDir);
  timings.push(`search index ${search.seconds.toFixed(1)} s`);
  if (!silent) console.log(`search index: ${search.pages} pages, ${search.files} files, ${(search.bytes / 1024 / 1024).toFixed(1)} MiB in ${search.seconds.toFixed(1)} s`);
  // For `npm run bench`: where to write the index's size and time.
  if (process.env.KG_SEARCH_STATS) writeFileSync(process.env.KG_SEARCH_STATS, JSON.stringify(search));
} catch (e) {
  rmSync(outDir, { recursive: true, force: true });
  // The release assets beside it are this build's already: the previous index no longer describes them.
  forgetCache(publishCacheOf(outDir));
  console.error(`build failed: ${(e as Error).message}; no site was written to ${outDir}`);
  process.exit(1);
}
if (inputs) writeFileSync(inputsPath(outDir), JSON.stringify(inputs));
// The publish cache's new index, now that the site it describes is whole (src/downloads/publish-cache.ts).
if (!part) installCache(publishCacheOf(outDir));
console.log(`${incremental ? 'incremental build' : 'build'} timings: ${timings.join(', ')}, total ${since(started)} s`);
if (shards > 1) console.log(`${municipalities} municipalities built by ${shards} processes into ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (part) console.log(`part ${part.index + 1} of ${part.count} built into ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);

/** One `astro build`; with several shards their per-page lines are dropped and the rest prefixed. */
function runShard(index: number, dir: string): Promise<number | string> {
  // Shards are silent: a line per page from each would cost more than the pages' own I/O.
  const astroArgs = [astro, 'build', '--outDir', dir, ...(silent || shards > 1 ? ['--silent'] : [])];
  const share = part ? `${part.index}/${part.count}` : shards > 1 ? `${index}/${shards}` : null;
  return runChild(`${index + 1}/${shards}`, astroArgs, { [PUBLISH_DIR_ENV]: publishDir, ...(share && { [SHARD_ENV]: share }), [LOADED_DATA_ENV]: handOff, ...(only && { [RENDER_ONLY_ENV]: `${dir}.render.json` }) });
}

function runChild(tag: string, childArgs: string[], extraEnv: NodeJS.ProcessEnv, onMessage?: (message: unknown) => void): Promise<number | string> {
  // Every step reads the data folder this command was given (--data or DATA_DIR).
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, ...extraEnv };
  if (heapMb) env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --max-old-space-size=${heapMb}`.trim();
  const stdio: StdioOptions = [...(shards === 1 ? (['inherit', 'inherit', 'inherit'] as const) : (['ignore', 'pipe', 'pipe'] as const)), ...(onMessage ? (['ipc'] as const) : [])];
  const child: ChildProcess = spawn(process.execPath, [...HEAP_GROWTH, ...childArgs], { env, stdio });
  if (onMessage) child.on('message', onMessage);
  children.push(child);
  if (shards > 1) {
    for (const [stream, out] of [[child.stdout!, process.stdout], [child.stderr!, process.stderr]] as const) {
      createInterface({ input: stream }).on('line', (line) => {
        if (!/^\S*\s+(\x1b\[\d+m)?[├└]─/.test(line)) out.write(`[${tag}] ${line}\n`);
      });
    }
  }
  return new Promise((done) =>
    child.on('close', (code, signal) => {
      // One step failing fails the build: stop the others rather than let them finish for nothing.
      if (code !== 0) for (const other of children) if (other !== child && other.exitCode === null) other.kill();
      done(code ?? signal ?? 'killed');
    }),
  );
}
