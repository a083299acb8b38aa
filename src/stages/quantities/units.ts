// Units of measure and currencies, written out or as symbols, each with the normalised symbol
// Document JSON uses (SI/common symbols; ISO 4217 codes for money).
import { lex, type Lex } from './lexer.js';
import { readNumber } from './number-words.js';

export type UnitKind =
  | 'percent' | 'points' | 'money' | 'time' | 'length' | 'area' | 'volume' | 'mass' | 'temperature' | 'angle'
  | 'speed' | 'energy' | 'power' | 'data' | 'frequency' | 'electric' | 'pressure' | 'radiation' | 'count' | 'other';

export interface UnitDef {
  unit: string;
  kind: UnitKind;
  /** Multiplies the value ("bcm" = billion cubic metres). */
  scale?: number;
  /** The unit itself is a rate ("bpd" = barrels per day). */
  per?: string;
  /** Compare case-sensitively (m/M, b/B, C, F, K, L). */
  cs?: boolean;
  /** Only right after a numeral ("5 m", "10kg"), never after number words. */
  symbol?: boolean;
}

interface Entry extends UnitDef {
  keys: string[];
  /** Key lexemes that must be attached to the one before (symbols, digits). */
  tight: boolean[];
}

const E = (forms: string, unit: string, kind: UnitKind, extra: Partial<UnitDef> = {}): Array<[string, UnitDef]> =>
  forms.split('|').map((f) => [f, { unit, kind, ...extra }]);

