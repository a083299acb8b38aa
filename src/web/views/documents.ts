import { api } from '../api.js';
import { articleView } from '../article.js';
import { h } from '../dom.js';

export async function homeView(app: HTMLElement): Promise<void> {
  const [health, docs] = await Promise.all([api.health(), api.documents()]);
  const c = health.counts;
  app.append(
    h('h2', null, 'Articles'),
    h('p', { class: 'muted' }, `${c.articles} articles · ${c.events} events · ${c.actors} actors · ${c.quotes} quotes · ${c.series} figure series (${health.store} store)`),
    docs.length
      ? h('table', { class: 'grid', 'data-testid': 'documents' },
          h('thead', null, h('tr', null, h('th', null, 'Published'), h('th', null, 'Title'), h('th', null, 'Outlet'), h('th', null, 'Events'), h('th', null, 'Quotes'), h('th', null, 'Figures'))),
          h('tbody', null, docs.map((d) => h('tr', null, h('td', null, d.published ?? ''), h('td', null, h('a', { href: `#/article/${encodeURIComponent(d.id)}` }, d.title ?? d.id)), h('td', null, d.outlet ?? ''), h('td', { class: 'num' }, d.events), h('td', { class: 'num' }, d.quotes), h('td', { class: 'num' }, d.quantities)))),
        )
      : h('p', null, 'No articles yet. ', h('a', { href: '#/paste' }, 'Paste one'), ' or run "sift ingest".'),
  );
}

export async function articlePage(app: HTMLElement, _p: URLSearchParams, id?: string): Promise<void> {
  if (!id) throw new Error('no article given');
  app.append(articleView(await api.document(id)));
}
