// Entities of one article → corpus actors: the key that makes two articles' entities one actor,
// and the CAMEO-style actor code that GDELT exports carry.
import type { Entity } from '../core/types.js';
import { normName } from './normalize.js';

/**
 * The merge key of an entity: its knowledge-base id when it has one (stable across articles), else
 * its type and normalised name ("PERSON:nikol pashinyan").
 */
export function actorKey(e: Pick<Entity, 'kb' | 'type' | 'name'>): string {
  return e.kb ? `kb:${e.kb}` : `${e.type}:${normName(e.name)}`;
}

/** The last word of a person's normalised name, for "Pashinyan" → "Nikol Pashinyan" across articles. */
export function lastNameOf(type: string, name: string): string | null {
  if (type !== 'PERSON') return null;
  const words = normName(name).split(' ').filter(Boolean);
  return words.length ? words[words.length - 1] : null;
}

/** A person named by one word only ("Trump"): such an actor may be the unique full-named actor with that last name. */
export function isSingleWordPerson(type: string, name: string): boolean {
  return type === 'PERSON' && normName(name).split(' ').filter(Boolean).length === 1;
}

/** CAMEO actor type (role) codes, as GDELT's Type1Code..Type3Code use them. */
const TYPE_CODES = new Set([
  'COP', 'GOV', 'INS', 'JUD', 'MIL', 'OPP', 'REB', 'SEP', 'SPY', 'UAF', 'AGR', 'BUS', 'CRM', 'CVL', 'DEV', 'EDU', 'ELI',
  'ENV', 'HLH', 'HRI', 'LAB', 'LEG', 'MED', 'REF', 'MOD', 'RAD', 'AMN', 'IRC', 'GRP', 'UNO', 'PKO', 'UIS', 'IGO', 'IMG',
  'INT', 'NGM', 'NGO', 'PTY', 'SET', 'MNC',
]);

/**
 * The CAMEO-style actor code of an entity: a user/dictionary code when the KB gives one
 * (`actor:PSEREBHMS`), else country + sector ("ARMGOV", "USA", "IGO"); empty when nothing is known.
 */
export function actorCode(e: Pick<Entity, 'kb' | 'country' | 'sector'>): string {
  if (e.kb?.startsWith('actor:')) return e.kb.slice(6).toUpperCase();
  const country = e.country && /^[A-Z]{3}$/.test(e.country) ? e.country : '';
  const sector = e.sector && /^[A-Z]{3}$/.test(e.sector) && e.sector !== country ? e.sector : '';
  return country + sector;
}

export interface ActorCodeParts {
  countryCode: string;
  knownGroupCode: string;
  types: string[];
}

/** A CAMEO actor code split into GDELT's fields: country (3 letters), known group, up to three type codes. */
export function splitActorCode(code: string): ActorCodeParts {
  const parts = (code.toUpperCase().match(/[A-Z]{3}/g) ?? []) as string[];
  const out: ActorCodeParts = { countryCode: '', knownGroupCode: '', types: [] };
  parts.forEach((p, i) => {
    if (i === 0 && !TYPE_CODES.has(p)) out.countryCode = p;
    else if (TYPE_CODES.has(p) && p !== 'IGO' && p !== 'NGO' && p !== 'MNC') {
      if (out.types.length < 3) out.types.push(p);
    } else if (!out.knownGroupCode) out.knownGroupCode = p;
  });
  return out;
}
