/**
 * `npm run lighthouse [-- --dist=DIR --runs=N --reports=DIR --raw]`: Lighthouse (its Node API) on a
 * built site served on localhost (scripts/serve.ts), for the contents page and one chapter, with the
 * desktop preset and the default one (mobile, simulated throttling), each once or N times (the median
 * run by performance score is kept). Prints the four category scores and FCP, LCP, TBT, CLS, the
 * audits that did not pass, and appends the result to scripts/bench/lighthouse.jsonl with the date,
 * git commit and load average (the scores move with the machine's load: note it beside them).
 *
 * Build first (`npm run build`, or `npx tsx scripts/build.ts --out-dir DIR` and `--dist=DIR`).
 * Text files are served gzip-compressed, as static hosts do (a temporary copy of the site gets a
 * `.gz` beside each; the build itself is not touched); `--raw` serves them uncompressed.
 * Chromium (/usr/bin/chromium or CHROMIUM_PATH) runs headless; it cannot resolve any host name
 * (--host-resolver-rules), and the script fails if the page requested anything from another origin.
 */
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type Result } from 'lighthouse';
import { serveDist } from './serve';

const ROOT = path.resolve(import.meta.dirname, '..');
const PAGES = ['/', '/chapters/losses'];
const PRESETS: { name: 'desktop' | 'mobile'; config?: Config }[] = [
  { name: 'desktop', config: desktopConfig },
  { name: 'mobile' }, // Lighthouse's default: a mid-range phone, simulated slow 4G and 4x CPU slowdown
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
} as const;
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
  '--no-first-run',
  '--disable-quic',
  // No host name resolves: nothing can be fetched from another origin, whatever the page asks for.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export interface LighthouseRun {
  page: string;
  preset: 'desktop' | 'mobile';
  /** Category scores, 0–100. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Lighthouse's CPU benchmark of this machine at the time (higher is faster; ~1000+ for a desktop). */
  benchmarkIndex: number;
  /** Audits that did not pass: "id (score)". */
  failed: string[];
  /** URLs requested from any origin other than the site's (must be empty). */
  foreignRequests: string[];
  /** Performance score of every run when `--runs=N` repeated it (the row is the median run). */
  performanceRuns?: number[];
}

function option(name: string): string | undefined {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg?.slice(name.length + 3);
}

const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|webmanifest|txt|xml|wasm)$/;

/** A temporary copy of `dist` with a gzip `.gz` beside each text file (for serveDist's `gzip`). */
function gzippedCopy(dist: string): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-site-'));
  cpSync(dist, copy, { recursive: true });
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (COMPRESSIBLE.test(entry.name)) writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
    }
  };
  walk(copy);
  return copy;
}

