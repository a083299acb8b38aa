// The article view: the text with its layers in place, toggles per layer, and a panel of facts;
// clicking a fact highlights its words. Text only ever enters the page as text nodes.
import type { Doc, Span } from './api.js';
import { h } from './dom.js';

interface Mark extends Span {
  cls: string;
  layer: string;
  tip?: string;
}

const LAYERS: Array<[string, string]> = [
  ['entities', 'Entities'],
  ['events', 'Event triggers'],
  ['quotes', 'Quotes'],
  ['times', 'Times'],
  ['quantities', 'Figures'],
  ['inserts', 'Editorial inserts'],
  ['voice', 'Voice'],
];

/** How the voice layer shows a sentence that is not the author's plain assertion. */
const VOICE_LOOK: Record<string, [string, string]> = {
  rumored: ['voice-rumour', 'rumour: the author passes on hearsay'],
  speculative: ['voice-speculative', "the author's speculation or opinion"],
  question: ['voice-question', 'a question'],
};

export function articleView(doc: Doc): HTMLElement {
  const text = doc.text;
  const ents = new Map(doc.entities.map((e) => [e.id, e]));
  const name = (id: string | null | undefined) => (id ? ents.get(id)?.name ?? id : '—');
  const slice = (sp: Span | null | undefined) => (sp ? text.slice(sp.start, sp.end) : '');

  // ---- the marks of every layer
  const marks: Mark[] = [];
  const add = (sp: Span | null | undefined, layer: string, cls: string, tip?: string) => {
    if (sp && sp.end > sp.start && sp.start >= 0 && sp.end <= text.length) marks.push({ start: sp.start, end: sp.end, layer, cls, tip });
  };
  for (const p of doc.paragraphs) if (p.role !== 'body') add(p, 'zone', `zone zone-${p.role}`, `${p.role} (not body text)`);
  for (const e of doc.entities) for (const m of e.mentions) add(m, 'entities', `ent ent-${e.type}${m.kind === 'metonym' ? ' metonym' : ''}`, `${e.name} · ${e.type}${m.kind !== 'name' ? ` (${m.kind})` : ''}`);
  for (const ev of doc.events) add(ev.trigger, 'events', `evt mod-${ev.modality}`, `${ev.type}${ev.cameo ? ` (CAMEO ${ev.cameo})` : ''} · ${ev.modality}`);
  for (const q of doc.quotes) {
    add(q.source, 'quotes', 'q-src', `speaker: ${name(q.speaker)}`);
    add(q.cue, 'quotes', 'q-cue', `cue (${q.kind} quote)`);
    add(q.content, 'quotes', 'q-content', `${q.kind} quote by ${name(q.speaker)}`);
    add(q.content, 'voice', 'voice-reported', 'reported speech');
  }
  for (const t of doc.times) add(t, 'times', 'tm', `${t.value} (${t.granularity})`);
  for (const n of doc.quantities) {
    add(n, 'quantities', 'qty', `${n.value}${n.unit ? ` ${n.unit}` : ''}${n.per ? ` per ${n.per}` : ''}`);
    add(n.measure, 'quantities', 'qty-measure', 'what is measured');
  }
  for (const i of doc.inserts) add(i, 'inserts', 'ins', `editorial insert: ${i.label}`);
  for (const sn of doc.sentences) {
    const look = sn.voice ? VOICE_LOOK[sn.voice] : undefined;
    if (!look) continue;
    add(sn, 'voice', look[0], `${look[1]}${sn.voiceCue ? ` (“${sn.voiceCue.text}”)` : ''}`);
    if (sn.voiceCue) add(sn.voiceCue, 'voice', 'voice-cue', 'the words that show it');
  }

  // ---- segments between every boundary, each with the marks covering it
  const cuts = new Set<number>([0, text.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  const points = [...cuts].sort((a, b) => a - b);
  const insertEnds = new Map(doc.inserts.map((i) => [i.end, i.label]));
  const segments: Array<{ el: HTMLElement; start: number; end: number }> = [];
  const body = h('div', { class: 'text', 'data-testid': 'article-text' });
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k];
    const b = points[k + 1];
    const cover = marks.filter((m) => m.start <= a && m.end >= b);
    const piece = text.slice(a, b);
    if (!cover.length) {
      body.append(document.createTextNode(piece));
    } else {
      const el = h('span', { class: [...new Set(cover.map((m) => m.cls))].join(' '), 'data-s': a, 'data-e': b, title: cover.map((m) => m.tip).filter(Boolean).join('\n') }, piece);
      segments.push({ el, start: a, end: b });
      body.append(el);
    }
    const label = insertEnds.get(b);
    if (label !== undefined && cover.some((m) => m.layer === 'inserts')) body.append(h('span', { class: 'ins-label', title: 'editorial insert, not the author\'s words' }, label || 'insert'));
  }

  // ---- highlighting
  let lit: HTMLElement[] = [];
  const highlight = (spans: Array<Span | null | undefined>, button?: HTMLElement) => {
    for (const el of lit) el.classList.remove('hl');
    lit = [];
    panel.querySelectorAll('.fact.on').forEach((b) => b.classList.remove('on'));
    button?.classList.add('on');
    for (const sp of spans) {
      if (!sp) continue;
      for (const seg of segments) if (seg.start >= sp.start && seg.end <= sp.end) lit.push(seg.el);
    }
    for (const el of lit) el.classList.add('hl');
    lit[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const fact = (spans: Array<Span | null | undefined>, testid: string, ...content: Array<Node | string | null>) => {
    const b = h('button', { class: 'fact', type: 'button', 'data-testid': testid }, content);
    b.addEventListener('click', () => highlight(spans, b));
    return h('li', null, b);
  };

  // ---- the panel of facts
  const section = (title: string, items: HTMLElement[]) => (items.length ? h('section', null, h('h3', null, `${title} (${items.length})`), h('ul', { class: 'facts' }, items)) : null);
  const panel = h(
    'aside',
    { class: 'panel', 'data-testid': 'facts' },
    section(
      'Events',
      doc.events.map((ev) =>
        fact([ev.trigger, ev.time?.span], 'fact-event', h('span', { class: `tag ev-${ev.type}` }, ev.type), ' ', h('b', null, ev.source.map(name).join(', ') || '?'), ev.target.length ? ` → ${ev.target.map(name).join(', ')}` : '', ' ', h('em', null, `“${slice(ev.trigger)}”`), ' ', h('span', { class: `modality mod-${ev.modality}` }, ev.modality), ev.time ? h('span', { class: 'muted' }, ` ${ev.time.value}`) : null, ev.place ? h('span', { class: 'muted' }, ` @ ${name(ev.place)}`) : null),
      ),
    ),
    section(
      'Quotes',
      doc.quotes.map((q) => fact([q.source, q.cue, q.content], 'fact-quote', h('b', null, name(q.speaker)), ' ', h('span', { class: 'muted' }, `${slice(q.cue)} (${q.kind})`), ': ', h('q', null, clip(slice(q.content), 140)))),
    ),
    section(
      'Figures',
      doc.quantities.map((n) => fact([n, n.measure], 'fact-quantity', h('b', null, slice(n)), n.measure ? ` ${clip(slice(n.measure), 60)}` : '', h('span', { class: 'muted' }, ` = ${n.value}${n.unit ? ` ${n.unit}` : ''}${n.time ? ` · ${n.time}` : ''}`))),
    ),
    section(
      'Times',
      doc.times.map((t) => fact([t], 'fact-time', h('b', null, slice(t)), h('span', { class: 'muted' }, ` → ${t.value}`))),
    ),
    section(
      'Entities',
      doc.entities.map((e) => fact(e.mentions, 'fact-entity', h('span', { class: `tag ent-${e.type}` }, e.type), ' ', e.name, e.roles?.length ? h('span', { class: 'muted' }, ` (${e.roles.map((r) => r.title + (r.of ? ` of ${r.of}` : '')).join('; ')})`) : null, h('span', { class: 'muted' }, ` ×${e.mentions.length}`))),
    ),
    section(
      'Editorial inserts',
      doc.inserts.map((i) => fact([i], 'fact-insert', h('s', null, slice(i)), h('span', { class: 'muted' }, ` ${i.label}`))),
    ),
  );

  // ---- layer toggles
  const frame = h('div', { class: 'article-frame' });
  const toggles = h(
    'div',
    { class: 'toggles', 'data-testid': 'toggles' },
    LAYERS.map(([key, label]) => {
      const box = h('input', { type: 'checkbox', checked: true, 'data-layer': key });
      box.addEventListener('change', () => frame.classList.toggle(`hide-${key}`, !box.checked));
      return h('label', { class: `toggle toggle-${key}` }, box, ' ', label);
    }),
  );
  const legend = h(
    'div',
    { class: 'legend' },
    h('span', { class: 'ent ent-PERSON' }, 'person'), h('span', { class: 'ent ent-GPE' }, 'state/place'), h('span', { class: 'ent ent-ORG' }, 'organisation'),
    h('span', { class: 'evt mod-asserted' }, 'event'), h('span', { class: 'q-content' }, 'quote'), h('span', { class: 'tm' }, 'time'), h('span', { class: 'qty' }, 'figure'),
    h('span', { class: 'ins' }, 'insert'), h('span', null, 'author\'s voice'), h('span', { class: 'voice-reported' }, 'reported speech'), h('span', { class: 'voice-rumour' }, 'rumour'), h('span', { class: 'voice-speculative' }, 'speculation/opinion'), h('span', { class: 'voice-question' }, 'question'),
  );
  const m = doc.meta;
  const fatal = doc.diagnostics.filter((d) => d.severity === 'fatal');
  frame.append(
    h('header', { class: 'article-head' },
      h('h2', null, m.title ?? clip(text.split('\n')[0], 100)),
      h('p', { class: 'muted' }, [m.outlet, m.published, m.byline].filter(Boolean).join(' · '), m.origin ? ` · republished from ${m.origin.outlet}` : '', m.url ? [' · ', h('a', { href: m.url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'source')] : null),
      fatal.length ? h('p', { class: 'error' }, fatal.map((d) => `${d.stage}: ${d.message}`).join('; ')) : null,
    ),
    toggles,
    legend,
    h('div', { class: 'article-body' }, body, panel),
  );
  return frame;
}

export const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
