// The API's one error class, and the one place errors become responses.
import { SiftError } from '../core/errors.js';

/** A problem the client can act on (4xx), or a deliberate 5xx, with a stable code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ErrorBody {
  error: { status: number; code: string; message: string };
}

/**
 * Any thrown value as a status, headers and JSON body. SiftErrors (bad filters, empty articles,
 * unreadable input) are the client's problem: 400. Anything else is ours: 500, with no detail
 * (the stack goes to the server's log, never to the client).
 */
export function errorResponse(err: unknown, log: (s: string) => void = (s) => process.stderr.write(s)): { status: number; headers: Record<string, string>; body: ErrorBody } {
  if (err instanceof ApiError) return { status: err.status, headers: err.headers, body: { error: { status: err.status, code: err.code, message: err.message } } };
  if (err instanceof SiftError && err.code !== 'stage-failed' && err.code !== 'plan-unmet') {
    return { status: 400, headers: {}, body: { error: { status: 400, code: err.code, message: err.message } } };
  }
  log(`sift serve: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
  return { status: 500, headers: {}, body: { error: { status: 500, code: 'internal', message: 'internal server error' } } };
}
