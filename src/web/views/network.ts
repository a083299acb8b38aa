import { api, type Network } from '../api.js';
import { h, s } from '../dom.js';

const W = 900;
const H = 600;

/** A small deterministic force layout: repulsion between all nodes, springs along edges, gravity to the centre. */
export function layout(net: Network): Map<number, { x: number; y: number }> {
  const n = net.nodes.length;
  const pos = net.nodes.map((_, i) => ({ x: W / 2 + Math.cos((2 * Math.PI * i) / n) * W * 0.35, y: H / 2 + Math.sin((2 * Math.PI * i) / n) * H * 0.35, dx: 0, dy: 0 }));
  const index = new Map(net.nodes.map((a, i) => [a.id, i]));
  const edges = net.edges.map((e) => [index.get(e.source)!, index.get(e.target)!, e.events] as const).filter(([a, b]) => a !== undefined && b !== undefined);
  const k = Math.sqrt((W * H) / Math.max(1, n)) * 0.5;
  for (let it = 0; it < 300; it++) {
    const t = 20 * (1 - it / 300) + 0.5;
    for (const p of pos) p.dx = p.dy = 0;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x || 0.01;
        const dy = pos[i].y - pos[j].y || 0.01;
        const d2 = dx * dx + dy * dy;
        const f = (k * k) / d2;
        pos[i].dx += dx * f; pos[i].dy += dy * f;
        pos[j].dx -= dx * f; pos[j].dy -= dy * f;
      }
    for (const [a, b] of edges) {
      const dx = pos[a].x - pos[b].x;
      const dy = pos[a].y - pos[b].y;
      const d = Math.sqrt(dx * dx + dy * dy) || 0.01;
      const f = d / k;
      pos[a].dx -= dx * f; pos[a].dy -= dy * f;
      pos[b].dx += dx * f; pos[b].dy += dy * f;
    }
    for (const p of pos) {
      // gravity grows with the distance from the centre, so separate groups stay near
      const gx = W / 2 - p.x;
      const gy = H / 2 - p.y;
      const g = Math.sqrt(gx * gx + gy * gy) / k;
      p.dx += gx * g * 0.5;
      p.dy += gy * g * 0.5;
      const d = Math.sqrt(p.dx * p.dx + p.dy * p.dy) || 1;
      p.x += (p.dx / d) * Math.min(d, t);
      p.y += (p.dy / d) * Math.min(d, t);
    }
  }
  // fit the drawing to the box
  const xs = pos.map((p) => p.x);
  const ys = pos.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const fx = (x: number) => 30 + ((x - x0) / Math.max(1, x1 - x0)) * (W - 170);
  const fy = (y: number) => 25 + ((y - y0) / Math.max(1, y1 - y0)) * (H - 50);
  return new Map(net.nodes.map((a, i) => [a.id, { x: n === 1 ? W / 2 : fx(pos[i].x), y: n === 1 ? H / 2 : fy(pos[i].y) }]));
}

export async function networkView(app: HTMLElement, params: URLSearchParams): Promise<void> {
  const full = await api.network({ actor: params.get('actor') ?? '', type: params.get('type') ?? '', limit: 500 });
  // the busiest actors, so the picture stays readable
  const degree = new Map<number, number>();
  for (const e of full.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + e.events);
    degree.set(e.target, (degree.get(e.target) ?? 0) + e.events);
  }
  const keep = new Set([...degree.entries()].sort((a, b) => b[1] - a[1]).slice(0, 60).map(([id]) => id));
  const net: Network = { nodes: full.nodes.filter((a) => keep.has(a.id)), edges: full.edges.filter((e) => keep.has(e.source) && keep.has(e.target) && e.source !== e.target) };
  app.append(h('h2', null, 'Actor network'), h('p', { class: 'muted' }, `${net.nodes.length} actors, ${net.edges.length} links. Edge width: events; colour: `, h('span', { class: 'swatch coop' }, 'cooperation'), ' ', h('span', { class: 'swatch conflict' }, 'conflict'), ' ', h('span', { class: 'swatch neutral' }, 'neutral'), '. Click an actor for its page.'));
  if (!net.nodes.length) {
    app.append(h('p', null, 'No events between actors yet.'));
    return;
  }
  const pos = layout(net);
  const maxDeg = Math.max(...net.nodes.map((a) => degree.get(a.id) ?? 1));
  app.append(
    s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart network', 'data-testid': 'network' },
      net.edges.map((e) => {
        const a = pos.get(e.source)!;
        const b = pos.get(e.target)!;
        const cls = e.goldstein === null ? 'neutral' : e.goldstein > 0 ? 'coop' : e.goldstein < 0 ? 'conflict' : 'neutral';
        return s('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: `edge ${cls}`, 'stroke-width': 1 + Math.log2(1 + e.events) * 1.5 }, s('title', null, `${e.types.join(', ')} · ${e.events} event${e.events === 1 ? '' : 's'} · Goldstein ${e.goldstein ?? '—'}`));
      }),
      net.nodes.map((a) => {
        const p = pos.get(a.id)!;
        const r = 4 + 10 * Math.sqrt((degree.get(a.id) ?? 1) / maxDeg);
        return s('a', { href: `#/actor/${a.id}`, class: 'node' }, s('circle', { cx: p.x, cy: p.y, r, class: `node-${a.type}` }, s('title', null, `${a.name} (${a.code ?? a.type})`)), s('text', { x: p.x + r + 2, y: p.y + 4 }, a.name));
      })) as unknown as Node,
  );
}
