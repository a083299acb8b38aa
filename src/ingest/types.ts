import type { Meta } from '../core/types.js';

/** One article read from an input, ready to analyse. */
export interface Article {
  id?: string;
  text: string;
  meta: Meta;
}

/** What reading an input yields, in order: articles, or a problem with one of them. */
export type InputItem = { ok: true; article: Article } | { ok: false; input: string; code: string; message: string };
