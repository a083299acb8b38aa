import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../../core/doc.js';
import type { Entity } from '../../core/types.js';
import { defaultKnowledge } from '../../kb/index.js';
import { airportKey } from '../../kb/airports.js';
import { usPostalPlaces } from '../../kb/places.js';
import { analyzeUpTo } from '../../test-support/pipeline.js';

const run = (text: string) => analyzeUpTo(text, 'entities', { published: '2024-05-02' });
const byName = (doc: Doc, name: string): Entity => {
  const e = doc.layers.entities!.find((x) => x.name === name);
  assert.ok(e, `no entity "${name}" in ${doc.layers.entities!.map((x) => x.name).join(', ')}`);
  return e;
};
/** Whether an entity's point lies within `deg` degrees of (lat, lon). */
const near = (e: Entity, lat: number, lon: number, deg = 0.5) => !!e.geo && Math.abs(e.geo.lat - lat) < deg && Math.abs(e.geo.lon - lon) < deg;

test('the county table knows a county in every state that has one', () => {
  const kb = defaultKnowledge();
  assert.deepEqual(kb.usCounties('Barrow').map((c) => c.state), ['GA']);
  const douglas = kb.usCounties('Douglas').map((c) => c.state);
  assert.ok(douglas.includes('MN') && douglas.includes('GA') && douglas.length > 8, douglas.join(','));
  assert.deepEqual(kb.usCounties('Saint Louis').map((c) => c.state).sort(), kb.usCounties('St. Louis').map((c) => c.state).sort());
});

test('counties named in a list are placed in the state the article points to, not at towns of their names', () => {
  const doc = run('Crews cleared roads in Barrow and Jackson counties on Monday, and Walton County schools stayed closed, officials in Winder said.');
  // Barrow, Jackson and Walton counties of Georgia, not Barrow, Alaska, or Jackson, Mississippi
  assert.ok(near(byName(doc, 'Barrow'), 33.99, -83.71), JSON.stringify(byName(doc, 'Barrow').geo));
  assert.ok(near(byName(doc, 'Jackson'), 34.13, -83.57), JSON.stringify(byName(doc, 'Jackson').geo));
  assert.ok(near(byName(doc, 'Walton County'), 33.77, -83.73), JSON.stringify(byName(doc, 'Walton County').geo));
});

test('"City, State" places a county of a common name in that state', () => {
  const doc = run('Douglas County commissioners met in Alexandria, Minn., on Monday.');
  const county = byName(doc, 'Douglas County');
  assert.ok(near(county, 45.93, -95.45), JSON.stringify(county.geo));
  assert.equal(county.country, 'USA');
  assert.ok(near(byName(doc, 'Alexandria'), 45.89, -95.38), JSON.stringify(byName(doc, 'Alexandria').geo));
});

test('a country-named town in an American story set in its state is the town', () => {
  const doc = run('The sheriff said deputies arrested two men in Palestine on Friday. The Anderson County jail in Texas holds them, and a hearing in Tyler is set for Monday.');
  // Palestine, Texas: Anderson County and Tyler lie there
  assert.ok(near(byName(doc, 'Palestine'), 31.76, -95.63), JSON.stringify(byName(doc, 'Palestine').geo));
});

test('a country named among other countries stays the country, whatever the article\'s American setting', () => {
  const doc = run('Tariffs on China hurt farmers in Iowa, the county sheriff said, and Germany agreed.');
  assert.equal(byName(doc, 'China').geo?.country, 'CHN');
});

test('a dateline town goes to the state the story names, not to a larger namesake or one beside a big city', () => {
  const doc = run('Leader of group defends work. ATLANTA - A former network leader being prosecuted in a Georgia man\'s death spoke in Chicago on Tuesday.');
  assert.ok(near(byName(doc, 'ATLANTA'), 33.75, -84.39), JSON.stringify(byName(doc, 'ATLANTA').geo));
});

