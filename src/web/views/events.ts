import { api, type CorpusEvent } from '../api.js';
import { h } from '../dom.js';

const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
const MODALITIES = ['asserted', 'attributed', 'rumored', 'speculative', 'planned', 'hypothetical', 'negated'];
const FIELDS = ['actor', 'type', 'modality', 'since', 'until', 'outlet'] as const;

export const actorLinks = (refs: Array<{ id: number; name: string; code: string | null }>) =>
  refs.length ? refs.flatMap((a, i) => [i ? ', ' : '', h('a', { href: `#/actor/${a.id}`, title: a.code ?? '' }, a.name)]) : ['—'];

export function eventsTable(events: CorpusEvent[]): HTMLElement {
  const rows: HTMLElement[] = [];
  for (const e of events) {
    const modalities = [...new Set(e.mentions.map((m) => m.modality))];
    const more = h('tr', { class: 'mentions', hidden: true },
      h('td', { colspan: 8 }, h('ul', null, e.mentions.map((m) => h('li', null, m.published ?? '', ' · ', m.outlet ?? '', ' · ', h('a', { href: `#/article/${encodeURIComponent(m.article)}` }, m.title ?? m.article), ' — “', m.triggerText ?? '', '” ', h('span', { class: `modality mod-${m.modality}` }, m.modality))))),
    );
    const toggle = h('button', { type: 'button', class: 'linkish', 'aria-expanded': 'false', title: 'show the mentions' }, `${e.numMentions} in ${e.numArticles}`);
    toggle.addEventListener('click', () => {
      more.hidden = !more.hidden;
      toggle.setAttribute('aria-expanded', String(!more.hidden));
    });
    rows.push(
      h('tr', { 'data-testid': 'event-row', class: e.goldstein !== null && e.goldstein < 0 ? 'conflict' : 'coop' },
        h('td', null, e.date ?? ''), h('td', null, h('span', { class: `tag ev-${e.type}` }, e.type), e.cameo ? h('span', { class: 'muted' }, ` ${e.cameo}`) : null),
        h('td', null, actorLinks(e.source)), h('td', null, actorLinks(e.target)), h('td', null, e.place ? h('a', { href: `#/actor/${e.place.id}` }, e.place.name) : ''),
        h('td', null, modalities.map((m) => h('span', { class: `modality mod-${m}` }, m))), h('td', { class: 'num' }, e.goldstein ?? ''), h('td', null, toggle)),
      more,
    );
  }
  return h('table', { class: 'grid', 'data-testid': 'events' },
    h('thead', null, h('tr', null, ['Date', 'Type', 'Actor', 'Recipient', 'Place', 'Modality', 'Goldstein', 'Mentions'].map((t) => h('th', null, t)))),
    h('tbody', null, rows));
}

export async function eventsView(app: HTMLElement, params: URLSearchParams): Promise<void> {
  const f: Record<string, string> = {};
  for (const k of FIELDS) f[k] = params.get(k) ?? '';
  const events = await api.events({ ...f, limit: 500 });
  const input = (k: string, attrs: Record<string, string> = {}) => h('input', { name: k, value: f[k], 'aria-label': k, ...attrs });
  const select = (k: string, options: string[]) => h('select', { name: k, 'aria-label': k }, h('option', { value: '' }, `any ${k}`), options.map((o) => h('option', { value: o, selected: f[k] === o }, o)));
  const form = h('form', { class: 'filters', 'data-testid': 'event-filters' },
    input('actor', { placeholder: 'actor (USA, Abenov…)' }), select('type', TYPES), select('modality', MODALITIES),
    h('label', null, 'from ', input('since', { type: 'date' })), h('label', null, 'to ', input('until', { type: 'date' })), input('outlet', { placeholder: 'outlet' }),
    h('button', { type: 'submit' }, 'Filter'), h('a', { href: '#/events' }, 'clear'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const u = new URLSearchParams();
    for (const k of FIELDS) {
      const v = String(data.get(k) ?? '').trim();
      if (v) u.set(k, v);
    }
    location.hash = `#/events${u.size ? `?${u}` : ''}`;
  });
  app.append(h('h2', null, 'Events'), form, h('p', { class: 'muted', 'data-testid': 'event-count' }, `${events.length} merged event${events.length === 1 ? '' : 's'}${events.length === 500 ? ' (first 500)' : ''}; click a count for its mentions across articles`), eventsTable(events));
}
