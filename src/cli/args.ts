import { parseArgs, type ParseArgsConfig } from 'node:util';
import { ErrorCodes, SiftError } from '../core/errors.js';

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
