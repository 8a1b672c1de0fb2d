/**
 * Serve a folder (the demo site, or a host's own pages) at `/`. Written out rather than taken
 * from a framework because the rules are the point: every path segment is decoded on its own and
 * refused if it could climb (`..`, an encoded `/` or `\`, NUL) or is a dotfile; the resolved
 * real path (symlinks followed) must still be inside the folder. Folders serve their index.html.
 */
import { createReadStream, realpathSync, statSync, type Stats } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Context, Handler } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { ApiProblem } from './errors.js';
import { ifNoneMatchHits } from './etag.js';

/**
 * Vite writes content-hashed names into assets/ (`crm-DxR4aB1c.js`): those never change. The
 * hash is 8 base64url characters; requiring a digit or capital keeps `style-override.css` out.
 */
const HASHED_ASSET = /(?:^|\/)assets\/[^/]+[-.]([A-Za-z0-9_-]{8})\.[a-z0-9]+$/;

function isHashedAsset(relative: string): boolean {
  const hash = HASHED_ASSET.exec(relative)?.[1];
  return hash !== undefined && /[A-Z0-9]/.test(hash);
}
const EXTRA_TYPES: Record<string, string> = {
  map: 'application/json; charset=utf-8',
  webmanifest: 'application/manifest+json; charset=utf-8',
  vtt: 'text/vtt; charset=utf-8',
};

/**
 * One `bytes=start-end` range (what media elements send), resolved against the file size; null
 * for a header we do not serve partially (several ranges, other units), `false` when unsatisfiable.
 * Without ranges a browser treats a video as not seekable, and a lesson cannot resume its video.
 */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | null | false {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return null;
  let start: number;
  let end: number;
  if (match[1] === '') {
    start = Math.max(0, size - Number(match[2])); // the last N bytes
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  return start > end || start >= size ? false : { start, end };
}

function notFound(c: Context): ApiProblem {
  return new ApiProblem(404, 'not_found', `nothing at ${c.req.path}`);
}

/** The URL path as safe file-system segments, or undefined when it must not be served. */
function safeSegments(pathname: string): string[] | undefined {
  const segments: string[] = [];
  for (const raw of pathname.split('/')) {
    if (raw === '') continue;
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    if (segment.startsWith('.') || /[/\\\0]/.test(segment)) return undefined;
    segments.push(segment);
  }
  return segments;
}

function contentType(file: string): string {
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  return EXTRA_TYPES[ext] ?? getMimeType(file) ?? 'application/octet-stream';
}

async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/** Throws (at start-up, not on the first request) when `dir` is not a folder. */
export function staticFiles(dir: string): Handler {
  let root: string;
  try {
    root = realpathSync(dir);
    if (!statSync(root).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new Error(`static folder ${dir} does not exist or is not a folder`);
  }

  return async (c) => {
    const pathname = new URL(c.req.url).pathname;
    const segments = safeSegments(pathname);
    if (!segments) throw notFound(c);

    let path = join(root, ...segments);
    let info = await statOrUndefined(path);
    if (info?.isDirectory()) {
      // `/guide` → `/guide/`, so the page's relative links resolve inside the folder. Relative
      // (`guide/`): right behind a path-prefixing proxy, and never `//host` (an open redirect).
      if (!pathname.endsWith('/')) return c.redirect(`${encodeURIComponent(segments.at(-1) ?? '')}/`, 301);
      path = join(path, 'index.html');
      info = await statOrUndefined(path);
    }
    if (!info?.isFile()) throw notFound(c);
    // A symlink inside the folder must not lead outside it.
    const real = await realpath(path);
    if (real !== root && !real.startsWith(root + sep)) throw notFound(c);

    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const relative = segments.join('/');
    const headers: Record<string, string> = {
      ETag: etag,
      // Also on the 304: caches update stored headers from it (see routes/catalog.ts).
      'Content-Type': contentType(real),
      'Last-Modified': info.mtime.toUTCString(),
      'Cache-Control': isHashedAsset(relative) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'Accept-Ranges': 'bytes',
    };
    if (ifNoneMatchHits(c.req.header('if-none-match'), etag)) return c.body(null, 304, headers);
    // HEAD runs this GET handler; opening a stream nobody reads would hold a file descriptor.
    if (c.req.method === 'HEAD') return c.body(null, 200, { ...headers, 'Content-Length': String(info.size) });
    const range = byteRange(c.req.header('range'), info.size);
    if (range === false) return c.body(null, 416, { ...headers, 'Content-Range': `bytes */${info.size}` });
    if (range) {
      const body = Readable.toWeb(createReadStream(real, range)) as ReadableStream<Uint8Array>;
      return c.body(body, 206, { ...headers, 'Content-Range': `bytes ${range.start}-${range.end}/${info.size}`, 'Content-Length': String(range.end - range.start + 1) });
    }
    const body = Readable.toWeb(createReadStream(real)) as ReadableStream<Uint8Array>;
    return c.body(body, 200, { ...headers, 'Content-Length': String(info.size) });
  };
}
