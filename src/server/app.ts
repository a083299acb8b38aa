// The HTTP API (and the web UI's files) as a Hono app: routes, auth, limits, errors in one place.
import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { HttpBindings } from '@hono/node-server';
import { toDocumentJson, type DocumentJson } from '../output/document-json.js';
import type { Pipeline } from '../pipeline/default.js';
import type { ActorRef, CorpusActor, Store } from '../store/store.js';
import { ApiError, errorResponse } from './errors.js';
import { articlesFromBody, filterFromQuery, intParam, type ArticleInput } from './input.js';
import { openApiDocument } from './openapi.js';
import { rateLimiter } from './rate-limit.js';
import type { StaticFiles } from './static.js';

export interface AppOptions {
  store: Store;
  /** Made on first use (loading the knowledge base takes a moment). */
  pipeline: () => Pipeline;
  /** Bearer token for writes; none: writes are refused. */
  token?: string;
  /** Origins allowed by CORS; none: no CORS headers at all. */
  corsOrigins?: string[];
  /** Largest request body, bytes (default 2 MB). */
  maxBodyBytes?: number;
  /** Requests a minute per client (default 600; 0: no limit). Analysis costs 10. */
  ratePerMinute?: number;
  web?: StaticFiles;
  version?: string;
  log?: (s: string) => void;
}

export interface DocumentSummary {
  id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  published: string | null;
  chars: number;
  entities: number;
  events: number;
  quotes: number;
  quantities: number;
}

type Env = { Bindings: Partial<HttpBindings> };

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
};

