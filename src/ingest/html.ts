import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ErrorCodes, SiftError } from '../core/errors.js';
import type { Meta } from '../core/types.js';
import type { Article } from './types.js';

// The HTML extractor: linkedom parses, @mozilla/readability finds the article, and the article
// text is rebuilt from the block elements of what readability kept, one paragraph per line.
// When readability finds nothing, a baseline takes the body's blocks minus the page furniture
// (navigation, banners, footers). Metadata is read before readability runs, because readability
// rewrites the document it is given.

/** The little of the DOM this module touches (the project builds without the DOM lib). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}
interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
  readonly isConnected: boolean;
}
interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const ELEMENT = 1;
const TEXT = 3;

/** Elements that end a paragraph: their text never runs into the text around them. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li',
  'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Elements whose text is never article text. */
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'button', 'select', 'option', 'textarea', 'input', 'head', 'title', 'meta', 'link',
]);
/** Page furniture removed by the baseline extractor. */
const FURNITURE_TAGS = ['nav', 'header', 'footer', 'aside', 'script', 'style', 'noscript', 'template', 'form', 'dialog', 'menu', 'iframe', 'button', 'select'];
const FURNITURE_ROLES = ['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar'];
/** A class or id naming page furniture: matched against each word of it ("cookie-banner" -> cookie, banner). */
const FURNITURE_WORD =
  /^(?:cookies?|consent|gdpr|banner|newsletters?|subscribe|subscription|signup|share|sharing|social|related|comments?|promo|advert|advertisement|ads?|sponsored|paywall|breadcrumbs?|sidebar|popup|modal|masthead|menu|navbar|nav|footer|outbrain|taboola|recommended|trending)$/i;

/** Text of the page: one line per paragraph, whitespace collapsed inside each. */
export function htmlToArticle(html: string, input: string): Article {
  const document = parse(html);
  const { meta: found, pageTitle } = readMeta(document);
  const meta: Meta = { input, ...found };

  let lines: string[] = [];
  let readable: ReturnType<Readability<DomNode>['parse']> = null;
  try {
    removeFurniture(document);
    readable = new Readability<DomNode>(document as never, { keepClasses: true, serializer: (node) => node as unknown as DomNode }).parse();
  } catch {
    readable = null; // malformed or oversized pages fall through to the baseline
  }
  if (readable?.content) lines = blockLines(dropDatelines(readable.content as DomElement));
  // readability comes back empty (or nearly, on table layouts and very short pages): the baseline
  const chars = lines.reduce((n, l) => n + l.length, 0);
  if (chars < 250) {
    const base = baselineLines(parse(html));
    if (base.reduce((n, l) => n + l.length, 0) > 2 * chars) lines = base;
  }
  if (!lines.length) throw new SiftError(ErrorCodes.INPUT_EMPTY, `${input}: no article text found in the HTML`, input);

  if (!meta.title && readable?.title) meta.title = collapse(readable.title);
  if (!meta.title && pageTitle) meta.title = pageTitle;
  if (!meta.title) {
    const h1 = document.querySelector('h1');
    if (h1?.textContent?.trim()) meta.title = collapse(h1.textContent);
  }
  if (!meta.byline && readable?.byline) meta.byline = cleanByline(readable.byline);
  if (!meta.outlet && readable?.siteName) meta.outlet = collapse(readable.siteName);
  if (!meta.published && readable?.publishedTime) {
    const d = normalizeDate(readable.publishedTime);
    if (d) meta.published = d;
  }
  for (const k of Object.keys(meta) as Array<keyof Meta>) if (meta[k] === '') delete meta[k];
  return { text: lines.join('\n'), meta };
}

// ------------------------------------------------------------------ parsing

function parse(html: string): DomDocument {
  return (parseHTML(wrap(html)) as unknown as { document: DomDocument }).document;
}

/** linkedom builds no <html>/<body> around a fragment: give it both. */
function wrap(html: string): string {
  const body = /<body[\s>]/i.test(html);
  if (/<html[\s>]/i.test(html)) {
    if (body) return html;
    // <html><head>...</head> then content with no <body>: open one after the head (or the <html> tag)
    const at = /<\/head\s*>/i.exec(html) ?? /<html[^>]*>/i.exec(html)!;
    const end = at.index + at[0].length;
    const close = html.search(/<\/html\s*>/i);
    return close > end ? `${html.slice(0, end)}<body>${html.slice(end, close)}</body>${html.slice(close)}` : `${html.slice(0, end)}<body>${html.slice(end)}</body></html>`;
  }
  const rest = html.replace(/^\s*<!doctype[^>]*>/i, '');
  return body ? `<!DOCTYPE html><html>${rest}</html>` : `<!DOCTYPE html><html><head></head><body>${rest}</body></html>`;
}

