import { api } from '../api.js';
import { clip } from '../article.js';
import { h, snippet } from '../dom.js';
import { eventsTable } from './events.js';

export async function searchView(app: HTMLElement, params: URLSearchParams): Promise<void> {
  const q = params.get('q') ?? '';
  const box = h('input', { type: 'search', name: 'q', value: q, placeholder: 'words, "a phrase", a name…', 'aria-label': 'search', 'data-testid': 'search-input' });
  const form = h('form', { class: 'filters' }, box, h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/search?q=${encodeURIComponent(box.value.trim())}`;
  });
  app.append(h('h2', null, 'Search'), form);
  if (!q.trim()) return;
  const [hits, actors] = await Promise.all([api.search(q), api.entities({ actor: q, limit: 20 })]);
  if (actors.length) app.append(h('h3', null, 'Actors'), h('ul', { class: 'chips' }, actors.map((a) => h('li', null, h('a', { href: `#/actor/${a.id}` }, a.name), h('span', { class: 'muted' }, ` ${a.type}${a.code ? ` ${a.code}` : ''} · ${a.articles} art.`)))));
  app.append(
    h('h3', null, `Articles (${hits.length})`),
    h('ol', { class: 'hits', 'data-testid': 'search-hits' }, hits.map((x) => h('li', null, h('a', { href: `#/article/${encodeURIComponent(x.article)}` }, x.title ?? x.article), h('span', { class: 'muted' }, ` ${[x.outlet, x.published].filter(Boolean).join(' · ')}`), h('p', null, snippet(x.snippet))))),
  );
}

export async function actorView(app: HTMLElement, _p: URLSearchParams, id?: string): Promise<void> {
  if (!id) throw new Error('no actor given');
  const page = await api.actor(id);
  const a = page.entity;
  const roleRows = Object.entries(page.roles).sort((x, y) => y[1].asSource + y[1].asTarget - (x[1].asSource + x[1].asTarget));
  app.append(
    h('h2', { 'data-testid': 'actor-name' }, a.name),
    h('p', { class: 'muted' }, [a.type, a.code && `code ${a.code}`, a.country && `country ${a.country}`, a.kb && `kb ${a.kb}`, `${a.mentions} mentions in ${a.articles} article${a.articles === 1 ? '' : 's'}`].filter(Boolean).join(' · ')),
    a.names.length > 1 ? h('p', null, 'Also named: ', a.names.map((n) => n.name).join(', ')) : '',
    h('p', null, h('a', { href: `#/events?actor=${encodeURIComponent(a.key)}` }, 'events'), ' · ', h('a', { href: `#/timeline?actor=${encodeURIComponent(a.key)}` }, 'timeline'), ' · ', h('a', { href: `#/network?actor=${encodeURIComponent(a.key)}` }, 'network')),
    h('h3', null, 'Titles'),
    page.titles?.length
      ? h('ul', { class: 'chips', 'data-testid': 'actor-titles' }, page.titles.map((t) => h('li', null, t.title, h('span', { class: 'muted' }, ` — “${t.evidence.text}” · ${t.articles} art.`))))
      : h('p', { class: 'muted' }, 'No titles in the articles.'),
    h('h3', null, 'Roles in events'),
    roleRows.length
      ? h('table', { class: 'grid small' }, h('thead', null, h('tr', null, h('th', null, 'Event type'), h('th', null, 'as actor'), h('th', null, 'as recipient'), h('th', null, 'as place'))), h('tbody', null, roleRows.map(([t, r]) => h('tr', null, h('td', null, h('span', { class: `tag ev-${t}` }, t)), h('td', { class: 'num' }, r.asSource), h('td', { class: 'num' }, r.asTarget), h('td', { class: 'num' }, r.asPlace)))))
      : h('p', { class: 'muted' }, 'No events.'),
    h('h3', null, `Quotes (${page.quotes.length})`),
    page.quotes.length
      ? h('ul', { class: 'quotes' }, page.quotes.map((q) => h('li', null, h('q', null, clip(q.content, 300)), h('span', { class: 'muted' }, ` — ${q.cue ?? ''} (${q.kind}) · ${[q.outlet, q.published].filter(Boolean).join(' · ')} · `), h('a', { href: `#/article/${encodeURIComponent(q.article)}` }, 'article'))))
      : h('p', { class: 'muted' }, 'No quotes.'),
    h('h3', null, `Events (${page.events.length})`),
    page.events.length ? eventsTable(page.events) : h('p', { class: 'muted' }, 'No events.'),
    h('h3', null, 'Places'),
    page.places.length ? h('ul', { class: 'chips' }, page.places.map((p) => h('li', null, h('a', { href: `#/actor/${p.place.id}` }, p.place.name), h('span', { class: 'muted' }, ` ×${p.events}`)))) : h('p', { class: 'muted' }, 'No places.'),
  );
}
