import { ErrorCodes, SiftError } from '../core/errors.js';
import { parseCommandArgs } from './args.js';
import { openStore, storeLocation } from '../store/open.js';
import type { ActorRef, CorpusEvent, Filter, Store } from '../store/store.js';

const KINDS = ['events', 'entities', 'quotes', 'series', 'search', 'timeline'] as const;
type Kind = (typeof KINDS)[number];

export const FILTER_HELP = `Filters:
  --actor X         actor code ("USA" also matches USAGOV, USAMIL), kb id, or any name variant
  --type T          events: PLOVER type (CONSULT) or CAMEO code prefix (04); entities: PERSON, ORG, GPE…
  --since DATE, --until DATE   YYYY-MM-DD, inclusive (event dates; quote, figure and article dates)
  --place X         events at a place (code or name)
  --outlet NAME     reported by this outlet
  --modality M      asserted, attributed, rumored, speculative, planned, hypothetical, negated
  --text WORDS      quotes: words in the content; series: words of the measure
  --store PATH|URL  SQLite file (default ./sift-data/sift.db, or $SIFT_STORE) or postgres://…`;

const HELP = `Usage: sift query events|entities|quotes|series|search|timeline [filters] [--format json|table] [WORDS...]

  events     merged events, newest first, each with its mentions (article, sentence, offsets, modality, outlet)
  entities   corpus actors with their name variants, most reported first
  quotes     who said what
  series     figures of the same measure over time, with who said each value
  search     full-text search over the articles: sift query search WORDS ("a phrase", OR, prefix*)
  timeline   events and mentions per day

${FILTER_HELP}
  --limit N         at most N results (default 100; 0 for all)
  --format F        table (default on a terminal) or json (default when piped)
`;

export const FILTER_OPTIONS = {
  store: { type: 'string' },
  actor: { type: 'string' },
  type: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  place: { type: 'string' },
  outlet: { type: 'string' },
  modality: { type: 'string' },
  text: { type: 'string' },
} as const;

const MODALITIES = ['asserted', 'attributed', 'rumored', 'speculative', 'planned', 'hypothetical', 'negated'];

/** The filters given on the command line, checked. */
export function filterFrom(v: Record<string, string | boolean | undefined>, command: string): Filter {
  const f: Filter = {};
  for (const k of ['actor', 'type', 'place', 'outlet', 'text'] as const) if (typeof v[k] === 'string' && v[k]) f[k] = v[k] as string;
  for (const k of ['since', 'until'] as const) {
    const s = v[k];
    if (typeof s !== 'string') continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(s))) throw new SiftError(ErrorCodes.USAGE, `${command}: --${k} must be a date YYYY-MM-DD, not "${s}"`);
    f[k] = s;
  }
  if (typeof v.modality === 'string') {
    if (!MODALITIES.includes(v.modality)) throw new SiftError(ErrorCodes.USAGE, `${command}: --modality must be one of ${MODALITIES.join(', ')}, not "${v.modality}"`);
    f.modality = v.modality;
  }
  if (f.since && f.until && f.since > f.until) throw new SiftError(ErrorCodes.USAGE, `${command}: --since ${f.since} is after --until ${f.until}`);
  return f;
}

// ------------------------------------------------------------------ tables