// ------------------------------------------------------------------ text

/** Whitespace inside a paragraph: one space; invisible characters dropped. */
function collapse(s: string): string {
  return s.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '').replace(/\s+/g, ' ').trim();
}

/** What may stand around a <time> in a dateline ("Published: 12 March 2024 | Updated ..."). */
const DATELINE_REST = /^(?:[\s|·•,:;–—/()-]|published|posted|updated|last|modified|on|at)*$/i;

/**
 * The lines of an element: each block element (and each <br>) ends the paragraph in progress.
 * A line that is only a <time> (a dateline) is metadata and is dropped; a <time> inside a sentence stays.
 */
function blockLines(root: DomNode): string[] {
  const lines: string[] = [];
  let buf = '';
  let outside = ''; // the line's text outside <time> elements
  let timed = false;
  let inTime = 0;
  const flush = () => {
    const line = collapse(buf);
    if (line && !(timed && DATELINE_REST.test(outside))) lines.push(line);
    buf = outside = '';
    timed = false;
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT) {
      const t = node.textContent ?? '';
      buf += t;
      if (inTime) timed ||= /\S/.test(t);
      else outside += t;
      return;
    }
    if (node.nodeType !== ELEMENT) return;
    const name = node.nodeName.toLowerCase();
    if (SKIP.has(name)) return;
    const el = node as DomElement;
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return;
    if (name === 'br') {
      flush();
      return;
    }
    if (name === 'pre') {
      flush();
      for (const l of (el.textContent ?? '').split(/\r?\n/)) {
        buf = l;
        flush();
      }
      return;
    }
    if (name === 'img') return;
    const block = BLOCKS.has(name);
    if (block) flush();
    if (name === 'time') inTime++;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) walk(kids[i]);
    if (name === 'time') inTime--;
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}

const DATELINE_WORD = /^(?:byline|bylines|dateline|author|authors|writer|date|dates|pubdate|published|publish|timestamp|posted|updated)$/i;

