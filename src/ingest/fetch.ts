// Fetching articles and feeds over HTTP, carefully: only http and https, a deadline per request,
// a size limit (compressed and not), a bounded number of redirects, and no private, loopback or
// link-local addresses unless allowed — checked on every address a name resolves to, at connect
// time, so a redirect or a DNS answer cannot lead inside the network.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import zlib from 'node:zlib';
import { ErrorCodes, SiftError } from '../core/errors.js';

export interface FetchOptions {
  /** The whole exchange, redirects included (ms). Default 20 s. */
  timeoutMs?: number;
  /** Largest body accepted, after decompression (bytes). Default 10 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Allow private, loopback and link-local addresses (off by default). */
  allowPrivate?: boolean;
  userAgent?: string;
}

export interface Fetched {
  /** The URL asked for. */
  url: string;
  /** The URL the content came from, after redirects. */
  finalUrl: string;
  status: number;
  contentType: string;
  body: Buffer;
}

const V4_BLOCKED: Array<[string, number]> = [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24],
  ['224.0.0.0', 4], ['240.0.0.0', 4],
];

function v4ToInt(ip: string): number {
  return ip.split('.').reduce((n, p) => (n << 8) + Number(p), 0) >>> 0;
}

/** True for addresses a fetch must not reach unless allowed: private, loopback, link-local, CGNAT, multicast, reserved. */
export function isPrivateAddress(ip: string): boolean {
  if (net.isIPv4(ip)) {
    const n = v4ToInt(ip);
    return V4_BLOCKED.some(([base, bits]) => (n & (bits === 0 ? 0 : (~0 << (32 - bits)) >>> 0)) >>> 0 === v4ToInt(base));
  }
  if (!net.isIPv6(ip)) return true;
  const s = ip.toLowerCase();
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address
  const v4 = /(?:^::ffff:|^64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) return isPrivateAddress(v4[1]);
  if (s === '::' || s === '::1') return true;
  const first = parseInt(s.split(':')[0] || '0', 16);
  if ((first & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  if ((first & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  if ((first & 0xff00) === 0xff00) return true; // multicast
  if (s.startsWith('::ffff:')) return true; // mapped, written in hex
  return false;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

function guardedLookup(allowPrivate: boolean, host: string) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const list = addresses as dns.LookupAddress[];
      const bad = list.find((a) => isPrivateAddress(a.address));
      if (bad && !allowPrivate) {
        const e = new Error(`${host} resolves to ${bad.address}, a private or loopback address (use --allow-private to fetch it)`) as NodeJS.ErrnoException;
        e.code = 'EPRIVATE';
        return callback(e, '');
      }
      if (options.all) return callback(null, list);
      return callback(null, list[0].address, list[0].family);
    });
  };
}

function fail(url: string, why: string): SiftError {
  return new SiftError(ErrorCodes.INPUT_UNREADABLE, `${url}: ${why}`, url);
}

function once(url: string, opts: Required<Omit<FetchOptions, 'userAgent'>> & { userAgent: string }, signal: AbortSignal): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer | null }> {
  return new Promise((resolve, reject) => {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return reject(fail(url, 'not a valid URL'));
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return reject(fail(url, `only http and https URLs are fetched, not ${u.protocol}`));
    const host = u.hostname.replace(/^\[|\]$/g, '');
    if (net.isIP(host) && isPrivateAddress(host) && !opts.allowPrivate) {
      return reject(fail(url, `${host} is a private or loopback address (use --allow-private to fetch it)`));
    }
    const lib = u.protocol === 'https:' ? https : http;
    const req = lib.request(
      u,
      {
        method: 'GET',
        signal,
        lookup: guardedLookup(opts.allowPrivate, host) as unknown as net.LookupFunction,
        headers: { 'user-agent': opts.userAgent, accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5', 'accept-encoding': 'gzip, deflate, br' },
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          return resolve({ status, headers: res.headers, body: null });
        }
        const declared = Number(res.headers['content-length'] ?? NaN);
        if (Number.isFinite(declared) && declared > opts.maxBytes) {
          res.destroy();
          return reject(fail(url, `${declared} bytes, more than the limit of ${opts.maxBytes} bytes`));
        }
        const enc = String(res.headers['content-encoding'] ?? '').toLowerCase();
        const stream: NodeJS.ReadableStream =
          enc === 'gzip' || enc === 'x-gzip' ? res.pipe(zlib.createGunzip()) : enc === 'deflate' ? res.pipe(zlib.createInflate()) : enc === 'br' ? res.pipe(zlib.createBrotliDecompress()) : res;
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (c: Buffer) => {
          size += c.length;
          if (size > opts.maxBytes) {
            res.destroy();
            reject(fail(url, `more than the limit of ${opts.maxBytes} bytes`));
            return;
          }
          chunks.push(c);
        });
        stream.on('end', () => resolve({ status, headers: res.headers, body: Buffer.concat(chunks) }));
        stream.on('error', (e: Error) => reject(fail(url, `cannot read the response (${e.message})`)));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (signal.aborted) reject(fail(url, `no complete answer within ${opts.timeoutMs} ms`));
      else if (e.code === 'EPRIVATE') reject(fail(url, e.message));
      else reject(fail(url, `cannot fetch (${e.code ?? e.message})`));
    });
    req.end();
  });
}

/** GET a URL within the limits; non-2xx answers are errors naming the URL and the status. */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<Fetched> {
  const opts = {
    timeoutMs: options.timeoutMs ?? 20_000,
    maxBytes: options.maxBytes ?? 10 * 1024 * 1024,
    maxRedirects: options.maxRedirects ?? 5,
    allowPrivate: options.allowPrivate ?? false,
    userAgent: options.userAgent ?? 'Sift/0.1 (+news analysis)',
  };
  const ac = new AbortController();
  const timer = setTimeout(() => ac.abort(), opts.timeoutMs);
  try {
    let current = url;
    for (let hop = 0; ; hop++) {
      const r = await once(current, opts, ac.signal);
      if (r.body === null) {
        if (hop >= opts.maxRedirects) throw fail(url, `more than ${opts.maxRedirects} redirects`);
        current = new URL(String(r.headers.location), current).href;
        continue;
      }
      if (r.status < 200 || r.status >= 300) throw fail(url, `HTTP ${r.status}${current !== url ? ` from ${current}` : ''}`);
      return { url, finalUrl: current, status: r.status, contentType: String(r.headers['content-type'] ?? ''), body: r.body };
    }
  } finally {
    clearTimeout(timer);
  }
}
