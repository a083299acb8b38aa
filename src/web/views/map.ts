import { api, type ActorRef } from '../api.js';
import { h, s } from '../dom.js';

const W = 960;
const H = 480;
const px = (lon: number) => ((lon + 180) / 360) * W;
const py = (lat: number) => ((90 - lat) / 180) * H;

/** The land outline as an SVG path (equirectangular), from the bundled Natural Earth 1:110m TopoJSON. */
async function landPath(): Promise<string> {
  const [{ feature }, topo] = await Promise.all([import('topojson-client'), import('world-atlas/land-110m.json')]);
  const t = (topo as { default?: unknown }).default ?? topo;
  const land = feature(t as never, (t as { objects: { land: never } }).objects.land) as unknown as { features?: Array<{ geometry: { type: string; coordinates: number[][][] | number[][][][] } }>; geometry?: { type: string; coordinates: number[][][] | number[][][][] } };
  const geoms = land.features ? land.features.map((f) => f.geometry) : land.geometry ? [land.geometry] : [];
  const parts: string[] = [];
  for (const g of geoms) {
    const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as number[][][][];
    for (const poly of polys)
      for (const ring of poly) {
        let d = '';
        let prev: number | null = null;
        for (const [lon, lat] of ring) {
          const jump = prev !== null && Math.abs(lon - prev) > 180; // the antimeridian: lift the pen
          d += `${d && !jump ? 'L' : 'M'}${px(lon).toFixed(1)},${py(lat).toFixed(1)}`;
          prev = lon;
        }
        parts.push(d + 'Z');
      }
  }
  return parts.join('');
}

export async function mapView(app: HTMLElement): Promise<void> {
  const [land, actors, events] = await Promise.all([landPath(), api.entities({ limit: 5000 }), api.events({ limit: 5000 })]);
  const places = actors.filter((a) => a.geo && (a.type === 'GPE' || a.type === 'LOC' || a.type === 'FAC'));
  const byPlace = new Map<number, { place: ActorRef; n: number; types: Set<string> }>();
  for (const e of events) {
    if (!e.place?.geo) continue;
    const x = byPlace.get(e.place.id) ?? { place: e.place, n: 0, types: new Set<string>() };
    x.n++;
    x.types.add(e.type);
    byPlace.set(e.place.id, x);
  }
  app.append(
    h('h2', null, 'Map of places and events'),
    h('p', { class: 'muted' }, `${places.length} places mentioned (grey), ${byPlace.size} places where events happened (red, sized by events). Click one for its page. Outline: Natural Earth 1:110m (public domain), drawn offline.`),
    s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart map', 'data-testid': 'map' },
      s('rect', { x: 0, y: 0, width: W, height: H, class: 'sea' }),
      s('path', { d: land, class: 'land', 'data-testid': 'land' }),
      places.map((a) => s('a', { href: `#/actor/${a.id}` }, s('circle', { cx: px(a.geo!.lon), cy: py(a.geo!.lat), r: 2.5, class: 'place' }, s('title', null, `${a.name} · mentioned in ${a.articles} article${a.articles === 1 ? '' : 's'}`)))),
      [...byPlace.values()].map((x) => s('a', { href: `#/actor/${x.place.id}` }, s('circle', { cx: px(x.place.geo!.lon), cy: py(x.place.geo!.lat), r: 4 + 3 * Math.sqrt(x.n), class: 'event-place' }, s('title', null, `${x.place.name}: ${x.n} event${x.n === 1 ? '' : 's'} (${[...x.types].join(', ')})`))))) as unknown as Node,
  );
}