/** Readability keeps the "By ..." line when the page's metadata already named the author: it is metadata, not a paragraph. */
function dropDatelines(root: DomElement): DomElement {
  for (const el of Array.from(root.querySelectorAll('[class],[id],[rel],[itemprop]'))) {
    if (!el.parentNode) continue;
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('rel') ?? ''} ${el.getAttribute('itemprop') ?? ''}`.split(/[\s_-]+/);
    if (words.some((w) => DATELINE_WORD.test(w)) && textLength(el) < 120) el.remove();
  }
  return root;
}

/**
 * Removes page furniture: navigation, site headers and footers, asides, forms, dialogs, and
 * elements whose class or id names a cookie banner, a share bar, a newsletter box and the like.
 * An element that holds the article (an <article>, <main>, or most of the page's text) stays,
 * whatever it is called: some sites wrap the whole page in a <form> or a "has-sidebar" div.
 */
function removeFurniture(document: DomDocument): void {
  const body = document.body;
  if (!body) return;
  const total = textLength(body);
  const holdsArticle = (el: DomElement) => !!el.querySelector('article, main, [role="main"]');
  const holdsMost = (el: DomElement) => total > 0 && textLength(el) > total * 0.5;
  const selector = [...FURNITURE_TAGS, ...FURNITURE_ROLES.map((r) => `[role="${r}"]`), '[class]', '[id]'].join(',');
  for (const el of Array.from(body.querySelectorAll(selector))) {
    if (!el.isConnected) continue; // inside something already removed
    const name = el.nodeName.toLowerCase();
    if (name === 'main' || name === 'article') continue;
    if (SKIP.has(name)) {
      el.remove();
      continue;
    }
    const role = (el.getAttribute('role') ?? '').toLowerCase();
    if (FURNITURE_TAGS.includes(name) || FURNITURE_ROLES.includes(role)) {
      // an article's own <header> (headline, standfirst) is not the site's header
      if (name === 'header' && insideArticle(el)) continue;
      if (holdsArticle(el) || (name === 'form' && holdsMost(el))) continue;
      el.remove();
      continue;
    }
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/[\s_-]+/).filter(Boolean);
    if (words.some((w) => FURNITURE_WORD.test(w)) && !holdsArticle(el) && !holdsMost(el)) el.remove();
  }
}

function insideArticle(el: DomElement): boolean {
  for (let n = el.parentNode; n && n.nodeType === ELEMENT; n = n.parentNode) {
    const name = n.nodeName.toLowerCase();
    if (name === 'article' || name === 'main' || (n as DomElement).getAttribute('role') === 'main') return true;
  }
  return false;
}

function textLength(el: DomNode): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

/** The baseline: the body's blocks, minus navigation, header, footer, asides, forms and banners. */
function baselineLines(document: DomDocument): string[] {
  if (!document.body) return [];
  removeFurniture(document);
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.querySelector('[role="main"]') ?? document.body;
  const lines = blockLines(root);
  return lines.length || root === document.body ? lines : blockLines(document.body);
}

// ------------------------------------------------------------------ metadata

function metaContent(document: DomDocument, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const attr of ['property', 'name', 'itemprop']) {
      for (const el of Array.from(document.querySelectorAll(`meta[${attr}]`))) {
        if ((el.getAttribute(attr) ?? '').trim().toLowerCase() !== key) continue;
        const v = el.getAttribute('content') ?? el.getAttribute('datetime');
        if (v && v.trim()) return v.trim();
      }
    }
  }
  return undefined;
}

/** Title, byline, outlet, published date and canonical URL from the page's head and markup. */
function readMeta(document: DomDocument): { meta: Partial<Meta>; pageTitle?: string } {
  const meta: Partial<Meta> = {};
  const ld = jsonLdArticle(document);

  const title = metaContent(document, 'og:title', 'twitter:title', 'dc.title', 'dcterms.title') ?? str(ld?.headline) ?? str(ld?.name);
  if (title) meta.title = collapse(title);
  // <title> ranks below readability's title (which cleans it of " | Site"): kept as a last resort
  const pageTitle = collapse(document.querySelector('title')?.textContent ?? '') || undefined;

  const author = ldAuthor(ld) ?? metaContent(document, 'author', 'article:author', 'dc.creator', 'dcterms.creator', 'parsely-author', 'sailthru.author');
  if (author && !/^https?:\/\//i.test(author)) meta.byline = cleanByline(author);

  const outlet = metaContent(document, 'og:site_name') ?? ldPublisher(ld) ?? metaContent(document, 'application-name');
  if (outlet) meta.outlet = collapse(outlet);

  const published = publishedDate(document, ld);
  if (published) meta.published = published;

  const url = canonicalUrl(document);
  if (url) meta.url = url;

  return { meta, pageTitle };
}

function cleanByline(s: string): string {
  return collapse(s).replace(/^(?:by|from)\s+/i, '');
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPE = /^(?:Article|NewsArticle|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|WebPage)$/;

/** The JSON-LD object that describes the article (an Article type, at the top, in an array or in @graph). */
function jsonLdArticle(document: DomDocument): Json | undefined {
  const found: Json[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const o = v as Json;
    const types = ([] as unknown[]).concat(o['@type'] ?? []).filter((t): t is string => typeof t === 'string');
    if (types.some((t) => ARTICLE_TYPE.test(t.replace(/^https?:\/\/schema\.org\//, '')))) found.push(o);
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o.mainEntity) visit(o.mainEntity, depth + 1);
  };
  for (const s of Array.from(document.querySelectorAll('script[type]'))) {
    if ((s.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse((s.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '')), 0);
    } catch {
      // a broken JSON-LD block is ignored, as browsers do
    }
  }
  // an Article beats a WebPage that merely contains it
  return found.find((o) => !/WebPage/.test(String(o['@type']))) ?? found[0];
}

function ldAuthor(ld: Json | undefined): string | undefined {
  if (!ld) return undefined;
  const names = ([] as unknown[])
    .concat(ld.author ?? [])
    .map((a) => (typeof a === 'string' ? a : a && typeof a === 'object' ? str((a as Json).name) : undefined))
    .filter((n): n is string => !!n && !!n.trim());
  return names.length ? names.join(', ') : undefined;
}

function ldPublisher(ld: Json | undefined): string | undefined {
  const p = ld?.publisher;
  if (typeof p === 'string') return str(p);
  if (Array.isArray(p)) return str((p[0] as Json | undefined)?.name);
  return p && typeof p === 'object' ? str((p as Json).name) : undefined;
}

/** The first publication date that reads as a date, most explicit sources first. */
function publishedDate(document: DomDocument, ld: Json | undefined): string | undefined {
  const candidates: Array<string | undefined> = [
    metaContent(document, 'article:published_time', 'og:published_time', 'og:article:published_time'),
    (() => {
      const el = document.querySelector('[itemprop="datePublished"]');
      return el ? el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? undefined : undefined;
    })(),
    str(ld?.datePublished),
    metaContent(
      document,
      'parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'publication_date', 'date',
      'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created', 'citation_publication_date',
    ),
    document.querySelector('time[pubdate]')?.getAttribute('datetime') ?? undefined,
    // <time> in the article first (querySelectorAll returns document order, so one query per scope)
    ...['article time[datetime]', 'main time[datetime]', 'time[datetime]']
      .flatMap((sel) => Array.from(document.querySelectorAll(sel)))
      .filter((t) => !insideFurniture(t))
      .map((t) => t.getAttribute('datetime') ?? undefined),
    str(ld?.dateCreated),
  ];
  for (const c of candidates) {
    const d = c ? normalizeDate(c) : undefined;
    if (d) return d;
  }
  return undefined;
}

function insideFurniture(el: DomElement): boolean {
  for (let n: DomNode | null = el.parentNode; n && n.nodeType === ELEMENT; n = n.parentNode) {
    const name = n.nodeName.toLowerCase();
    const e = n as DomElement;
    if (name === 'nav' || name === 'footer' || name === 'aside') return true;
    if (name === 'header' && !insideArticle(e)) return true;
    const words = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`.split(/[\s_-]+/).filter(Boolean);
    if (words.some((w) => FURNITURE_WORD.test(w))) return true;
  }
  return false;
}