// [surface form, definition]; plural/singular spelled out where they differ
const TABLE: Array<[string, UnitDef]> = [
  // percentages
  ...E('%|percent|percents|per cent|percentage|pct|per-cent|procent', '%', 'percent'),
  ...E('percentage point|percentage points|percent point|percent points|pp|ppt|ppts', 'pp', 'points'),
  ...E('basis point|basis points|bps|bp', 'bp', 'points'),
  // length
  ...E('kilometre|kilometres|kilometer|kilometers|km|kms', 'km', 'length'),
  ...E('metre|metres|meter|meters', 'm', 'length'),
  ...E('m', 'm', 'length', { cs: true, symbol: true }),
  ...E('centimetre|centimetres|centimeter|centimeters|cm', 'cm', 'length'),
  ...E('millimetre|millimetres|millimeter|millimeters|mm', 'mm', 'length', {}),
  ...E('micrometre|micrometres|micrometer|micrometers|micron|microns|µm|μm', 'µm', 'length'),
  ...E('nanometre|nanometres|nanometer|nanometers|nm', 'nm', 'length'),
  ...E('picometre|picometres|picometer|picometers', 'pm', 'length'),
  ...E('pm', 'pm', 'length', { symbol: true, cs: true }),
  ...E('mile|miles|mi', 'mi', 'length'),
  ...E('nautical mile|nautical miles|nmi', 'nmi', 'length'),
  ...E('foot|feet|ft', 'ft', 'length'),
  ...E('inch|inches', 'in', 'length'),
  ...E('in|″|"', 'in', 'length', { symbol: true, cs: true }),
  ...E('yard|yards|yd|yds', 'yd', 'length'),
  ...E('light year|light years|light-year|light-years|ly', 'ly', 'length'),
  // area
  ...E('square kilometre|square kilometres|square kilometer|square kilometers|sq km|sq. km|km²|km2|km^2|sqkm|km sq|km squared|square km', 'km2', 'area'),
  ...E('square metre|square metres|square meter|square meters|sq m|m²|m2|m^2|sqm|m squared', 'm2', 'area'),
  ...E('square mile|square miles|sq mi|sq miles|sq. mi|mi²|mi2|mi^2', 'mi2', 'area'),
  ...E('square foot|square feet|sq ft|sq. ft|ft²|ft2|ft^2', 'ft2', 'area'),
  ...E('hectare|hectares|ha', 'ha', 'area'),
  ...E('acre|acres', 'acre', 'area'),
  // volume
  ...E('cubic kilometre|cubic kilometres|cubic kilometer|cubic kilometers|km³|km3|km^3|km cubed|cubic km', 'km3', 'volume'),
  ...E('cubic metre|cubic metres|cubic meter|cubic meters|m³|m3|m^3|cu m|m cubed', 'm3', 'volume'),
  ...E('cubic centimetre|cubic centimetres|cubic centimeter|cubic centimeters|cm³|cm3|cm^3|cc', 'cm3', 'volume'),
  ...E('cubic foot|cubic feet|ft³|ft3|cu ft', 'ft3', 'volume'),
  ...E('bcm', 'm3', 'volume', { scale: 1e9 }),
  ...E('litre|litres|liter|liters', 'L', 'volume'),
  ...E('l|L', 'L', 'volume', { symbol: true, cs: true }),
  ...E('millilitre|millilitres|milliliter|milliliters|ml|mL', 'mL', 'volume'),
  ...E('centilitre|centilitres|centiliter|centiliters|cl|cL', 'cL', 'volume'),
  ...E('gallon|gallons|gal', 'gal', 'volume'),
  ...E('barrel|barrels|bbl', 'bbl', 'volume'),
  ...E('bpd|b/d', 'bbl', 'volume', { per: 'day' }),
  ...E('cup|cups', 'cup', 'volume'),
  ...E('tablespoon|tablespoons|tbsp', 'tbsp', 'volume'),
  ...E('teaspoon|teaspoons|tsp', 'tsp', 'volume'),
  // mass
  ...E('kilogram|kilograms|kilogramme|kilogrammes|kilo|kilos|kg|kgs', 'kg', 'mass'),
  ...E('gram|grams|gramme|grammes|gr', 'g', 'mass'),
  ...E('g', 'g', 'mass', { symbol: true, cs: true }),
  ...E('milligram|milligrams|mg', 'mg', 'mass'),
  ...E('microgram|micrograms|µg|μg|mcg', 'µg', 'mass'),
  ...E('tonne|tonnes|ton|tons|metric ton|metric tons|metric tonne|metric tonnes', 't', 'mass'),
  ...E('t', 't', 'mass', { symbol: true, cs: true }),
  ...E('megatonne|megatonnes|megaton|megatons|Mt', 'Mt', 'mass'),
  ...E('kiloton|kilotons|kilotonne|kilotonnes|kt', 'kt', 'mass'),
  ...E('pound|pounds|lb|lbs', 'lb', 'mass'),
  ...E('ounce|ounces|oz', 'oz', 'mass'),
  ...E('carat|carats', 'ct', 'mass'),
  // time
  ...E('year|years|yr|yrs', 'year', 'time'),
  ...E('month|months', 'month', 'time'),
  ...E('week|weeks|wk|wks', 'week', 'time'),
  ...E('day|days', 'day', 'time'),
  ...E('hour|hours|hr|hrs', 'h', 'time'),
  ...E('h', 'h', 'time', { symbol: true, cs: true }),
  ...E('minute|minutes|mins', 'min', 'time'),
  ...E('min', 'min', 'time', { symbol: true }),
  ...E('second|seconds|secs|sec', 's', 'time'),
  ...E('s', 's', 'time', { symbol: true, cs: true }),
  ...E('millisecond|milliseconds|ms', 'ms', 'time'),
  ...E('decade|decades', 'decade', 'time'),
  ...E('century|centuries', 'century', 'time'),
  // temperature and angles
  ...E('degrees celsius|degree celsius|degrees centigrade|degree centigrade|deg celsius|deg c|degrees c|degree c|°c|℃|celsius|celcius|centigrade|centigrate|deg. c|deg. celsius', '°C', 'temperature'),
  ...E('C', '°C', 'temperature', { symbol: true, cs: true }),
  ...E('degrees fahrenheit|degree fahrenheit|deg fahrenheit|deg f|degrees f|degree f|°f|℉|fahrenheit|farenheit|deg. f', '°F', 'temperature'),
  ...E('F', '°F', 'temperature', { symbol: true, cs: true }),
  ...E('kelvin|kelvins', 'K', 'temperature'),
  ...E('K', 'K', 'temperature', { symbol: true, cs: true }),
  ...E('degrees|degree|deg|°|deg.', '°', 'angle'),
  // speed
  ...E('kilometres per hour|kilometers per hour|kilometre per hour|kilometer per hour|km/h|kph|kmh|km/hr|km per hour|kmph', 'km/h', 'speed'),
  ...E('miles per hour|mile per hour|mph|mi/h', 'mph', 'speed'),
  ...E('metres per second|meters per second|m/s', 'm/s', 'speed'),
  ...E('knot|knots|kn|kt/h', 'kn', 'speed'),
  // energy, power, electricity, frequency, pressure, radiation
  ...E('watt|watts', 'W', 'power'),
  ...E('W', 'W', 'power', { cs: true, symbol: true }),
  ...E('kilowatt|kilowatts|kW|kw', 'kW', 'power'),
  ...E('megawatt|megawatts|MW|mw', 'MW', 'power'),
  ...E('gigawatt|gigawatts|GW|gw', 'GW', 'power'),
  ...E('terawatt|terawatts|TW', 'TW', 'power'),
  ...E('watt hour|watt hours|watt-hour|watt-hours|Wh', 'Wh', 'energy'),
  ...E('kilowatt hour|kilowatt hours|kilowatt-hour|kilowatt-hours|kWh|kwh', 'kWh', 'energy'),
  ...E('megawatt hour|megawatt hours|megawatt-hour|megawatt-hours|MWh|mwh', 'MWh', 'energy'),
  ...E('gigawatt hour|gigawatt hours|gigawatt-hour|gigawatt-hours|GWh|gwh', 'GWh', 'energy'),
  ...E('terawatt hour|terawatt hours|terawatt-hour|terawatt-hours|TWh|twh', 'TWh', 'energy'),
  ...E('joule|joules', 'J', 'energy'),
  ...E('J', 'J', 'energy', { cs: true, symbol: true }),
  ...E('kilojoule|kilojoules|kJ', 'kJ', 'energy'),
  ...E('megajoule|megajoules|MJ', 'MJ', 'energy'),
  ...E('calorie|calories|cal', 'cal', 'energy'),
  ...E('kilocalorie|kilocalories|kcal', 'kcal', 'energy'),
  ...E('electronvolt|electronvolts|electron volt|electron volts|eV', 'eV', 'energy'),
  ...E('keV', 'keV', 'energy'),
  ...E('MeV', 'MeV', 'energy'),
  ...E('GeV', 'GeV', 'energy'),
  ...E('TeV', 'TeV', 'energy'),
  ...E('british thermal unit|british thermal units|btu|btus', 'BTU', 'energy'),
  ...E('volt|volts', 'V', 'electric'),
  ...E('V', 'V', 'electric', { cs: true, symbol: true }),
  ...E('kilovolt|kilovolts|kV', 'kV', 'electric'),
  ...E('amp|amps|ampere|amperes', 'A', 'electric'),
  ...E('hertz|Hz', 'Hz', 'frequency'),
  ...E('kilohertz|kHz', 'kHz', 'frequency'),
  ...E('megahertz|MHz', 'MHz', 'frequency'),
  ...E('gigahertz|GHz', 'GHz', 'frequency'),
  ...E('pascal|pascals', 'Pa', 'pressure'),
  ...E('Pa', 'Pa', 'pressure', { cs: true, symbol: true }),
  ...E('kilopascal|kilopascals|kPa', 'kPa', 'pressure'),
  ...E('hectopascal|hectopascals|hPa', 'hPa', 'pressure'),
  ...E('psi', 'psi', 'pressure'),
  ...E('atmosphere|atmospheres|atm', 'atm', 'pressure'),
  ...E('millibar|millibars|mbar', 'mbar', 'pressure'),
  ...E('gray|grays|Gy', 'Gy', 'radiation', { cs: true }),
  ...E('milligray|milligrays|mGy', 'mGy', 'radiation'),
  ...E('sievert|sieverts|Sv', 'Sv', 'radiation'),
  ...E('millisievert|millisieverts|mSv', 'mSv', 'radiation'),
  ...E('microsievert|microsieverts|µSv|μSv', 'µSv', 'radiation'),
  ...E('becquerel|becquerels|Bq', 'Bq', 'radiation'),
  // data
  ...E('bit|bits', 'bit', 'data'),
  ...E('b', 'bit', 'data', { symbol: true, cs: true }),
  ...E('byte|bytes', 'B', 'data'),
  ...E('kilobyte|kilobytes|kB|KB', 'kB', 'data'),
  ...E('megabyte|megabytes|MB', 'MB', 'data', { cs: true }),
  ...E('gigabyte|gigabytes|GB', 'GB', 'data', { cs: true }),
  ...E('terabyte|terabytes|TB', 'TB', 'data', { cs: true }),
  ...E('petabyte|petabytes|PB', 'PB', 'data', { cs: true }),
  ...E('exabyte|exabytes|EB', 'EB', 'data', { cs: true }),
  ...E('kilobit|kilobits|kb|kbit', 'kbit', 'data', { cs: true }),
  ...E('megabit|megabits|Mb|Mbit', 'Mbit', 'data', { cs: true }),
  ...E('gigabit|gigabits|Gb|Gbit', 'Gbit', 'data', { cs: true }),
  ...E('kbps|kb/s', 'kbit/s', 'data'),
  ...E('Mbps|Mb/s|mbps', 'Mbit/s', 'data'),
  ...E('Gbps|Gb/s|gbps', 'Gbit/s', 'data'),
];

