/**
 * Migrations live in code (not read from a folder at run time) so they ship inside whatever
 * bundle or package runs the server. Kysely applies them in name order; never rename one.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as articles from './0001-articles.js';
import * as articleHtml from './0002-article-html.js';

const migrations: Record<string, Migration> = {
  '0001-articles': articles,
  '0002-article-html': articleHtml,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
