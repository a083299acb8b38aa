// The built web UI (dist/web), read once into memory: a handful of small files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StaticFile {
  body: Buffer;
  type: string;
  /** Hashed asset names never change: cache them forever. */
  immutable: boolean;
}
export type StaticFiles = Map<string, StaticFile>;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8',
};

/** Where the build puts the UI: dist/web beside dist/server. */
export const DEFAULT_WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'web');

export function loadStaticFiles(root = DEFAULT_WEB_ROOT): StaticFiles | undefined {
  if (!fs.existsSync(path.join(root, 'index.html'))) return undefined;
  const files: StaticFiles = new Map();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        const rel = '/' + path.relative(root, p).split(path.sep).join('/');
        files.set(rel, { body: fs.readFileSync(p), type: TYPES[path.extname(p)] ?? 'application/octet-stream', immutable: rel.startsWith('/assets/') });
      }
    }
  };
  walk(root);
  files.set('/', files.get('/index.html')!);
  return files;
}
