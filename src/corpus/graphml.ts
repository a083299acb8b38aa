// The actor network as GraphML (Gephi, yEd, networkx): actors as nodes, "who did what to whom"
// as directed edges weighted by the number of merged events.
import type { Network } from '../store/store.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

export function* graphml(net: Network): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  const keys: Array<[string, 'node' | 'edge', string]> = [
    ['label', 'node', 'string'], ['type', 'node', 'string'], ['code', 'node', 'string'], ['country', 'node', 'string'], ['kb', 'node', 'string'],
    ['lat', 'node', 'double'], ['lon', 'node', 'double'],
    ['weight', 'edge', 'double'], ['events', 'edge', 'int'], ['mentions', 'edge', 'int'], ['goldstein', 'edge', 'double'], ['types', 'edge', 'string'],
  ];
  for (const [id, kind, type] of keys) yield `  <key id="${id}" for="${kind}" attr.name="${id}" attr.type="${type}"/>\n`;
  yield '  <graph id="sift-actors" edgedefault="directed">\n';
  const data = (k: string, v: string | number | null | undefined) => (v === null || v === undefined || v === '' ? '' : `<data key="${k}">${esc(String(v))}</data>`);
  for (const n of net.nodes) {
    yield `    <node id="a${n.id}">${data('label', n.name)}${data('type', n.type)}${data('code', n.code)}${data('country', n.country)}${data('kb', n.kb)}${data('lat', n.geo?.lat)}${data('lon', n.geo?.lon)}</node>\n`;
  }
  let i = 0;
  for (const e of net.edges) {
    yield `    <edge id="e${++i}" source="a${e.source}" target="a${e.target}">${data('weight', e.events)}${data('events', e.events)}${data('mentions', e.mentions)}${data('goldstein', e.goldstein === null ? null : Number(e.goldstein.toFixed(3)))}${data('types', e.types.join(','))}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
