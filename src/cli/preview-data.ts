/**
 * `npm run preview:data [-- --data DIR] [--port 4321] [--lang ru|ky|en]`: checks a data folder,
 * builds the site from it (`DATA_DIR=DIR npm run build`) into a temporary folder, and serves it
 * on this computer only (`astro preview --host 127.0.0.1`), printing the address to open.
 * The project's own dist/ is left alone. Ctrl+C stops the server and removes the build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { hasErrors } from '../datasets/load.ts';
import { loadData } from '../checks/load.ts';
import { texts, type Lang } from '../i18n/index.ts';
import { dataDirFrom, flag } from './args.ts';
import { textReport } from './report.ts';

const args = process.argv.slice(2);
const lang = (flag(args, 'lang') ?? 'ru') as Lang;
const dir = resolve(dataDirFrom(args));
const port = flag(args, 'port') ?? process.env.PORT ?? '4321';
const base = process.env.BASE ?? '/';

const say = texts(lang).cli.preview;

// Check first: the same table as `npm run validate`, rather than a build's stack trace.
const { problems, municipalities } = loadData(dir);
if (hasErrors(problems)) {
  console.log(textReport(problems, lang, dir, municipalities.length));
  console.error(`\n${say.bad}`);
  process.exit(1);
}

// Run Astro with this same Node (the project's Node 24), not whatever `node` is on the PATH.
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
const outDir = mkdtempSync(join(tmpdir(), 'site-preview-'));
const env = { ...process.env, DATA_DIR: dir, ASTRO_TELEMETRY_DISABLED: '1' };

console.log(say.building(dir));
// The project's build command (it splits a large country over processes).
const build = spawnSync(process.execPath, [join(dirname(fileURLToPath(import.meta.url)), 'build.ts'), '--outDir', outDir], { env, stdio: 'inherit' });
if (build.status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(say.buildFailed);
  process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, [astro, 'preview', '--host', '127.0.0.1', '--port', port, '--outDir', outDir, '--ignore-lock'], {
  env,
  stdio: ['inherit', 'pipe', 'inherit'],
});
let announced = false;
server.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk);
  const url = /http:\/\/127\.0\.0\.1:\d+/.exec(chunk.toString());
  if (url && !announced) {
    announced = true;
    console.log(`\n${say.open(dir, `${url[0]}${base}`)}`);
  }
});

const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => {
  rmSync(outDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
