// Merged corpus events as GDELT 2.0 rows: Events (61 tab-separated columns) and Mentions (16),
// in GDELT's column order, so GDELT tooling loads them. Filled from what Sift knows; the rest
// (tone, FIPS geo codes, ethnic and religion codes) stays empty.
import type { ActorRef, CorpusEvent, EventMention } from '../store/store.js';
import { splitActorCode } from './actors.js';
import { hostOf } from './normalize.js';

export const GDELT_EVENT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
] as const;

export const GDELT_MENTION_COLUMNS = [
  'GLOBALEVENTID', 'EventTimeDate', 'MentionTimeDate', 'MentionType', 'MentionSourceName', 'MentionIdentifier', 'SentenceID',
  'Actor1CharOffset', 'Actor2CharOffset', 'ActionCharOffset', 'InRawText', 'Confidence', 'MentionDocLen', 'MentionDocTone',
  'MentionDocTranslationInfo', 'Extras',
] as const;

type Cell = string | number | null | undefined;

/** A cell as GDELT writes it: no tabs or line breaks inside, empty for unknown. */
const cell = (v: Cell) => (v === null || v === undefined ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

/** An ISO timestamp (or YYYY-MM-DD) → YYYYMMDDHHMMSS in UTC. */
export function gdeltTimestamp(iso: string | null | undefined): string {
  if (!iso) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso.replace(/-/g, '') + '000000';
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return '';
  return new Date(t).toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function dateColumns(date: string | null): Cell[] {
  if (!date) return ['', '', '', ''];
  const [y, m, d] = date.split('-');
  return [`${y}${m}${d}`, `${y}${m}`, y, (Number(y) + (Number(m) * 30 + Number(d)) / 365).toFixed(4)];
}

function actorColumns(a: ActorRef | undefined): Cell[] {
  if (!a) return Array(10).fill('');
  const code = a.code ?? '';
  const parts = splitActorCode(code);
  return [code, a.name.toUpperCase(), parts.countryCode, parts.knownGroupCode, '', '', '', parts.types[0], parts.types[1], parts.types[2]];
}

/** GDELT geo type: 1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1. */
function geoType(a: ActorRef): number {
  if (a.kb?.startsWith('country:')) return 1;
  if (a.kb?.startsWith('admin1:')) return a.country === 'USA' ? 2 : 5;
  return a.country === 'USA' ? 3 : 4;
}

function geoColumns(a: ActorRef | null | undefined): Cell[] {
  if (!a?.geo) return Array(8).fill('');
  // GDELT's geo country and ADM1 codes are FIPS 10-4, which Sift does not carry: left empty
  return [geoType(a), a.name, '', '', '', a.geo.lat, a.geo.lon, a.geo.geonameid ?? ''];
}

/** One merged event as a GDELT 2.0 Events row (61 columns). */
export function gdeltEventRow(e: CorpusEvent): string {
  const a1 = e.source[0];
  const a2 = e.target[0];
  const row: Cell[] = [
    e.id,
    ...dateColumns(e.date),
    ...actorColumns(a1),
    ...actorColumns(a2),
    e.isRoot ? 1 : 0,
    e.cameo, e.baseCode, e.rootCode, e.quadClass, e.goldstein,
    e.numMentions, e.numSources, e.numArticles,
    '', // AvgTone: Sift measures no tone
    ...geoColumns(a1?.geo ? a1 : null),
    ...geoColumns(a2?.geo ? a2 : null),
    ...geoColumns(e.place),
    gdeltTimestamp(e.firstSeen),
    e.sourceUrl,
  ];
  return row.map(cell).join('\t');
}

/** One mention as a GDELT 2.0 Mentions row (16 columns); offsets are exact UTF-16 offsets into the stored text. */
export function gdeltMentionRow(e: CorpusEvent, m: EventMention): string {
  const row: Cell[] = [
    e.id,
    gdeltTimestamp(e.firstSeen),
    gdeltTimestamp(m.published ?? m.ingested),
    m.url ? 1 : 2,
    m.outlet ?? hostOf(m.url) ?? '',
    m.url ?? m.article,
    m.sentence === null ? '' : m.sentence + 1,
    m.actor1Offset ?? -1,
    m.actor2Offset ?? -1,
    m.trigger.start,
    1,
    m.confidence === null ? '' : Math.round(m.confidence * 100),
    m.docLength,
    '',
    '',
    '',
  ];
  return row.map(cell).join('\t');
}
