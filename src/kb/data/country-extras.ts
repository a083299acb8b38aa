// Names, demonyms and seats of power that the world-countries package lacks. Facts, authored here.

/** Extra names for a country (ISO alpha-3). */
export const EXTRA_COUNTRY_NAMES: Record<string, string[]> = {
  USA: ['U.S.', 'U.S.A.', 'America', 'the United States', 'United States', 'the US', 'the U.S.'],
  GBR: ['U.K.', 'UK', 'the UK', 'Britain'],
  TUR: ['Turkey'],
  RUS: ['the Russian Federation'],
  CZE: ['Czech Republic'],
  KOR: ['Korea'],
  COD: ['Congo-Kinshasa', 'Zaire'],
  COG: ['Congo', 'Congo-Brazzaville'],
  NLD: ['Holland'],
  MMR: ['Burma'],
  SWZ: ['Swaziland'],
  CPV: ['Cape Verde'],
  TLS: ['East Timor'],
  VAT: ['Holy See'],
  PSE: ['Palestinian territories', 'Gaza', 'Gaza Strip', 'West Bank'],
  ARE: ['UAE', 'U.A.E.', 'Emirates'],
  BIH: ['Bosnia'],
  MKD: ['Macedonia'],
  LAO: ['Laos'],
  SYR: ['Syria'],
  TWN: ['Taiwan'],
  // older names and spellings still read in archives and wire copy
  SRB: ['Yugoslavia', 'Federal Republic of Yugoslavia', 'Serbia and Montenegro'],
  KAZ: ['Kazakstan'],
  BLR: ['Byelorussia', 'Belorussia'],
  KGZ: ['Kirghizia', 'Kirgizstan'],
};

/** Extra demonyms / adjectives (NORP) for a country. */
export const EXTRA_DEMONYMS: Record<string, string[]> = {
  USA: ['US', 'U.S.'],
  GBR: ['English', 'Scottish', 'Welsh', 'UK'],
  AZE: ['Azeri', 'Azerbaijani'],
  NLD: ['Netherlands'],
  PHL: ['Philippine'],
  ISR: ['Israeli'],
  PSE: ['Palestinian'],
  KOR: ['Korean'],
  CHN: ['Chinese'],
  TUR: ['Turkish'],
  SAU: ['Saudi'],
  ARE: ['Emirati'],
  NZL: ['New Zealand'],
  BIH: ['Bosnian'],
  KAZ: ['Kazakh'],
  UZB: ['Uzbek'],
  KGZ: ['Kyrgyz'],
  TJK: ['Tajik'],
  TKM: ['Turkmen'],
  AFG: ['Afghan'],
  GEO: ['Georgian'],
  CZE: ['Czech'],
  SVK: ['Slovak'],
  FIN: ['Finnish'],
  SWE: ['Swedish'],
  DNK: ['Danish'],
  POL: ['Polish'],
  ESP: ['Spanish'],
  PRT: ['Portuguese'],
  IRL: ['Irish'],
  CHE: ['Swiss'],
  BEL: ['Belgian'],
  ARG: ['Argentine', 'Argentinian'],
  PHI: [],
  THA: ['Thai'],
  LAO: ['Lao', 'Laotian'],
  MMR: ['Burmese', 'Myanmar'],
  VNM: ['Vietnamese'],
  IDN: ['Indonesian'],
  MYS: ['Malaysian'],
  SGP: ['Singaporean'],
};

/**
 * Seats of power that stand for governments, besides capitals: "the Kremlin said".
 * Value: [ISO alpha-3, sector].
 */
export const SEATS_OF_POWER: Record<string, [string, string]> = {
  Kremlin: ['RUS', 'GOV'],
  'White House': ['USA', 'GOV'],
  Pentagon: ['USA', 'MIL'],
  'Downing Street': ['GBR', 'GOV'],
  Elysee: ['FRA', 'GOV'],
  'Élysée': ['FRA', 'GOV'],
  Whitehall: ['GBR', 'GOV'],
  Zhongnanhai: ['CHN', 'GOV'],
  'Blue House': ['KOR', 'GOV'],
  Bankova: ['UKR', 'GOV'],
  'Foggy Bottom': ['USA', 'GOV'],
  Quai_d_Orsay: ['FRA', 'GOV'],
};

/**
 * Capitals that, standing for a government, name an organisation seated there rather than their
 * country: "Brussels warned" is the European Union far more often than Belgium. Value: organisation id.
 */
export const ORGANISATION_CAPITALS: Record<string, string> = {
  Brussels: 'EU',
};

/** Capitals as commonly written in news when the package writes them otherwise. */
export const CAPITAL_ALIASES: Record<string, string> = {
  Washington: 'USA',
  'Washington, D.C.': 'USA',
  Kiev: 'UKR',
  Astana: 'KAZ',
  'Nur-Sultan': 'KAZ',
  Kyiv: 'UKR',
  'New Delhi': 'IND',
  'Beijing': 'CHN',
  'Jerusalem': 'ISR',
  'Ankara': 'TUR',
  'The Hague': 'NLD',
};
