// Building the page from data without ever parsing data as HTML: text goes in as text nodes,
// attributes are set one by one, links only to http(s) or the page's own routes.
type Child = Node | string | number | null | undefined | false | Child[];
type Attrs = Record<string, string | number | boolean | null | undefined | ((ev: Event) => void)>;

function append(el: Element, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

function setAttrs(el: Element, attrs: Attrs | null | undefined): void {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, ''), v);
    else if (k === 'href') el.setAttribute('href', safeHref(String(v)));
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

const SVG = 'http://www.w3.org/2000/svg';
export function s(tag: string, attrs?: Attrs | null, ...children: Child[]): SVGElement {
  const el = document.createElementNS(SVG, tag) as SVGElement;
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** Only the page's own routes and http(s) URLs become links. */
export function safeHref(u: string): string {
  if (u.startsWith('#/')) return u;
  try {
    const url = new URL(u, location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '#';
  } catch {
    return '#';
  }
}

export function clear(el: Element): void {
  el.replaceChildren();
}

/** A search snippet ("…the [EU] adopted…") with its [matches] marked. */
export function snippet(text: string): Node[] {
  const out: Node[] = [];
  const re = /\[([^\]]*)\]/g;
  let last = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > last) out.push(document.createTextNode(text.slice(last, m.index)));
    out.push(h('mark', null, m[1]));
    last = m.index + m[0].length;
  }
  out.push(document.createTextNode(text.slice(last)));
  return out;
}

export const fmt = (n: number) => (Math.abs(n) >= 1e6 ? n.toLocaleString('en', { maximumFractionDigits: 2, notation: 'compact' }) : n.toLocaleString('en', { maximumFractionDigits: 2 }));