// Currencies: ISO 4217 code -> names (singular|plural), with qualified names first
const CURRENCY_NAMES: Array<[string, string]> = [
  ['USD', 'us dollar|us dollars|u.s. dollar|u.s. dollars|american dollar|american dollars|dollar|dollars|usd'],
  ['CAD', 'canadian dollar|canadian dollars|cad'],
  ['AUD', 'australian dollar|australian dollars|aud'],
  ['NZD', 'new zealand dollar|new zealand dollars|nzd'],
  ['HKD', 'hong kong dollar|hong kong dollars|hkd'],
  ['SGD', 'singapore dollar|singapore dollars|sgd'],
  ['TWD', 'taiwan dollar|taiwan dollars|new taiwan dollar|new taiwan dollars|twd'],
  ['EUR', 'euro|euros|eur'],
  ['GBP', 'pound sterling|pounds sterling|british pound|british pounds|sterling|gbp'],
  ['EGP', 'egyptian pound|egyptian pounds|egp'],
  ['LBP', 'lebanese pound|lebanese pounds|lbp'],
  ['SYP', 'syrian pound|syrian pounds|syp'],
  ['JPY', 'yen|japanese yen|jpy'],
  ['CNY', 'yuan|chinese yuan|renminbi|rmb|cny'],
  ['RUB', 'ruble|rubles|rouble|roubles|russian ruble|russian rubles|russian rouble|russian roubles|rub'],
  ['INR', 'rupee|rupees|indian rupee|indian rupees|inr'],
  ['PKR', 'pakistani rupee|pakistani rupees|pkr'],
  ['LKR', 'sri lankan rupee|sri lankan rupees|lkr'],
  ['NPR', 'nepalese rupee|nepalese rupees|npr'],
  ['AMD', 'dram|drams|armenian dram|armenian drams|amd'],
  ['AZN', 'manat|manats|azerbaijani manat|azerbaijani manats|azn'],
  ['GEL', 'lari|laris|georgian lari|gel'],
  ['KZT', 'tenge|kazakh tenge|kzt'],
  ['UAH', 'hryvnia|hryvnias|hryvnya|hryvnyas|hryvnias|uah'],
  ['BYN', 'belarusian ruble|belarusian rubles|byn'],
  ['TRY', 'lira|liras|lire|turkish lira|turkish liras|try'],
  ['ILS', 'shekel|shekels|new shekel|new shekels|new israeli shekel|new israeli shekels|ils|nis'],
  ['KRW', 'won|south korean won|korean won|krw'],
  ['CHF', 'swiss franc|swiss francs|franc|francs|chf'],
  ['SEK', 'swedish krona|swedish kronor|krona|kronor|sek'],
  ['NOK', 'norwegian krone|norwegian kroner|nok'],
  ['DKK', 'danish krone|danish kroner|dkk'],
  ['PLN', 'zloty|zlotys|zlotych|polish zloty|polish zlotys|pln'],
  ['HUF', 'forint|forints|hungarian forint|hungarian forints|huf'],
  ['CZK', 'koruna|korunas|czech koruna|czech korunas|czk'],
  ['RON', 'romanian leu|romanian lei|ron'],
  ['BGN', 'bulgarian lev|bulgarian leva|bgn'],
  ['MXN', 'mexican peso|mexican pesos|mxn'],
  ['ARS', 'argentine peso|argentine pesos|argentinian peso|argentinian pesos|ars'],
  ['PHP', 'philippine peso|philippine pesos|php'],
  ['BRL', 'real|reais|brazilian real|brazilian reais|brl'],
  ['ZAR', 'rand|rands|south african rand|zar'],
  ['NGN', 'naira|nigerian naira|ngn'],
  ['KES', 'kenyan shilling|kenyan shillings|kes'],
  ['AED', 'dirham|dirhams|uae dirham|uae dirhams|emirati dirham|emirati dirhams|aed'],
  ['MAD', 'moroccan dirham|moroccan dirhams|mad'],
  ['SAR', 'riyal|riyals|saudi riyal|saudi riyals|sar'],
  ['QAR', 'qatari riyal|qatari riyals|qar'],
  ['IRR', 'rial|rials|iranian rial|iranian rials|irr'],
  ['IQD', 'iraqi dinar|iraqi dinars|iqd'],
  ['KWD', 'kuwaiti dinar|kuwaiti dinars|kwd'],
  ['JOD', 'jordanian dinar|jordanian dinars|jod'],
  ['RSD', 'serbian dinar|serbian dinars|rsd'],
  ['THB', 'baht|thai baht|thb'],
  ['MYR', 'ringgit|ringgits|myr'],
  ['IDR', 'rupiah|indonesian rupiah|idr'],
  ['VND', 'dong|vietnamese dong|vnd'],
  ['KGS', 'som|soms|kyrgyz som|kgs'],
  ['UZS', 'uzbek som|uzbek sum|uzs'],
  ['BDT', 'taka|bangladeshi taka|bdt'],
  ['BTC', 'bitcoin|bitcoins|btc'],
];
const CURRENCY_SENSITIVE = new Set(['won', 'real', 'rand', 'dong', 'som', 'lari', 'franc', 'francs', 'mad', 'try', 'php', 'sar', 'rub', 'nis']);

