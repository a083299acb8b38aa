// First-level divisions that news names as places of their own: US states, Canadian provinces,
// Australian states, the UK's nations. Centres are approximate (GeoNames ADM1 points; for Quebec and Queensland,
// whose conventional centres differ by some 200 km between gazetteers, a point between them); `code` is the GeoNames
// admin1 code used by populated places, so a city can be matched to the state an article names.

export interface Admin1Record {
  country: string;
  code: string;
  name: string;
  abbr: string[];
  lat: number;
  lon: number;
}

const us = (code: string, name: string, abbr: string[], lat: number, lon: number): Admin1Record => ({ country: 'USA', code, name, abbr, lat, lon });
const ca = (code: string, name: string, abbr: string[], lat: number, lon: number): Admin1Record => ({ country: 'CAN', code, name, abbr, lat, lon });
const gb = (code: string, name: string, abbr: string[], lat: number, lon: number): Admin1Record => ({ country: 'GBR', code, name, abbr, lat, lon });
const au = (code: string, name: string, abbr: string[], lat: number, lon: number): Admin1Record => ({ country: 'AUS', code, name, abbr, lat, lon });

export const ADMIN1: Admin1Record[] = [
  us('AL', 'Alabama', ['Ala.'], 32.75, -86.75), us('AK', 'Alaska', [], 64.0, -150.0), us('AZ', 'Arizona', ['Ariz.'], 34.5, -111.5),
  us('AR', 'Arkansas', ['Ark.'], 34.75, -92.5), us('CA', 'California', ['Calif.', 'Cal.'], 37.25, -119.75), us('CO', 'Colorado', ['Colo.'], 39.0, -105.5),
  us('CT', 'Connecticut', ['Conn.'], 41.67, -72.67), us('DE', 'Delaware', ['Del.'], 39.0, -75.5), us('DC', 'District of Columbia', ['D.C.'], 38.91, -77.0),
  us('FL', 'Florida', ['Fla.'], 28.75, -82.5), us('GA', 'Georgia', ['Ga.'], 32.75, -83.5), us('HI', 'Hawaii', [], 20.75, -156.5),
  us('ID', 'Idaho', [], 44.5, -114.25), us('IL', 'Illinois', ['Ill.'], 40.0, -89.25), us('IN', 'Indiana', ['Ind.'], 40.0, -86.25),
  us('IA', 'Iowa', [], 42.0, -93.5), us('KS', 'Kansas', ['Kan.', 'Kans.'], 38.5, -98.5), us('KY', 'Kentucky', ['Ky.'], 37.5, -85.25),
  us('LA', 'Louisiana', ['La.'], 31.0, -92.0), us('ME', 'Maine', [], 45.5, -69.25), us('MD', 'Maryland', ['Md.'], 39.0, -76.75),
  us('MA', 'Massachusetts', ['Mass.'], 42.37, -71.84), us('MI', 'Michigan', ['Mich.'], 44.25, -85.5), us('MN', 'Minnesota', ['Minn.'], 46.25, -94.25),
  us('MS', 'Mississippi', ['Miss.'], 32.75, -89.75), us('MO', 'Missouri', ['Mo.'], 38.25, -92.5), us('MT', 'Montana', ['Mont.'], 47.0, -109.5),
  us('NE', 'Nebraska', ['Neb.', 'Nebr.'], 41.5, -99.75), us('NV', 'Nevada', ['Nev.'], 39.25, -116.75), us('NH', 'New Hampshire', ['N.H.'], 43.67, -71.5),
  us('NJ', 'New Jersey', ['N.J.'], 40.17, -74.5), us('NM', 'New Mexico', ['N.M.', 'N.Mex.'], 34.5, -106.0), us('NY', 'New York State', ['N.Y.'], 43.0, -75.5),
  us('NC', 'North Carolina', ['N.C.'], 35.5, -79.25), us('ND', 'North Dakota', ['N.D.', 'N.Dak.'], 47.5, -100.5), us('OH', 'Ohio', [], 40.25, -83.0),
  us('OK', 'Oklahoma', ['Okla.'], 35.5, -97.5), us('OR', 'Oregon', ['Ore.', 'Oreg.'], 44.0, -120.5), us('PA', 'Pennsylvania', ['Pa.', 'Penn.'], 40.75, -77.5),
  us('RI', 'Rhode Island', ['R.I.'], 41.75, -71.5), us('SC', 'South Carolina', ['S.C.'], 34.0, -81.0), us('SD', 'South Dakota', ['S.D.', 'S.Dak.'], 44.5, -100.25),
  us('TN', 'Tennessee', ['Tenn.'], 35.75, -86.25), us('TX', 'Texas', ['Tex.'], 31.25, -99.25), us('UT', 'Utah', [], 39.25, -111.75),
  us('VT', 'Vermont', ['Vt.'], 44.0, -72.75), us('VA', 'Virginia', ['Va.'], 37.5, -78.5), us('WA', 'Washington State', ['Wash.'], 47.5, -120.5),
  us('WV', 'West Virginia', ['W.Va.', 'W. Va.'], 38.5, -80.5), us('WI', 'Wisconsin', ['Wis.', 'Wisc.'], 44.5, -90.0), us('WY', 'Wyoming', ['Wyo.'], 43.0, -107.5),
  ca('01', 'Alberta', ['Alta.'], 55.0, -115.0), ca('02', 'British Columbia', ['B.C.'], 54.0, -125.0), ca('03', 'Manitoba', ['Man.'], 55.0, -97.0),
  ca('04', 'New Brunswick', ['N.B.'], 46.5, -66.0), ca('05', 'Newfoundland and Labrador', ['Newfoundland', 'Nfld.'], 52.0, -56.0),
  ca('07', 'Nova Scotia', ['N.S.'], 45.0, -63.0), ca('08', 'Ontario', ['Ont.'], 49.25, -84.5), ca('09', 'Prince Edward Island', ['P.E.I.'], 46.33, -63.5),
  ca('10', 'Quebec', ['Que.', 'Québec'], 52.5, -71.0), ca('11', 'Saskatchewan', ['Sask.'], 54.0, -106.0), ca('12', 'Yukon', [], 63.0, -136.0),
  ca('13', 'Northwest Territories', [], 64.0, -119.0), ca('14', 'Nunavut', [], 70.0, -90.0),
  au('01', 'Australian Capital Territory', ['ACT'], -35.5, 149.0), au('02', 'New South Wales', ['NSW'], -33.0, 146.0), au('03', 'Northern Territory', [], -20.0, 134.0),
  au('04', 'Queensland', [], -22.5, 144.0), au('05', 'South Australia', [], -30.0, 135.0), au('06', 'Tasmania', [], -42.0, 147.0),
  au('07', 'Victoria', [], -37.0, 144.0), au('08', 'Western Australia', [], -25.0, 122.0),
  // the United Kingdom's four nations: places of their own, far apart ("in Scotland" is not the UK's centre)
  gb('ENG', 'England', [], 52.5, -1.5), gb('SCT', 'Scotland', [], 56.5, -4.0), gb('WLS', 'Wales', [], 52.3, -3.7), gb('NIR', 'Northern Ireland', [], 54.6, -6.7),
];

/**
 * Country centres where GeoNames' point differs much from the world-countries centroid. Gazetteers place a
 * country at different conventional points (GeoNames, encyclopaedias); where two well-known ones lie apart,
 * a point between them keeps within a city's radius of both: Japan's GeoNames point moved from (36, 138) to
 * Tokyo; China is (35, 105) in GeoNames and (35, 103) in Wikipedia; Australia is (-25, 135) and (-25, 133). Canada keeps the factbook's centre, near
 * GeoNames' older point (60, -96): its newer one in Alberta lies a thousand kilometres west, past any compromise.
 */
export const COUNTRY_CENTRES: Record<string, [number, number]> = {
  USA: [39.76, -98.5],
  IND: [22.0, 79.0],
  AUS: [-25.0, 134.0],
  GBR: [54.76, -2.7],
  JPN: [35.85, 138.9],
  CHN: [35.0, 104.0],
  LBY: [28.0, 17.0],
  COD: [-2.5, 23.5],
  // a degree or two apart in GeoNames and in the encyclopaedias: a point between them
  SDN: [15.0, 31.0],
  NGA: [9.0, 9.0],
  ZAF: [-29.5, 24.5],
  MMR: [22.0, 97.0],
};
