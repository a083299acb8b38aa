// RSS and Atom feeds, URL lists and URLs as inputs of `sift ingest`, beside everything `analyze`
// reads. A feed item whose feed carries its full text becomes an article directly; otherwise its
// link is fetched. Problems name the input (and the item or line) and the rest goes on.
import fs from 'node:fs';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { ErrorCodes, SiftError } from '../core/errors.js';
import type { Meta } from '../core/types.js';
import { decodeText } from './decode.js';
import { fetchUrl, type FetchOptions } from './fetch.js';
import { htmlToArticle, normalizeDate } from './html.js';
import { readContent, readInputs, type TextInputOptions } from './read-inputs.js';
import type { Article, InputItem } from './types.js';

export interface FeedItem {
  title?: string;
  link?: string;
  guid?: string;
  published?: string;
  /** The item's body as the feed gives it (HTML), full text or a summary. */
  html?: string;
}

export interface Feed {
  title?: string;
  items: FeedItem[];
}

/** Items with at least this much text in the feed are taken as the full article; shorter ones are fetched from their link. */
export const FULL_TEXT_CHARS = 600;

export const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** RSS 2.0, RSS 1.0 (RDF) or Atom, by its first element. */
export function looksLikeFeed(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*|<\?xml-stylesheet[^>]*\?>\s*)*<(?:rss|feed|rdf:RDF)\b/i.test(text);
}

type El = { tagName: string; textContent: string | null; children: ArrayLike<El>; getAttribute(n: string): string | null; getElementsByTagName(n: string): ArrayLike<El> };

const childrenNamed = (el: El, ...names: string[]): El[] => Array.from(el.children).filter((c) => names.includes(c.tagName.toLowerCase()));
const textOf = (el: El | undefined) => el?.textContent?.trim() || undefined;

/** The items of an RSS or Atom feed. */
export function parseFeed(xml: string, input: string): Feed {
  if (!looksLikeFeed(xml)) throw new SiftError(ErrorCodes.INPUT_UNSUPPORTED, `${input}: not an RSS or Atom feed`, input);
  let doc: { documentElement: El | null };
  try {
    doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: El | null };
  } catch (e) {
    throw new SiftError(ErrorCodes.INPUT_UNREADABLE, `${input}: not well-formed XML (${(e as Error).message})`, input);
  }
  const root = doc.documentElement;
  if (!root) throw new SiftError(ErrorCodes.INPUT_UNREADABLE, `${input}: not well-formed XML`, input);
  const rootName = root.tagName.toLowerCase();
  if (rootName === 'feed') {
    const entries = childrenNamed(root, 'entry');
    return {
      title: textOf(childrenNamed(root, 'title')[0]),
      items: entries.map((e) => {
        const links = childrenNamed(e, 'link');
        const link = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
        return {
          title: textOf(childrenNamed(e, 'title')[0]),
          link: link?.getAttribute('href') ?? undefined,
          guid: textOf(childrenNamed(e, 'id')[0]),
          published: textOf(childrenNamed(e, 'published')[0]) ?? textOf(childrenNamed(e, 'updated')[0]),
          html: textOf(childrenNamed(e, 'content')[0]) ?? textOf(childrenNamed(e, 'summary')[0]),
        };
      }),
    };
  }
  const channel = childrenNamed(root, 'channel')[0];
  // RSS 2.0 items sit in <channel>; RSS 1.0 items beside it
  const items = [...(channel ? childrenNamed(channel, 'item') : []), ...childrenNamed(root, 'item')];
  return {
    title: textOf(channel ? childrenNamed(channel, 'title')[0] : undefined),
    items: items.map((i) => ({
      title: textOf(childrenNamed(i, 'title')[0]),
      link: textOf(childrenNamed(i, 'link')[0]),
      guid: textOf(childrenNamed(i, 'guid')[0]),
      published: textOf(childrenNamed(i, 'pubdate', 'dc:date')[0]),
      html: textOf(childrenNamed(i, 'content:encoded')[0]) ?? textOf(childrenNamed(i, 'description')[0]),
    })),
  };
}

/** The URLs of a URL list: one per line; blank lines and # comments skipped; a bad line is a problem with its number. */
export function* readUrlList(text: string, input: string): Generator<{ ok: true; url: string } | { ok: false; item: InputItem }> {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line || line.startsWith('#')) continue;
    if (isUrl(line)) {
      try {
        yield { ok: true, url: new URL(line).href };
        continue;
      } catch {
        // falls through to the problem below
      }
    }
    const where = `${input}:${i + 1}`;
    yield { ok: false, item: { ok: false, input: where, code: ErrorCodes.INPUT_BAD_FIELD, message: `${where}: not an http(s) URL: ${JSON.stringify(line.slice(0, 80))}` } };
  }
}

export interface SourceOptions extends TextInputOptions {
  fetch?: FetchOptions;
}

const problem = (input: string, e: unknown): InputItem =>
  e instanceof SiftError
    ? { ok: false, input, code: e.code, message: e.message }
    : { ok: false, input, code: ErrorCodes.INPUT_UNREADABLE, message: `${input}: ${(e as Error).message}` };