/** Currency signs written before (or after) a figure, with their ISO code. */
export const CURRENCY_SIGNS: Readonly<Record<string, string>> = {
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₴': 'UAH', '₺': 'TRY', '₩': 'KRW', '₪': 'ILS',
  '₦': 'NGN', '₱': 'PHP', '₫': 'VND', '₸': 'KZT', '₼': 'AZN', '֏': 'AMD', '₾': 'GEL', '฿': 'THB', '₿': 'BTC', '元': 'CNY',
};
/** Letters written right before "$": "US$", "C$", "A$", "HK$". */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  US: 'USD', U: 'USD', C: 'CAD', CA: 'CAD', CAN: 'CAD', A: 'AUD', AU: 'AUD', NZ: 'NZD', HK: 'HKD', S: 'SGD', SG: 'SGD',
  R: 'BRL', NT: 'TWD', Mex: 'MXN', MX: 'MXN',
};
/** Abbreviations written before a figure: "Rs 500", "Rp 10,000". */
export const CURRENCY_ABBREVIATIONS: Readonly<Record<string, string>> = { Rs: 'INR', Rp: 'IDR', Tk: 'BDT', RM: 'MYR', zł: 'PLN' };

/** ISO 4217 codes we accept when written as a word next to a figure ("USD 5 million", "2mil SEK"). */
export const ISO_CODES = new Set(
  'USD EUR GBP JPY CNY RUB INR AMD AZN GEL KZT UAH BYN TRY ILS KRW CHF SEK NOK DKK PLN HUF CZK RON BGN MXN ARS BRL ZAR NGN KES AED SAR QAR IRR IQD KWD THB MYR IDR VND CAD AUD NZD HKD SGD TWD PKR EGP BTC'.split(' '),
);

