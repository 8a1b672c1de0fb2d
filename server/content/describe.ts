/** An import report in words, for the CLI and the server log. */
import { relative } from 'node:path';
import type { ImportReport } from './import.js';

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

export function describeImport(report: ImportReport): { summary: string; problems: string[] } {
  const imported = report.added.length + report.updated.length + report.unchanged.length;
  const counts = [`${report.added.length} new`, `${report.updated.length} updated`, `${report.unchanged.length} unchanged`, `${report.removed.length} removed`];
  const summary =
    `Imported ${imported} of ${report.files} article files from ${shown(report.source)} (${counts.join(', ')}); ` +
    `catalog version ${report.version}${report.versionChanged ? ' (changed)' : ' (unchanged)'}` +
    (report.refused.length ? `; ${report.refused.length} refused` : '');
  const problems = [
    ...report.refused.map((r) => `refused ${shown(r.path)}: ${r.reason}${r.kept ? ` (the previously imported "${r.kept}" stays published)` : ''}`),
    ...report.warnings.map((w) => `warning ${shown(w.path)}: ${w.message}`),
  ];
  return { summary, problems };
}
