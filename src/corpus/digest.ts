// One Document JSON → everything the store writes for it: the article row, its actors (by merge
// key), its event mentions (with merge keys and dates), quotes, series points and near-copy
// signature. Pure: no store access, so both stores write exactly the same rows.
import { createHash } from 'node:crypto';
import type { Entity } from '../core/types.js';
import type { DocumentJson } from '../output/document-json.js';
import { actorCode, actorKey, isSingleWordPerson, lastNameOf } from './actors.js';
import { cameoFacts, eventDate, mergeKey } from './events.js';
import { bands, signature } from './near-duplicates.js';
import { dateOf, dayNumber, hostOf, normName } from './normalize.js';
import { seriesKey } from './series.js';

export interface DigestActor {
  key: string;
  name: string;
  norm: string;
  type: string;
  code: string;
  country: string | null;
  sector: string | null;
  kb: string | null;
  lat: number | null;
  lon: number | null;
  geonameid: number | null;
  lastName: string | null;
  /** A one-word person name that may resolve to a unique full-named actor with that last name. */
  surnameOnly: boolean;
  mentions: number;
  entityIds: string[];
}

export interface DigestEventMention {
  localId: string;
  type: string;
  mode: string | null;
  cameo: string | null;
  baseCode: string | null;
  rootCode: string | null;
  quadClass: number | null;
  goldstein: number | null;
  date: string | null;
  day: number | null;
  sourceKeys: string[];
  targetKeys: string[];
  placeKey: string | null;
  mergeKey: string;
  sentence: number;
  triggerStart: number;
  triggerEnd: number;
  triggerText: string;
  actor1Offset: number | null;
  actor2Offset: number | null;
  /** Actor key → where that participant is named in the event's sentence (else its first mention). */
  participantOffsets: Record<string, number | null>;
  modality: string;
  confidence: number;
  isRoot: boolean;
}

export interface DigestQuote {
  localId: string;
  kind: string;
  speakerKey: string | null;
  speakerName: string | null;
  source: [number, number] | null;
  cue: [number, number];
  cueText: string;
  content: [number, number];
  contentText: string;
  date: string | null;
  day: number | null;
}

export interface DigestPoint {
  seriesKey: string;
  measure: string;
  unit: string | null;
  per: string | null;
  value: number;
  time: string | null;
  saidByKey: string | null;
  saidByName: string | null;
  quoteLocalId: string | null;
  start: number;
  end: number;
}

export interface ArticleDigest {
  id: string;
  contentHash: string;
  text: string;
  /** The Document JSON without its text (the text is stored once, in its own column). */
  docJson: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  /** Distinct-source identity: the outlet (lower case), else the URL's host, else the article itself. */
  sourceKey: string;
  published: string | null;
  publishedDay: number | null;
  input: string | null;
  signature: number[];
  bands: string[];
  actors: DigestActor[];
  /** Entity id → actor key. */
  entityActor: Record<string, string>;
  events: DigestEventMention[];
  quotes: DigestQuote[];
  points: DigestPoint[];
}

