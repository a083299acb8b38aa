// Starts the API and UI on a port: the app, the node adapter, and a clean shutdown.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { createPipeline, type Pipeline } from '../pipeline/default.js';
import type { Store } from '../store/store.js';
import { createApp, type AppOptions } from './app.js';
import { loadStaticFiles } from './static.js';

export interface ServerOptions extends Partial<Omit<AppOptions, 'store'>> {
  store: Store;
  port?: number;
  host?: string;
  /** Directory of the built UI (default dist/web); false: API only. */
  webRoot?: string | false;
}

export interface RunningServer {
  url: string;
  port: number;
  server: ServerType;
  close(): Promise<void>;
}

export function packageVersion(): string {
  try {
    const p = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'package.json');
    return JSON.parse(fs.readFileSync(p, 'utf8')).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/** One pipeline per process, made when first needed. */
export function lazyPipeline(make: () => Pipeline = () => createPipeline()): () => Pipeline {
  let p: Pipeline | undefined;
  return () => (p ??= make());
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const web = opts.webRoot === false ? undefined : loadStaticFiles(opts.webRoot);
  const app = createApp({ ...opts, pipeline: opts.pipeline ?? lazyPipeline(), web, version: opts.version ?? packageVersion() });
  const host = opts.host ?? '127.0.0.1';
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: opts.port ?? 0, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
