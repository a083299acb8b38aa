#!/usr/bin/env node
// Throughput benchmark: a bare wink-nlp pass against the full Sift pipeline, on a corpus made by
// shuffling the sentences of examples/*.txt with a seeded PRNG (the same corpus for the same seed).
//
//   npm run bench -- [--articles N] [--repeat R] [--seed S] [--json] [--no-cli] [--keep]
//
// Reports articles/s, words/s and peak RSS for (a) wink-nlp alone (readDoc + tokens + POS per
// paragraph), (b) Sift in-process (analyze + Document JSON + JSON.stringify per article), with the
// time share of each stage, and (c) the CLI as a subprocess on the corpus as JSONL. Medians of
// --repeat runs. Needs the build (`npm run build`): it imports ../dist/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HELP = `Usage: npm run bench -- [options]

  --articles N   corpus size (default 2000)
  --repeat R     runs of each in-process measurement; medians are reported (default 3)
  --seed S       corpus seed (default 42)
  --json         print the results as JSON
  --no-cli       skip the CLI subprocess run
  --keep         keep the generated corpus (its path is reported)
`;

let args;
try {
  args = parseArgs({
    options: {
      articles: { type: 'string', default: '2000' },
      repeat: { type: 'string', default: '3' },
      seed: { type: 'string', default: '42' },
      json: { type: 'boolean', default: false },
      'no-cli': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (e) {
  process.stderr.write(`bench: ${e.message}\n\n${HELP}`);
  process.exit(2);
}
if (args.values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const ARTICLES = positiveInt('articles');
const REPEAT = positiveInt('repeat');
const SEED = Number.parseInt(args.values.seed, 10) >>> 0;

function positiveInt(name) {
  const n = Number(args.values[name]);
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write(`bench: --${name} must be a positive integer, not "${args.values[name]}"\n`);
    process.exit(2);
  }
  return n;
}

// progress goes to a terminal only: piped, the bench prints nothing but its results
const chatty = process.stderr.isTTY === true;
const note = (s) => chatty && process.stderr.write(`\r\x1b[K${s}`);
const noteDone = () => chatty && process.stderr.write('\r\x1b[K');

// ------------------------------------------------------------------ corpus

/** mulberry32: a small, fast, seeded PRNG (deterministic across platforms). */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadExamples() {
  const dir = path.join(ROOT, 'examples');
  let files;
  try {
    files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  } catch {
    files = [];
  }
  if (!files.length) throw new Error(`no examples/*.txt under ${dir}`);
  let meta = {};
  try {
    meta = JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8'));
  } catch {
    // no dates: articles go without `published`
  }
  const headlines = [];
  const sentences = [];
  const dates = [];
  for (const f of files) {
    const lines = fs.readFileSync(path.join(dir, f), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
    if (!lines.length) continue;
    headlines.push(lines[0]);
    for (const para of lines.slice(1)) sentences.push(...splitSentences(para));
    if (meta[f]?.published) dates.push(meta[f].published);
  }
  return { files, headlines, sentences, dates };
}

/** A rough sentence split, good enough to shuffle prose: after . ! ? (and a closing quote) before a capital. */
function splitSentences(para) {
  return para.split(/(?<=[.!?…]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\d])/u).map((s) => s.trim()).filter(Boolean);
}

function makeCorpus(n, seed) {
  const { files, headlines, sentences, dates } = loadExamples();
  const rnd = prng(seed);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const between = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const articles = [];
  for (let i = 0; i < n; i++) {
    const paras = [pick(headlines)];
    const count = between(6, 12);
    for (let p = 0; p < count; p++) {
      const k = between(1, 3);
      const para = [];
      for (let s = 0; s < k; s++) para.push(pick(sentences));
      paras.push(para.join(' '));
    }
    const a = { id: `bench-${String(i + 1).padStart(5, '0')}`, text: paras.join('\n\n') };
    if (dates.length) a.published = pick(dates);
    articles.push(a);
  }
  const words = articles.reduce((w, a) => w + countWords(a.text), 0);
  return { articles, words, sources: { files: files.length, sentences: sentences.length } };
}