/** SHA-256 of the text: the same text is the same article, whatever its id or metadata. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function firstMentionIn(e: Entity | undefined, start: number, end: number): number | null {
  if (!e?.mentions.length) return null;
  const inside = e.mentions.find((m) => m.start >= start && m.end <= end);
  return (inside ?? e.mentions[0]).start;
}

export function digestDocument(doc: DocumentJson): ArticleDigest {
  const { text, meta } = doc;
  const published = dateOf(meta.published);
  const outlet = meta.outlet?.trim() || hostOf(meta.url) || null;
  const sourceKey = outlet ? outlet.toLowerCase() : `article:${doc.id}`;

  // actors: one per merge key, entities of the same key in one article added up
  const byKey = new Map<string, DigestActor>();
  const entityActor: Record<string, string> = {};
  const entities = new Map(doc.entities.map((e) => [e.id, e]));
  for (const e of doc.entities) {
    const key = actorKey(e);
    entityActor[e.id] = key;
    const a = byKey.get(key);
    if (a) {
      a.mentions += e.mentions.length;
      a.entityIds.push(e.id);
      continue;
    }
    byKey.set(key, {
      key,
      name: e.name,
      norm: normName(e.name),
      type: e.type,
      code: actorCode(e),
      country: e.country ?? null,
      sector: e.sector ?? null,
      kb: e.kb ?? null,
      lat: e.geo?.lat ?? null,
      lon: e.geo?.lon ?? null,
      geonameid: e.geo?.geonameid ?? null,
      lastName: lastNameOf(e.type, e.name),
      surnameOnly: !e.kb && isSingleWordPerson(e.type, e.name),
      mentions: e.mentions.length,
      entityIds: [e.id],
    });
  }

  // the lead: the headline and the first body paragraph
  const firstBody = doc.paragraphs.find((p) => p.role === 'body');
  const leadEnd = firstBody?.end ?? doc.paragraphs[0]?.end ?? text.length;

  const keysOf = (ids: readonly string[]) => ids.map((id) => entityActor[id]).filter((k): k is string => !!k);
  const events: DigestEventMention[] = doc.events.map((ev) => {
    const date = eventDate(ev, published);
    const sourceKeys = keysOf(ev.source);
    const targetKeys = keysOf(ev.target);
    const sent = doc.sentences[ev.sentence] ?? { start: ev.trigger.start, end: ev.trigger.end };
    const facts = cameoFacts(ev.cameo, ev.type);
    return {
      localId: ev.id,
      type: ev.type,
      mode: ev.mode ?? null,
      cameo: facts.eventCode,
      baseCode: facts.baseCode,
      rootCode: facts.rootCode,
      quadClass: facts.quadClass,
      goldstein: facts.goldstein,
      date,
      day: dayNumber(date),
      sourceKeys,
      targetKeys,
      placeKey: ev.place ? entityActor[ev.place] ?? null : null,
      mergeKey: mergeKey(ev.type, sourceKeys, targetKeys, `${doc.id}#${ev.id}`),
      sentence: ev.sentence,
      triggerStart: ev.trigger.start,
      triggerEnd: ev.trigger.end,
      triggerText: text.slice(ev.trigger.start, ev.trigger.end),
      actor1Offset: firstMentionIn(entities.get(ev.source[0]), sent.start, sent.end),
      actor2Offset: firstMentionIn(entities.get(ev.target[0]), sent.start, sent.end),
      participantOffsets: Object.fromEntries(
        [...ev.source, ...ev.target].filter((id) => entityActor[id]).map((id) => [entityActor[id], firstMentionIn(entities.get(id), sent.start, sent.end)]),
      ),
      modality: ev.modality,
      confidence: ev.confidence,
      isRoot: sent.start < leadEnd,
    };
  });

  const quotesById = new Map(doc.quotes.map((q) => [q.id, q]));
  const quotes: DigestQuote[] = doc.quotes.map((q) => {
    const date = dateOf(q.date) ?? published;
    const speaker = q.speaker ? entities.get(q.speaker) : undefined;
    return {
      localId: q.id,
      kind: q.kind,
      speakerKey: q.speaker ? entityActor[q.speaker] ?? null : null,
      speakerName: speaker?.name ?? (q.source ? text.slice(q.source.start, q.source.end) : null),
      source: q.source ? [q.source.start, q.source.end] : null,
      cue: [q.cue.start, q.cue.end],
      cueText: text.slice(q.cue.start, q.cue.end),
      content: [q.content.start, q.content.end],
      contentText: text.slice(q.content.start, q.content.end),
      date,
      day: dayNumber(date),
    };
  });

  const points: DigestPoint[] = [];
  for (const n of doc.quantities) {
    if (!n.measure) continue;
    const measure = text.slice(n.measure.start, n.measure.end);
    const key = seriesKey(measure, n.unit, n.per);
    if (!key) continue;
    const quote = n.attribution ? quotesById.get(n.attribution) : undefined;
    const speaker = quote?.speaker ? entities.get(quote.speaker) : n.attribution ? entities.get(n.attribution) : undefined;
    points.push({
      seriesKey: key,
      measure: measure.replace(/\s+/g, ' ').trim(),
      unit: n.unit ?? null,
      per: n.per ?? null,
      value: n.value,
      time: n.time ?? published,
      saidByKey: speaker ? entityActor[speaker.id] ?? null : null,
      saidByName: speaker?.name ?? (quote?.source ? text.slice(quote.source.start, quote.source.end) : outlet),
      quoteLocalId: quote?.id ?? null,
      start: n.start,
      end: n.end,
    });
  }

  const sig = signature(text, doc.inserts);
  const { text: _text, ...rest } = doc;
  return {
    id: doc.id,
    contentHash: contentHash(text),
    text,
    docJson: JSON.stringify(rest),
    title: meta.title ?? null,
    url: meta.url ?? null,
    outlet,
    sourceKey,
    published,
    publishedDay: dayNumber(published),
    input: meta.input ?? null,
    signature: sig,
    bands: bands(sig),
    actors: [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    entityActor,
    events,
    quotes,
    points,
  };
}