test('a province that no town names is placed by the division table, in the country the article names', () => {
  const doc = run('Gunmen attacked two villages in Zamfara, Nigeria, on Sunday.');
  const zamfara = byName(doc, 'Zamfara');
  assert.equal(zamfara.geo?.country, 'NGA');
  assert.ok(near(zamfara, 12.1, 6.2, 1), JSON.stringify(zamfara.geo));
});

test('an English county beats an American town of its name in a story set in England', () => {
  const doc = run('Bird flu was found on a farm in Suffolk, England, and another near Norwich in Norfolk.');
  // Suffolk and Norfolk, England, not Suffolk or Norfolk, Virginia
  assert.equal(byName(doc, 'Suffolk').geo?.country, 'GBR');
  assert.ok(near(byName(doc, 'Norfolk'), 52.7, 1.0), JSON.stringify(byName(doc, 'Norfolk').geo));
});

test('a facility named after a place the article places lies there', () => {
  const doc = run('Nurses at the Springfield hospital walked out on Monday, officials in Springfield, Mo., said.');
  const hospital = doc.layers.entities!.find((e) => e.name.startsWith('Springfield') && e.type === 'FAC');
  assert.ok(hospital, 'no Springfield facility');
  assert.ok(near(hospital, 37.2, -93.3), JSON.stringify(hospital.geo));
});

test('a town premodifying "man" in an American story is the town, not the country of its name', () => {
  const doc = run('A 36-year-old Palestine man who eluded deputies was arrested on Friday, the Sheriff said. He is held in the Anderson County jail.');
  const palestine = byName(doc, 'Palestine');
  assert.equal(palestine.geo?.country, 'USA');
});

test('"Georgia" is the state where the article\'s towns lie only in the United States', () => {
  const doc = run('A bill would prohibit Georgia communities from limiting modular homes built in Gainesville and Duluth, its sponsor said.');
  const georgia = byName(doc, 'Georgia');
  assert.equal(georgia.country, 'USA');
  assert.ok(near(byName(doc, 'Gainesville'), 34.3, -83.8), JSON.stringify(byName(doc, 'Gainesville').geo));
});

test('a country named only by its capital is placed at the capital, one named itself at its centre', () => {
  const byCapital = run('Moscow said on Tuesday that it would answer the sanctions. Moscow has rejected the charges before.');
  assert.ok(near(byName(byCapital, 'Russia'), 55.75, 37.62), JSON.stringify(byName(byCapital, 'Russia').geo));
  const named = run('Russia said on Tuesday that it would answer the sanctions. Russia rejected the charges.');
  assert.ok(near(byName(named, 'Russia'), 60, 100, 5), JSON.stringify(byName(named, 'Russia').geo));
});

test('cities go by the names English news gives them, and a namesake town keeps its chance', () => {
  const kb = defaultKnowledge();
  assert.equal(kb.places('Bombay')[0]?.name, 'Mumbai');
  assert.equal(kb.places('Kiev')[0]?.country2, 'UA');
  assert.deepEqual(kb.places('St. Petersburg').map((p) => p.country2).slice(0, 2), ['RU', 'US']);
  const doc = run('Officials in St. Petersburg, Fla., said the storm had passed.');
  assert.ok(near(byName(doc, 'St. Petersburg'), 27.77, -82.68), JSON.stringify(byName(doc, 'St. Petersburg').geo));
});

test('a country name after a street or a person\'s age is a hometown', () => {
  const doc = run('Services will be held at the church, 400 S. Locust St., Lebanon. The Sheriff thanked volunteers.');
  assert.equal(byName(doc, 'Lebanon').geo?.country, 'USA');
  const jury = run('The Anderson County grand jury indicted Joyce Glover, 22, Palestine, on Tuesday, the Sheriff\'s Office said.');
  assert.equal(byName(jury, 'Palestine').geo?.country, 'USA');
});

