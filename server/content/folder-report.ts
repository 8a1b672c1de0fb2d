/**
 * What importing one folder of content files did — the same for articles and lessons — and the
 * test both use to skip a file that holds what is already stored.
 */
import type { RefusedFile } from './load-folder.js';

export interface FolderImportReport {
  /** Absolute folder the files were read from. */
  source: string;
  /** Content files found (`.md` articles, `.yaml`/`.yml` lessons). */
  files: number;
  added: string[];
  updated: string[];
  unchanged: string[];
  removed: string[];
  /** Refused files; `kept` is the id of a previously imported version that stays published. */
  refused: (RefusedFile & { kept?: string })[];
  warnings: { path: string; message: string }[];
}

/** Where a stored row came from and what it held. */
export interface StoredOrigin {
  content_hash: string;
  source: string;
  source_file: string;
}

/** The file holds what is stored (same hash), from the same place. */
export function sameContent(entry: { hash: string; file: string }, row: StoredOrigin, source: string): boolean {
  return row.content_hash === entry.hash && row.source === source && row.source_file === entry.file;
}