// ------------------------------------------------------------------ the lookup

const byFirst = new Map<string, Entry[]>();

function addEntry(form: string, def: UnitDef): void {
  const lexemes = lex(form);
  if (!lexemes.length) return;
  const keys = lexemes.map((l) => (def.cs ? l.text : l.lower));
  const tight = lexemes.map((l, i) => i > 0 && !l.space);
  const entry: Entry = { ...def, keys, tight };
  const k = def.cs ? 'cs:' + keys[0] : keys[0];
  const list = byFirst.get(k) ?? [];
  list.push(entry);
  list.sort((a, b) => b.keys.length - a.keys.length);
  byFirst.set(k, list);
}

for (const [form, def] of TABLE) addEntry(form, def);
for (const [code, names] of CURRENCY_NAMES) {
  for (const n of names.split('|')) {
    if (n.length === 3 && n === code.toLowerCase()) addEntry(code, { unit: code, kind: 'money', cs: true });
    else addEntry(n, { unit: code, kind: 'money', cs: false, symbol: CURRENCY_SENSITIVE.has(n) });
  }
}
for (const code of ISO_CODES) addEntry(code, { unit: code, kind: 'money', cs: true });
addEntry('cent', { unit: 'cent', kind: 'money' });
addEntry('cents', { unit: 'cent', kind: 'money' });
addEntry('pence', { unit: 'GBX', kind: 'money' });
addEntry('kopecks', { unit: 'kopeck', kind: 'money' });

