import { ErrorCodes } from '../core/errors.js';
import type { InputItem } from './types.js';

const FIELDS = ['id', 'text', 'published', 'title', 'url', 'outlet'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** One article per line: {id, text, published?, title?, url?, outlet?}. A bad line is reported with its number. */
export function* readJsonl(content: string, input: string): Generator<InputItem> {
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `${input}:${i + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      yield { ok: false, input: where, code: ErrorCodes.INPUT_BAD_JSONL, message: `${where}: not valid JSON (${(e as Error).message})` };
      continue;
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
      yield { ok: false, input: where, code: ErrorCodes.INPUT_BAD_JSONL, message: `${where}: expected an object {id, text, ...}` };
      continue;
    }
    const o = obj as Record<string, unknown>;
    const bad = FIELDS.filter((f) => o[f] !== undefined && o[f] !== null && typeof o[f] !== 'string');
    if (bad.length) {
      yield { ok: false, input: where, code: ErrorCodes.INPUT_BAD_FIELD, message: `${where}: field ${bad.join(', ')} must be a string` };
      continue;
    }
    if (typeof o.text !== 'string' || !o.text.trim()) {
      yield { ok: false, input: where, code: ErrorCodes.INPUT_EMPTY, message: `${where}: "text" is missing or empty` };
      continue;
    }
    if (typeof o.published === 'string' && !DATE.test(o.published)) {
      yield { ok: false, input: where, code: ErrorCodes.INPUT_BAD_FIELD, message: `${where}: "published" must be YYYY-MM-DD or ISO 8601, got ${JSON.stringify(o.published)}` };
      continue;
    }
    yield {
      ok: true,
      article: {
        id: typeof o.id === 'string' && o.id ? o.id : undefined,
        text: o.text,
        meta: {
          input: where,
          ...(o.published ? { published: o.published as string } : {}),
          ...(o.title ? { title: o.title as string } : {}),
          ...(o.url ? { url: o.url as string } : {}),
          ...(o.outlet ? { outlet: o.outlet as string } : {}),
        },
      },
    };
  }
}
