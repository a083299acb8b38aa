// Request bodies and query strings → checked values, or an ApiError that says what is wrong.
import type { Meta } from '../core/types.js';
import { htmlToArticle } from '../ingest/html.js';
import type { Filter } from '../store/store.js';
import { ApiError } from './errors.js';

export interface ArticleInput {
  id?: string;
  text: string;
  meta: Meta;
}

const META_FIELDS = ['published', 'title', 'url', 'outlet'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

const bad = (message: string) => new ApiError(400, 'bad-request', message);

function checkPublished(v: string, where: string): string {
  if (!DATE.test(v) || Number.isNaN(Date.parse(v.slice(0, 10)))) throw bad(`${where}published must be a date YYYY-MM-DD (or ISO 8601), not ${JSON.stringify(v).slice(0, 60)}`);
  return v;
}

/** One article from a JSON object `{text, published?, title?, url?, outlet?, id?}`. */
export function articleFromJson(o: unknown, where = ''): ArticleInput {
  if (!o || typeof o !== 'object' || Array.isArray(o)) throw bad(`${where}expected an object {"text": "...", "published"?: "YYYY-MM-DD", "title"?, "url"?, "outlet"?}`);
  const r = o as Record<string, unknown>;
  if (typeof r.text !== 'string') throw bad(`${where}"text" is required and must be a string`);
  if (!r.text.trim()) throw bad(`${where}"text" is empty`);
  const meta: Meta = {};
  for (const k of META_FIELDS) {
    const v = r[k];
    if (v === undefined || v === null || v === '') continue;
    if (typeof v !== 'string') throw bad(`${where}"${k}" must be a string`);
    if (v.length > 2000) throw bad(`${where}"${k}" is too long`);
    meta[k] = k === 'published' ? checkPublished(v, where) : v;
  }
  let id: string | undefined;
  if (r.id !== undefined && r.id !== null) {
    if (typeof r.id !== 'string' || !/^[\w.:@-]{1,200}$/.test(r.id)) throw bad(`${where}"id" must be a string of letters, digits and . _ - : @`);
    id = r.id;
  }
  return { ...(id ? { id } : {}), text: r.text, meta };
}

/** Metadata for text/plain and text/html bodies, from the query string. */
function metaFromQuery(q: (k: string) => string | undefined): Meta {
  const meta: Meta = {};
  for (const k of META_FIELDS) {
    const v = q(k);
    if (v) meta[k] = k === 'published' ? checkPublished(v, 'query: ') : v;
  }
  return meta;
}

/** A request's articles by content type: JSON (an object, or a list when `list` is allowed), text/plain or text/html. */
export function articlesFromBody(contentType: string | undefined, body: string, query: (k: string) => string | undefined, list: boolean): ArticleInput[] {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (!body.length) throw bad('the request body is empty');
  if (type === 'application/json' || type.endsWith('+json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (e) {
      throw new ApiError(400, 'malformed-json', `the body is not valid JSON: ${(e as Error).message}`);
    }
    if (Array.isArray(parsed)) {
      if (!list) throw bad('expected one article object, not a list (POST a list to /api/ingest)');
      if (!parsed.length) throw bad('the list of articles is empty');
      if (parsed.length > 100) throw new ApiError(413, 'too-many', `at most 100 articles per request, not ${parsed.length}`);
      return parsed.map((o, i) => articleFromJson(o, `[${i}]: `));
    }
    if (list && parsed && typeof parsed === 'object' && Array.isArray((parsed as { articles?: unknown }).articles)) {
      return articlesFromBody(type, JSON.stringify((parsed as { articles: unknown[] }).articles), query, true);
    }
    return [articleFromJson(parsed)];
  }
  if (type === 'text/plain' || type === '') {
    if (!body.trim()) throw bad('the article is empty');
    return [{ text: body, meta: metaFromQuery(query) }];
  }
  if (type === 'text/html' || type === 'application/xhtml+xml') {
    const a = htmlToArticle(body, 'request');
    const meta: Meta = { ...a.meta, ...metaFromQuery(query) };
    delete meta.input;
    return [{ text: a.text, meta }];
  }
  throw new ApiError(415, 'unsupported-media-type', `send application/json, text/plain or text/html, not ${type}`);
}

const FILTER_TEXT = ['actor', 'type', 'place', 'outlet', 'modality', 'text'] as const;
const MODALITIES = ['asserted', 'attributed', 'rumored', 'speculative', 'planned', 'hypothetical', 'negated'];

/** The filters of `sift query`, from a query string. */
export function filterFromQuery(q: (k: string) => string | undefined, dflt = 100, max = 10_000): Filter {
  const f: Filter = {};
  for (const k of FILTER_TEXT) {
    const v = q(k)?.trim();
    if (!v) continue;
    if (v.length > 200) throw bad(`${k} is too long`);
    f[k] = v;
  }
  if (f.modality && !MODALITIES.includes(f.modality.toLowerCase())) throw bad(`modality must be one of ${MODALITIES.join(', ')}, not "${f.modality}"`);
  for (const k of ['since', 'until'] as const) {
    const v = q(k)?.trim();
    if (!v) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw bad(`${k} must be a date YYYY-MM-DD, not "${v.slice(0, 40)}"`);
    f[k] = v;
  }
  f.limit = intParam(q('limit'), 'limit', dflt, 1, max);
  return f;
}

export function intParam(v: string | undefined, name: string, dflt: number, min: number, max: number): number {
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw bad(`${name} must be a whole number from ${min} to ${max}, not "${v.slice(0, 40)}"`);
  return n;
}
