import { api, type Series } from '../api.js';
import { fmt, h, s } from '../dom.js';

const W = 900;
const H = 260;
const PAD = { l: 50, r: 20, t: 20, b: 40 };
const day = (d: string) => Date.parse(d.slice(0, 10)) / 86_400_000;

/** A date for a series point: its own time when it names a day, month or year, else the article's date. */
function pointDay(p: Series['points'][number]): number | null {
  const t = p.time && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(p.time) ? p.time.padEnd(10, '-01').replace(/-(?=-)/g, '-01').slice(0, 10) : p.published?.slice(0, 10);
  if (!t) return null;
  const d = day(t.length === 4 ? `${t}-01-01` : t.length === 7 ? `${t}-01` : t);
  return Number.isNaN(d) ? null : d;
}

function axes(x0: number, x1: number, y1: number, what: string): SVGElement[] {
  const sx = (d: number) => PAD.l + ((d - x0) / Math.max(1, x1 - x0)) * (W - PAD.l - PAD.r);
  const ticks: SVGElement[] = [];
  const n = 6;
  for (let i = 0; i <= n; i++) {
    const d = x0 + ((x1 - x0) * i) / n;
    ticks.push(s('text', { x: sx(d), y: H - PAD.b + 16, 'text-anchor': 'middle', class: 'tick' }, new Date(d * 86_400_000).toISOString().slice(0, 10)));
  }
  ticks.push(s('text', { x: PAD.l - 6, y: PAD.t + 4, 'text-anchor': 'end', class: 'tick' }, fmt(y1)), s('text', { x: PAD.l - 6, y: H - PAD.b, 'text-anchor': 'end', class: 'tick' }, '0'));
  ticks.push(s('line', { x1: PAD.l, y1: H - PAD.b, x2: W - PAD.r, y2: H - PAD.b, class: 'axis' }), s('text', { x: PAD.l, y: 12, class: 'tick' }, what));
  return ticks;
}

export async function timelineView(app: HTMLElement, params: URLSearchParams): Promise<void> {
  const actor = params.get('actor') ?? '';
  const [buckets, series] = await Promise.all([api.timeline({ actor }), api.series({ limit: 500 })]);
  app.append(h('h2', null, 'Timeline of events', actor ? ` — ${actor}` : ''));
  if (!buckets.length) app.append(h('p', { class: 'muted' }, 'No dated events.'));
  else {
    const x0 = day(buckets[0].date) - 1;
    const x1 = day(buckets[buckets.length - 1].date) + 1;
    const max = Math.max(...buckets.map((b) => b.events));
    const sx = (d: number) => PAD.l + ((d - x0) / Math.max(1, x1 - x0)) * (W - PAD.l - PAD.r);
    const sy = (v: number) => H - PAD.b - (v / max) * (H - PAD.t - PAD.b);
    const bw = Math.max(3, Math.min(24, (W - PAD.l - PAD.r) / (x1 - x0) - 1));
    app.append(
      s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', 'data-testid': 'timeline-chart', role: 'img', 'aria-label': 'events per day' },
        axes(x0, x1, max, 'events per day'),
        buckets.map((b) => {
          const link = s('a', { href: `#/events?since=${b.date}&until=${b.date}${actor ? `&actor=${encodeURIComponent(actor)}` : ''}` },
            s('rect', { x: sx(day(b.date)) - bw / 2, y: sy(b.events), width: bw, height: H - PAD.b - sy(b.events), class: 'bar' }, s('title', null, `${b.date}: ${b.events} events, ${b.mentions} mentions`)));
          return link;
        })) as unknown as Node,
    );
  }

  // ---- a figure series over time
  const usable = series.map((sr) => ({ sr, pts: sr.points.map((p) => ({ p, d: pointDay(p) })).filter((x): x is { p: Series['points'][number]; d: number } => x.d !== null) })).filter((x) => x.pts.length >= 1);
  usable.sort((a, b) => b.pts.length - a.pts.length);
  app.append(h('h2', null, 'Figures over time'));
  if (!usable.length) {
    app.append(h('p', { class: 'muted' }, 'No figure series yet.'));
    return;
  }
  const chartBox = h('div', { 'data-testid': 'series-chart' });
  const pick = h('select', { 'aria-label': 'series' }, usable.map((u, i) => h('option', { value: i }, `${u.sr.measure}${u.sr.unit ? ` (${u.sr.unit}${u.sr.per ? ` per ${u.sr.per}` : ''})` : ''} — ${u.pts.length} point${u.pts.length === 1 ? '' : 's'}`)));
  const draw = () => {
    const u = usable[Number(pick.value)];
    const pts = [...u.pts].sort((a, b) => a.d - b.d);
    const x0 = pts[0].d - 30;
    const x1 = pts[pts.length - 1].d + 30;
    const vals = pts.map((x) => x.p.value);
    const max = Math.max(...vals, 0) || 1;
    const sx = (d: number) => PAD.l + ((d - x0) / Math.max(1, x1 - x0)) * (W - PAD.l - PAD.r);
    const sy = (v: number) => H - PAD.b - (Math.max(0, v) / max) * (H - PAD.t - PAD.b);
    chartBox.replaceChildren(
      s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': u.sr.measure },
        axes(x0, x1, max, `${u.sr.measure}${u.sr.unit ? ` (${u.sr.unit})` : ''}`),
        s('polyline', { points: pts.map((x) => `${sx(x.d)},${sy(x.p.value)}`).join(' '), class: 'line' }),
        pts.map((x) => s('a', { href: `#/article/${encodeURIComponent(x.p.article)}` }, s('circle', { cx: sx(x.d), cy: sy(x.p.value), r: 5, class: 'dot' }, s('title', null, `${fmt(x.p.value)}${x.p.unit ? ` ${x.p.unit}` : ''} · ${x.p.time ?? x.p.published ?? ''}${x.p.saidBy ? ` · said by ${x.p.saidBy}` : ''}${x.p.outlet ? ` · ${x.p.outlet}` : ''}`))))) as unknown as Node,
    );
  };
  pick.addEventListener('change', draw);
  draw();
  app.append(h('p', null, pick), chartBox);
}
