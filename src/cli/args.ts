import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ErrorCodes, SiftError } from '../core/errors.js';
import type { InputKind, TextInputOptions } from '../ingest/read-inputs.js';

/**
 * A command's arguments: a usage error names the command and shows its help; `--help` prints
 * the help and gives null (the command then exits 0).
 */
export function parseCommandArgs<T extends ParseArgsConfig>(command: string, help: string, config: T): ReturnType<typeof parseArgs<T>> | null {
  let parsed: ReturnType<typeof parseArgs<T>>;
  try {
    parsed = parseArgs(config);
  } catch (e) {
    throw new SiftError(ErrorCodes.USAGE, `${command}: ${(e as Error).message}\n\n${help}`);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(help);
    return null;
  }
  return parsed;
}

/** The options that give plain-text inputs their metadata, shared by `analyze` and `ingest`. */
export const TEXT_INPUT_OPTIONS = {
  published: { type: 'string' },
  title: { type: 'string' },
  url: { type: 'string' },
  outlet: { type: 'string' },
  'input-kind': { type: 'string' },
  actors: { type: 'string' },
} as const;

/** Those options checked and read as reading options for readInputs. */
export function textInputOptions(command: string, v: { published?: string; title?: string; url?: string; outlet?: string; 'input-kind'?: string }): TextInputOptions {
  if (v.published && !/^\d{4}-\d{2}-\d{2}/.test(v.published)) throw new SiftError(ErrorCodes.USAGE, `${command}: --published must be YYYY-MM-DD, not "${v.published}"`);
  const kind = v['input-kind'];
  if (kind && !['txt', 'html', 'jsonl'].includes(kind)) throw new SiftError(ErrorCodes.USAGE, `${command}: --input-kind must be txt, html or jsonl`);
  return { published: v.published, title: v.title, url: v.url, outlet: v.outlet, kind: kind as InputKind | undefined };
}
