import type { DocumentJson } from './document-json.js';
import type { Span } from '../core/types.js';

export interface SummaryOptions {
  color?: boolean;
  /** Longest excerpt shown, in characters. */
  width?: number;
}

/** A readable summary of one analysed article: events, quotes, figures, people, places, each with its words. */
export function formatSummary(doc: DocumentJson, opts: SummaryOptions = {}): string {
  const c = opts.color ? (code: string, s: string) => `\x1b[${code}m${s}\x1b[0m` : (_: string, s: string) => s;
  const bold = (s: string) => c('1', s);
  const dim = (s: string) => c('2', s);
  const width = opts.width ?? 100;
  const words = (s: Span | null | undefined) => (s ? JSON.stringify(clip(doc.text.slice(s.start, s.end).replace(/\s+/g, ' '), width)) : '—');
  const ents = new Map(doc.entities.map((e) => [e.id, e]));
  const who = (ids: string[]) => ids.map((id) => { const e = ents.get(id); return e ? `${e.name}${e.country ? ` (${e.country})` : ''}` : id; }).join(' + ') || '—';
  const lines: string[] = [];
  const title = doc.meta.title ?? doc.text.split('\n')[0].slice(0, 80);
  lines.push(bold(`▌ ${title}`));
  const meta = [doc.meta.input, doc.meta.published && `published ${doc.meta.published}`, doc.meta.outlet, doc.meta.origin && `republished from ${doc.meta.origin.outlet}`].filter(Boolean);
  lines.push(dim(`  ${doc.id} · ${meta.join(' · ')}`));
  const section = (name: string, n: number) => lines.push(bold(`  ${name} (${n})`));
  if (doc.events.length) {
    section('Events', doc.events.length);
    for (const e of doc.events) {
      const extra = [e.cameo && `CAMEO ${e.cameo}`, e.mode, e.time?.value, e.modality !== 'asserted' && e.modality].filter(Boolean).join(', ');
      lines.push(`    ${c('36', e.type.padEnd(9))} ${who(e.source)} → ${who(e.target)}${extra ? dim(` [${extra}]`) : ''}  ${words(e.trigger)}`);
    }
  }
  if (doc.quotes.length) {
    section('Quotes', doc.quotes.length);
    for (const q of doc.quotes) {
      const sp = q.speaker ? ents.get(q.speaker)?.name : null;
      lines.push(`    ${c('33', (sp ?? (q.source ? doc.text.slice(q.source.start, q.source.end) : 'unnamed')).slice(0, 40))} ${dim(words(q.cue))}: ${words(q.content)}`);
    }
  }
  if (doc.quantities.length) {
    section('Figures', doc.quantities.length);
    for (const q of doc.quantities) {
      const ch = q.change ? dim(` (${q.change.from ?? '?'} → ${q.change.to ?? '?'}${q.change.factor ? ` ×${q.change.factor}` : ''}, ${q.change.direction ?? ''})`) : '';
      lines.push(`    ${c('32', `${fmtNum(q.value)}${q.unit ? ' ' + q.unit : ''}${q.per ? '/' + q.per : ''}`)}${ch}  ${words(q)}${q.measure ? dim(` of ${words(q.measure)}`) : ''}`);
    }
  }
  if (doc.times.length) {
    section('Times', doc.times.length);
    lines.push('    ' + doc.times.map((t) => `${words(t)} → ${c('35', t.value)}`).join(' · '));
  }
  const people = doc.entities.filter((e) => e.type === 'PERSON');
  if (people.length) {
    section('People', people.length);
    for (const p of people) {
      const roles = (p.roles ?? []).map((r) => r.title).filter((t, i, a) => a.indexOf(t) === i).join('; ');
      lines.push(`    ${p.name}${p.country ? ` (${p.country})` : ''}${roles ? dim(` — ${roles}`) : ''} ${dim(`×${p.mentions.length}`)}`);
    }
  }
  const places = doc.entities.filter((e) => ['GPE', 'LOC', 'FAC'].includes(e.type));
  if (places.length) {
    section('Places', places.length);
    lines.push('    ' + places.map((p) => `${p.name}${p.geo ? dim(` ${p.geo.lat.toFixed(2)},${p.geo.lon.toFixed(2)}`) : ''}${p.mentions.some((m) => m.kind === 'metonym') ? dim(' (as government)') : ''}`).join(' · '));
  }
  const orgs = doc.entities.filter((e) => ['ORG', 'NORP', 'LAW', 'EVENT'].includes(e.type));
  if (orgs.length) {
    section('Organisations and groups', orgs.length);
    lines.push('    ' + orgs.map((o) => `${o.name}${o.country ? dim(` ${o.country}`) : ''}`).join(' · '));
  }
  if (doc.inserts.length) {
    section('Editorial inserts', doc.inserts.length);
    const labels = new Map<string, number>();
    for (const i of doc.inserts) labels.set(i.label, (labels.get(i.label) ?? 0) + 1);
    lines.push('    ' + [...labels].map(([l, n]) => `"${l}" ×${n}`).join(' · '));
  }
  for (const d of doc.diagnostics.filter((x) => x.severity !== 'info')) lines.push(c('31', `  ${d.severity}: ${d.stage}: ${d.message}`));
  return lines.join('\n');
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}
function fmtNum(n: number): string {
  return Math.abs(n) >= 1e6 ? `${+(n / 1e6).toFixed(3)} million` : String(+n.toFixed(4));
}