/** Rows as aligned columns; long cells cut with "…". */
export function table(header: string[], rows: Array<Array<string | number | null | undefined>>, maxWidth = 48): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c)).replace(/\s+/g, ' ')))];
  const cut = (s: string) => (s.length > maxWidth ? s.slice(0, maxWidth - 1) + '…' : s);
  const shown = cells.map((r) => r.map(cut));
  const widths = header.map((_, i) => Math.max(...shown.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number' || r[i] === null || r[i] === undefined));
  return shown.map((r) => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd()).join('\n') + '\n';
}

const who = (as: ActorRef[]) => as.map((a) => (a.code ? `${a.name} (${a.code})` : a.name)).join(', ') || '—';

function eventsTable(events: CorpusEvent[]): string {
  return table(
    ['ID', 'DATE', 'TYPE', 'CAMEO', 'SOURCE', 'TARGET', 'PLACE', 'MENTIONS', 'SOURCES', 'ARTICLES', 'MODALITY'],
    events.map((e) => [
      e.id, e.date ?? '', e.type, e.cameo ?? '', who(e.source), who(e.target), e.place?.name ?? '', e.numMentions, e.numSources, e.numArticles,
      [...new Set(e.mentions.map((m) => m.modality))].join(','),
    ]),
    36,
  );
}

async function run(store: Store, kind: Kind, f: Filter, words: string[], json: boolean): Promise<string> {
  const out = (x: unknown) => JSON.stringify(x, null, 2) + '\n';
  switch (kind) {
    case 'events': {
      const r = await store.events(f);
      return json ? out(r) : eventsTable(r);
    }
    case 'entities': {
      const r = await store.entities(f);
      return json
        ? out(r)
        : table(['ID', 'NAME', 'TYPE', 'CODE', 'KB', 'ARTICLES', 'MENTIONS', 'OTHER NAMES'], r.map((a) => [a.id, a.name, a.type, a.code ?? '', a.kb ?? '', a.articles, a.mentions, a.names.filter((n) => n.name !== a.name).map((n) => n.name).join('; ')]));
    }
    case 'quotes': {
      const r = await store.quotes(f);
      return json ? out(r) : table(['DATE', 'SPEAKER', 'KIND', 'CUE', 'CONTENT', 'OUTLET', 'ARTICLE'], r.map((q) => [q.date ?? '', q.speaker?.name ?? q.speakerName ?? '(unnamed)', q.kind, q.cue ?? '', q.content, q.outlet ?? '', q.article]), 60);
    }
    case 'series': {
      const r = await store.series(f);
      if (json) return out(r);
      return r
        .map((s) => `${s.measure}${s.unit ? ` (${s.unit}${s.per ? `/${s.per}` : ''})` : ''} — ${s.points.length} value${s.points.length === 1 ? '' : 's'}\n` + table(['TIME', 'VALUE', 'SAID BY', 'OUTLET', 'ARTICLE'], s.points.map((p) => [p.time ?? '', p.value, p.saidBy ?? '', p.outlet ?? '', p.article])).replace(/^/gm, '  '))
        .join('\n');
    }
    case 'search': {
      const r = await store.search(words.join(' '), f);
      return json ? out(r) : r.map((h) => `${h.published ?? '----------'}  ${h.outlet ?? ''}  ${h.article}${h.title ? `\n  ${h.title}` : ''}\n  ${h.snippet}\n`).join('\n');
    }
    case 'timeline': {
      const r = await store.timeline(f);
      if (json) return out(r);
      const max = Math.max(1, ...r.map((b) => b.events));
      return table(['DATE', 'EVENTS', 'MENTIONS', ''], r.map((b) => [b.date, b.events, b.mentions, '█'.repeat(Math.max(1, Math.round((30 * b.events) / max)))]), 40);
    }
  }
}

export async function queryCommand(argv: string[]): Promise<number> {
  const args = parseCommandArgs('query', HELP, {
    args: argv,
    allowPositionals: true,
    options: { ...FILTER_OPTIONS, limit: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (!args) return 0;
  const v = args.values;
  const [kind, ...words] = args.positionals;
  if (!kind) throw new SiftError(ErrorCodes.USAGE, `query: say what to query: ${KINDS.join(', ')}\n\n${HELP}`);
  if (!(KINDS as readonly string[]).includes(kind)) throw new SiftError(ErrorCodes.USAGE, `query: unknown kind "${kind}": ${KINDS.join(', ')}`);
  if (words.length && kind !== 'search') throw new SiftError(ErrorCodes.USAGE, `query ${kind}: unexpected argument "${words[0]}" (use --text for words)`);
  if (kind === 'search' && !words.join('').trim()) throw new SiftError(ErrorCodes.USAGE, `query search: give the words to look for`);
  const format = v.format ?? (process.stdout.isTTY ? 'table' : 'json');
  if (format !== 'json' && format !== 'table') throw new SiftError(ErrorCodes.USAGE, `query: --format must be json or table, not "${format}"`);
  const f = filterFrom(v, 'query');
  if (v.limit !== undefined) {
    const n = Number(v.limit);
    if (!Number.isInteger(n) || n < 0) throw new SiftError(ErrorCodes.USAGE, `query: --limit must be a whole number (0 for all), not "${v.limit}"`);
    f.limit = n;
  }
  const store = await openStore(storeLocation(v.store));
  try {
    process.stdout.write(await run(store, kind as Kind, f, words, format === 'json'));
  } finally {
    await store.close();
  }
  return 0;
}