test('a county named inside another name pins a town to its namesake there', () => {
  // "Henry County" stands only in the office's name, yet Paris, Tennessee, lies in it
  const doc = run("A Paris man was arrested Friday after a chase, the Henry County Sheriff's Office said.");
  assert.ok(near(byName(doc, 'Paris'), 36.3, -88.33), JSON.stringify(byName(doc, 'Paris').geo));
});

test('a capital\'s name standing for its country is a namesake town in a local American story, and the country elsewhere', () => {
  const local = run('Officials from Paris met Lamar County commissioners and the sheriff on Monday to discuss the sales tax.');
  const paris = byName(local, 'Paris');
  assert.ok(near(paris, 33.66, -95.56), JSON.stringify(paris.geo));
  assert.equal(paris.kb, undefined);
  const world = run('Officials from Paris met European Union ministers on Monday to discuss the budget.');
  assert.equal(byName(world, 'France').geo?.country, 'FRA');
});

test('a country-named town is the town where the county the text names holds it, whatever foreign words the story uses', () => {
  const doc = run('Deputies searched roads between Palestine and Elkhart on Monday after the Anderson County grand jury indicted a member of the Mexican Mafia.');
  assert.ok(near(byName(doc, 'Palestine'), 31.76, -95.63), JSON.stringify(byName(doc, 'Palestine').geo));
});

test("an American story's capital is Washington, D.C., not a town of that name in a state the story names", () => {
  const doc = run('WASHINGTON — The House voted Thursday to tax the bonuses, and members from Ohio, Iowa and Connecticut backed the bill.');
  assert.ok(near(byName(doc, 'WASHINGTON'), 38.9, -77.04), JSON.stringify(byName(doc, 'WASHINGTON').geo));
});

test('places spelled with letters that carry no accent, or with the Arabic article, are found as English news spells them', () => {
  const doc = run('Kurdish fighters withdrew from Qamishli on Sunday, and Turkish troops shelled villages near Dogubayazit.');
  assert.ok(near(byName(doc, 'Qamishli'), 37.05, 41.23), JSON.stringify(byName(doc, 'Qamishli').geo));
  assert.ok(near(byName(doc, 'Dogubayazit'), 39.55, 44.08), JSON.stringify(byName(doc, 'Dogubayazit').geo));
});

test("a town used as a reader's hometown is a local namesake, not the world city of its name", () => {
  // "an Alexandria man" in a Douglas County story: Alexandria, Minnesota, not Egypt's second city
  const doc = run('An Alexandria man was hurt Tuesday in a crash on Nokomis Street, the Douglas County sheriff said.');
  assert.ok(near(byName(doc, 'Alexandria'), 45.89, -95.38), JSON.stringify(byName(doc, 'Alexandria').geo));
});

test('a region named after a state and a country lies where the article\'s other places lie', () => {
  const doc = run('School districts in Northeast Georgia are reviewing layoff policies, officials in Oconee County and Barrow County said.');
  assert.equal(byName(doc, 'Northeast Georgia').geo?.country, 'USA');
});

test('a country named by its seat of power is placed at its capital', () => {
  const doc = run('The White House said on Monday that the talks would go on.');
  assert.ok(near(byName(doc, 'United States'), 38.9, -77.04), JSON.stringify(byName(doc, 'United States').geo));
});

test('"Georgia" among the Caucasus countries stays the country, whatever the dollar figures in the story', () => {
  const doc = run('The corridor carries $2 billion of freight a year from Kazakhstan across the Caspian to Azerbaijan, then through Georgia to Turkey.');
  assert.equal(byName(doc, 'Georgia').geo?.country, 'GEO');
});

test('a hamlet too small for the city list is placed by its post office, where the story\'s county holds it', () => {
  const doc = run('Fire destroyed a barn in Bomoseen on Tuesday, the Rutland County sheriff said.');
  assert.ok(near(byName(doc, 'Bomoseen'), 43.64, -73.21), JSON.stringify(byName(doc, 'Bomoseen').geo));
});

