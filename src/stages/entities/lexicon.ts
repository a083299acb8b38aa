// Word lists that shape names: titles, heads of organisation/facility/place/law/event names.
// General English news vocabulary, not taken from any test text.

/** Words a title is made of ("Deputy Foreign Minister", "Secretary General"). */
export const TITLE_WORDS = new Set([
  'prime', 'minister', 'ministers', 'foreign', 'defense', 'defence', 'interior', 'finance', 'economy', 'economic', 'trade', 'justice', 'health',
  'energy', 'education', 'culture', 'agriculture', 'transport', 'labor', 'labour', 'home', 'state', 'affairs', 'deputy', 'vice', 'first', 'acting', 'former',
  'president', 'secretary', 'general', 'speaker', 'chancellor', 'chairman', 'chairwoman', 'chair', 'head', 'chief', 'director', 'ambassador',
  'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'governor', 'mayor', 'senator', 'congressman', 'congresswoman',
  'representative', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'patriarch', 'sheikh', 'emir', 'sultan', 'ayatollah', 'leader',
  'premier', 'attorney', 'judge', 'lieutenant', 'colonel', 'major', 'captain', 'sergeant', 'admiral', 'marshal', 'brigadier', 'executive',
  'officer', 'founder', 'ceo', 'cfo', 'coach', 'manager', 'lawmaker', 'mp', 'mep', 'adviser', 'advisor', 'national', 'security', 'presidential',
  'supreme', 'opposition', 'party', 'gen.', 'col.', 'lt.', 'sgt.', 'capt.', 'maj.', 'adm.', 'dr.', 'mr.', 'mrs.', 'ms.', 'sen.', 'rep.', 'gov.',
  'pres.', 'prof.', 'professor', 'rev.', 'reverend', 'archbishop', 'bishop', 'cardinal', 'rabbi', 'imam', 'mufti', 'crown', 'grand',
  'ombudsman', 'prosecutor', 'commissioner', 'high', 'special', 'permanent', 'assistant', 'undersecretary', 'under-secretary', 'sir', 'lord', 'lady', 'dame',
  'chief-of-staff', 'staff', 'of',
  // military services and ranks: "Navy Capt. Jeff Davis", "Army Lt. Gen. Stephen Townsend", "Senior Chief Petty Officer"
  'navy', 'army', 'marine', 'air', 'force', 'petty', 'senior', 'brig.', 'spc.', 'pfc.', 'cpl.', 'pvt.', 'cmdr.', 'cdr.', 'corporal', 'commodore',
]);

/** A title needs one of these ("Foreign" alone is not a title). */
export const TITLE_HEADS = new Set([
  'minister', 'president', 'secretary', 'speaker', 'chancellor', 'chairman', 'chairwoman', 'chair', 'director', 'ambassador', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'commander', 'governor', 'mayor', 'senator', 'congressman', 'congresswoman', 'representative',
  'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'patriarch', 'sheikh', 'emir', 'sultan', 'ayatollah', 'leader', 'premier', 'judge',
  'lieutenant', 'colonel', 'major', 'captain', 'sergeant', 'admiral', 'marshal', 'brigadier', 'officer', 'executive', 'founder', 'ceo', 'cfo',
  'coach', 'manager', 'lawmaker', 'mp', 'mep', 'adviser', 'advisor', 'general', 'gen.', 'col.', 'lt.', 'sgt.', 'capt.', 'maj.', 'adm.', 'dr.',
  'mr.', 'mrs.', 'ms.', 'sen.', 'rep.', 'gov.', 'pres.', 'prof.', 'professor', 'rev.', 'reverend', 'archbishop', 'bishop', 'cardinal', 'rabbi',
  'imam', 'mufti', 'ombudsman', 'prosecutor', 'commissioner', 'undersecretary', 'under-secretary', 'sir', 'lord', 'lady', 'dame', 'head', 'chief',
  'brig.', 'spc.', 'pfc.', 'cpl.', 'pvt.', 'cmdr.', 'cdr.', 'corporal', 'commodore',
]);

