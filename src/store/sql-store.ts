// The corpus store in SQL that both SQLite and PostgreSQL run: writing an article and everything
// derived from it in one transaction (actors, merged events with their mentions, quotes, series
// points, near-copy links), and the queries and exports. What differs between the two databases
// (job claims, locking, full-text search) is left to the subclasses.
import { digestDocument, type ArticleDigest } from '../corpus/digest.js';
import { chooseEvent, dayWindow, mergeKey, type EventCandidate } from '../corpus/events.js';
import { NEAR_COPY_SIMILARITY, similarity } from '../corpus/near-duplicates.js';
import { dateOf, dayNumber, normName } from '../corpus/normalize.js';
import { normMeasure } from '../corpus/series.js';
import { ErrorCodes, SiftError, type ErrorCode } from '../core/errors.js';
import type { DocumentJson } from '../output/document-json.js';
import { marks, type Param, type Row, type SqlDb } from './sql.js';
import type {
  ActorRef, Counts, CorpusActor, CorpusEvent, CorpusQuote, EventMention, Filter, Job, JobOutcome, Network, PutResult,
  QueueItem, QueueStats, SearchHit, Series, SeriesPoint, Store, TimelineBucket,
} from './store.js';

export const DEFAULT_LIMIT = 100;
const PAGE = 500;

type Where = { sql: string[]; params: Param[] };
const nowIso = () => new Date().toISOString();
const uniq = <T>(xs: readonly T[]) => [...new Set(xs)];
const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** A problem with the store or with what was asked of it, named for the user. */
export class StoreError extends SiftError {
  constructor(message: string, code: ErrorCode = ErrorCodes.USAGE) {
    super(code, message);
    this.name = 'StoreError';
  }
}

export abstract class SqlStore implements Store {
  abstract readonly kind: 'sqlite' | 'postgres';

  constructor(
    readonly db: SqlDb,
    readonly location: string,
  ) {}

  // ------------------------------------------------------------------ what each database does its own way

  /** Serialises merges of the same event key across concurrent writers (inside the transaction). */
  protected abstract lockKeys(tx: SqlDb, keys: readonly string[]): Promise<void>;
  /** Full-text search over articles. */
  protected abstract searchRows(query: string, where: Where, limit: number): Promise<Row[]>;
  /** An aggregate: distinct values joined with commas. */
  protected abstract distinctList(column: string): string;
  /** Runs fn again when the database reports a transient conflict (deadlock, busy, unique race). */
  protected abstract retrying<T>(fn: () => Promise<T>): Promise<T>;
  abstract processNext(worker: string, analyse: (job: Job) => Promise<DocumentJson>): Promise<JobOutcome | null>;

  async schemaVersion(): Promise<number> {
    const r = await this.db.get<{ v: number }>(`SELECT max(version) AS v FROM schema_migrations`);
    return Number(r?.v ?? 0);
  }

  close(): Promise<void> {
    return this.db.close();
  }

  // ------------------------------------------------------------------ writing

  putDocument(doc: DocumentJson): Promise<PutResult> {
    const d = digestDocument(doc);
    return this.retrying(() => this.db.transaction((tx) => this.writeArticle(tx, d)));
  }

  /** The nearest stored article whose text this one nearly copies, if any. */
  protected async findNearCopy(tx: SqlDb, d: ArticleDigest, only?: number): Promise<{ seq: number; id: string; story: number; similarity: number } | null> {
    let rows: Row[];
    if (only !== undefined) rows = await tx.all(`SELECT seq, id, story_seq, minhash FROM articles WHERE seq = ?`, [only]);
    else {
      const cands = await tx.all<{ article_seq: number }>(`SELECT DISTINCT article_seq FROM article_bands WHERE band IN (${marks(d.bands.length)}) LIMIT 200`, d.bands);
      if (!cands.length) return null;
      rows = await tx.all(`SELECT seq, id, story_seq, minhash FROM articles WHERE seq IN (${marks(cands.length)})`, cands.map((c) => c.article_seq));
    }
    let best: { seq: number; id: string; story: number; similarity: number } | null = null;
    for (const r of rows) {
      const sim = r.minhash ? similarity(d.signature, JSON.parse(String(r.minhash))) : 0;
      if (only === undefined && sim < NEAR_COPY_SIMILARITY) continue;
      if (!best || sim > best.similarity || (sim === best.similarity && Number(r.seq) < best.seq)) {
        best = { seq: Number(r.seq), id: String(r.id), story: Number(r.story_seq ?? r.seq), similarity: sim };
      }
    }
    return best;
  }