test('a hamlet in a state the story names does not outweigh the city of its name', () => {
  // Denver, Indiana, is a post office; "based in Denver" is Colorado's capital
  const doc = run('Indiana officials said the company, which is based in Denver, will hire 200 workers.');
  assert.ok(near(byName(doc, 'Denver'), 39.74, -104.98), JSON.stringify(byName(doc, 'Denver').geo));
});

test('hamlets known only by their post offices do not make words into places', () => {
  const kb = defaultKnowledge();
  // "Golf" is a post office in Illinois, but no town of the city list that the recogniser consults
  assert.ok(usPostalPlaces('Golf').some((p) => p.admin1 === 'IL'));
  assert.equal(kb.places('Golf').length, 0);
});

test('a state named like its city is the state in a list of states or before "state", and the city otherwise', () => {
  const listed = run('Cases were confirmed in Michigan, Oregon, New Mexico, New York, Indiana and Ohio.');
  assert.ok(near(byName(listed, 'New York'), 43, -75.5), JSON.stringify(byName(listed, 'New York').geo));
  const state = run('A disaster has occurred throughout New York state, the governor said.');
  assert.ok(near(byName(state, 'New York'), 43, -75.5), JSON.stringify(byName(state, 'New York').geo));
  const city = run('Fans came from Texas and Washington, D.C., and the band played in New York on Thursday.');
  assert.ok(near(byName(city, 'New York'), 40.71, -74.01), JSON.stringify(byName(city, 'New York').geo));
  assert.ok(near(byName(city, 'Washington'), 38.9, -77.04), JSON.stringify(byName(city, 'Washington').geo));
});

test('a country-named town whose county the text names is the town, though names built on it ("Lebanon Police") echo the country', () => {
  const doc = run('A Lebanon woman, 41, was arrested Friday by Lebanon Police after a traffic stop. She was held in the Boone County Jail, and Boone County deputies searched her home.');
  // Lebanon, Indiana, the seat of Boone County
  assert.ok(near(byName(doc, 'Lebanon'), 40.05, -86.47), JSON.stringify(byName(doc, 'Lebanon').geo));
});

test('a county is placed in the state the article names most often, not in a neighbouring state it names once', () => {
  const doc = run(
    'Indiana lawmakers want tougher rules. Drivers in Indiana pay less than in Illinois, Ohio or Kentucky, and Indiana roads are worse, said a Boone County commissioner.',
  );
  assert.ok(near(byName(doc, 'Boone County'), 40.05, -86.47, 0.6), JSON.stringify(byName(doc, 'Boone County').geo));
});

test('seas, lakes, mountain ranges, peninsulas and deserts are placed by the regions table', () => {
  const doc = run('Ships crossed Lake Erie on Monday. Tensions on the Korean Peninsula rose as snow fell in the Ural Mountains and a storm crossed the Sahara.');
  assert.ok(near(byName(doc, 'Lake Erie'), 42.2, -81.2), JSON.stringify(byName(doc, 'Lake Erie').geo));
  assert.ok(near(byName(doc, 'Korean Peninsula'), 38, 127.5), JSON.stringify(byName(doc, 'Korean Peninsula').geo));
  assert.ok(near(byName(doc, 'Ural Mountains'), 60, 59.5), JSON.stringify(byName(doc, 'Ural Mountains').geo));
  assert.ok(near(byName(doc, 'Sahara'), 23, 13), JSON.stringify(byName(doc, 'Sahara').geo));
});

test('newsroom abbreviations of city names are the cities', () => {
  const doc = run('The band played two shows in L.A. last week before flying home.');
  assert.ok(near(byName(doc, 'L.A.'), 34.05, -118.24), JSON.stringify(byName(doc, 'L.A.').geo));
});

test('a part of a state names the state: a town of a common name goes there', () => {
  const doc = run('Storms knocked out power across Northeast Texas on Sunday, and shelters opened in Paris for families.');
  assert.ok(near(byName(doc, 'Paris'), 33.66, -95.56), JSON.stringify(byName(doc, 'Paris').geo));
});