/** What an apposition calls a person ("X, an analyst at ..."), besides the titles. */
export const PERSON_NOUNS = new Set([
  'analyst', 'economist', 'expert', 'researcher', 'scholar', 'scientist', 'historian', 'journalist', 'reporter', 'correspondent', 'editor',
  'writer', 'author', 'lawyer', 'activist', 'campaigner', 'student', 'resident', 'farmer', 'worker', 'engineer', 'doctor', 'nurse', 'teacher',
  'official', 'diplomat', 'politician', 'candidate', 'veteran', 'businessman', 'businesswoman', 'entrepreneur', 'banker', 'trader', 'investor',
  'consultant', 'specialist', 'lecturer', 'fellow', 'priest', 'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'widow', 'player',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'driver', 'pilot', 'soldier', 'officer', 'volunteer', 'survivor', 'witness', 'owner',
  'partner', 'colleague', 'friend', 'member', 'deputy', 'spokesman', 'spokeswoman', 'aide', 'strategist', 'pollster', 'artist', 'singer', 'actor', 'actress',
]);

/**
 * What an article calls an organisation right before its name or in an apposition after it: "telecoms
 * group Ericsson", "the news agency Interfax", "Cofinec, the packaging company". Kinds of body, not titles.
 */
export const ORG_DESCRIPTORS = new Set([
  'group', 'company', 'companies', 'firm', 'giant', 'maker', 'carmaker', 'automaker', 'producer', 'manufacturer', 'supplier', 'agency', 'newspaper',
  'daily', 'weekly', 'paper', 'magazine', 'tabloid', 'broadcaster', 'network', 'bank', 'insurer', 'lender', 'airline', 'retailer', 'chain',
  'conglomerate', 'concern', 'subsidiary', 'brokerage', 'operator', 'distributor', 'exporter', 'importer', 'refiner', 'miner', 'utility', 'developer',
  'publisher', 'club', 'team', 'outfit', 'consortium', 'regulator', 'watchdog', 'holding', 'multinational', 'corporation', 'organisation',
  'organization', 'movement', 'faction', 'militia', 'party', 'union', 'federation', 'association',
]);

/** Words after an organisation's name (or its possessive) that only a business takes: "Pirelli shares", "Ruch 's stake". */
export const BUSINESS_AFTER = new Set(['shares', 'stock', 'stake', 'subsidiary', 'subsidiaries', 'unit', 'units', 'headquarters', 'shareholders', 'stockholders', 'earnings', 'profits', 'bonds']);

/** Honorifics that precede a name but are not roles. */
export const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'madame', 'monsieur']);

/** Sector a title suggests (PLOVER/CAMEO actor types). */
export function sectorOfTitle(title: string): string | undefined {
  const t = title.toLowerCase();
  if (/\b(general|colonel|lieutenant|major|captain|sergeant|admiral|marshal|brigadier|commander|gen\.|col\.|lt\.|sgt\.|capt\.|maj\.|adm\.)\b/.test(t) && !/secretary/.test(t)) return 'MIL';
  if (/\b(senator|congress\w*|lawmaker|mp|mep|speaker|representative|sen\.|rep\.)\b/.test(t)) return 'LEG';
  if (/\b(judge|prosecutor|attorney|justice)\b/.test(t) && !/minister/.test(t)) return 'JUD';
  if (/\b(ceo|cfo|executive|founder|manager)\b/.test(t)) return 'BUS';
  if (/\b(archbishop|bishop|cardinal|rabbi|imam|mufti|pope|patriarch|reverend|rev\.)\b/.test(t)) return 'REL';
  if (/\b(minister|president|secretary|chancellor|premier|governor|mayor|ambassador|envoy|king|queen|prince|emir|sultan|sheikh|ayatollah|spokes\w*|adviser|advisor|commissioner|ombudsman|leader)\b/.test(t)) return 'GOV';
  return undefined;
}

