/**
 * A content pack (`ContentPack`): the catalog and every article (with its rendered `html`) in one
 * JSON file, for `staticBackend` on any static host. Built straight from the folder (no database),
 * validated against the protocol before it is returned. Reproducible: the same files give the
 * same bytes (`generatedAt` is the newest `updatedAt`, not the build time).
 */
import { ContentPack, formatIssues } from '../../src/protocol/index.js';
import { buildCatalog } from '../catalog/build.js';
import { catalogVersion } from './hash.js';
import { loadArticleFolder, type LoadedFolder } from './load-folder.js';
import { renderBody } from './render-body.js';

const EPOCH = new Date(0).toISOString();

export async function buildPack(dir: string): Promise<{ pack: ContentPack; loaded: LoadedFolder }> {
  const loaded = await loadArticleFolder(dir);
  const entries = [...loaded.accepted].sort((a, b) => (a.article.id < b.article.id ? -1 : 1));
  // Each with its rendered body, so staticBackend's drawer skips marked as the server's does.
  const articles = await Promise.all(entries.map(async (e) => ({ ...e.article, html: (await renderBody(e.article.body)).html })));
  const newest = articles.reduce((max, a) => (Date.parse(a.updatedAt) > Date.parse(max) ? a.updatedAt : max), EPOCH);
  const version = catalogVersion(entries.map((e) => ({ id: e.article.id, hash: e.hash })));
  const metas = articles.map(({ body: _body, html: _html, ...meta }) => meta);
  const candidate = {
    format: 'learnflow-pack',
    formatVersion: 1,
    catalog: buildCatalog({ version, generatedAt: newest }, metas),
    articles,
    lessons: [],
    experts: [],
  };
  const parsed = ContentPack.safeParse(candidate);
  // Every part was validated on the way in; failing here is a bug in this file, not in the content.
  if (!parsed.success) throw new Error(`the pack does not validate: ${formatIssues(parsed.error).map((i) => `${i.path}: ${i.message}`).join('; ')}`);
  return { pack: parsed.data, loaded };
}