function sameToken(given: string, want: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(want);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createApp(opts: AppOptions): Hono<Env> {
  const { store } = opts;
  const log = opts.log ?? ((s: string) => process.stderr.write(s));
  const limiter = rateLimiter(opts.ratePerMinute ?? 600);
  const maxBody = opts.maxBodyBytes ?? 2_000_000;
  const app = new Hono<Env>();

  // -- caches of whole-corpus reads, dropped whenever this server writes (and checked against the article count)
  let docList: { articles: number; items: DocumentSummary[] } | null = null;
  let actorList: { articles: number; items: CorpusActor[] } | null = null;
  const invalidate = () => {
    docList = null;
    actorList = null;
  };

  const fail = (c: Context<Env>, err: unknown) => {
    const r = errorResponse(err, log);
    for (const [k, v] of Object.entries(r.headers)) c.header(k, v);
    return c.json(r.body, r.status as 400);
  };
  app.onError((err, c) => fail(c, err));
  app.notFound((c) => fail(c, new ApiError(404, 'not-found', `no such route: ${c.req.method} ${c.req.path}`)));

  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) if (!c.res.headers.has(k)) c.res.headers.set(k, v);
  });
  if (opts.corsOrigins?.length) {
    app.use('/api/*', cors({ origin: opts.corsOrigins, allowHeaders: ['Content-Type', 'Authorization'], allowMethods: ['GET', 'POST', 'OPTIONS'], maxAge: 600 }));
  }
  const clientOf = (c: Context<Env>) => c.env?.incoming?.socket?.remoteAddress ?? 'local';
  app.use('/api/*', async (c, next) => {
    const cost = c.req.method === 'POST' ? 10 : 1;
    const wait = limiter.take(clientOf(c), cost);
    if (wait) throw new ApiError(429, 'rate-limited', `too many requests; try again in ${wait} s`, { 'Retry-After': String(wait) });
    await next();
  });
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBody,
      onError: () => {
        throw new ApiError(413, 'too-large', `the request body is larger than ${maxBody} bytes`);
      },
    }),
  );

  const requireToken = (c: Context<Env>) => {
    if (!opts.token) throw new ApiError(401, 'unauthorized', 'writes are disabled: the server was started without SIFT_TOKEN', { 'WWW-Authenticate': 'Bearer realm="sift"' });
    const h = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(h);
    if (!m || !sameToken(m[1].trim(), opts.token)) {
      throw new ApiError(401, 'unauthorized', m ? 'the bearer token is not valid' : 'writes need "Authorization: Bearer <SIFT_TOKEN>"', { 'WWW-Authenticate': 'Bearer realm="sift"' });
    }
  };
  const q = (c: Context<Env>) => (k: string) => c.req.query(k);
  const analyse = (a: ArticleInput): DocumentJson => toDocumentJson(opts.pipeline().analyze(a.text, a.meta, a.id));
  const bodyArticles = async (c: Context<Env>, list: boolean) => articlesFromBody(c.req.header('content-type'), await c.req.text(), q(c), list);

  // ------------------------------------------------------------------ routes
  app.get('/openapi.json', (c) => c.json(openApiDocument(opts.version ?? '0.0.0')));

  app.get('/api/health', async (c) => {
    const counts = await store.counts();
    return c.json({ ok: true, version: opts.version ?? null, store: store.kind, writes: Boolean(opts.token), counts });
  });

  app.post('/api/analyze', async (c) => {
    const [a] = await bodyArticles(c, false);
    return c.json(analyse(a));
  });

  app.post('/api/ingest', async (c) => {
    requireToken(c);
    const articles = await bodyArticles(c, true);
    const results = [];
    for (const a of articles) {
      const doc = analyse(a);
      const put = await store.putDocument(doc);
      results.push({ ...put, title: doc.meta.title ?? null, events: doc.events.length, entities: doc.entities.length });
    }
    invalidate();
    return c.json({ results }, results.some((r) => r.status === 'added' || r.status === 'near-copy') ? 201 : 200);
  });

  const documents = async (): Promise<DocumentSummary[]> => {
    const { articles } = await store.counts();
    if (docList && docList.articles === articles) return docList.items;
    const items: DocumentSummary[] = [];
    for await (const d of store.eachDocument()) {
      items.push({
        id: d.id, title: d.meta.title ?? null, url: d.meta.url ?? null, outlet: d.meta.outlet ?? null, published: d.meta.published ?? null,
        chars: d.text.length, entities: d.entities.length, events: d.events.length, quotes: d.quotes.length, quantities: d.quantities.length,
      });
    }
    items.sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.id.localeCompare(b.id));
    docList = { articles, items };
    return items;
  };

  app.get('/api/documents', async (c) => {
    const limit = intParam(c.req.query('limit'), 'limit', 100, 1, 10_000);
    const offset = intParam(c.req.query('offset'), 'offset', 0, 0, 1e9);
    const outlet = c.req.query('outlet')?.toLowerCase();
    let all = await documents();
    if (outlet) all = all.filter((d) => d.outlet?.toLowerCase() === outlet);
    c.header('X-Total-Count', String(all.length));
    return c.json(all.slice(offset, offset + limit));
  });

  app.get('/api/documents/:id', async (c) => {
    const doc = await store.getDocument(c.req.param('id'));
    if (!doc) throw new ApiError(404, 'not-found', `no document with id "${c.req.param('id')}"`);
    return c.json(doc);
  });

  app.get('/api/events', async (c) => c.json(await store.events(filterFromQuery(q(c)))));
  app.get('/api/quotes', async (c) => c.json(await store.quotes(filterFromQuery(q(c)))));
  app.get('/api/entities', async (c) => c.json(await store.entities(filterFromQuery(q(c)))));
  app.get('/api/timeline', async (c) => c.json(await store.timeline(filterFromQuery(q(c), 0))));
  app.get('/api/network', async (c) => c.json(await store.network(filterFromQuery(q(c), 500))));
  app.get('/api/series', async (c) => c.json(await store.series(filterFromQuery(q(c)))));
  app.get('/api/search', async (c) => {
    const query = c.req.query('q')?.trim();
    if (!query) throw new ApiError(400, 'bad-request', 'q is required: the words to search for');
    if (query.length > 500) throw new ApiError(400, 'bad-request', 'q is too long');
    return c.json(await store.search(query, filterFromQuery(q(c), 50)));
  });

  const actors = async (): Promise<CorpusActor[]> => {
    const { articles } = await store.counts();
    if (actorList && actorList.articles === articles) return actorList.items;
    const items = await store.entities({ limit: 0 });
    actorList = { articles, items };
    return items;
  };

  /**
   * The titles articles give an actor ("Prime Minister", "Foreign Minister"), with the article and
   * words each rests on; read from the articles where the actor acts or speaks (the first 50).
   */
  const titlesOf = async (actor: CorpusActor, articleIds: string[]) => {
    const names = new Set(actor.names.map((n) => n.name.toLowerCase()));
    const byTitle = new Map<string, { title: string; articles: number; evidence: { article: string; text: string } }>();
    for (const id of articleIds.slice(0, 50)) {
      const doc = await store.getDocument(id);
      for (const e of doc?.entities ?? []) {
        if (!names.has(e.name.toLowerCase()) && !(actor.kb && e.kb === actor.kb)) continue;
        for (const r of e.roles ?? []) {
          const t = byTitle.get(r.title.toLowerCase());
          if (t) t.articles++;
          else byTitle.set(r.title.toLowerCase(), { title: r.title, articles: 1, evidence: { article: id, text: doc!.text.slice(r.evidence.start, r.evidence.end) } });
        }
      }
    }
    return [...byTitle.values()].sort((a, b) => b.articles - a.articles);
  };

  /** The actor page: the actor, the titles articles give it, its roles in events, its quotes, events and places. */
  app.get('/api/entities/:id', async (c) => {
    const key = c.req.param('id');
    const all = await actors();
    const actor = /^\d+$/.test(key) ? all.find((a) => a.id === Number(key)) : all.find((a) => a.key === key || a.kb === key);
    if (!actor) throw new ApiError(404, 'not-found', `no entity with id "${key}"`);
    const limit = intParam(c.req.query('limit'), 'limit', 200, 1, 10_000);
    const [eventsAll, quotes] = await Promise.all([store.events({ actor: actor.key, limit: 0 }), store.quotes({ actor: actor.key, limit })]);
    const events = eventsAll.filter((e) => e.source.some((a) => a.id === actor.id) || e.target.some((a) => a.id === actor.id) || e.place?.id === actor.id);
    const roles: Record<string, { asSource: number; asTarget: number; asPlace: number }> = {};
    const places = new Map<number, { place: ActorRef; events: number }>();
    for (const e of events) {
      const r = (roles[e.type] ??= { asSource: 0, asTarget: 0, asPlace: 0 });
      if (e.source.some((a) => a.id === actor.id)) r.asSource++;
      if (e.target.some((a) => a.id === actor.id)) r.asTarget++;
      if (e.place?.id === actor.id) r.asPlace++;
      if (e.place && e.place.id !== actor.id) {
        const p = places.get(e.place.id) ?? { place: e.place, events: 0 };
        p.events++;
        places.set(e.place.id, p);
      }
    }
    const titles = await titlesOf(actor, [...new Set([...events.flatMap((e) => e.mentions.map((m) => m.article)), ...quotes.map((x) => x.article)])]);
    return c.json({ entity: actor, roles, titles, events: events.slice(0, limit), quotes, places: [...places.values()].sort((a, b) => b.events - a.events) });
  });

  // ------------------------------------------------------------------ the web UI
  if (opts.web) {
    const web = opts.web;
    app.get('*', (c) => {
      if (c.req.path.startsWith('/api/')) throw new ApiError(404, 'not-found', `no such route: GET ${c.req.path}`);
      const f = web.get(c.req.path) ?? (c.req.path.includes('.') ? undefined : web.get('/index.html'));
      if (!f) throw new ApiError(404, 'not-found', `not found: ${c.req.path}`);
      return c.body(new Uint8Array(f.body), 200, { 'Content-Type': f.type, 'Cache-Control': f.immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
    });
  }
  return app;
}
