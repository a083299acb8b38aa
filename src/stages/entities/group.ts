import type { Entity, EntityType, Mention, Role } from '../../core/types.js';
import type { Knowledge } from '../../kb/index.js';
import type { RawMention } from './recognise.js';

const TYPE_RANK: Record<EntityType, number> = { PERSON: 6, ORG: 5, GPE: 4, FAC: 3, LOC: 2, NORP: 1, LAW: 1, EVENT: 1, PRODUCT: 0, WORK: 0 };

interface Group {
  key: string;
  mentions: RawMention[];
}

/**
 * Groups name mentions into entities: one entity per key, a surname joins the full name
 * mentioned in the same article ("Mishustin" → "Mikhail Mishustin"), and a bare name
 * takes the type the article gives it elsewhere.
 */
export function groupMentions(raw: RawMention[], kb: Knowledge): Entity[] {
  // full person names by their last token, for surname mentions
  const bySurname = new Map<string, string>();
  /** Where each surname's full name is first mentioned. */
  const surnameFrom = new Map<string, number>();
  const byFirstLast = new Map<string, string>();
  const byFirstWord = new Map<string, string | null>();
  for (const m of raw) {
    if (m.type !== 'PERSON' || !m.key.startsWith('person:')) continue;
    const parts = m.text.split(/\s+/);
    // a surname alone counts when a title introduced it: "President Clinton" names the Clinton of later mentions
    if (parts.length < 2 && !m.role) continue;
    const last = parts[parts.length - 1].toLowerCase();
    // an Arabic surname is also written without its article: "Haider al-Abadi" ... "Abadi said"
    const bare = last.replace(/^(?:al|el)-(?=\p{L}{3})/u, '');
    for (const surname of new Set([last, bare])) {
      if (bySurname.has(surname)) continue;
      bySurname.set(surname, m.key);
      // (a country's name is taken for a surname only after a given name: "Neil Jordan", not "Trend Iran")
      if (kb.isFirstName(parts[0])) surnameFrom.set(surname, m.start);
    }
    byFirstLast.set(m.key, m.key);
    // the first word of a two-word name, for "Wang" after "Wang Dan" or "Nancy" after "Nancy Reagan"; two people sharing it name neither
    if (parts.length === 2) {
      const first = parts[0].toLowerCase();
      byFirstWord.set(first, byFirstWord.has(first) && byFirstWord.get(first) !== m.key ? null : m.key);
    }
  }
  adoptNamedElsewhere(raw);
  const groups = new Map<string, Group>();
  for (const m of raw) {
    let key = m.key;
    const guessed = !m.kb && /^(?:name|city|org|misc|loc|drop|person):/.test(m.key);
    // a capital is also a surname: "MaliVai Washington ... Washington fell short" is the player, not the government
    const capital = m.place === 'capital' || (m.kind === 'metonym' && m.key.startsWith('country:') && m.text !== kb.country(m.key.slice(8))?.name);
    // so is a country's name once the article has named someone by it: "Neil Jordan ... Jordan said"
    const countryAfterPerson = m.key.startsWith('country:') && m.kind === 'name' && (surnameFrom.get(m.text.toLowerCase()) ?? Infinity) < m.start;
    if ((guessed || capital || countryAfterPerson) && !m.text.includes(' ')) {
      const bare = m.text.toLowerCase().replace(/['’]s$/, '');
      const full = bySurname.get(bare) ?? (guessed && !m.key.startsWith('org:') ? byFirstWord.get(bare) ?? undefined : undefined);
      if (full && full !== m.key) {
        key = full;
        m.type = 'PERSON';
        if (capital || countryAfterPerson) {
          m.kind = 'name';
          m.country = m.sector = m.kb = m.place = undefined;
        }
      }
    }
    else if (m.key.startsWith('name:')) key = `person:${m.key.slice(5)}`;
    if (key.startsWith('drop:')) continue;
    // a well-known person by surname alone, when the article does not name another with that surname
    if (key.startsWith('person:') && !m.text.includes(' ') && !bySurname.has(m.text.toLowerCase())) {
      const pr = kb.personBySurname(m.text);
      if (pr) key = `person:${pr.name.toLowerCase()}`;
    }
    const g = groups.get(key);
    if (g) g.mentions.push(m);
    else groups.set(key, { key, mentions: [m] });
  }
  const entities: Entity[] = [];
  for (const g of groups.values()) {
    const ms = g.mentions;
    const names = ms.filter((m) => m.kind === 'name');
    // the longest name; of two as long, one not in capitals ("Seoul", not the dateline's "SEOUL")
    const shouted = (t: string) => t.length > 3 && t === t.toUpperCase() && /\p{Lu}{4}/u.test(t);
    const best = (names.length ? names : ms).reduce((a, b) => (b.text.length > a.text.length || (b.text.length === a.text.length && shouted(a.text) && !shouted(b.text)) ? b : a));
    const type = ms.map((m) => m.type).reduce((a, b) => (TYPE_RANK[b] > TYPE_RANK[a] ? b : a));
    const country = ms.find((m) => m.country)?.country;
    const sector = ms.find((m) => m.sector)?.sector;
    const kbId = ms.find((m) => m.kb)?.kb;
    const roles: Role[] = [];
    for (const m of ms) if (m.role && !roles.some((r) => r.title === m.role!.title && r.evidence.start === m.role!.evidence.start)) roles.push({ title: m.role.title, evidence: m.role.evidence, ...(m.role.ofKey ? { of: m.role.ofKey } : {}) });
    let name = best.text.replace(/^the\s+/i, (s) => (type === 'ORG' && /^The /.test(best.text) ? s : ''));
    if (g.key.startsWith('country:')) name = kb.country(g.key.slice(8))?.name ?? name;
    if (g.key.startsWith('admin1:')) name = kb.admin1(best.text)?.name ?? name;
    if (g.key.startsWith('org:') && kbId?.startsWith('org:')) name = kb.organizationById(kbId.slice(4))?.name ?? name;
    const mentions: Mention[] = ms.map((m) => ({ start: m.start, end: m.end, kind: m.kind }));
    entities.push({ id: '', type, name, ...(country ? { country } : {}), ...(sector ? { sector } : {}), ...(roles.length ? { roles } : {}), ...(kbId ? { kb: kbId } : {}), mentions, _key: g.key, _place: ms.find((m) => m.place)?.place } as Entity);
  }
  entities.sort((a, b) => a.mentions[0].start - b.mentions[0].start);
  const ids = new Map<string, string>();
  entities.forEach((e, i) => {
    e.id = `e${i + 1}`;
    ids.set((e as unknown as { _key: string })._key, e.id);
  });
  // roles point at entity ids
  for (const e of entities) for (const r of e.roles ?? []) if (r.of) r.of = ids.get(r.of) ?? undefined;
  for (const e of entities) for (const r of e.roles ?? []) if (!r.of) delete r.of;
  return entities;
}

/**
 * One name, one reading per article: a word the recogniser set aside (a sentence opener, a chunk the
 * model took for a common word) is a name when the article names the same string elsewhere, and
 * takes that mention's type: "Interfax said ..." after "the Interfax news agency".
 */
function adoptNamedElsewhere(raw: RawMention[]): void {
  const named = new Map<string, RawMention>();
  for (const m of raw) if (!m.key.startsWith('drop:') && m.kind === 'name' && !named.has(m.text)) named.set(m.text, m);
  for (const m of raw) {
    if (!m.key.startsWith('drop:')) continue;
    const other = named.get(m.text);
    if (!other) continue;
    Object.assign(m, { type: other.type, key: other.key, country: other.country, sector: other.sector, kb: other.kb, place: other.place });
  }
}
