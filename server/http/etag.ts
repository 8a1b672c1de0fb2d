/** Conditional GET helpers. */

/** `"abc"` for version `abc`. */
export function quoteEtag(value: string): string {
  return `"${value}"`;
}

/**
 * Does `If-None-Match` match `etag`? RFC 9110 §13.1.2: `*` matches anything, the header may list
 * several tags, and the comparison is weak (`W/"x"` matches `"x"`), which is what proxies and
 * browsers send back after they weakened a tag.
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  // What every SDK sends back: the tag exactly as we gave it. Skip the parsing (hot path).
  if (header === etag) return true;
  const wanted = etag.replace(/^W\//, '');
  return header.split(',').some((raw) => {
    const tag = raw.trim();
    return tag === '*' || tag.replace(/^W\//, '') === wanted;
  });
}
