// The analyst's desk: a hash router over the views.
import './style.css';
import { h, clear } from './dom.js';
import { homeView, articlePage } from './views/documents.js';
import { eventsView } from './views/events.js';
import { timelineView } from './views/timeline.js';
import { networkView } from './views/network.js';
import { mapView } from './views/map.js';
import { searchView, actorView } from './views/search.js';
import { pasteView } from './views/paste.js';

type View = (app: HTMLElement, params: URLSearchParams, arg?: string) => Promise<void> | void;

const ROUTES: Array<[string, string, View]> = [
  ['', 'Articles', homeView],
  ['events', 'Events', eventsView],
  ['timeline', 'Timeline', timelineView],
  ['network', 'Network', networkView],
  ['map', 'Map', mapView],
  ['search', 'Search', searchView],
  ['paste', 'Paste an article', pasteView],
];
const HIDDEN: Record<string, View> = { article: articlePage, actor: actorView };

const app = document.getElementById('app')!;
const nav = document.getElementById('nav')!;
nav.append(...ROUTES.map(([path, label]) => h('a', { href: `#/${path}`, 'data-route': path }, label)));

let generation = 0;
async function route(): Promise<void> {
  const raw = location.hash.replace(/^#\/?/, '');
  const [pathPart, query = ''] = raw.split('?');
  const [name, ...rest] = pathPart.split('/');
  const arg = rest.length ? decodeURIComponent(rest.join('/')) : undefined;
  const view = ROUTES.find(([p]) => p === name)?.[2] ?? HIDDEN[name] ?? homeView;
  for (const a of nav.querySelectorAll('a')) a.classList.toggle('active', a.getAttribute('data-route') === name);
  const mine = ++generation;
  clear(app);
  app.append(h('p', { class: 'muted loading' }, 'Loading…'));
  const holder = h('div', { class: `view view-${name || 'home'}` });
  try {
    await view(holder, new URLSearchParams(query), arg);
    if (mine !== generation) return;
    clear(app);
    app.append(holder);
  } catch (e) {
    if (mine !== generation) return;
    clear(app);
    app.append(h('p', { class: 'error', role: 'alert' }, (e as Error).message));
  }
  app.setAttribute('data-ready', String(mine));
}

window.addEventListener('hashchange', () => void route());
void route();