const plainText = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&[a-z#0-9]+;/gi, ' ').replace(/\s+/g, ' ').trim();

/** A fetched page (or document) → its articles: a feed's items, an HTML article, or text/JSONL. */
async function* fromFetched(url: string, body: Buffer, contentType: string, finalUrl: string, opts: SourceOptions): AsyncGenerator<InputItem> {
  let text: string;
  try {
    text = decodeText(body, url);
  } catch (e) {
    yield problem(url, e);
    return;
  }
  if (looksLikeFeed(text) || /(rss|atom)\+xml/i.test(contentType)) {
    yield* fromFeed(text, url, opts, finalUrl);
    return;
  }
  if (/html/i.test(contentType) || /^\s*</.test(text)) {
    try {
      const a = htmlToArticle(text, url);
      a.meta.url ??= finalUrl;
      for (const f of ['published', 'title', 'outlet'] as const) if (opts[f] && !a.meta[f]) a.meta[f] = opts[f];
      yield { ok: true, article: a };
    } catch (e) {
      yield problem(url, e);
    }
    return;
  }
  for (const item of readContent(body, url, opts.kind, opts)) {
    if (item.ok && !item.article.meta.url) item.article.meta.url = finalUrl;
    yield item;
  }
}

/** One feed's items as articles: full text from the feed, else the linked page. */
async function* fromFeed(xml: string, input: string, opts: SourceOptions, base?: string): AsyncGenerator<InputItem> {
  let feed: Feed;
  try {
    feed = parseFeed(xml, input);
  } catch (e) {
    yield problem(input, e);
    return;
  }
  if (!feed.items.length) {
    yield { ok: false, input, code: ErrorCodes.INPUT_EMPTY, message: `${input}: the feed has no items` };
    return;
  }
  for (let n = 0; n < feed.items.length; n++) {
    const it = feed.items[n];
    const where = `${input}#${n + 1}`;
    const link = it.link && base ? new URL(it.link, base).href : it.link;
    const meta: Meta = { input: where };
    if (it.title) meta.title = plainText(it.title);
    if (link) meta.url = link;
    const published = it.published ? normalizeDate(it.published) ?? (Number.isNaN(Date.parse(it.published)) ? undefined : new Date(it.published).toISOString()) : undefined;
    if (published) meta.published = published;
    else if (opts.published) meta.published = opts.published;
    const outlet = opts.outlet ?? feed.title;
    if (outlet) meta.outlet = outlet;
    const id = it.guid ?? link;
    const inFeed = it.html ? plainText(it.html) : '';
    let article: Article | null = null;
    try {
      if (inFeed.length >= FULL_TEXT_CHARS || (!link && inFeed)) {
        article = htmlToArticle(`<article>${it.html}</article>`, where);
      } else if (link) {
        const got = await fetchUrl(link, opts.fetch);
        const page = htmlToArticle(decodeText(got.body, link), where);
        article = { text: page.text, meta: { ...page.meta } };
      } else {
        throw new SiftError(ErrorCodes.INPUT_EMPTY, `${where}: the item has neither text nor a link`, where);
      }
    } catch (e) {
      yield problem(where, e);
      continue;
    }
    // the feed's metadata first: it is what the publisher states about the item
    article.meta = { ...article.meta, ...meta };
    if (id) article.id = id;
    yield { ok: true, article };
  }
}

const FEED_EXT = new Set(['.rss', '.atom', '.xml']);
const URL_LIST_EXT = new Set(['.urls']);

/**
 * Everything `sift ingest` reads, in order: what `analyze` reads (files, directories, `-`), plus
 * RSS/Atom feeds (files or URLs), URL lists (`.urls`: one URL per line) and single URLs.
 */
export async function* readSources(inputs: readonly string[], opts: SourceOptions = {}): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    if (isUrl(input)) {
      try {
        const got = await fetchUrl(input, opts.fetch);
        yield* fromFetched(input, got.body, got.contentType, got.finalUrl, opts);
      } catch (e) {
        yield problem(input, e);
      }
      continue;
    }
    const ext = path.extname(input).toLowerCase();
    if (input !== '-' && (FEED_EXT.has(ext) || URL_LIST_EXT.has(ext))) {
      let text: string;
      try {
        text = decodeText(fs.readFileSync(input), input);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        yield code === 'ENOENT' ? { ok: false, input, code: ErrorCodes.INPUT_UNREADABLE, message: `${input}: no such file or directory` } : problem(input, e);
        continue;
      }
      if (URL_LIST_EXT.has(ext)) {
        for (const line of readUrlList(text, input)) {
          if (!line.ok) {
            yield line.item;
            continue;
          }
          try {
            const got = await fetchUrl(line.url, opts.fetch);
            yield* fromFetched(line.url, got.body, got.contentType, got.finalUrl, opts);
          } catch (e) {
            yield problem(line.url, e);
          }
        }
      } else yield* fromFeed(text, input, opts);
      continue;
    }
    yield* readInputs([input], opts);
  }
}
