import { ErrorCodes, SiftError } from '../core/errors.js';

/**
 * Bytes to text: UTF-8 (with or without BOM) or UTF-16 with a BOM. Binary data (NUL bytes,
 * many control characters) or invalid UTF-8 is refused with an error naming the input.
 */
export function decodeText(bytes: Uint8Array, input: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) throw new SiftError(ErrorCodes.INPUT_BINARY, `${input}: binary data (NUL bytes), not a text article`, input);
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  if (sample.length && control / sample.length > 0.05) throw new SiftError(ErrorCodes.INPUT_BINARY, `${input}: binary data (${control} control bytes in the first ${sample.length}), not a text article`, input);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new SiftError(ErrorCodes.INPUT_UNREADABLE, `${input}: not valid UTF-8 text`, input);
  }
}