  /** One article and everything derived from it. Call inside a transaction. */
  protected async writeArticle(tx: SqlDb, d: ArticleDigest): Promise<PutResult> {
    const known = await tx.get<{ id: string }>(`SELECT id FROM articles WHERE content_hash = ?`, [d.contentHash]);
    if (known) return { status: 'unchanged', id: known.id };

    // an id already taken by another text: this is a revision, stored under its own id and linked
    let id = d.id;
    const taken = await tx.get<{ seq: number }>(`SELECT seq FROM articles WHERE id = ?`, [id]);
    if (taken) id = `${d.id}@${d.contentHash.slice(0, 12)}`;
    const near = (await this.findNearCopy(tx, d)) ?? (taken ? await this.findNearCopy(tx, d, Number(taken.seq)) : null);
    const now = nowIso();

    const inserted = await tx.get<{ seq: number }>(
      `INSERT INTO articles (id, content_hash, title, url, outlet, source_key, published, published_day, input, text, text_length, doc, minhash,
         story_seq, duplicate_of, similarity, n_entities, n_events, n_quotes, n_points, ingested_at)
       VALUES (${marks(21)}) RETURNING seq`,
      [
        id, d.contentHash, d.title, d.url, d.outlet, d.sourceKey, d.published, d.publishedDay, d.input, d.text, d.text.length, d.docJson,
        JSON.stringify(d.signature), near?.story ?? null, near?.seq ?? null, near?.similarity ?? null,
        Object.keys(d.entityActor).length, d.events.length, d.quotes.length, d.points.length, now,
      ],
    );
    const seq = Number(inserted!.seq);
    if (!near) await tx.run(`UPDATE articles SET story_seq = ? WHERE seq = ?`, [seq, seq]);
    if (d.bands.length) {
      await tx.run(`INSERT INTO article_bands (band, article_seq) VALUES ${d.bands.map(() => '(?, ?)').join(', ')}`, d.bands.flatMap((b) => [b, seq]));
    }

    const actorIds = await this.writeActors(tx, d, seq, now);
    await this.writeEvents(tx, d, seq, id, actorIds, now);
    await this.writeQuotes(tx, d, seq, actorIds);
    await this.writePoints(tx, d, seq, actorIds);

    return near ? { status: 'near-copy', id, duplicateOf: near.id, similarity: near.similarity } : { status: 'added', id };
  }