export interface UnitMatch extends UnitDef {
  /** Index after the unit's last lexeme. */
  end: number;
}

/** The longest unit written at lexeme `i`, or null. */
export function matchUnit(lx: readonly Lex[], i: number): UnitMatch | null {
  const first = lx[i];
  if (!first) return null;
  let best: UnitMatch | null = null;
  for (const k of ['cs:' + first.text, first.lower]) {
    const list = byFirst.get(k);
    if (!list) continue;
    for (const e of list) {
      if (best && e.keys.length <= best.end - i) continue;
      let ok = i + e.keys.length <= lx.length;
      for (let n = 1; ok && n < e.keys.length; n++) {
        const l = lx[i + n];
        const t = e.cs ? l.text : l.lower;
        if (t !== e.keys[n] || (e.tight[n] && l.space)) ok = false;
      }
      if (!ok) continue;
      // a unit never runs into letters: "5 kmx" is not km
      const after = lx[i + e.keys.length];
      const lastKey = lx[i + e.keys.length - 1];
      if (after && !after.space && (after.kind === 'word' || after.kind === 'num') && lastKey.kind === 'word') continue;
      const { keys: _k, tight: _t, ...def } = e;
      best = { ...def, end: i + e.keys.length };
    }
  }
  return best;
}

/** A scale word standing alone as a count: "per thousand cubic meters". */
const SCALE_WORDS: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6 };

/**
 * The normalised unit a "per X" names: "per year" -> "year", "per kg" -> "kg", "per capita" -> "capita",
 * "per thousand cubic meters" -> "1000 m3".
 */
export function perUnit(lx: readonly Lex[], i: number): { per: string; end: number } | null {
  const u = matchUnit(lx, i);
  if (u && u.kind !== 'percent' && u.kind !== 'money') return { per: u.unit, end: u.end };
  // "per thousand cubic meters", "per 1,000 cubic meters": a counted denominator
  const scale = SCALE_WORDS[lx[i]?.lower ?? ''];
  const n = scale ? { value: scale, end: i + 1, fraction: false } : readNumber(lx, i);
  if (n && !n.fraction && n.value > 1 && n.end > i) {
    const counted = matchUnit(lx, n.end);
    if (counted && counted.kind !== 'percent' && counted.kind !== 'money') return { per: `${n.value} ${counted.unit}`, end: counted.end };
  }
  const l = lx[i];
  if (l && l.kind === 'word' && /^[a-z]+$/.test(l.lower)) {
    const w = l.lower;
    const base = w.length > 3 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
    const annum: Record<string, string> = { annum: 'year', capita: 'capita', head: 'person', person: 'person', people: 'person' };
    return { per: annum[base] ?? base, end: i + 1 };
  }
  return null;
}