function canonicalUrl(document: DomDocument): string | undefined {
  const og = metaContent(document, 'og:url');
  const ogUrl = og && /^https?:\/\//i.test(og) ? og : undefined;
  for (const link of Array.from(document.querySelectorAll('link[rel][href]'))) {
    if (!(link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical')) continue;
    const href = (link.getAttribute('href') ?? '').trim();
    if (/^https?:\/\//i.test(href)) return href;
    if (href && ogUrl) {
      try {
        return new URL(href, ogUrl).href;
      } catch {
        // fall through to og:url
      }
    }
  }
  return ogUrl;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/**
 * A publication date as YYYY-MM-DD or full ISO 8601 (kept as given when it has a time and zone),
 * or undefined when it does not read as a date. Day names and month names in English are read;
 * a date with a time but no zone keeps the date only.
 */
export function normalizeDate(raw: string): string | undefined {
  const s = raw.trim();
  // ISO 8601 and its common variants: 2024-03-12, 2024-03-12T09:30, 2024-03-12 09:30:00+0400, 2024/03/12, 20240312
  let m = /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:(?:T|\s+)(\d{2}):?(\d{2})(?::?(\d{2})(\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i.exec(s);
  if (m) {
    const [, y, mo, d, hh, mm, ss, frac, zone] = m;
    if (!validDay(+y, +mo, +d)) return undefined;
    const date = `${y}-${mo}-${d}`;
    if (!hh) return date;
    if (+hh > 23 || +mm > 59 || (ss && +ss > 59)) return date;
    if (!zone) return date;
    const z = /^(?:Z|UTC|GMT)$/i.test(zone) ? 'Z' : zone.length === 3 ? `${zone}:00` : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${date}T${hh}:${mm}:${ss ?? '00'}${frac ?? ''}${z}`;
  }
  // English forms: "Tue, 12 Mar 2024 09:30:00 GMT", "12 March 2024", "March 12, 2024", "March 12th 2024"
  const words = s.replace(/^[A-Za-z]+,\s*/, '');
  m = /^(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(words);
  if (m) return fromParts(+m[3], m[2], +m[1]);
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(words);
  if (m) return fromParts(+m[3], m[1], +m[2]);
  return undefined;
}

function fromParts(y: number, month: string, d: number): string | undefined {
  const mo = MONTHS[month.toLowerCase().slice(0, month.toLowerCase().startsWith('sept') ? 4 : 3)];
  if (!mo || !validDay(y, mo, d)) return undefined;
  // the whole word must be a month name or its abbreviation ("Mayday" is not May)
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][mo - 1];
  if (!full.startsWith(month.toLowerCase())) return undefined;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

/** The baseline extractor alone (the fallback when readability finds nothing): one line per paragraph. */
export function baselineParagraphs(html: string): string[] {
  return baselineLines(parse(html));
}