test('a state named like its city is the state after a town of that state, but the city after one of its boroughs', () => {
  const upstate = run('A nine-year-old girl from Buffalo, New York, died of the flu on Monday.');
  assert.ok(near(byName(upstate, 'New York'), 43, -75.5, 1), JSON.stringify(byName(upstate, 'New York').geo));
  const city = run('Students at a school in Queens, New York, fell ill on Monday.');
  assert.ok(near(byName(city, 'New York'), 40.71, -74.01), JSON.stringify(byName(city, 'New York').geo));
});

test('a street clipped to its common noun does not pull the article\'s towns to hamlets of that name', () => {
  const doc = run('Police closed Northwest 13th Street and 34th Street in Gainesville after the crash, and traffic on the Avenue backed up for an hour. The University of Florida said classes would go on.');
  assert.ok(near(byName(doc, 'Gainesville'), 29.65, -82.32), JSON.stringify(byName(doc, 'Gainesville').geo));
});

test('a consolidated city-county is placed at the county of its second name', () => {
  const doc = run('Athens-Clarke County commissioners voted on Tuesday to raise the tax rate, the first such rise in northeast Georgia this year.');
  assert.ok(near(byName(doc, 'Athens-Clarke County'), 33.95, -83.38), JSON.stringify(byName(doc, 'Athens-Clarke County').geo));
});

test('a country-named town beside a town the article places is the town', () => {
  const doc = run('Crews repaired the bridge on the road between Jordan and Shakopee on Monday, the county engineer said.');
  // Jordan, Minnesota, a few miles from Shakopee
  assert.ok(near(byName(doc, 'Jordan'), 44.67, -93.63), JSON.stringify(byName(doc, 'Jordan').geo));
});

test('an airport is known by its name with or without the generic words', () => {
  assert.equal(airportKey('Zvartnots International Airport'), airportKey('Zvartnots airport'));
  const kb = defaultKnowledge();
  const [evn] = kb.airports('Zvartnots airport');
  assert.equal(evn?.country2, 'AM');
  assert.ok(Math.abs(evn.lat - 40.15) < 0.1 && Math.abs(evn.lon - 44.4) < 0.1, JSON.stringify(evn));
  assert.deepEqual(kb.airports('International Airport'), [], 'the generic words alone name no airport');
});

test('an airport named in an article is placed at the airport and gets its country', () => {
  const doc = run('Flights from Zvartnots airport resumed on Monday. Later a plane from Yerevan landed at Ben Gurion International Airport.');
  const evn = byName(doc, 'Zvartnots airport');
  assert.equal(evn.country, 'ARM');
  assert.ok(evn.geo && Math.abs(evn.geo.lat - 40.15) < 0.1, JSON.stringify(evn.geo));
  assert.equal(byName(doc, 'Ben Gurion International Airport').country, 'ISR');
});

test('a town is not taken for the airport named after it', () => {
  const doc = run('A new school opened in Yerevan on Monday.');
  const yerevan = byName(doc, 'Yerevan');
  // the city's point, not Zvartnots' (12 km west) or any airport's
  assert.ok(yerevan.geo && Math.abs(yerevan.geo.lon - 44.51) < 0.05, JSON.stringify(yerevan.geo));
});

test('a facility named after its town lies at the town; a street named after a city does not', () => {
  const doc = run('Floodwater reached the Sukkur barrage in Pakistan on Monday. Later a fire broke out at 6016 Dublin Road.');
  const barrage = byName(doc, 'Sukkur barrage');
  assert.equal(barrage.country, 'PAK');
  assert.ok(barrage.geo && Math.abs(barrage.geo.lat - 27.7) < 0.3, JSON.stringify(barrage.geo));
  const road = doc.layers.entities!.find((x) => x.name === 'Dublin Road');
  assert.ok(!road?.geo || road.geo.country !== 'IRL', JSON.stringify(road?.geo));
});
