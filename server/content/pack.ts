/**
 * A content pack (`ContentPack`): the catalog, every article (with its rendered `html`) and every
 * lesson (text steps with their `html`) in one
 * JSON file, for `staticBackend` on any static host. Built straight from the folder (no database),
 * validated against the protocol before it is returned. Reproducible: the same files give the
 * same bytes (`generatedAt` is the newest `updatedAt`, not the build time).
 */
import { ContentPack, formatIssues, LessonMeta } from '../../src/protocol/index.js';
import { buildCatalog } from '../catalog/build.js';
import { catalogVersion } from './hash.js';
import { loadArticleFolder, type LoadedFolder } from './load-folder.js';
import { loadLessonFolder, type LoadedLessons } from './load-lessons.js';
import { renderBody } from './render-body.js';
import { renderLesson } from './render-lesson.js';

const EPOCH = new Date(0).toISOString();

export interface BuiltPack {
  pack: ContentPack;
  loaded: LoadedFolder;
  lessons: LoadedLessons;
  /** Text that will show as plain text (over the markdown caps), as `warning <path>: …` lines. */
  renderWarnings: string[];
}

export async function buildPack(dir: string): Promise<BuiltPack> {
  const loaded = await loadArticleFolder(dir);
  const lessons = await loadLessonFolder(dir);
  const lessonEntries = [...lessons.accepted].sort((a, b) => (a.lesson.id < b.lesson.id ? -1 : 1));
  const renderWarnings: string[] = [];
  const fullLessons = [];
  for (const entry of lessonEntries) {
    const rendered = await renderLesson(entry.lesson);
    renderWarnings.push(...rendered.warnings.map((w) => `warning ${entry.path}: ${w}`));
    fullLessons.push(rendered.lesson);
  }
  const entries = [...loaded.accepted].sort((a, b) => (a.article.id < b.article.id ? -1 : 1));
  // Each with its rendered body, so staticBackend's drawer skips marked as the server's does.
  const articles = await Promise.all(entries.map(async (e) => ({ ...e.article, html: (await renderBody(e.article.body)).html })));
  const newest = [...articles, ...fullLessons].reduce((max, a) => (Date.parse(a.updatedAt) > Date.parse(max) ? a.updatedAt : max), EPOCH);
  // The same entries as the server's catalog version (content/import.ts): a pack and a server
  // holding the same content agree on the version.
  const version = catalogVersion([
    ...entries.map((e) => ({ id: e.article.id, hash: e.hash })),
    ...lessonEntries.map((e) => ({ id: `lesson:${e.lesson.id}`, hash: e.hash })),
  ]);
  const metas = articles.map(({ body: _body, html: _html, ...meta }) => meta);
  const candidate = {
    format: 'learnflow-pack',
    formatVersion: 1,
    catalog: buildCatalog({ version, generatedAt: newest }, metas, fullLessons.map((l) => LessonMeta.parse(l))),
    articles,
    lessons: fullLessons,
    experts: [],
  };
  const parsed = ContentPack.safeParse(candidate);
  // Every part was validated on the way in; failing here is a bug in this file, not in the content.
  if (!parsed.success) throw new Error(`the pack does not validate: ${formatIssues(parsed.error).map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return { pack: parsed.data, loaded, lessons, renderWarnings };
}
