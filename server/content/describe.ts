/** An import report in words, for the CLI and the server log. */
import { relative } from 'node:path';
import type { ImportReport } from './import.js';

function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

function lessonSummary(report: ImportReport): string {
  const l = report.lessons;
  if (l.files === 0 && l.removed.length === 0) return '';
  const imported = l.added.length + l.updated.length + l.unchanged.length;
  return `. Lessons: ${imported} of ${l.files} files (${l.added.length} new, ${l.updated.length} updated, ${l.unchanged.length} unchanged, ${l.removed.length} removed)` + (l.refused.length ? `; ${l.refused.length} refused` : '');
}

function askSummary(report: ImportReport): string {
  const a = report.ask;
  if (a.files === 0 && a.removed.length === 0) return '';
  return `. Ask: ${a.topics.length} topics, ${a.experts.length} experts` + (a.removed.length ? `, removed ${a.removed.join(', ')}` : '') + (a.refused.length ? `; ${a.refused.length} file(s) refused` : '');
}

/** Refused files of any kind: the CLI's exit code depends on it. */
export function refusedCount(report: ImportReport): number {
  return report.refused.length + report.lessons.refused.length + report.ask.refused.length;
}

export function describeImport(report: ImportReport): { summary: string; problems: string[] } {
  const imported = report.added.length + report.updated.length + report.unchanged.length;
  const counts = [`${report.added.length} new`, `${report.updated.length} updated`, `${report.unchanged.length} unchanged`, `${report.removed.length} removed`];
  const summary =
    `Imported ${imported} of ${report.files} article files from ${shown(report.source)} (${counts.join(', ')}); ` +
    `catalog version ${report.version}${report.versionChanged ? ' (changed)' : ' (unchanged)'}` +
    (report.refused.length ? `; ${report.refused.length} refused` : '') +
    lessonSummary(report) +
    askSummary(report);
  const problems = [...report.refused, ...report.lessons.refused, ...report.ask.refused].map((r) => `refused ${shown(r.path)}: ${r.reason}${r.kept ? ` (the previously imported "${r.kept}" stays published)` : ''}`);
  problems.push(...[...report.warnings, ...report.lessons.warnings, ...report.ask.warnings].map((w) => `warning ${shown(w.path)}: ${w.message}`));
  return { summary, problems };
}
