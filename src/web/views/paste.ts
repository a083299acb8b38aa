import { api } from '../api.js';
import { articleView } from '../article.js';
import { h } from '../dom.js';

export function pasteView(app: HTMLElement): void {
  const text = h('textarea', { rows: 12, placeholder: 'Paste the text of a news article here…', 'data-testid': 'paste-text', 'aria-label': 'article text' });
  const published = h('input', { type: 'date', 'data-testid': 'paste-published', 'aria-label': 'published' });
  const title = h('input', { type: 'text', placeholder: 'Title (optional)', 'aria-label': 'title' });
  const status = h('span', { class: 'muted', role: 'status' });
  const out = h('div', { 'data-testid': 'paste-result' });
  const go = h('button', { type: 'submit', 'data-testid': 'paste-analyse' }, 'Analyse');
  const form = h('form', { class: 'paste' }, text, h('div', { class: 'row' }, h('label', null, 'Published ', published), ' ', title, ' ', go, ' ', status));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!text.value.trim()) {
      status.textContent = 'Paste some text first.';
      return;
    }
    go.disabled = true;
    status.textContent = 'Analysing…';
    out.replaceChildren();
    try {
      const t0 = performance.now();
      const doc = await api.analyze({ text: text.value, published: published.value || undefined, title: title.value || undefined });
      status.textContent = `${doc.events.length} events, ${doc.quotes.length} quotes, ${doc.entities.length} entities in ${Math.round(performance.now() - t0)} ms (not stored)`;
      out.append(articleView(doc));
    } catch (err) {
      status.textContent = '';
      out.append(h('p', { class: 'error', role: 'alert' }, (err as Error).message));
    } finally {
      go.disabled = false;
    }
  });
  app.append(h('h2', null, 'Paste an article'), form, out);
}
