import type { Entity, EntityType, Span } from '../../core/types.js';

interface FlatMention {
  start: number;
  end: number;
  kind: string;
  type: EntityType;
  entity: string;
  country?: string;
}

/**
 * Ways of naming an office without its title: "the premier", "the head of the Armenian government",
 * "the head of state", "the top diplomat". Each pattern lists the titles that hold the office.
 */
const OFFICES: ReadonlyArray<[RegExp, readonly string[]]> = [
  [/\b(?:premier|prime minister|head of (?:the )?(?:\w+ )?government)\b/, ['prime minister', 'premier', 'chancellor']],
  [/\b(?:head of state|president)\b/, ['president']],
  [/\b(?:(?:top|chief) diplomat|foreign minister|head of (?:the )?(?:\w+ )?(?:foreign ministry|ministry of foreign affairs|foreign office|diplomacy))\b/, ['foreign minister', 'minister of foreign affairs', 'secretary of state', 'foreign secretary']],
  [/\b(?:defen[cs]e minister|head of (?:the )?(?:\w+ )?(?:defen[cs]e ministry|ministry of defen[cs]e))\b/, ['defense minister', 'defence minister', 'minister of defense', 'minister of defence']],
  [/\bleader\b/, ['president', 'prime minister', 'premier', 'chancellor', 'leader', 'chairman', 'king', 'emir']],
];

/** Words for a state acting as a whole: "the Russian side", "the Azerbaijani authorities". */
const STATE_BODIES = /^(?:the\s+)?\p{L}+\s+(?:side|authorities|government|leadership)$/iu;

const TYPE_RANK: Partial<Record<EntityType, number>> = { PERSON: 0, ORG: 1, GPE: 2, NORP: 3 };
const PERSONAL = /^(?:he|him|his|she|her|hers|himself|herself)$/i;
const GROUP = /^(?:they|them|their|themselves)$/i;
const NEUTER = /^(?:it|its|itself)$/i;
/** How far back a pronoun looks for its antecedent, in characters. */
const PRONOUN_REACH = 1500;
const NOMINAL_REACH = 6000;
/** Mentions are short: one overlapping a source starts at most this far before it. */
const MENTION_REACH = 400;

/** Links the words naming a speaker to an entity: by an overlapping mention, or by a small pronoun and title resolver. */
export class SpeakerResolver {
  private readonly mentions: FlatMention[];

  constructor(
    private readonly text: string,
    entities: readonly Entity[],
  ) {
    this.mentions = [];
    for (const e of entities) for (const m of e.mentions) this.mentions.push({ start: m.start, end: m.end, kind: m.kind, type: e.type, entity: e.id, country: e.country ?? undefined });
    this.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
    this.roles = new Map(entities.map((e) => [e.id, (e.roles ?? []).map((r) => r.title.toLowerCase())]));
    for (const e of entities) if (e.type === 'GPE' && e.country && e.kb === `country:${e.country}`) this.states.set(e.country, e.id);
  }

  /** The article's entity for each state it names, by country code. */
  private readonly states = new Map<string, string>();

  private readonly roles: Map<string, string[]>;

