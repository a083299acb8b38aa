import fs from 'node:fs';
import { parseCommandArgs, TEXT_INPUT_OPTIONS, textInputOptions } from './args.js';
import { ErrorCodes, SiftError } from '../core/errors.js';
import { readInputs } from '../ingest/read-inputs.js';
import { loadActors } from '../kb/actors-file.js';
import { toDocumentJson } from '../output/document-json.js';
import { formatSummary } from '../output/summary.js';
import { createPipeline } from '../pipeline/default.js';
import { progress } from './progress.js';

const HELP = `Usage: sift analyze [options] [FILE|DIR|-]...

Reads .txt, .html and .jsonl files, directories (recursively) and "-" for standard input,
and writes one Document JSON per article.

Options:
  --format summary|json|jsonl   output (default: summary on a terminal, jsonl when piped)
  --published YYYY-MM-DD        publication date for .txt and stdin (anchor for relative dates)
  --title TEXT, --url URL, --outlet NAME   metadata for .txt and stdin
  --input-kind txt|html|jsonl   how to read stdin or files with another extension
  --actors FILE                 user actor dictionary (JSONL {name, code, aliases?, from?, to?},
                                or a PETRARCH/TABARI .actors file)
  -o, --output FILE             write there instead of standard output
  -q, --quiet                   no progress or per-article errors on standard error
`;

export async function analyzeCommand(argv: string[]): Promise<number> {
  const args = parseCommandArgs('analyze', HELP, {
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      ...TEXT_INPUT_OPTIONS,
      output: { type: 'string', short: 'o' },
      quiet: { type: 'boolean', short: 'q' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (!args) return 0;
  const v = args.values;
  const out = v.output ? fs.createWriteStream(v.output) : process.stdout;
  const toTerminal = !v.output && process.stdout.isTTY === true;
  const format = v.format ?? (toTerminal ? 'summary' : 'jsonl');
  if (!['summary', 'json', 'jsonl'].includes(format)) throw new SiftError(ErrorCodes.USAGE, `analyze: --format must be summary, json or jsonl, not "${format}"`);
  const inputOptions = textInputOptions('analyze', v);
  const inputs = args.positionals.length ? args.positionals : process.stdin.isTTY ? [] : ['-'];
  if (!inputs.length) throw new SiftError(ErrorCodes.USAGE, `analyze: no input given\n\n${HELP}`);

  const actors = v.actors ? loadActors(v.actors) : undefined;
  const pipeline = createPipeline({ actors });
  const meter = progress(!v.quiet && process.stderr.isTTY === true);
  let failures = 0;
  let count = 0;
  const write = (s: string) => out.write(s);
  for (const item of readInputs(inputs, inputOptions)) {
    if (!item.ok) {
      failures++;
      meter.clear();
      if (!v.quiet) process.stderr.write(`sift: ${item.message}\n`);
      continue;
    }
    const doc = pipeline.analyze(item.article.text, item.article.meta, item.article.id);
    count++;
    const fatal = doc.diagnostics.filter((d) => d.severity === 'fatal');
    if (fatal.length) {
      failures++;
      meter.clear();
      if (!v.quiet) for (const d of fatal) process.stderr.write(`sift: ${doc.meta.input ?? doc.id}: ${d.message}\n`);
    }
    const json = toDocumentJson(doc);
    if (format === 'jsonl') write(JSON.stringify(json) + '\n');
    else if (format === 'json') write(JSON.stringify(json, null, 2) + '\n');
    else write(formatSummary(json, { color: toTerminal }) + '\n');
    meter.tick(count, item.article.meta.input ?? json.id);
  }
  meter.done(count, failures);
  if (out !== process.stdout) await new Promise<void>((r) => (out as fs.WriteStream).end(r));
  return failures ? 1 : 0;
}