function countWords(text) {
  return (text.match(/\S+/g) ?? []).length;
}

// ------------------------------------------------------------------ measuring

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const maxRssMb = () => process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes

async function benchWink(corpus) {
  let winkNLP, model;
  try {
    winkNLP = (await import('wink-nlp')).default;
    model = (await import('wink-eng-lite-web-model')).default;
  } catch (e) {
    throw new Error(`cannot load wink-nlp or its model (${e.message}): run npm install`);
  }
  const t0 = performance.now();
  const nlp = winkNLP(model);
  const its = nlp.its;
  const loadMs = performance.now() - t0;
  const paragraphs = corpus.articles.map((a) => a.text.split('\n').filter((p) => p.trim()));
  let sink = 0; // keeps the work observable so nothing is optimised away
  const pass = (list) => {
    for (const paras of list) {
      for (const p of paras) {
        const doc = nlp.readDoc(p);
        sink += doc.tokens().out().length + doc.tokens().out(its.pos).length;
      }
    }
  };
  pass(paragraphs.slice(0, Math.min(20, paragraphs.length))); // warm-up
  const runs = [];
  for (let r = 0; r < REPEAT; r++) {
    note(`bare wink-nlp: run ${r + 1}/${REPEAT}`);
    const t = performance.now();
    pass(paragraphs);
    runs.push((performance.now() - t) / 1000);
  }
  noteDone();
  if (!sink) throw new Error('wink-nlp produced no tokens');
  return summarise(corpus, runs, { loadMs, peakRssMb: maxRssMb() });
}

const OUTPUT = '(output: toDocumentJson + JSON.stringify)';
const OVERHEAD = '(runner: Doc creation, layer merging)';

async function benchSift(corpus) {
  const pipelineUrl = pathToFileURL(path.join(ROOT, 'dist/pipeline/default.js')).href;
  const outputUrl = pathToFileURL(path.join(ROOT, 'dist/output/document-json.js')).href;
  let createPipeline, toDocumentJson;
  try {
    ({ createPipeline } = await import(pipelineUrl));
    ({ toDocumentJson } = await import(outputUrl));
  } catch (e) {
    throw new Error(`cannot load the build from dist/ (${e.message}): run npm run build first`);
  }
  let stageMs = new Map();
  const t0 = performance.now();
  const pipeline = createPipeline({ onStage: (name, ms) => stageMs.set(name, (stageMs.get(name) ?? 0) + ms) });
  const startupMs = performance.now() - t0;
  const stageNames = pipeline.plan?.stages?.map((s) => s.name) ?? [];

  let bytes = 0;
  let fatalDocs = 0;
  const fatalSamples = new Map();
  let analyzeMs = 0;
  let outputMs = 0;
  const pass = (articles, record) => {
    for (const a of articles) {
      const t1 = performance.now();
      const doc = pipeline.analyze(a.text, a.published ? { published: a.published, input: a.id } : { input: a.id }, a.id);
      const t2 = performance.now();
      bytes += JSON.stringify(toDocumentJson(doc)).length;
      analyzeMs += t2 - t1;
      outputMs += performance.now() - t2;
      if (!record) continue;
      const fatal = doc.diagnostics.filter((d) => d.severity === 'fatal');
      if (fatal.length) {
        fatalDocs++;
        for (const d of fatal) if (!fatalSamples.has(d.stage)) fatalSamples.set(d.stage, d.message);
      }
    }
  };
  const tw = performance.now();
  pass(corpus.articles.slice(0, Math.min(20, corpus.articles.length)), false); // warm-up (and lazy loads)
  const warmupMs = performance.now() - tw;

  const runs = [];
  const stageRuns = [];
  for (let r = 0; r < REPEAT; r++) {
    note(`Sift in-process: run ${r + 1}/${REPEAT}`);
    stageMs = new Map();
    fatalDocs = 0;
    analyzeMs = outputMs = 0;
    const t = performance.now();
    pass(corpus.articles, r === 0);
    runs.push((performance.now() - t) / 1000);
    const inStages = [...stageMs.values()].reduce((x, y) => x + y, 0);
    stageMs.set(OUTPUT, outputMs);
    stageMs.set(OVERHEAD, Math.max(0, analyzeMs - inStages));
    stageRuns.push(stageMs);
  }
  noteDone();
  if (!bytes) throw new Error('Sift produced no output');

  // per stage: median ms over the runs, then the Document JSON output and the runner's own time
  const names = [...new Set([...stageNames, ...stageRuns.flatMap((m) => [...m.keys()])].filter((n) => n !== OUTPUT && n !== OVERHEAD)), OUTPUT, OVERHEAD];
  const stages = names.map((name) => ({ name, ms: median(stageRuns.map((m) => m.get(name) ?? 0)) }));
  const sum = stages.reduce((s, x) => s + x.ms, 0) || 1;
  for (const s of stages) s.share = (100 * s.ms) / sum;

  return summarise(corpus, runs, {
    startupMs,
    warmupMs,
    peakRssMb: maxRssMb(),
    stages,
    fatalDocs,
    fatalStages: Object.fromEntries(fatalSamples),
  });
}