/** Head words of organisation names; the value is the sector they suggest. */
export const ORG_HEADS: Record<string, string> = {
  council: 'GOV', ministry: 'GOV', ministries: 'GOV', department: 'GOV', committee: 'GOV', commission: 'GOV', cabinet: 'GOV', government: 'GOV',
  administration: 'GOV', office: 'GOV', service: 'GOV', services: 'GOV', authority: 'GOV', authorities: 'GOV', agency: 'GOV', bureau: 'GOV', directorate: 'GOV',
  assembly: 'LEG', parliament: 'LEG', senate: 'LEG', congress: 'LEG', duma: 'LEG', knesset: 'LEG', majlis: 'LEG', house: 'LEG', chamber: 'LEG',
  court: 'JUD', tribunal: 'JUD',
  forces: 'MIL', force: 'MIL', army: 'MIL', navy: 'MIL', military: 'MIL', guard: 'MIL', guards: 'MIL', brigade: 'MIL', brigades: 'MIL', battalion: 'MIL', battalions: 'MIL', regiment: 'MIL', regiments: 'MIL', unit: 'MIL', units: 'MIL', corps: 'MIL', command: 'MIL', fleet: 'MIL',
  police: 'COP', militia: 'REB',
  union: 'IGO', organization: 'NGO', organisation: 'NGO', alliance: 'IGO', league: 'IGO', federation: 'NGO', association: 'NGO', foundation: 'NGO', fund: 'NGO',
  institute: 'EDU', university: 'EDU', college: 'EDU', academy: 'EDU', school: 'EDU',
  bank: 'BUS', corporation: 'BUS', corp: 'BUS', 'corp.': 'BUS', company: 'BUS', co: 'BUS', 'co.': 'BUS', inc: 'BUS', 'inc.': 'BUS', ltd: 'BUS', 'ltd.': 'BUS',
  llc: 'BUS', plc: 'BUS', group: 'BUS', holding: 'BUS', holdings: 'BUS', airlines: 'BUS', airways: 'BUS', railways: 'BUS', motors: 'BUS', industries: 'BUS', systems: 'BUS', technologies: 'BUS',
  party: 'PTY', front: 'PTY', movement: 'PTY', coalition: 'PTY', bloc: 'PTY',
  post: 'MED', times: 'MED', news: 'MED', press: 'MED', herald: 'MED', journal: 'MED', gazette: 'MED', tribune: 'MED', telegraph: 'MED', guardian: 'MED',
  daily: 'MED', radio: 'MED', tv: 'MED', television: 'MED', network: 'MED', media: 'MED', broadcasting: 'MED', magazine: 'MED', observer: 'MED', monitor: 'MED',
  observatory: 'NGO', watch: 'NGO', society: 'NGO', trust: 'NGO', initiative: 'NGO',
  exchange: 'BUS', bourse: 'BUS', bancorp: 'BUS', bancshares: 'BUS', pharmaceuticals: 'BUS', securities: 'BUS', communications: 'BUS', telecom: 'BUS', enterprises: 'BUS', laboratories: 'BUS',
  newsroom: 'MED', treasury: 'GOV', reserve: 'GOV',
  // the last words of company names: "Kansai Electric Power" is not, but "Hindustan Copper", "Shell Petroleum", "Walt Disney Pictures" are
  copper: 'BUS', steel: 'BUS', motor: 'BUS', electric: 'BUS', airline: 'BUS', petroleum: 'BUS', chemical: 'BUS', chemicals: 'BUS', pharmaceutical: 'BUS',
  telecommunications: 'BUS', insurance: 'BUS', partners: 'BUS', mining: 'BUS', foods: 'BUS', brands: 'BUS', networks: 'BUS', entertainment: 'BUS',
  records: 'BUS', studios: 'BUS', pictures: 'BUS', publishing: 'BUS', utilities: 'BUS', electronics: 'BUS', software: 'BUS', financial: 'BUS', investments: 'BUS',
  programme: 'IGO', club: 'CVL', team: 'CVL', church: 'REL', center: 'NGO', centre: 'NGO', board: 'GOV', secretariat: 'GOV', mission: 'GOV', embassy: 'GOV', consulate: 'GOV',
};

