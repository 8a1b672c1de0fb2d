/**
 * Request body size limit. Two checks, because a client may or may not announce the size: a
 * declared `Content-Length` over the limit is refused before a byte is read; a streamed body
 * (chunked, no length) is counted while it is read and refused the moment it passes the limit.
 * Either way the whole oversized body is never held in memory.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiProblem } from './errors.js';

export const DEFAULT_BODY_LIMIT = 64 * 1024;

function tooLarge(limit: number): ApiProblem {
  // Close the connection: the rest of the body is still on the wire and we will not read it.
  return new ApiProblem(413, 'payload_too_large', `request body is over the ${limit} byte limit`, undefined, { Connection: 'close' });
}

/** Refuses any request whose declared Content-Length is over `limit`, on every route. */
export function declaredBodyLimit(limit: number): MiddlewareHandler {
  return async (c, next) => {
    const declared = c.req.header('content-length');
    if (declared !== undefined && Number(declared) > limit) throw tooLarge(limit);
    await next();
  };
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