function summarise(corpus, runs, extra) {
  const seconds = median(runs);
  return {
    seconds,
    articlesPerSec: corpus.articles.length / seconds,
    wordsPerSec: corpus.words / seconds,
    runs,
    ...extra,
  };
}

function benchCli(corpus, corpusPath) {
  const main = path.join(ROOT, 'dist/cli/main.js');
  if (!fs.existsSync(main)) return { skipped: 'dist/cli/main.js not found (run npm run build)' };
  const cliArgs = [main, 'analyze', '--format', 'jsonl', '--quiet', corpusPath];
  const useTime = fs.existsSync('/usr/bin/time') && process.env.BENCH_NO_TIME !== '1';
  note('Sift CLI: one run');
  const t = performance.now();
  let r;
  if (useTime) {
    r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...cliArgs], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } else {
    // no /usr/bin/time: the child reports its own peak RSS on exit
    const hook = `data:text/javascript,${encodeURIComponent("process.on('exit',()=>process.stderr.write('\\nBENCH_MAXRSS_KB '+process.resourceUsage().maxRSS+'\\n'))")}`;
    r = spawnSync(process.execPath, ['--import', hook, ...cliArgs], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  }
  const seconds = (performance.now() - t) / 1000;
  noteDone();
  if (r.error) return { skipped: `could not run the CLI: ${r.error.message}` };
  const err = r.stderr ?? '';
  const kb = useTime ? /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(err) : /BENCH_MAXRSS_KB (\d+)/.exec(err);
  // the CLI exits 1 when some article failed; other codes mean it did not run through
  const exitCode = useTime ? Number(/Exit status:\s*(\d+)/.exec(err)?.[1] ?? r.status) : r.status;
  const out = {
    seconds,
    articlesPerSec: corpus.articles.length / seconds,
    wordsPerSec: corpus.words / seconds,
    peakRssMb: kb ? Number(kb[1]) / 1024 : null,
    exitCode,
    method: useTime ? '/usr/bin/time -v' : 'resourceUsage in the child',
  };
  if (exitCode !== 0 && exitCode !== 1) out.error = err.split('\n').filter((l) => l.trim() && !/^\s/.test(l)).slice(-3).join(' | ');
  return out;
}

// ------------------------------------------------------------------ report