  resolve(source: Span | null): string | null {
    if (!source || !this.mentions.length) return null;
    const inside: FlatMention[] = [];
    for (let i = this.lastIndexBefore(source.end); i >= 0; i--) {
      const m = this.mentions[i];
      if (m.start < source.start - MENTION_REACH) break;
      // "Kobakhidze's deputy said": a person who is only the possessor is not the one speaking
      // "its correspondent in the South Caucasus", "maps of the region": a region or site after a
      // preposition says where, not who
      if (m.end > source.start && !(m.type === 'PERSON' && m.end < source.end && this.possessor(m)) && !this.placeAfterPreposition(m, source.start)) inside.push(m);
    }
    inside.reverse();
    const words = this.text.slice(source.start, source.end).trim();
    // "the Armenian premier", "the head of the Azerbaijani government": a nationality names the
    // office holder's country, not the speaker
    if (inside.length && inside.every((m) => m.type === 'NORP' || m.type === 'GPE') && /^(?:the|this|that)\s/i.test(words)) {
      const holder = this.byOffice(source.start, words.toLowerCase(), inside[0].country);
      if (holder) return holder;
    }
    // "the Russian side", "the Azerbaijani authorities": the state itself, when the article names it
    if (inside.length && inside.every((m) => m.type === 'NORP') && STATE_BODIES.test(words) && inside[0].country && this.states.has(inside[0].country)) return this.states.get(inside[0].country)!;
    if (inside.length) return this.best(inside);
    if (PERSONAL.test(words)) return this.before(source.start, PRONOUN_REACH, (m) => m.type === 'PERSON');
    if (NEUTER.test(words)) return this.before(source.start, PRONOUN_REACH, (m) => m.type === 'ORG' || m.type === 'GPE');
    if (GROUP.test(words)) return this.before(source.start, PRONOUN_REACH, (m) => m.type === 'ORG' || m.type === 'GPE' || m.type === 'NORP');
    const nominal = /^(?:the|this|that)\s+(.+)$/i.exec(words);
    if (nominal) return this.byOffice(source.start, nominal[1].toLowerCase()) ?? this.byTitle(source.start, nominal[1].toLowerCase());
    return null;
  }

  /** Among mentions inside a source: people first; the head of "title Name" is the name. */
  private best(inside: FlatMention[]): string {
    let best = inside[0];
    for (const m of inside) {
      const rb = TYPE_RANK[best.type] ?? 9;
      const rm = TYPE_RANK[m.type] ?? 9;
      if (rm < rb) best = m;
      else if (rm === rb && m.kind === 'name' && best.kind !== 'name') best = m;
    }
    return best.entity;
  }

  private placeAfterPreposition(m: FlatMention, from: number): boolean {
    if (m.type !== 'LOC' && m.type !== 'FAC') return false;
    const before = this.text.slice(Math.max(from, m.start - 12), m.start).toLowerCase();
    return /\b(?:in|of|at|from|near|across|around|on)\s+(?:the\s+)?$/.test(before);
  }

  /** Whether the mention is followed by a possessive "'s" and then more words. */
  private possessor(m: FlatMention): boolean {
    return /^['’]s?\s+\p{L}/u.test(this.text.slice(m.end, m.end + 4));
  }

  private before(at: number, reach: number, ok: (m: FlatMention) => boolean): string | null {
    for (let i = this.lastIndexBefore(at); i >= 0; i--) {
      const m = this.mentions[i];
      if (m.end > at) continue;
      if (at - m.end > reach) break;
      if (ok(m) && (m.kind === 'name' || m.kind === 'metonym')) return m.entity;
    }
    return null;
  }

  /** "the premier", "the head of state": the latest person holding that office (of that country, when one is named). */
  private byOffice(at: number, phrase: string, country?: string): string | null {
    const titles = OFFICES.find(([re]) => re.test(phrase))?.[1];
    return titles ? this.latestHolder(at, titles, country) : null;
  }

  /** "the minister": the latest person introduced with that title. */
  private byTitle(at: number, phrase: string): string | null {
    const head = phrase.split(/\s+/).pop() ?? '';
    if (head.length < 3 || /^(?:source|sources|official|officials|report|statement|people|person|man|woman|group)$/.test(head)) return null;
    return this.latestHolder(at, [head]);
  }

  /** The latest person before `at` introduced with (or holding) one of the titles, of `country` when given. */
  private latestHolder(at: number, titles: readonly string[], country?: string): string | null {
    for (let i = this.lastIndexBefore(at); i >= 0; i--) {
      const m = this.mentions[i];
      if (m.type !== 'PERSON' || m.end > at) continue;
      if (at - m.end > NOMINAL_REACH) break;
      if (country && m.country !== country) continue;
      const lead = this.text.slice(Math.max(0, m.start - 60), m.start).toLowerCase();
      const roles = this.roles.get(m.entity) ?? [];
      if (titles.some((t) => lead.includes(t) || roles.some((r) => r.includes(t)))) return m.entity;
    }
    return null;
  }


  private lastIndexBefore(at: number): number {
    let lo = 0;
    let hi = this.mentions.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < at) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }
}
