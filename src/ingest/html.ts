import { ErrorCodes, SiftError } from '../core/errors.js';
import type { Article } from './types.js';

// scaffold: the HTML extractor (readability + linkedom) replaces this in this change
export function htmlToArticle(_html: string, input: string): Article {
  throw new SiftError(ErrorCodes.INPUT_UNSUPPORTED, `${input}: HTML input is not available yet`, input);
}
