import type { Entity } from '../../core/types.js';
import type { Knowledge, PlaceRecord } from '../../kb/index.js';

type Placed = Entity & { _place?: 'country' | 'capital' | 'city' | 'region' | 'admin1' | 'unknown' };

/**
 * Coordinates for places, chosen with the article's context in the manner of Mordecai: a
 * candidate in a country the article mentions beats a more populous one elsewhere.
 */
export function resolveGeo(entities: Placed[], kb: Knowledge): void {
  // how often each country is mentioned: the article's geographic focus
  const focus = new Map<string, number>();
  for (const e of entities) if (e.country && e.country.length === 3 && e.country !== 'IGO' && e.country !== 'NGO') focus.set(e.country, (focus.get(e.country) ?? 0) + e.mentions.length);
  // states and provinces the article names: a city there beats a namesake elsewhere
  const admins = new Set<string>();
  for (const e of entities) {
    if (e._place !== 'admin1') continue;
    const a = kb.admin1(e.name);
    const c = a && kb.country(a.country);
    if (a && c) admins.add(`${c.iso2}-${a.code}`);
  }
  const pending: Placed[] = [];
  for (const e of entities) {
    if (!['GPE', 'LOC', 'FAC'].includes(e.type)) continue;
    // a country named like a state ("Georgia") in an article about that state's country is the state
    if (e._place === 'country' && e.kb?.startsWith('country:')) {
      const a = kb.admin1(e.name);
      if (a && a.country !== e.country && (focus.get(a.country) ?? 0) > (focus.get(e.country ?? '') ?? 0) - e.mentions.length) {
        e.country = a.country;
        e.kb = `admin1:${a.country}-${a.code}`;
        e._place = 'admin1';
      }
    }
    const place = e._place;
    if (place === 'admin1') {
      const a = kb.admin1(e.name);
      if (a) e.geo = { lat: a.lat, lon: a.lon, country: a.country };
      continue;
    }
    if (place === 'country' || (e.kb?.startsWith('country:') && place !== 'capital')) {
      const c = kb.country(e.country ?? '');
      if (c) e.geo = { lat: c.lat, lon: c.lon, country: c.iso3 };
      continue;
    }
    if (place === 'region') {
      const r = kb.region(e.name);
      if (r) e.geo = { lat: r.lat, lon: r.lon, ...(r.country ? { country: r.country } : {}) };
      continue;
    }
    pending.push(e);
  }
  // populated places in two passes: the places resolved first (and the states they lie in) sharpen the focus for the rest
  for (let pass = 0; pass < 2; pass++) {
    const chosen = new Map<Placed, PlaceRecord>();
    for (const e of pending) {
      const candidates = candidatesFor(e, kb);
      if (!candidates.length) continue;
      // a capital used as a place competes with its namesakes ("Paris, Texas") on context, not on its country
      chosen.set(e, pick(candidates, focus, e._place === 'capital' ? undefined : e.country, kb, admins, e));
    }
    if (pass === 0) {
      for (const [e, c] of chosen) {
        const iso3 = kb.countryByIso2(c.country2)?.iso3;
        if (iso3 && !e.country) focus.set(iso3, (focus.get(iso3) ?? 0) + e.mentions.length);
        // a place the article names unambiguously (one candidate) tells which state it is about
        if (candidatesFor(e, kb).length === 1 && c.country2 === 'US') admins.add(`US-${c.admin1}`);
      }
      continue;
    }
    for (const [e, best] of chosen) {
      const iso3 = kb.countryByIso2(best.country2)?.iso3;
      e.geo = { lat: best.lat, lon: best.lon, geonameid: best.geonameid, ...(iso3 ? { country: iso3 } : {}) };
      if (iso3 && (!e.country || e._place === 'capital')) e.country = iso3;
    }
  }
}

/** Populated places an entity may be: by its name, or for "X County"/"X Parish"/"X District" by X. */
function candidatesFor(e: Placed, kb: Knowledge): PlaceRecord[] {
  const direct = kb.places(e.name);
  if (direct.length) return direct;
  const m = /^(.+?)\s+(?:County|Parish|District|Township|Borough|Province|Region|Valley)$/.exec(e.name);
  return m ? kb.places(m[1]) : [];
}

function pick(candidates: PlaceRecord[], focus: Map<string, number>, country: string | undefined, kb: Knowledge, admins: Set<string>, self?: Placed): PlaceRecord {
  // the entity's own mentions do not count as context for it
  const own = self?.country ? self.mentions.length : 0;
  let best = candidates[0];
  let bestScore = -Infinity;
  for (const c of candidates.slice(0, 50)) {
    const iso3 = kb.countryByIso2(c.country2)?.iso3 ?? '';
    let s = Math.log10(c.population + 10);
    if (country && iso3 === country) s += 10;
    s += Math.min(4, 2 * Math.log2(1 + Math.max(0, (focus.get(iso3) ?? 0) - (iso3 === self?.country ? own : 0))));
    if (admins.has(`${c.country2}-${c.admin1}`)) s += 6;
    if (c.featureCode === 'PPLC') s += 1.5;
    else if (c.featureCode === 'PPLA') s += 0.7;
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  return best;
}
