import fs from 'node:fs';
import { ErrorCodes, SiftError } from '../core/errors.js';
import type { ActorRecord } from './index.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a user actor dictionary: JSONL {name, code, aliases?, from?, to?}, or a PETRARCH/TABARI .actors file. */
export function loadActors(file: string): ActorRecord[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new SiftError(ErrorCodes.INPUT_UNREADABLE, `--actors ${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, file);
  }
  return /\.actors$/i.test(file) || !text.trimStart().startsWith('{') ? parsePetrarchActors(text, file) : parseActorsJsonl(text, file);
}

export function parseActorsJsonl(text: string, file: string): ActorRecord[] {
  const out: ActorRecord[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const where = `${file}:${i + 1}`;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line);
    } catch (e) {
      throw new SiftError(ErrorCodes.INPUT_BAD_JSONL, `${where}: not valid JSON (${(e as Error).message})`, file);
    }
    if (typeof o.name !== 'string' || typeof o.code !== 'string' || !o.name || !o.code) {
      throw new SiftError(ErrorCodes.INPUT_BAD_FIELD, `${where}: an actor needs string "name" and "code"`, file);
    }
    for (const f of ['from', 'to'] as const) {
      if (o[f] !== undefined && (typeof o[f] !== 'string' || !DATE.test(o[f] as string))) {
        throw new SiftError(ErrorCodes.INPUT_BAD_FIELD, `${where}: "${f}" must be YYYY-MM-DD`, file);
      }
    }
    const aliases = Array.isArray(o.aliases) ? o.aliases.filter((a): a is string => typeof a === 'string') : [];
    out.push({ name: o.name, code: o.code, aliases, ...(o.from ? { from: o.from as string } : {}), ...(o.to ? { to: o.to as string } : {}) });
  });
  return out;
}

const TABARI_DATE = /^(\d{2})(\d{2})(\d{2})$/;
function tabariDate(d: string): string | undefined {
  const m = TABARI_DATE.exec(d);
  if (!m) return undefined;
  const yy = Number(m[1]);
  return `${yy < 50 ? 2000 + yy : 1900 + yy}-${m[2]}-${m[3]}`;
}

/**
 * PETRARCH/TABARI .actors: a name line "NAME_WITH_UNDERSCORES [CODE]" or a block whose first line
 * is the name and whose "+ALIAS" lines add names and "[CODE >YYMMDD]" / "[CODE <YYMMDD]" lines give
 * codes with date ranges. Comments start with "#".
 */
export function parsePetrarchActors(text: string, file: string): ActorRecord[] {
  const out: ActorRecord[] = [];
  let current: { name: string; aliases: string[]; codes: Array<{ code: string; from?: string; to?: string }> } | null = null;
  const flush = () => {
    if (current && current.codes.length) for (const c of current.codes) out.push({ name: current.name, code: c.code, aliases: current.aliases, ...(c.from ? { from: c.from } : {}), ...(c.to ? { to: c.to } : {}) });
    current = null;
  };
  const words = (s: string) => s.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
  const codes = (s: string) => [...s.matchAll(/\[([A-Z0-9]{3,})\s*(?:([<>])\s*(\d{6}))?(?:-(\d{6}))?\]/g)].map((m) => {
    const d = m[3] ? tabariDate(m[3]) : undefined;
    return { code: m[1], ...(m[2] === '>' && d ? { from: d } : {}), ...(m[2] === '<' && d ? { to: d } : {}) };
  });
  text.split(/\r?\n/).forEach((raw) => {
    const line = raw.replace(/#.*$/, '').trimEnd();
    if (!line.trim()) return;
    const t = line.trim();
    if (t.startsWith('+')) {
      if (current) current.aliases.push(words(t.slice(1).replace(/\[.*$/, '')));
      return;
    }
    if (t.startsWith('[')) {
      if (current) current.codes.push(...codes(t));
      return;
    }
    flush();
    const name = words(t.replace(/\[.*$/, ''));
    if (!name) return;
    current = { name, aliases: [], codes: codes(t) };
  });
  flush();
  if (!out.length) throw new SiftError(ErrorCodes.INPUT_BAD_FIELD, `${file}: no actors found (expected JSONL or PETRARCH .actors lines)`, file);
  return out;
}