function git(...args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

function summarise(lhr: Result, page: string, preset: LighthouseRun['preset'], origin: string): LighthouseRun {
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const failed = Object.values(lhr.categories).flatMap((category) =>
    category.auditRefs
      .map((ref) => lhr.audits[ref.id])
      .filter((audit) => audit && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual')
      .filter((audit) => audit.score !== null && audit.score < 0.9)
      .map((audit) => `${audit.id} (${audit.score})`),
  );
  const items = (lhr.audits['network-requests']?.details as { items?: { url?: string }[] } | undefined)?.items ?? [];
  const foreignRequests = items
    .map((item) => item.url ?? '')
    .filter((url) => /^(https?|wss?):/.test(url) && new URL(url).origin !== origin);
  return {
    page,
    preset,
    scores: {
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
    },
    fcpMs: Math.round(metric(METRICS.fcpMs)),
    lcpMs: Math.round(metric(METRICS.lcpMs)),
    tbtMs: Math.round(metric(METRICS.tbtMs)),
    cls: Number(metric(METRICS.cls).toFixed(3)),
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    failed: [...new Set(failed)],
    foreignRequests,
  };
}

async function audit(url: string, preset: (typeof PRESETS)[number], reports?: string): Promise<Result> {
  const chrome = await launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      preset.config,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    if (reports) {
      const name = `${preset.name}${new URL(url).pathname.replace(/\W+/g, '-').replace(/-$/, '') || '-contents'}.json`;
      writeFileSync(path.join(reports, name), JSON.stringify(result.lhr));
    }
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

function table(runs: LighthouseRun[]): string {
  const header = [
    'page',
    'preset',
    'perf',
    'a11y',
    'best-pr.',
    'SEO',
    'FCP ms',
    'LCP ms',
    'TBT ms',
    'CLS',
    'bench',
    'perf runs',
  ];
  const rows = runs.map((r) => [
    r.page,
    r.preset,
    ...CATEGORIES.map((c) => String(r.scores[c])),
    String(r.fcpMs),
    String(r.lcpMs),
    String(r.tbtMs),
    String(r.cls),
    String(r.benchmarkIndex),
    (r.performanceRuns ?? [r.scores.performance]).join(' '),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  return [header, ...rows].map((row) => row.map((cell, i) => cell.padEnd(widths[i])).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const dist = path.resolve(option('dist') ?? path.join(ROOT, 'dist'));
  const reports = option('reports');
  if (reports) mkdirSync(reports, { recursive: true });
  const gzip = !process.argv.includes('--raw');
  const count = Math.max(1, Number(option('runs') ?? 1));
  const served = gzip ? gzippedCopy(dist) : dist;
  const server = await serveDist({ dir: served, base: '/', gzip });
  const origin = new URL(server.url).origin;
  const loadBefore = os.loadavg();
  const runs: LighthouseRun[] = [];
  try {
    for (const page of PAGES) {
      for (const preset of PRESETS) {
        const repeats: LighthouseRun[] = [];
        for (let i = 0; i < count; i++) {
          repeats.push(summarise(await audit(`${server.url}${page}`, preset, reports), page, preset.name, origin));
        }
        // The median run by performance score (Lighthouse's advice for noisy machines), with every score kept.
        const sorted = [...repeats].sort((a, b) => a.scores.performance - b.scores.performance);
        const run = {
          ...sorted[Math.floor((sorted.length - 1) / 2)],
          performanceRuns: repeats.map((r) => r.scores.performance),
        };
        run.foreignRequests = [...new Set(repeats.flatMap((r) => r.foreignRequests))];
        runs.push(run);
        console.log(`${page} ${preset.name}: done${run.failed.length ? `; not passed: ${run.failed.join(', ')}` : ''}`);
      }
    }
  } finally {
    await server.close();
    if (served !== dist) rmSync(served, { recursive: true, force: true });
  }
  const loadAfter = os.loadavg();
  const chromium = execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  const record = {
    date: new Date().toISOString(),
    commit: git('rev-parse', '--short', 'HEAD'),
    dirty: git('status', '--porcelain') !== '',
    gzip,
    runsPerPage: count,
    lighthouse: (
      JSON.parse(readFileSync(path.join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }
    ).version,
    chromium,
    cpus: os.cpus().length,
    loadavg: { before: loadBefore.map((l) => Number(l.toFixed(2))), after: loadAfter.map((l) => Number(l.toFixed(2))) },
    runs,
  };
  console.log(`\n${table(runs)}\n`);
  console.log(
    `load average (1/5/15 min) before ${record.loadavg.before.join(' ')}, after ${record.loadavg.after.join(' ')} on ${record.cpus} CPUs; ${gzip ? 'gzip' : 'uncompressed'}; ${chromium}; Lighthouse ${record.lighthouse}`,
  );
  appendFileSync(path.join(ROOT, 'scripts/bench/lighthouse.jsonl'), `${JSON.stringify(record)}\n`);
  console.log('appended to scripts/bench/lighthouse.jsonl');
  const foreign = runs.flatMap((r) => r.foreignRequests.map((url) => `${r.page} ${r.preset}: ${url}`));
  if (foreign.length > 0) {
    console.error(`requests to other origins:\n${foreign.join('\n')}`);
    process.exitCode = 1;
  }
}

await main();
