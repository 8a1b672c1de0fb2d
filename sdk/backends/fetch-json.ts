/**
 * One JSON request with everything that can go wrong turned into a `BackendError` a person can
 * read: unreachable (`network`), too slow (`timeout`, AbortSignal.timeout), cancelled
 * (`aborted`), 404 (`not-found`), any other non-2xx (`http`, with the server's ApiError message
 * when it sent one), and a body that is not JSON (`invalid-response`). 304 is a result, not an error.
 * http-more.ts's `fetchText` is the same request for a text body (the insights' CSV): it lives
 * there, in a lazy chunk, because this module is in the drawer's budgeted bytes.
 */
import { BackendError } from '../types.js';
import { abortError } from './abort.js';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export interface JsonRequest {
  fetch: FetchLike;
  url: string;
  /** Who we are talking to, for messages: "https://help.example.com/api". */
  source: string;
  /** What is being fetched, for messages: "the catalog", 'article "close-dates"'. */
  what: string;
  timeoutMs: number;
  signal?: AbortSignal;
  etag?: string;
  headers?: Record<string, string>;
}

export type JsonResult = { status: 'not-modified' } | { status: 'ok'; data: unknown; etag?: string };

export async function fetchJson(req: JsonRequest): Promise<JsonResult> {
  const res = await fetchBody(req, 'application/json');
  if (res.status === 'not-modified') return res;
  let data: unknown;
  try {
    data = JSON.parse(res.text);
  } catch (error) {
    const kind = res.response.headers.get('content-type')?.split(';')[0] ?? 'no content type';
    throw new BackendError('invalid-response', `${req.source} answered ${req.what} with something that is not JSON (${kind}).`, res.response.status, error);
  }
  return { status: 'ok', data, etag: res.response.headers.get('ETag') ?? undefined };
}

/** The request behind `fetchJson` (and http-more.ts's `fetchText`): the body as text on 2xx, the errors above otherwise. */
export async function fetchBody(req: JsonRequest, accept: string): Promise<{ status: 'not-modified' } | { status: 'ok'; text: string; response: Response }> {
  const timeout = AbortSignal.timeout(req.timeoutMs);
  const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
  const headers: Record<string, string> = { Accept: accept, ...req.headers };
  if (req.etag) headers['If-None-Match'] = req.etag;

  let response: Response;
  try {
    response = await req.fetch(req.url, { headers, signal });
  } catch (error) {
    if (signal.aborted) throw abortError(signal, req.source, req.timeoutMs);
    throw new BackendError('network', `Could not reach ${req.source} to load ${req.what}${reasonOf(error)}.`, undefined, error);
  }

  if (response.status === 304) return { status: 'not-modified' };

  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    if (signal.aborted) throw abortError(signal, req.source, req.timeoutMs);
    throw new BackendError('network', `The connection to ${req.source} broke while loading ${req.what}${reasonOf(error)}.`, response.status, error);
  }

  if (!response.ok) throw statusError(response.status, text, req);
  return { status: 'ok', text, response };
}

function statusError(status: number, text: string, req: JsonRequest): BackendError {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON (a proxy's HTML page, say): the status alone has to do.
  }
  const message = serverMessage(body);
  const serverSaid = message ? `: ${message}` : '';
  if (status === 404) return new BackendError('not-found', `${req.source} has no ${req.what} (404${serverSaid}).`, status);
  return new BackendError('http', `${req.source} could not send ${req.what} (HTTP ${status}${serverSaid}).`, status);
}

/**
 * The message of an ApiError body (`{ error: { code, message } }`), read loosely — a refusal is
 * explained even when its code is one this build does not know, and the ApiError schema stays out
 * of the runtime chunk. At most 500 characters: it ends up in messages people read.
 */
export function serverMessage(body: unknown): string | undefined {
  const message = (body as { error?: { message?: unknown } } | null | undefined)?.error?.message;
  return typeof message === 'string' ? message.slice(0, 500) : undefined;
}

function reasonOf(error: unknown): string {
  return error instanceof Error && error.message ? ` (${error.message})` : '';
}
