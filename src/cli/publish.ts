/**
 * `node src/cli/publish.ts --out DIR [--data DIR] [--hand-off FILE] [--cache DIR --code DIGEST [--reuse --previous-site DIR]]`:
 * the publish step alone (src/downloads/publish.ts); `--cache` names its cache (src/downloads/publish-cache.ts).
 * `npm run build` runs it in its own process, so its memory is freed for the pages; when the
 * figures the pages need are written it sends FIGURES_READY to its parent (an IPC channel), which then
 * starts the page shards while this process goes on writing the downloads.
 */
import { dataBaseUrl, siteAddress } from '../downloads/address.ts';
import { publishAll } from '../downloads/publish.ts';
import { DataError } from '../datasets/problems.ts';
import { dataDirFrom, flag } from './args.ts';
import { FIGURES_READY } from '../downloads/manifest.ts';

const args = process.argv.slice(2);
const outDir = flag(args, 'out');
if (!outDir) {
  console.error('--out DIR: the publish folder (data/ and manifest.json are written in it)');
  process.exit(2);
}
const cacheDir = flag(args, 'cache');
const previousSite = flag(args, 'previous-site');
const cache = cacheDir ? { dir: cacheDir, code: flag(args, 'code') ?? '', reuse: args.includes('--reuse'), ...(previousSite && { previousSite }) } : undefined;
const timings: string[] = [];
try {
  const manifest = await publishAll({ dataDir: dataDirFrom(args), outDir, site: dataBaseUrl(siteAddress(), process.env.BASE), onFigures: () => process.send?.(FIGURES_READY), handOff: flag(args, 'hand-off'), cache, timings });
  if (!args.includes('--silent')) console.log(`${manifest.files.length} files in data/`);
  if (cache) console.log(`publish step timings: ${timings.join(', ')}`);
  if (process.connected) process.disconnect();
} catch (e) {
  if (!(e instanceof DataError)) throw e;
  console.error(e.message);
  process.exit(1);
}
