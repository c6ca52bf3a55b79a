/**
 * The GitHub Actions workflow, read as text: it checks pull requests, deploys only main, and
 * only after the checks pass; every npm script it runs exists.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const yml = readFileSync('.github/workflows/site.yml', 'utf8');
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The text of one job: from its "  name:" line to the next job at the same indentation. */
function job(name: string): string {
  const jobs = yml.slice(yml.indexOf('\njobs:\n'));
  const start = jobs.indexOf(`\n  ${name}:\n`);
  if (start < 0) throw new Error(`no job ${name}`);
  const rest = jobs.slice(start + 1);
  const next = rest.slice(1).search(/\n {2}[a-z][\w-]*:\n/);
  return next < 0 ? rest : rest.slice(0, next + 1);
}

const runs = (text: string) => [...text.matchAll(/^\s+(?:- )?run: (.+)$/gm)].map((m) => m[1]!.trim());

describe('.github/workflows/site.yml', () => {
  it('runs on pull requests and on pushes to main', () => {
    expect(yml).toMatch(/^on:\n(?: {2}.*\n)*? {2}pull_request:/m);
    expect(yml).toMatch(/ {2}push:\n {4}branches: \[main\]/);
  });

  it('checks in order: npm ci, validate, the data check (build + site checks of data/), the tests of the code', () => {
    const steps = runs(job('check'));
    const at = (re: RegExp) => steps.findIndex((s) => re.test(s));
    const order = [at(/^npm ci\b/), at(/^npm run validate$/), at(/^npm run check:data$/), at(/^npm run test:code$/)];
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('appends the data check as Markdown (ru, ky) to the job summary, also when the check failed', () => {
    const check = job('check');
    const step = check.slice(check.indexOf('- name: Data check report'));
    expect(step).toMatch(/^- name: Data check report[^\n]*\n\s+if: always\(\)\n\s+run: npm run validate --silent -- --format markdown >> "\$GITHUB_STEP_SUMMARY"/);
    const steps = runs(check);
    expect(steps.findIndex((s) => s.includes('--format markdown'))).toBeGreaterThan(steps.findIndex((s) => /^npm run validate$/.test(s)));
  });

  it('npm test runs both the tests of the code and the data check', () => {
    // One vitest run of two projects (vitest.config.ts): the code's tests and the data check.
    expect(scripts['check:data']).toBe('vitest run --project data');
    expect(scripts['test:code']).toBe('vitest run --project code');
    expect(scripts.test).toBe('vitest run');
  });

  it('runs only scripts that package.json defines', () => {
    const used = runs(yml).flatMap((s) => [...s.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!));
    expect(used.length).toBeGreaterThan(2);
    expect(used.filter((s) => !(s in scripts))).toEqual([]);
  });

  it('deploys with the Pages actions, only from main and only after the check job', () => {
    const deploy = job('deploy');
    expect(deploy).toMatch(/needs: \[check, merge, release\]/);
    expect(deploy).toMatch(/if: \$\{\{ !cancelled\(\) && github\.event_name != 'pull_request' && github\.ref == 'refs\/heads\/main' && needs\.check\.result == 'success'/);
    expect(deploy).toContain('uses: actions/deploy-pages@');
    expect(deploy).toMatch(/pages: write/);
    expect(deploy).toMatch(/id-token: write/);
    expect(job('check')).toContain('uses: actions/upload-pages-artifact@');
    expect(job('check')).not.toContain('deploy-pages');
  });

  it('builds the published site with the SITE and BASE that astro.config.mjs reads', () => {
    const config = readFileSync('astro.config.mjs', 'utf8');
    expect(config).toContain('process.env.SITE');
    expect(config).toContain('process.env.BASE');
    expect(job('check')).toMatch(/SITE: \$\{\{ vars\.SITE \|\| steps\.pages\.outputs\.origin \}\}/);
    expect(job('check')).toMatch(/BASE: \$\{\{ vars\.BASE \|\| format\('\{0\}\/', steps\.pages\.outputs\.base_path\) \}\}/);
  });

  it('can split the build: parts after the check, each one share of the matrix, then one merge before the deploy', () => {
    const parts = job('parts');
    expect(parts).toMatch(/needs: check\b/);
    const matrix = /part: \[([\d, ]+)\]/.exec(parts)![1]!.split(',').map(Number);
    expect(matrix).toEqual(matrix.map((_, i) => i));
    expect(runs(parts)).toContain(`npm run build -- --part \${{ matrix.part }}/${matrix.length} --outDir part-\${{ matrix.part }}`);
    const merge = job('merge');
    expect(merge).toMatch(/needs: parts\b/);
    expect(runs(merge)).toContain('npm run merge-parts -- --outDir dist parts/part-*');
    expect(merge).toContain('uses: actions/upload-pages-artifact@');
    // One site is uploaded either way: the check job's when not split.
    expect(job('check')).toMatch(/upload-pages-artifact@v3\n/);
    expect(job('check')).toMatch(/Upload the site\n\s+if: [^\n]*vars\.SPLIT_BUILD != 'true'/);
  });

  it('attaches the bulk downloads to the data\'s release before the deploy, only when RELEASE_ASSETS is set', () => {
    const release = job('release');
    expect(release).toMatch(/needs: \[check, parts\]/);
    expect(release).toMatch(/if: [^\n]*vars\.RELEASE_ASSETS == 'true'/);
    expect(release).toMatch(/contents: write/);
    expect(release).toMatch(/gh release upload "\$tag" "\$folder"\/\* --clobber/);
    // The builds that publish /data/ are told where the release is, from the same variable.
    for (const name of ['check', 'parts']) expect(job(name)).toMatch(/KG_RELEASE_URL: \$\{\{ vars\.RELEASE_ASSETS == 'true' && format\('https:\/\/github\.com\/\{0\}\/releases\/download\/', github\.repository\) \|\| '' \}\}/);
    // The release job refuses nothing silently: a failed upload stops the deploy.
    expect(job('deploy')).toContain("needs.release.result != 'failure'");
    // Only the release job may write to the repository.
    expect(job('check')).not.toMatch(/contents: write/);
  });
});