/** Facility heads, capitalised inside a name ("Zvartnots Airport") or lower-case right after it ("Zvartnots airport"). */
export const FAC_HEADS = new Set([
  'airport', 'base', 'airbase', 'port', 'seaport', 'harbour', 'harbor', 'bridge', 'corridor', 'pipeline', 'station', 'plant', 'dam', 'canal',
  'highway', 'motorway', 'railway', 'stadium', 'square', 'street', 'avenue', 'prison', 'hospital', 'palace', 'tower', 'building', 'terminal',
  'checkpoint', 'crossing', 'tunnel', 'route', 'road', 'boulevard', 'arena', 'cathedral', 'mosque', 'temple', 'monument', 'memorial', 'mine', 'refinery', 'reactor', 'complex',
  'airfield', 'airstrip', 'barrage', 'barracks',
  // street names and their abbreviations ("Augusta St.", "Freeman Circle", "Peachtree Pkwy.")
  'st.', 'ave.', 'rd.', 'blvd.', 'hwy.', 'pkwy.', 'drive', 'lane', 'circle', 'parkway', 'pike', 'turnpike', 'expressway', 'freeway', 'interstate',
]);

/** Lower-case words allowed between a name and its facility head ("North-South transport corridor"). */
export const FAC_MODIFIERS = new Set(['transport', 'gas', 'oil', 'military', 'air', 'naval', 'nuclear', 'power', 'border', 'international', 'railway', 'rail', 'trade', 'energy', 'transit', 'logistics', 'economic']);

export const LOC_HEADS = new Set([
  'sea', 'ocean', 'gulf', 'river', 'lake', 'pass', 'mountains', 'mountain', 'mount', 'mt.', 'valley', 'peninsula', 'island', 'islands', 'strait', 'straits',
  'desert', 'bay', 'coast', 'heights', 'hills', 'plain', 'plains', 'strip', 'region', 'province', 'basin', 'plateau', 'highlands', 'delta', 'channel', 'archipelago', 'steppe', 'oblast', 'district', 'county', 'state', 'village', 'governorate',
]);

export const LAW_HEADS = new Set(['declaration', 'treaty', 'act', 'accord', 'accords', 'agreement', 'convention', 'charter', 'protocol', 'constitution', 'pact', 'memorandum', 'resolution', 'code', 'law', 'bill', 'doctrine']);

export const EVENT_HEADS = new Set(['war', 'olympics', 'games', 'summit', 'conference', 'forum', 'festival', 'cup', 'championship', 'championships', 'election', 'elections', 'revolution', 'uprising', 'crisis', 'expo', 'world cup',
  // sporting events named by place and kind: "Hong Kong Open", "British Masters", "Berlin Grand Prix"
  'open', 'masters', 'prix', 'classic', 'trophy', 'marathon', 'invitational', 'grand prix']);

/** Group names that are not nationalities of one state. */
export const NORP_WORDS: Record<string, string | undefined> = {
  western: undefined, eastern: undefined, european: undefined, asian: undefined, african: undefined, arab: undefined, arabs: undefined, muslim: undefined, muslims: undefined,
  christian: undefined, christians: undefined, jewish: undefined, jews: undefined, catholic: undefined, catholics: undefined, orthodox: undefined, sunni: undefined, shia: undefined, shiite: undefined,
  kurdish: undefined, kurds: undefined, kurd: undefined, latino: undefined, hispanic: undefined, islamic: undefined, islamist: undefined, islamists: undefined, buddhist: undefined, hindu: undefined,
  democrat: 'USA', democrats: 'USA', republican: 'USA', republicans: 'USA', soviet: 'RUS', transatlantic: undefined, caucasian: undefined, baltic: undefined, nordic: undefined, slavic: undefined,
  balkan: undefined, latin: undefined, scandinavian: undefined, persian: 'IRN', palestinian: 'PSE', palestinians: 'PSE', yazidi: undefined, uyghur: 'CHN', uighur: 'CHN', tatar: undefined, pashtun: undefined,
  // peoples and faiths that are not one state's nationality
  serb: undefined, serbs: undefined, croat: undefined, croats: undefined, bosniak: undefined, bosniaks: undefined, hutu: undefined, hutus: undefined, tutsi: undefined, tutsis: undefined,
  tamil: undefined, tamils: undefined, sikh: undefined, sikhs: undefined, shiites: undefined, sunnis: undefined, alawite: undefined, alawites: undefined, druze: undefined, copts: undefined,
  coptic: undefined, berber: undefined, berbers: undefined, basque: undefined, basques: undefined, catalan: undefined, catalans: undefined, bedouin: undefined, maori: undefined,
  moslem: undefined, moslems: undefined, afrikaner: 'ZAF', afrikaners: 'ZAF', zairean: 'COD', zaireans: 'COD', yugoslav: undefined, yugoslavs: undefined,
  // faiths
  islam: undefined, christianity: undefined, judaism: undefined, hinduism: undefined, buddhism: undefined, sikhism: undefined,
  pashtuns: undefined, chechen: undefined, chechens: undefined, kashmiri: undefined, kashmiris: undefined, yazidis: undefined, uyghurs: undefined, uighurs: undefined, tatars: undefined,
};

