/**
 * Request body size limit. Two checks, because a client may or may not announce the size: a
 * declared `Content-Length` over the limit is refused before a byte is read and before routing
 * (http/front-door.ts); a streamed body (chunked, no length) is counted while it is read and
 * refused the moment it passes the limit. Either way an oversized body is never held in memory.
 */
import { ApiProblem } from './errors.js';

export const DEFAULT_BODY_LIMIT = 64 * 1024;

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