  /** Entities → corpus actors (merged by kb id or name; a one-word person name joins the unique full-named person with that last name). */
  private async writeActors(tx: SqlDb, d: ArticleDigest, seq: number, now: string): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (const a of d.actors) {
      let actorId = (await tx.get<{ id: number }>(`SELECT id FROM actors WHERE key = ?`, [a.key]))?.id;
      if (actorId === undefined && a.surnameOnly && a.lastName) {
        const c = await tx.all<{ id: number }>(`SELECT id FROM actors WHERE type = 'PERSON' AND last_name = ? AND single_word = 0 LIMIT 2`, [a.lastName]);
        if (c.length === 1) actorId = c[0].id;
      }
      if (actorId !== undefined) {
        actorId = Number(actorId);
        await tx.run(
          `UPDATE actors SET mentions = mentions + ?, articles = articles + 1, lat = COALESCE(lat, ?), lon = COALESCE(lon, ?), geonameid = COALESCE(geonameid, ?),
             country = COALESCE(country, ?), sector = COALESCE(sector, ?), code = CASE WHEN code = '' THEN ? ELSE code END WHERE id = ?`,
          [a.mentions, a.lat, a.lon, a.geonameid, a.country, a.sector, a.code, actorId],
        );
      } else {
        const r = await tx.get<{ id: number }>(
          `INSERT INTO actors (key, name, type, code, country, sector, kb, lat, lon, geonameid, last_name, single_word, mentions, articles, first_seen)
           VALUES (${marks(15)})
           ON CONFLICT (key) DO UPDATE SET mentions = actors.mentions + excluded.mentions, articles = actors.articles + 1
           RETURNING id`,
          [a.key, a.name, a.type, a.code, a.country, a.sector, a.kb, a.lat, a.lon, a.geonameid, a.lastName, a.surnameOnly ? 1 : 0, a.mentions, 1, now],
        );
        actorId = Number(r!.id);
      }
      ids.set(a.key, actorId);
      await tx.run(
        `INSERT INTO actor_names (actor_id, norm, name, count) VALUES (?, ?, ?, 1)
         ON CONFLICT (actor_id, norm) DO UPDATE SET count = actor_names.count + 1`,
        [actorId, a.norm, a.name],
      );
      for (const e of a.entityIds) {
        await tx.run(`INSERT INTO article_actors (article_seq, entity_id, actor_id, mentions) VALUES (?, ?, ?, ?)`, [seq, e, actorId, a.mentions]);
      }
    }
    return ids;
  }

  /** Event mentions → corpus events: the same type, actors and recipients within the date window (places agreeing) are one event. */
  private async writeEvents(tx: SqlDb, d: ArticleDigest, seq: number, articleId: string, ids: Map<string, number>, now: string): Promise<void> {
    const resolved = d.events.map((ev) => {
      const src = uniq(ev.sourceKeys.map((k) => ids.get(k)).filter((x): x is number => x !== undefined));
      const tgt = uniq(ev.targetKeys.map((k) => ids.get(k)).filter((x): x is number => x !== undefined));
      const place = ev.placeKey ? ids.get(ev.placeKey) ?? null : null;
      return { ev, src, tgt, place, key: mergeKey(ev.type, src.map(String), tgt.map(String), `${articleId}#${ev.localId}`) };
    });
    await this.lockKeys(tx, uniq(resolved.map((r) => r.key)).sort());
    const citation = d.url ?? ([d.outlet, d.title, d.published].filter(Boolean).join(', ') || articleId);
    for (const { ev, src, tgt, place, key } of resolved) {
      const win = dayWindow(ev.day);
      const cands = win
        ? await tx.all<Row>(`SELECT id, day, place_actor, source_actor, target_actor FROM events WHERE merge_key = ? AND day BETWEEN ? AND ?`, [key, win[0], win[1]])
        : await tx.all<Row>(`SELECT id, day, place_actor, source_actor, target_actor FROM events WHERE merge_key = ? AND day IS NULL`, [key]);
      const chosen = chooseEvent(
        cands.map((c): EventCandidate => ({ id: Number(c.id), day: num(c.day), placeActor: num(c.place_actor) })),
        ev.day,
        place,
      );
      let eventId: number;
      // the mention's actor offsets are those of the event's Actor1 and Actor2 (its first source and target)
      let actor1: number | null = src[0] ?? null;
      let actor2: number | null = tgt[0] ?? null;
      if (chosen) {
        eventId = chosen.id;
        const row = cands.find((c) => Number(c.id) === chosen.id)!;
        actor1 = num(row.source_actor);
        actor2 = num(row.target_actor);
        const seen = await tx.get<{ a: number; s: number }>(
          `SELECT CASE WHEN EXISTS (SELECT 1 FROM event_mentions WHERE event_id = ? AND article_seq = ?) THEN 1 ELSE 0 END AS a,
                  CASE WHEN EXISTS (SELECT 1 FROM event_mentions WHERE event_id = ? AND source_key = ?) THEN 1 ELSE 0 END AS s`,
          [eventId, seq, eventId, d.sourceKey],
        );
        await tx.run(
          `UPDATE events SET num_mentions = num_mentions + 1, num_articles = num_articles + ?, num_sources = num_sources + ?,
             place_actor = COALESCE(place_actor, ?), is_root = CASE WHEN is_root = 1 OR ? = 1 THEN 1 ELSE 0 END WHERE id = ?`,
          [Number(seen!.a) ? 0 : 1, Number(seen!.s) ? 0 : 1, place, ev.isRoot ? 1 : 0, eventId],
        );
      } else {
        const r = await tx.get<{ id: number }>(
          `INSERT INTO events (merge_key, type, cameo, base_code, root_code, quad_class, goldstein, mode, date, day, source_actor, target_actor, place_actor,
             is_root, num_mentions, num_sources, num_articles, first_article_seq, source_url, date_added)
           VALUES (${marks(20)}) RETURNING id`,
          [
            key, ev.type, ev.cameo, ev.baseCode, ev.rootCode, ev.quadClass, ev.goldstein, ev.mode, ev.date, ev.day,
            src[0] ?? null, tgt[0] ?? null, place, ev.isRoot ? 1 : 0, 1, 1, 1, seq, citation, now,
          ],
        );
        eventId = Number(r!.id);
        for (const [role, list] of [['source', src], ['target', tgt]] as const) {
          for (const a of list) await tx.run(`INSERT INTO event_actors (event_id, role, actor_id, day) VALUES (?, ?, ?, ?)`, [eventId, role, a, ev.day]);
        }
      }
      const offsetOf = (actor: number | null, keys: readonly string[]) => {
        const k = actor === null ? undefined : keys.find((x) => ids.get(x) === actor);
        return k === undefined ? null : ev.participantOffsets[k] ?? null;
      };
      await tx.run(
        `INSERT INTO event_mentions (event_id, article_seq, local_id, sentence, trigger_start, trigger_end, trigger_text, actor1_offset, actor2_offset,
           modality, confidence, outlet, source_key, published, is_root) VALUES (${marks(15)})`,
        [
          eventId, seq, ev.localId, ev.sentence, ev.triggerStart, ev.triggerEnd, ev.triggerText, offsetOf(actor1, ev.sourceKeys), offsetOf(actor2, ev.targetKeys),
          ev.modality, ev.confidence, d.outlet, d.sourceKey, d.published, ev.isRoot ? 1 : 0,
        ],
      );
    }
  }

  private async writeQuotes(tx: SqlDb, d: ArticleDigest, seq: number, ids: Map<string, number>): Promise<void> {
    for (const q of d.quotes) {
      await tx.run(
        `INSERT INTO quotes (article_seq, local_id, kind, speaker_actor, speaker_name, source_start, source_end, cue_start, cue_end, cue,
           content_start, content_end, content, date, day, outlet) VALUES (${marks(16)})`,
        [
          seq, q.localId, q.kind, q.speakerKey ? ids.get(q.speakerKey) ?? null : null, q.speakerName, q.source?.[0] ?? null, q.source?.[1] ?? null,
          q.cue[0], q.cue[1], q.cueText, q.content[0], q.content[1], q.contentText, q.date, q.day, d.outlet,
        ],
      );
    }
  }

  /** Figures with a measure → points of the series of that measure and unit. */
  private async writePoints(tx: SqlDb, d: ArticleDigest, seq: number, ids: Map<string, number>): Promise<void> {
    const points = [...d.points].sort((a, b) => (a.seriesKey < b.seriesKey ? -1 : a.seriesKey > b.seriesKey ? 1 : 0));
    for (const p of points) {
      const s = await tx.get<{ id: number }>(
        `INSERT INTO series (key, measure, unit, per, points) VALUES (?, ?, ?, ?, 1)
         ON CONFLICT (key) DO UPDATE SET points = series.points + 1 RETURNING id`,
        [p.seriesKey, p.measure, p.unit, p.per],
      );
      await tx.run(
        `INSERT INTO series_points (series_id, article_seq, value, unit, time, day, said_by_actor, said_by_name, quote_local_id, span_start, span_end, measure_text, outlet)
         VALUES (${marks(13)})`,
        [
          Number(s!.id), seq, p.value, p.unit, p.time, dayNumber(dateOf(p.time)) ?? d.publishedDay, p.saidByKey ? ids.get(p.saidByKey) ?? null : null,
          p.saidByName, p.quoteLocalId, p.start, p.end, p.measure, d.outlet,
        ],
      );
    }
  }

  // ------------------------------------------------------------------ the queue

  enqueue(items: readonly QueueItem[]): Promise<{ added: number; known: number }> {
    return this.retrying(() =>
      this.db.transaction(async (tx) => {
        let added = 0;
        let known = 0;
        const now = nowIso();
        for (const it of items) {
          const payload = JSON.stringify(it.article);
          const n = await tx.run(
            `INSERT INTO jobs (content_hash, input, payload, state, created_at) VALUES (?, ?, ?, 'pending', ?) ON CONFLICT (content_hash) DO NOTHING`,
            [it.contentHash, it.input, payload, now],
          );
          if (n) added++;
          else if (await tx.run(`UPDATE jobs SET state = 'pending', payload = ?, input = ?, error = NULL WHERE content_hash = ? AND state = 'failed'`, [payload, it.input, it.contentHash])) added++;
          else known++;
        }
        return { added, known };
      }),
    );
  }

  async queueStats(): Promise<QueueStats> {
    const rows = await this.db.all<{ state: string; n: number }>(`SELECT state, count(*) AS n FROM jobs GROUP BY state`);
    const by = Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
    const pending = (by.pending ?? 0) + (by.claimed ?? 0);
    return { pending, done: by.done ?? 0, failed: by.failed ?? 0, total: pending + (by.done ?? 0) + (by.failed ?? 0) };
  }

  protected jobFromRow(r: Row): Job {
    return { jobId: Number(r.id), input: String(r.input ?? ''), contentHash: String(r.content_hash), attempts: Number(r.attempts ?? 0) + 1, article: JSON.parse(String(r.payload)) };
  }

  /** Stores a job's analysis and marks it done, in the caller's transaction. */
  protected async completeJob(tx: SqlDb, job: Job, worker: string, doc: DocumentJson): Promise<JobOutcome> {
    const put = await this.writeArticle(tx, digestDocument(doc));
    await tx.run(
      `UPDATE jobs SET state = 'done', done_by = ?, article_id = ?, outcome = ?, payload = NULL, error = NULL, finished_at = ? WHERE id = ?`,
      [worker, put.id, put.status, nowIso(), job.jobId],
    );
    return { jobId: job.jobId, input: job.input, ...put };
  }

  protected async failJob(tx: SqlDb, job: Job, worker: string, err: unknown): Promise<JobOutcome> {
    const message = err instanceof Error ? err.message : String(err);
    await tx.run(`UPDATE jobs SET state = 'failed', done_by = ?, error = ?, finished_at = ? WHERE id = ?`, [worker, message, nowIso(), job.jobId]);
    return { jobId: job.jobId, input: job.input, status: 'failed', error: message };
  }

  // ------------------------------------------------------------------ reading

  async counts(): Promise<Counts> {
    const one = async (sql: string) => Number((await this.db.get<{ n: number }>(sql))?.n ?? 0);
    return {
      articles: await one(`SELECT count(*) AS n FROM articles`),
      nearCopies: await one(`SELECT count(*) AS n FROM articles WHERE duplicate_of IS NOT NULL`),
      actors: await one(`SELECT count(*) AS n FROM actors`),
      events: await one(`SELECT count(*) AS n FROM events`),
      mentions: await one(`SELECT count(*) AS n FROM event_mentions`),
      quotes: await one(`SELECT count(*) AS n FROM quotes`),
      series: await one(`SELECT count(*) AS n FROM series`),
      points: await one(`SELECT count(*) AS n FROM series_points`),
    };
  }

  private docFromRow(r: Row): DocumentJson {
    const rest = JSON.parse(String(r.doc));
    return { schema: rest.schema, id: String(r.id), text: String(r.text), ...rest, ...(rest.id !== r.id ? { id: String(r.id) } : {}) };
  }

  async getDocument(id: string): Promise<DocumentJson | null> {
    const r = await this.db.get(`SELECT id, text, doc FROM articles WHERE id = ?`, [id]);
    return r ? this.docFromRow(r) : null;
  }

  async *eachDocument(): AsyncGenerator<DocumentJson> {
    let after = 0;
    for (;;) {
      const rows = await this.db.all(`SELECT seq, id, text, doc FROM articles WHERE seq > ? ORDER BY seq LIMIT ?`, [after, 200]);
      if (!rows.length) return;
      for (const r of rows) yield this.docFromRow(r);
      after = Number(rows[rows.length - 1].seq);
    }
  }

  /** SQL selecting the ids of the actors a user means by `q`: a code (or its prefix), a kb id, a key, any name variant, or a person's last name. */
  protected actorIds(q: string): { sql: string; params: Param[] } {
    const norm = normName(q);
    const parts = [`SELECT actor_id AS id FROM actor_names WHERE norm = ?`, `SELECT id FROM actors WHERE kb = ? OR key = ?`];
    const params: Param[] = [norm, q, q];
    if (norm && !norm.includes(' ')) {
      // a surname names the people who carry it
      parts.push(`SELECT id FROM actors WHERE type = 'PERSON' AND last_name = ?`);
      params.push(norm);
    }
    if (/^[A-Za-z]{3,}$/.test(q)) {
      parts.push(`SELECT id FROM actors WHERE code LIKE ?`);
      params.push(`${q.toUpperCase()}%`);
    }
    return { sql: parts.join(' UNION '), params };
  }

  private dayFilter(w: Where, column: string, f: Filter): void {
    const since = f.since ? dayNumber(checkDate(f.since, 'since')) : null;
    const until = f.until ? dayNumber(checkDate(f.until, 'until')) : null;
    if (since !== null) {
      w.sql.push(`${column} >= ?`);
      w.params.push(since);
    }
    if (until !== null) {
      w.sql.push(`${column} <= ?`);
      w.params.push(until);
    }
  }

  protected eventWhere(f: Filter): Where {
    const w: Where = { sql: [], params: [] };
    if (f.actor) {
      // the date range goes into the subquery too: event_actors (actor_id, day) answers it from its index
      const a = this.actorIds(f.actor);
      const inner: Where = { sql: [`ea.actor_id IN (${a.sql})`], params: [...a.params] };
      this.dayFilter(inner, 'ea.day', f);
      w.sql.push(`e.id IN (SELECT ea.event_id FROM event_actors ea WHERE ${inner.sql.join(' AND ')})`);
      w.params.push(...inner.params);
    }
    if (f.type) {
      if (/^\d{2,4}$/.test(f.type)) {
        w.sql.push(`e.cameo LIKE ?`);
        w.params.push(`${f.type}%`);
      } else {
        w.sql.push(`e.type = ?`);
        w.params.push(f.type.toUpperCase());
      }
    }
    this.dayFilter(w, 'e.day', f);
    if (f.place) {
      const a = this.actorIds(f.place);
      w.sql.push(`e.place_actor IN (${a.sql})`);
      w.params.push(...a.params);
    }
    if (f.outlet) {
      w.sql.push(`EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND lower(m.outlet) = ?)`);
      w.params.push(f.outlet.toLowerCase());
    }
    if (f.modality) {
      w.sql.push(`EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND m.modality = ?)`);
      w.params.push(f.modality.toLowerCase());
    }
    return w;
  }

  private async actorRefs(ids: readonly number[]): Promise<Map<number, ActorRef>> {
    const out = new Map<number, ActorRef>();
    const list = uniq(ids);
    for (let i = 0; i < list.length; i += PAGE) {
      const page = list.slice(i, i + PAGE);
      const rows = await this.db.all(`SELECT * FROM actors WHERE id IN (${marks(page.length)})`, page);
      for (const r of rows) out.set(Number(r.id), actorRef(r));
    }
    return out;
  }

  /** Events rows → CorpusEvents with actors and mentions. */
  private async hydrate(rows: Row[]): Promise<CorpusEvent[]> {
    if (!rows.length) return [];
    const ids = rows.map((r) => Number(r.id));
    const roles = await this.db.all(`SELECT event_id, role, actor_id FROM event_actors WHERE event_id IN (${marks(ids.length)}) ORDER BY event_id, role, actor_id`, ids);
    const mentionRows = await this.db.all(
      `SELECT m.*, ar.id AS article_id, ar.title, ar.url, ar.text_length, ar.ingested_at FROM event_mentions m JOIN articles ar ON ar.seq = m.article_seq
        WHERE m.event_id IN (${marks(ids.length)}) ORDER BY m.event_id, m.id`,
      ids,
    );
    const actors = await this.actorRefs([...roles.map((r) => Number(r.actor_id)), ...rows.map((r) => num(r.place_actor)).filter((x): x is number => x !== null)]);
    const byEvent = new Map<number, CorpusEvent>();
    const events = rows.map((r): CorpusEvent => {
      const e: CorpusEvent = {
        id: Number(r.id),
        type: String(r.type),
        cameo: str(r.cameo),
        baseCode: str(r.base_code),
        rootCode: str(r.root_code),
        quadClass: num(r.quad_class),
        goldstein: num(r.goldstein),
        mode: str(r.mode),
        date: str(r.date),
        source: [],
        target: [],
        place: r.place_actor !== null && r.place_actor !== undefined ? actors.get(Number(r.place_actor)) ?? null : null,
        isRoot: Number(r.is_root) === 1,
        numMentions: Number(r.num_mentions),
        numSources: Number(r.num_sources),
        numArticles: Number(r.num_articles),
        firstSeen: String(r.date_added),
        sourceUrl: str(r.source_url),
        mentions: [],
      };
      byEvent.set(e.id, e);
      return e;
    });
    for (const r of roles) {
      const a = actors.get(Number(r.actor_id));
      const e = byEvent.get(Number(r.event_id));
      if (a && e) (r.role === 'source' ? e.source : e.target).push(a);
    }
    // Actor1 and Actor2 (GDELT's) lead their lists: the first source and target of the first report
    for (const r of rows) {
      const e = byEvent.get(Number(r.id))!;
      const lead = (list: ActorRef[], id: number | null) => {
        const i = list.findIndex((a) => a.id === id);
        if (i > 0) list.unshift(...list.splice(i, 1));
      };
      lead(e.source, num(r.source_actor));
      lead(e.target, num(r.target_actor));
    }
    for (const m of mentionRows) {
      byEvent.get(Number(m.event_id))?.mentions.push({
        article: String(m.article_id),
        title: str(m.title),
        url: str(m.url),
        outlet: str(m.outlet),
        published: str(m.published),
        sentence: num(m.sentence),
        trigger: { start: Number(m.trigger_start), end: Number(m.trigger_end) },
        triggerText: str(m.trigger_text),
        actor1Offset: num(m.actor1_offset),
        actor2Offset: num(m.actor2_offset),
        modality: String(m.modality),
        confidence: num(m.confidence),
        isRoot: Number(m.is_root) === 1,
        docLength: Number(m.text_length),
        ingested: String(m.ingested_at),
      } satisfies EventMention);
    }
    return events;
  }

  async events(f: Filter = {}): Promise<CorpusEvent[]> {
    const w = this.eventWhere(f);
    const rows = await this.db.all(
      `SELECT e.* FROM events e ${w.sql.length ? `WHERE ${w.sql.join(' AND ')}` : ''} ORDER BY e.day DESC NULLS LAST, e.id DESC LIMIT ?`,
      [...w.params, limitOf(f)],
    );
    return this.hydrate(rows);
  }

  async *eachEvent(f: Filter = {}): AsyncGenerator<CorpusEvent> {
    const w = this.eventWhere(f);
    let after = 0;
    let left = f.limit && f.limit > 0 ? f.limit : Infinity;
    while (left > 0) {
      const rows = await this.db.all(
        `SELECT e.* FROM events e WHERE ${[...w.sql, 'e.id > ?'].join(' AND ')} ORDER BY e.id LIMIT ?`,
        [...w.params, after, Math.min(PAGE, left)],
      );
      if (!rows.length) return;
      for (const e of await this.hydrate(rows)) yield e;
      left -= rows.length;
      after = Number(rows[rows.length - 1].id);
    }
  }

  async timeline(f: Filter = {}): Promise<TimelineBucket[]> {
    const w = this.eventWhere(f);
    const rows = await this.db.all(
      `SELECT e.date AS date, count(*) AS events, sum(e.num_mentions) AS mentions FROM events e
        WHERE ${[...w.sql, 'e.day IS NOT NULL'].join(' AND ')} GROUP BY e.date ORDER BY e.date`,
      w.params,
    );
    return rows.map((r) => ({ date: String(r.date), events: Number(r.events), mentions: Number(r.mentions) }));
  }

  async entities(f: Filter = {}): Promise<CorpusActor[]> {
    const w: Where = { sql: [], params: [] };
    if (f.actor) {
      const a = this.actorIds(f.actor);
      w.sql.push(`a.id IN (${a.sql})`);
      w.params.push(...a.params);
    }
    if (f.type) {
      w.sql.push(`a.type = ?`);
      w.params.push(f.type.toUpperCase());
    }
    if (f.outlet || f.since || f.until) {
      const inner: Where = { sql: ['aa.actor_id = a.id'], params: [] };
      if (f.outlet) {
        inner.sql.push(`lower(ar.outlet) = ?`);
        inner.params.push(f.outlet.toLowerCase());
      }
      this.dayFilter(inner, 'ar.published_day', f);
      w.sql.push(`EXISTS (SELECT 1 FROM article_actors aa JOIN articles ar ON ar.seq = aa.article_seq WHERE ${inner.sql.join(' AND ')})`);
      w.params.push(...inner.params);
    }
    const rows = await this.db.all(
      `SELECT a.* FROM actors a ${w.sql.length ? `WHERE ${w.sql.join(' AND ')}` : ''} ORDER BY a.articles DESC, a.mentions DESC, a.id LIMIT ?`,
      [...w.params, limitOf(f)],
    );
    if (!rows.length) return [];
    const ids = rows.map((r) => Number(r.id));
    const names = await this.db.all(`SELECT actor_id, name, count FROM actor_names WHERE actor_id IN (${marks(ids.length)}) ORDER BY actor_id, count DESC, name`, ids);
    const byActor = new Map<number, Array<{ name: string; count: number }>>();
    for (const n of names) {
      const list = byActor.get(Number(n.actor_id)) ?? [];
      list.push({ name: String(n.name), count: Number(n.count) });
      byActor.set(Number(n.actor_id), list);
    }
    return rows.map((r) => ({
      ...actorRef(r),
      key: String(r.key),
      names: byActor.get(Number(r.id)) ?? [],
      mentions: Number(r.mentions),
      articles: Number(r.articles),
      firstSeen: String(r.first_seen),
    }));
  }

  async quotes(f: Filter = {}): Promise<CorpusQuote[]> {
    const w: Where = { sql: [], params: [] };
    if (f.actor) {
      const a = this.actorIds(f.actor);
      w.sql.push(`q.speaker_actor IN (${a.sql})`);
      w.params.push(...a.params);
    }
    this.dayFilter(w, 'q.day', f);
    if (f.outlet) {
      w.sql.push(`lower(q.outlet) = ?`);
      w.params.push(f.outlet.toLowerCase());
    }
    if (f.text) {
      w.sql.push(`lower(q.content) LIKE ?`);
      w.params.push(`%${f.text.toLowerCase()}%`);
    }
    const rows = await this.db.all(
      `SELECT q.*, ar.id AS article_id, ar.url, ar.published FROM quotes q JOIN articles ar ON ar.seq = q.article_seq
        ${w.sql.length ? `WHERE ${w.sql.join(' AND ')}` : ''} ORDER BY q.day DESC NULLS LAST, q.id DESC LIMIT ?`,
      [...w.params, limitOf(f)],
    );
    const speakers = await this.actorRefs(rows.map((r) => num(r.speaker_actor)).filter((x): x is number => x !== null));
    return rows.map((r) => ({
      id: Number(r.id),
      article: String(r.article_id),
      url: str(r.url),
      outlet: str(r.outlet),
      published: str(r.published),
      date: str(r.date),
      kind: String(r.kind),
      speaker: r.speaker_actor !== null && r.speaker_actor !== undefined ? speakers.get(Number(r.speaker_actor)) ?? null : null,
      speakerName: str(r.speaker_name),
      cue: str(r.cue),
      content: String(r.content),
      spans: {
        source: r.source_start !== null && r.source_start !== undefined ? { start: Number(r.source_start), end: Number(r.source_end) } : null,
        cue: { start: Number(r.cue_start), end: Number(r.cue_end) },
        content: { start: Number(r.content_start), end: Number(r.content_end) },
      },
    }));
  }

  async series(f: Filter = {}): Promise<Series[]> {
    const w: Where = { sql: [], params: [] };
    if (f.text) {
      w.sql.push(`s.key LIKE ?`);
      w.params.push(`%${normMeasure(f.text)}%`);
    }
    const pw: Where = { sql: [], params: [] };
    if (f.actor) {
      const a = this.actorIds(f.actor);
      pw.sql.push(`p.said_by_actor IN (${a.sql})`);
      pw.params.push(...a.params);
    }
    if (f.outlet) {
      pw.sql.push(`lower(p.outlet) = ?`);
      pw.params.push(f.outlet.toLowerCase());
    }
    this.dayFilter(pw, 'p.day', f);
    if (pw.sql.length) {
      w.sql.push(`EXISTS (SELECT 1 FROM series_points p WHERE p.series_id = s.id AND ${pw.sql.join(' AND ')})`);
      w.params.push(...pw.params);
    }
    const rows = await this.db.all(
      `SELECT s.* FROM series s ${w.sql.length ? `WHERE ${w.sql.join(' AND ')}` : ''} ORDER BY s.points DESC, s.id LIMIT ?`,
      [...w.params, limitOf(f)],
    );
    if (!rows.length) return [];
    const ids = rows.map((r) => Number(r.id));
    const points = await this.db.all(
      `SELECT p.*, ar.id AS article_id, ar.published FROM series_points p JOIN articles ar ON ar.seq = p.article_seq
        WHERE ${[`p.series_id IN (${marks(ids.length)})`, ...pw.sql].join(' AND ')} ORDER BY p.series_id, p.day, p.time, p.id`,
      [...ids, ...pw.params],
    );
    const by = new Map<number, SeriesPoint[]>();
    for (const p of points) {
      const list = by.get(Number(p.series_id)) ?? [];
      list.push({
        value: Number(p.value),
        unit: str(p.unit),
        time: str(p.time),
        saidBy: str(p.said_by_name),
        saidByActor: num(p.said_by_actor),
        article: String(p.article_id),
        outlet: str(p.outlet),
        published: str(p.published),
        measure: str(p.measure_text),
        span: { start: Number(p.span_start), end: Number(p.span_end) },
      });
      by.set(Number(p.series_id), list);
    }
    return rows.map((r) => ({ id: Number(r.id), measure: String(r.measure), unit: str(r.unit), per: str(r.per), points: by.get(Number(r.id)) ?? [] }));
  }

  async search(query: string, f: Filter = {}): Promise<SearchHit[]> {
    if (!query.trim()) throw new StoreError('search: give some words to look for');
    const w: Where = { sql: [], params: [] };
    if (f.outlet) {
      w.sql.push(`lower(ar.outlet) = ?`);
      w.params.push(f.outlet.toLowerCase());
    }
    this.dayFilter(w, 'ar.published_day', f);
    const rows = await this.searchRows(query, w, limitOf(f));
    return rows.map((r) => ({
      article: String(r.id),
      title: str(r.title),
      url: str(r.url),
      outlet: str(r.outlet),
      published: str(r.published),
      snippet: String(r.snippet ?? '').replace(/\s+/g, ' ').trim(),
      rank: Number(r.rank),
    }));
  }

  async network(f: Filter = {}): Promise<Network> {
    const w = this.eventWhere(f);
    const rows = await this.db.all(
      `SELECT s.actor_id AS source, t.actor_id AS target, count(*) AS events, sum(e.num_mentions) AS mentions, avg(e.goldstein) AS goldstein,
              ${this.distinctList('e.type')} AS types
         FROM events e JOIN event_actors s ON s.event_id = e.id AND s.role = 'source' JOIN event_actors t ON t.event_id = e.id AND t.role = 'target'
        ${w.sql.length ? `WHERE ${w.sql.join(' AND ')}` : ''} GROUP BY s.actor_id, t.actor_id ORDER BY s.actor_id, t.actor_id`,
      w.params,
    );
    const edges = rows.map((r) => ({
      source: Number(r.source),
      target: Number(r.target),
      events: Number(r.events),
      mentions: Number(r.mentions),
      goldstein: num(r.goldstein),
      types: String(r.types ?? '').split(',').filter(Boolean).sort(),
    }));
    const actors = await this.actorRefs(edges.flatMap((e) => [e.source, e.target]));
    return { nodes: [...actors.values()].sort((a, b) => a.id - b.id), edges };
  }

  async checkIntegrity(): Promise<string[]> {
    const problems: string[] = [];
    const articles = await this.db.all(
      `SELECT ar.id, ar.n_events, ar.n_quotes, ar.n_entities, ar.n_points,
              (SELECT count(*) FROM event_mentions m WHERE m.article_seq = ar.seq) AS events,
              (SELECT count(*) FROM quotes q WHERE q.article_seq = ar.seq) AS quotes,
              (SELECT count(*) FROM article_actors aa WHERE aa.article_seq = ar.seq) AS entities,
              (SELECT count(*) FROM series_points p WHERE p.article_seq = ar.seq) AS points
         FROM articles ar`,
    );
    for (const a of articles) {
      for (const k of ['events', 'quotes', 'entities', 'points'] as const) {
        if (Number(a[`n_${k}`]) !== Number(a[k])) problems.push(`article ${a.id}: ${a[`n_${k}`]} ${k} in its document, ${a[k]} stored`);
      }
    }
    const events = await this.db.all(
      `SELECT e.id, e.num_mentions, e.num_articles, e.num_sources,
              (SELECT count(*) FROM event_mentions m WHERE m.event_id = e.id) AS m,
              (SELECT count(DISTINCT m.article_seq) FROM event_mentions m WHERE m.event_id = e.id) AS a,
              (SELECT count(DISTINCT m.source_key) FROM event_mentions m WHERE m.event_id = e.id) AS s
         FROM events e`,
    );
    for (const e of events) {
      if (Number(e.num_mentions) !== Number(e.m) || Number(e.num_articles) !== Number(e.a) || Number(e.num_sources) !== Number(e.s)) {
        problems.push(`event ${e.id}: counts ${e.num_mentions}/${e.num_articles}/${e.num_sources}, mentions say ${e.m}/${e.a}/${e.s}`);
      }
    }
    const stuck = await this.db.all(`SELECT j.content_hash FROM jobs j WHERE j.state = 'done' AND NOT EXISTS (SELECT 1 FROM articles ar WHERE ar.content_hash = j.content_hash)`);
    for (const j of stuck) problems.push(`job ${j.content_hash}: done, but no article with that content`);
    return problems;
  }
}

function actorRef(r: Row): ActorRef {
  const lat = num(r.lat);
  const lon = num(r.lon);
  return {
    id: Number(r.id),
    name: String(r.name),
    type: String(r.type),
    code: str(r.code) || null,
    country: str(r.country),
    sector: str(r.sector),
    kb: str(r.kb),
    geo: lat !== null && lon !== null ? { lat, lon, ...(r.geonameid !== null && r.geonameid !== undefined ? { geonameid: Number(r.geonameid) } : {}) } : null,
  };
}

function limitOf(f: Filter): number {
  const n = f.limit ?? DEFAULT_LIMIT;
  return n > 0 ? n : 1_000_000_000;
}

function checkDate(s: string, what: string): string {
  const d = dateOf(s);
  if (!d || !/^\d{4}-\d{2}-\d{2}$/.test(s)) throw new StoreError(`--${what} must be a date YYYY-MM-DD, not "${s}"`);
  return d;
}
