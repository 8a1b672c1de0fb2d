/**
 * Request body size limit. Two checks, because a client may or may not announce the size: a
 * declared `Content-Length` over the limit is refused before a byte is read and before routing
 * (http/front-door.ts); a streamed body (chunked, no length) is counted while it is read and
 * refused the moment it passes the limit. Either way an oversized body is never held in memory.
 */
import { ApiProblem } from './errors.js';

export const DEFAULT_BODY_LIMIT = 64 * 1024;

/**
 * A statement batch may hold 50 statements of 1–3 KB each (a quiz answer carries its choices), so
 * POST /v1/statements gets four times the limit (256 KB by default) rather than making every
 * client split its batches by size.
 */
const STATEMENTS_FACTOR = 4;

/** The body limit for a request path (`req.url` or a routed path; a query string is fine). */
export function bodyLimitFor(path: string, limit: number): number {
  return path === '/v1/statements' || path.startsWith('/v1/statements?') ? limit * STATEMENTS_FACTOR : limit;
}

export function tooLargeMessage(limit: number): string {
  return `request body is over the ${limit} byte limit`;
}

function tooLarge(limit: number): ApiProblem {
  // Close the connection: the rest of the body is still on the wire and we will not read it.
  return new ApiProblem(413, 'payload_too_large', tooLargeMessage(limit), undefined, { Connection: 'close' });
}

/** Reads the body of `request`, stopping with 413 as soon as more than `limit` bytes arrived. */
export async function readBodyWithin(request: Request, limit: number): Promise<Uint8Array> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
