// Golden files for the examples: a stable, readable projection of each analysed article, with
// every span shown as the words it covers. `npm run golden` rewrites them after a deliberate change.
import fs from 'node:fs';
import path from 'node:path';
import { readInputs } from '../ingest/read-inputs.js';
import type { DocumentJson } from '../output/document-json.js';
import { toDocumentJson } from '../output/document-json.js';
import { createPipeline } from '../pipeline/default.js';

export const EXAMPLES_DIR = 'examples';
export const GOLDEN_DIR = 'test/golden';

type Span = { start: number; end: number };

/** One article as lines of text that name every finding by its words. */
export function project(doc: DocumentJson): string[] {
  const w = (s: Span | null | undefined) => (s ? JSON.stringify(doc.text.slice(s.start, s.end)) : '-');
  const ents = new Map(doc.entities.map((e) => [e.id, e]));
  const who = (ids: string[]) => ids.map((id) => ents.get(id)?.name ?? id).join('+') || '-';
  const lines: string[] = [];
  if (doc.meta.published) lines.push(`published ${doc.meta.published}`);
  if (doc.meta.title) lines.push(`title ${JSON.stringify(doc.meta.title)}`);
  if (doc.meta.origin) lines.push(`origin ${doc.meta.origin.outlet} ${w(doc.meta.origin.evidence)}`);
  for (const p of doc.paragraphs) if (p.role !== 'body') lines.push(`paragraph ${p.role} ${w(p)}`);
  for (const i of doc.inserts) lines.push(`insert ${w(i)} after ${w(i.attachedTo)}`);
  for (const e of doc.entities) {
    const roles = (e.roles ?? []).map((r) => r.title).join(';');
    lines.push(`entity ${e.type} ${JSON.stringify(e.name)} ${e.country ?? '-'} ${e.sector ?? '-'}${roles ? ` roles=${roles}` : ''}${e.geo ? ` geo=${e.geo.lat.toFixed(1)},${e.geo.lon.toFixed(1)}` : ''} :: ${e.mentions.map((m) => `${w(m)}${m.kind === 'name' ? '' : '/' + m.kind}`).join(' ')}`);
  }
  for (const t of doc.times) lines.push(`time ${w(t)} ${t.value} ${t.granularity}`);
  for (const q of doc.quantities) lines.push(`quantity ${w(q)} ${q.value}${q.unit ? ' ' + q.unit : ''}${q.per ? '/' + q.per : ''}${q.change ? ` change=${q.change.from}>${q.change.to}x${q.change.factor}${q.change.direction}` : ''}${q.measure ? ` of ${w(q.measure)}` : ''}`);
  for (const q of doc.quotes) lines.push(`quote ${q.kind} ${q.speaker ? ents.get(q.speaker)?.name : '-'} src=${w(q.source)} cue=${w(q.cue)} :: ${w(q.content)}`);
  for (const s of doc.sentences) if (s.voice && s.voice !== 'asserted') lines.push(`voice ${s.voice} cue=${w(s.voiceCue)} :: ${JSON.stringify(doc.text.slice(s.start, Math.min(s.end, s.start + 60)))}`);
  for (const v of doc.events) lines.push(`event ${v.type} ${v.cameo ?? '-'} ${who(v.source)} > ${who(v.target)} ${v.modality}${v.time ? ' @' + v.time.value : ''} :: ${w(v.trigger)}`);
  for (const d of doc.diagnostics) lines.push(`diagnostic ${d.severity} ${d.stage} ${d.code}`);
  return lines;
}

/** Every example analysed and projected, keyed by file name. */
export function projectExamples(dir = EXAMPLES_DIR): Map<string, string> {
  const pipeline = createPipeline();
  const out = new Map<string, string>();
  for (const item of readInputs([dir])) {
    if (!item.ok) throw new Error(item.message);
    const doc = toDocumentJson(pipeline.analyze(item.article.text, item.article.meta, item.article.id));
    out.set(path.basename(item.article.meta.input ?? doc.id).replace(/:\d+$/, ''), project(doc).join('\n') + '\n');
  }
  return out;
}

export function writeGolden(dir = GOLDEN_DIR): number {
  fs.mkdirSync(dir, { recursive: true });
  const all = projectExamples();
  for (const [name, text] of all) fs.writeFileSync(path.join(dir, `${name}.golden`), text);
  return all.size;
}