/** Sentence-initial or stand-alone capitalised words that are never names on their own. */
export const NEVER_NAMES = new Set([
  'i', 'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'you', 'his', 'her', 'their', 'our', 'its', 'my',
  'and', 'but', 'or', 'nor', 'so', 'yet', 'for', 'if', 'when', 'while', 'as', 'at', 'in', 'on', 'of', 'to', 'by', 'with', 'from', 'after', 'before',
  'mr', 'mrs', 'ms', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may',
  'june', 'july', 'august', 'september', 'october', 'november', 'december', 'today', 'yesterday', 'tomorrow', 'photo', 'video', 'details', 'read', 'also',
  // ("Jan" without its period is as often a given name, "Jan Kowalski"; before a day number it is dropped as a date)
  'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'jan.', 'feb.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
  'police', 'government', 'women', 'men', 'total',
  'hundreds', 'thousands', 'dozens', 'millions', 'tens', 'scores', 'many', 'several', 'most', 'few',
  'there', 'here', 'what', 'who', 'which', 'where', 'why', 'how', 'all', 'some', 'no', 'not', 'yes', 'one', 'two', 'three',
]);

/** Acronyms of common things, not of organisations: measures, time zones, weapons, jobs. */
export const COMMON_ACRONYMS = new Set([
  'GDP', 'GNP', 'CPI', 'PPI', 'PMI', 'IPO', 'ETF', 'VAT', 'EPS', 'P/E', 'UTC', 'EDT', 'EST', 'CDT', 'CST', 'PDT', 'PST', 'BST', 'CET',
  'IED', 'VBIED', 'UAV', 'RPG', 'SAM', 'CEO', 'CFO', 'COO', 'CTO', 'MP', 'MEP', 'DNA', 'TV', 'PC', 'ID', 'OK', 'AM', 'PM', 'FAQ', 'PDF', 'URL',
]);

/** First words of clubs' names across Europe and Latin America. */
export const CLUB_PREFIXES = new Set(['Dynamo', 'Dinamo', 'Spartak', 'Lokomotiv', 'Lokomotiva', 'Torpedo', 'Zenit', 'CSKA', 'Real', 'Sporting', 'Atletico', 'Atlético', 'Athletic', 'Racing', 'Olympique', 'Inter', 'Borussia', 'Eintracht', 'Fortuna', 'Rapid', 'Slavia', 'Sparta', 'Dukla', 'Legia', 'Steaua', 'Hapoel', 'Maccabi', 'Beitar', 'Deportivo', 'Club', 'Sociedad', 'Académica', 'Academica', 'Vitoria', 'Vitória', 'Independiente', 'Estudiantes', 'Universidad', 'Corinthians']);

/** Words for people that also stand before the names of firms or groups. */
export const FIRM_OR_PERSON = new Set(['engineer', 'fellow', 'member', 'partner', 'owner', 'investor', 'trader', 'consultant', 'specialist', 'banker', 'colleague', 'friend']);

/** Prefixes of ships' names. */
export const SHIP_PREFIXES = new Set(['HMS', 'USS', 'USNS', 'RMS', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'FS', 'MV', 'SS']);

