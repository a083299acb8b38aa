import fs from 'node:fs';
import path from 'node:path';
import { ErrorCodes, SiftError } from '../core/errors.js';
import type { Meta } from '../core/types.js';
import { decodeText } from './decode.js';
import { htmlToArticle, normalizeDate } from './html.js';
import { readJsonl } from './jsonl.js';
import type { Article, InputItem } from './types.js';

export type InputKind = 'txt' | 'html' | 'jsonl';

/** Options for plain-text inputs (a .txt file or standard input). */
export interface TextInputOptions {
  published?: string;
  title?: string;
  url?: string;
  outlet?: string;
  /** Force the kind of standard input or of files with an unknown extension. */
  kind?: InputKind;
}

const BY_EXTENSION: Record<string, InputKind> = {
  '.txt': 'txt', '.text': 'txt', '.md': 'txt',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.jsonl': 'jsonl', '.ndjson': 'jsonl',
};

function sniff(text: string): InputKind {
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(head|body|article|div|p)\b/.test(head)) return 'html';
  if (head.startsWith('{') && text.trim().split('\n').every((l) => !l.trim() || l.trim().startsWith('{'))) return 'jsonl';
  return 'txt';
}

function textArticle(text: string, input: string, opts: TextInputOptions): Article {
  if (!text.trim()) throw new SiftError(ErrorCodes.INPUT_EMPTY, `${input}: the article is empty`, input);
  const meta: Meta = { input };
  for (const k of ['published', 'title', 'url', 'outlet'] as const) if (opts[k]) meta[k] = opts[k];
  if (!meta.published) {
    const stated = statedDate(text);
    if (stated) meta.published = stated;
  }
  return { text, meta };
}

/** A date line among a text's first lines: "Published: 12 March 2024", "Date: 2024-03-12". */
const DATE_LINE = /^(?:published|posted|updated|date|dated)(?:\s+on)?\s*[:–—-]?\s+(.+?)\s*$/i;

/** The publication date a plain text states in a line of its own near the top, if any. */
function statedDate(text: string): string | undefined {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 4);
  for (const line of lines) {
    const m = DATE_LINE.exec(line);
    const date = m ? normalizeDate(m[1]) : undefined;
    if (date) return date;
  }
  return undefined;
}

/** Articles from one chunk of content, by kind. */
export function* readContent(bytes: Uint8Array, input: string, kind: InputKind | undefined, opts: TextInputOptions): Generator<InputItem> {
  try {
    const text = decodeText(bytes, input);
    const k = kind ?? sniff(text);
    if (k === 'jsonl') {
      yield* readJsonl(text, input);
    } else if (k === 'html') {
      const a = htmlToArticle(text, input);
      for (const f of ['published', 'title', 'url', 'outlet'] as const) if (opts[f] && !a.meta[f]) a.meta[f] = opts[f];
      yield { ok: true, article: a };
    } else {
      yield { ok: true, article: textArticle(text, input, opts) };
    }
  } catch (e) {
    if (e instanceof SiftError) yield { ok: false, input, code: e.code, message: e.message };
    else yield { ok: false, input, code: ErrorCodes.INPUT_UNREADABLE, message: `${input}: ${(e as Error).message}` };
  }
}

type SidecarMeta = Record<string, Pick<TextInputOptions, 'published' | 'title' | 'url' | 'outlet'>>;
type Sidecar = { ok: true; meta: SidecarMeta } | { ok: false; error: string };

/**
 * A directory may carry meta.json: {"file.txt": {"published": "2024-03-07", "title": ..., "url": ..., "outlet": ...}}.
 * It gives plain-text files the metadata a .txt cannot hold.
 */
function readSidecar(dir: string): Sidecar {
  const file = path.join(dir, 'meta.json');
  if (!fs.existsSync(file)) return { ok: true, meta: {} };
  let obj: unknown;
  try {
    obj = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    return { ok: false, error: `${file}: not valid JSON (${(e as Error).message}); its metadata is ignored` };
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { ok: false, error: `${file}: expected an object keyed by file name; its metadata is ignored` };
  const out: SidecarMeta = {};
  for (const [name, v] of Object.entries(obj as Record<string, unknown>)) {
    if (!v || typeof v !== 'object') continue;
    const m = v as Record<string, unknown>;
    out[name] = {};
    for (const k of ['published', 'title', 'url', 'outlet'] as const) if (typeof m[k] === 'string') out[name][k] = m[k] as string;
  }
  return { ok: true, meta: out };
}

/** The files under a directory, recursively, in a stable order; only kinds Sift reads. */
function listDir(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listDir(p));
    else if (e.isFile() && BY_EXTENSION[path.extname(e.name).toLowerCase()]) out.push(p);
  }
  return out;
}

/** Every article of every input, in order: files, directories (recursively) and "-" for standard input. */
export function* readInputs(inputs: readonly string[], opts: TextInputOptions = {}): Generator<InputItem> {
  for (const input of inputs) {
    if (input === '-') {
      let bytes: Uint8Array;
      try {
        bytes = fs.readFileSync(0);
      } catch (e) {
        yield { ok: false, input: 'stdin', code: ErrorCodes.INPUT_UNREADABLE, message: `stdin: cannot read (${(e as Error).message})` };
        continue;
      }
      yield* readContent(bytes, 'stdin', opts.kind, opts);
      continue;
    }
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch {
      yield { ok: false, input, code: ErrorCodes.INPUT_UNREADABLE, message: `${input}: no such file or directory` };
      continue;
    }
    const files = stat.isDirectory() ? listDir(input) : [input];
    const sidecars = new Map<string, Sidecar>();
    if (stat.isDirectory() && !files.length) {
      yield { ok: false, input, code: ErrorCodes.INPUT_EMPTY, message: `${input}: no .txt, .html or .jsonl files in this directory` };
    }
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = fs.readFileSync(file);
      } catch (e) {
        yield { ok: false, input: file, code: ErrorCodes.INPUT_UNREADABLE, message: `${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
        continue;
      }
      const kind = BY_EXTENSION[path.extname(file).toLowerCase()] ?? opts.kind;
      const dir = path.dirname(file);
      if (!sidecars.has(dir)) sidecars.set(dir, readSidecar(dir));
      const side = sidecars.get(dir)!;
      if (!side.ok) {
        yield { ok: false, input: path.join(dir, 'meta.json'), code: ErrorCodes.INPUT_BAD_FIELD, message: side.error };
        sidecars.set(dir, { ok: true, meta: {} });
      }
      const own = side.ok ? side.meta[path.basename(file)] : undefined;
      yield* readContent(bytes, file, kind, own ? { ...opts, ...own } : opts);
    }
  }
}
