/**
 * The one error shape (`ApiError` from src/protocol) for every failure the server answers with,
 * from a malformed body to an unknown route. Clients branch on `error.code`, people read
 * `error.message`, and `validation_failed` lists `issues` as `path: message` pairs.
 */
import type { ServerResponse } from 'node:http';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiError, ErrorCode } from '../../src/protocol/index.js';

export type Issue = { path: string; message: string };

/** Thrown anywhere in a request; the app's error handler turns it into the JSON response. */
export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly issues?: Issue[],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function errorBody(code: ErrorCode, message: string, issues?: Issue[]): ApiError {
  return { error: issues ? { code, message, issues } : { code, message } };
}

/** Errors are never cached: the next request may well succeed. */
export function sendError(c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string, issues?: Issue[], headers: Record<string, string> = {}): Response {
  return c.json(errorBody(code, message, issues), status, { 'Cache-Control': 'no-store', ...headers });
}

export function sendProblem(c: Context, problem: ApiProblem): Response {
  return sendError(c, problem.status, problem.code, problem.message, problem.issues, problem.headers);
}

/** The same error, written on the Node response (http/front-door.ts answers some requests before Hono). */
export function writeError(res: ServerResponse, status: number, code: ErrorCode, message: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(errorBody(code, message));
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), 'Cache-Control': 'no-store', ...headers });
  res.end(body);
}