/** Legal forms that end a company's name and drop from its short name: "Cofinec S.A.", "Magna International Inc". */
export const LEGAL_SUFFIXES = new Set(['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'ag', 'sa', 's.a.', 'nv', 'n.v.', 'gmbh', 'ab', 'spa', 's.p.a.', 'oy', 'asa', 'as', 'bhd', 'pty', 'kk', 'cos', 'cos.', 'corporation', 'incorporated', 'limited', 'company', 'group', 'holdings', 'holding']);

/** First words of company names that say nothing alone ("First Bank System Inc" is not "First"). */
export const GENERIC_NAME_WORDS = new Set(['first', 'new', 'general', 'united', 'national', 'international', 'american', 'american', 'british', 'global', 'royal', 'standard', 'central', 'federal', 'western', 'eastern', 'northern', 'southern', 'great', 'big', 'old', 'bank', 'the', 'pacific', 'atlantic', 'continental', 'universal', 'allied', 'consolidated', 'associated', 'commercial', 'union', 'state', 'china', 'japan']);

/**
 * Nouns whose "of" complement is a town as a place, not its state's government: the town's own offices
 * ("the mayor of Yerevan"), its parts and sights ("the streets of Kyiv", "the outskirts of Baku"), its
 * people ("residents of Minsk") and what befalls it as a place ("the siege of Sarajevo"). A verb after
 * the town belongs to the noun: "The mayor of Yerevan opened a school" is no act of Armenia.
 */
export const CITY_OF_NOUNS = new Set([
  // local offices and services
  'mayor', 'mayors', 'mayoralty', 'city', 'town', 'municipality', 'council', 'councillor', 'councillors', 'councilor', 'councilors', 'governor',
  'police', 'hall', 'metro', 'subway', 'transport', 'traffic', 'zoo', 'port', 'airport', 'airports', 'diocese', 'archbishop', 'bishop', 'patriarch',
  // parts, places and sights
  'street', 'streets', 'outskirts', 'suburb', 'suburbs', 'centre', 'center', 'heart', 'downtown', 'district', 'districts', 'neighbourhood',
  'neighbourhoods', 'neighborhood', 'neighborhoods', 'quarter', 'quarters', 'part', 'parts', 'area', 'areas', 'edge', 'north', 'south', 'east', 'west',
  'skyline', 'skies', 'sky', 'map', 'square', 'squares', 'park', 'parks', 'old', 'university', 'universities', 'school', 'schools', 'hospital',
  'hospitals', 'museum', 'museums', 'church', 'churches', 'mosque', 'mosques', 'cathedral', 'landmarks', 'sights', 'buildings', 'houses', 'markets', 'bazaar',
  // people
  'resident', 'residents', 'inhabitant', 'inhabitants', 'people', 'population', 'citizen', 'citizens', 'native', 'natives', 'crowds', 'youth',
  'children', 'women', 'men', 'families', 'workers', 'students', 'voters', 'refugees', 'victims', 'survivors', 'mayor-elect',
  // what befalls a town as a place
  'siege', 'fall', 'capture', 'liberation', 'bombing', 'bombardment', 'shelling', 'occupation', 'evacuation', 'blockade', 'encirclement', 'defence', 'defense',
  'history', 'climate', 'weather', 'air',
]);

/** Names of God, which name a person ("We believe in God"), never the towns the gazetteer spells alike (Göd). */
export const DEITIES = new Set(['God', 'Allah', 'Jehovah', 'Yahweh']);

/** Nouns for places and their people whose "of" names a place: "the island of Failaka", "a native of Qaim". */
export const PLACE_OF_NOUNS = new Set([
  'village', 'villages', 'town', 'towns', 'city', 'island', 'islands', 'port', 'outskirts', 'suburbs', 'suburb', 'province', 'district',
  'governorate', 'county', 'region', 'native', 'natives', 'resident', 'residents', 'inhabitants', 'streets', 'mayor', 'municipality',
  'vicinity', 'outskirts', 'environs',
]);
