import fs from 'node:fs';
import { parseCommandArgs } from './args.js';
import { gdeltEventRow, gdeltMentionRow } from '../corpus/gdelt.js';
import { graphml } from '../corpus/graphml.js';
import { ErrorCodes, SiftError } from '../core/errors.js';
import { openStore, storeLocation } from '../store/open.js';
import type { CorpusEvent, Filter, Store } from '../store/store.js';
import { FILTER_HELP, FILTER_OPTIONS, filterFrom } from './query.js';

const FORMATS = ['jsonl', 'csv', 'gdelt-events', 'gdelt-mentions', 'graphml'] as const;
type Format = (typeof FORMATS)[number];

const HELP = `Usage: sift export --format FORMAT [filters] [-o FILE]

Formats:
  jsonl            every stored article as Document JSON, one per line (the output of analyze)
  csv              merged events, one row each, with a header
  gdelt-events     GDELT 2.0 Events: 61 tab-separated columns in GDELT's order, no header
  gdelt-mentions   GDELT 2.0 Mentions: 16 columns, one row per mention, exact character offsets
  graphml          the actor network (who did what to whom) for Gephi, yEd, networkx

NumMentions, NumSources and NumArticles count every mention in the store (GDELT's count only the
first fifteen minutes). The event filters apply to csv, gdelt-* and graphml.

${FILTER_HELP}
  -o, --output FILE   write there instead of standard output
`;

/** Writes with back-pressure, so exporting millions of rows keeps memory flat. */
function writer(out: NodeJS.WritableStream) {
  return (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
}

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const CSV_HEADER = ['id', 'date', 'type', 'cameo', 'quad_class', 'goldstein', 'source', 'source_code', 'target', 'target_code', 'place', 'num_mentions', 'num_sources', 'num_articles', 'modalities', 'outlets', 'first_seen', 'source_url'];
function csvRow(e: CorpusEvent): string {
  return [
    e.id, e.date, e.type, e.cameo, e.quadClass, e.goldstein,
    e.source.map((a) => a.name).join('; '), e.source.map((a) => a.code ?? '').join('; '),
    e.target.map((a) => a.name).join('; '), e.target.map((a) => a.code ?? '').join('; '),
    e.place?.name, e.numMentions, e.numSources, e.numArticles,
    [...new Set(e.mentions.map((m) => m.modality))].join('; '), [...new Set(e.mentions.map((m) => m.outlet).filter(Boolean))].join('; '),
    e.firstSeen, e.sourceUrl,
  ].map(csvCell).join(',') + '\r\n';
}

async function exportTo(store: Store, format: Format, f: Filter, write: (s: string) => Promise<void>): Promise<number> {
  let n = 0;
  switch (format) {
    case 'jsonl':
      for await (const d of store.eachDocument()) {
        await write(JSON.stringify(d) + '\n');
        n++;
      }
      return n;
    case 'csv':
      await write(CSV_HEADER.join(',') + '\r\n');
      for await (const e of store.eachEvent(f)) {
        await write(csvRow(e));
        n++;
      }
      return n;
    case 'gdelt-events':
      for await (const e of store.eachEvent(f)) {
        await write(gdeltEventRow(e) + '\n');
        n++;
      }
      return n;
    case 'gdelt-mentions':
      for await (const e of store.eachEvent(f)) {
        for (const m of e.mentions) {
          await write(gdeltMentionRow(e, m) + '\n');
          n++;
        }
      }
      return n;
    case 'graphml': {
      const net = await store.network(f);
      for (const chunk of graphml(net)) await write(chunk);
      return net.edges.length;
    }
  }
}

export async function exportCommand(argv: string[]): Promise<number> {
  const args = parseCommandArgs('export', HELP, {
    args: argv,
    allowPositionals: false,
    options: { ...FILTER_OPTIONS, format: { type: 'string' }, output: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } },
  });
  if (!args) return 0;
  const v = args.values;
  if (!v.format) throw new SiftError(ErrorCodes.USAGE, `export: --format is required: ${FORMATS.join(', ')}\n\n${HELP}`);
  if (!(FORMATS as readonly string[]).includes(v.format)) throw new SiftError(ErrorCodes.USAGE, `export: --format must be one of ${FORMATS.join(', ')}, not "${v.format}"`);
  const f = filterFrom(v, 'export');
  const store = await openStore(storeLocation(v.store));
  try {
    const out = v.output ? fs.createWriteStream(v.output) : process.stdout;
    // a reader that stops early (| head) ends the export quietly; other write errors are reported
    const stopped = new Promise<number>((resolve, reject) =>
      out.once('error', (e: NodeJS.ErrnoException) =>
        e.code === 'EPIPE' ? resolve(-1) : reject(new SiftError(ErrorCodes.INPUT_UNREADABLE, `export: cannot write ${v.output ?? 'standard output'} (${e.code ?? e.message})`)),
      ),
    );
    const n = await Promise.race([exportTo(store, v.format as Format, f, writer(out)), stopped]);
    if (out !== process.stdout) await new Promise<void>((r) => (out as fs.WriteStream).end(r));
    if (n >= 0 && process.stderr.isTTY && v.output) process.stderr.write(`${n} ${v.format === 'jsonl' ? 'documents' : v.format === 'graphml' ? 'edges' : v.format === 'gdelt-mentions' ? 'mentions' : 'events'} written to ${v.output}\n`);
  } finally {
    await store.close();
  }
  return 0;
}