function table(res) {
  const f = (n, d = 0) => (n == null || Number.isNaN(n) ? '—' : n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }));
  const rows = [
    ['', 'articles/s', 'words/s', 'seconds', 'peak RSS MB'],
    ['bare wink-nlp', f(res.wink.articlesPerSec, 1), f(res.wink.wordsPerSec), f(res.wink.seconds, 2), f(res.wink.peakRssMb, 0)],
    ['Sift (in-process)', f(res.sift.articlesPerSec, 1), f(res.sift.wordsPerSec), f(res.sift.seconds, 2), f(res.sift.peakRssMb, 0)],
  ];
  if (res.cli && !res.cli.skipped) rows.push(['Sift CLI (subprocess, 1 run)', f(res.cli.articlesPerSec, 1), f(res.cli.wordsPerSec), f(res.cli.seconds, 2), f(res.cli.peakRssMb, 0)]);
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   ');
  const out = [];
  out.push(`Sift benchmark: ${f(res.articles)} articles, ${f(res.words)} words (${f(res.words / res.articles)} per article), seed ${res.seed}, medians of ${res.repeat} run${res.repeat > 1 ? 's' : ''}`);
  out.push(`${res.node} on ${res.platform}, ${res.cpus} CPU${res.cpus > 1 ? 's' : ''} (${res.cpuModel})`);
  out.push('');
  out.push(...rows.map(line));
  out.push('');
  const ratio = res.ratio;
  out.push(`Sift / bare wink throughput: ${f(ratio, 3)}${ratio > 0 ? ` (Sift is ${f(1 / ratio, 1)}x slower)` : ''}`);
  out.push(`Startup: wink model ${f(res.wink.loadMs)} ms; Sift pipeline ${f(res.sift.startupMs)} ms, first 20 articles ${f(res.sift.warmupMs)} ms`);
  out.push('Peak RSS is the process maximum so far: the Sift figure includes the wink pass before it.');
  out.push('');
  out.push('Time per stage (median ms over the runs, share of the Sift run):');
  const nw = Math.max(...res.sift.stages.map((s) => s.name.length));
  for (const s of res.sift.stages) out.push(`  ${s.name.padEnd(nw)}  ${f(s.ms).padStart(9)} ms  ${f(s.share, 1).padStart(5)}%`);
  if (res.sift.fatalDocs) {
    out.push('');
    out.push(`Warning: ${f(res.sift.fatalDocs)} of ${f(res.articles)} documents had a fatal diagnostic (a stage failed):`);
    for (const [stage, msg] of Object.entries(res.sift.fatalStages)) out.push(`  ${stage}: ${msg.slice(0, 160)}`);
  }
  if (res.cli?.skipped) out.push('', `CLI run skipped: ${res.cli.skipped}`);
  else if (res.cli) {
    out.push('', `CLI: exit code ${res.cli.exitCode}${res.cli.exitCode === 1 ? ' (some articles failed)' : ''}; peak RSS by ${res.cli.method}`);
    if (res.cli.error) out.push(`CLI error: ${res.cli.error}`);
  }
  if (res.corpus) out.push('', `Corpus kept at ${res.corpus}`);
  return out.join('\n') + '\n';
}

// ------------------------------------------------------------------ main

async function main() {
  note(`making a corpus of ${ARTICLES} articles`);
  const corpus = makeCorpus(ARTICLES, SEED);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sift-bench-'));
  const corpusPath = path.join(dir, 'corpus.jsonl');
  fs.writeFileSync(corpusPath, corpus.articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  try {
    const wink = await benchWink(corpus);
    const sift = await benchSift(corpus);
    const cli = args.values['no-cli'] ? null : benchCli(corpus, corpusPath);
    const res = {
      articles: corpus.articles.length,
      words: corpus.words,
      seed: SEED,
      repeat: REPEAT,
      sources: corpus.sources,
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model?.trim() ?? 'unknown',
      wink,
      sift,
      ratio: sift.articlesPerSec / wink.articlesPerSec,
      cli,
      corpus: args.values.keep ? corpusPath : undefined,
    };
    process.stdout.write(args.values.json ? JSON.stringify(res, null, 2) + '\n' : table(res));
  } finally {
    if (!args.values.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  noteDone();
  process.stderr.write(`bench: ${e.message}\n`);
  process.exit(1);
});
