/**
 * Migrations live in code (not read from a folder at run time) so they ship inside whatever
 * bundle or package runs the server. Kysely applies them in name order; never rename one.
 */
import type { Migration, MigrationProvider } from 'kysely';
import * as articles from './0001-articles.js';
import * as articleHtml from './0002-article-html.js';
import * as lessons from './0003-lessons.js';
import * as learnerData from './0004-learner-data.js';
import * as ask from './0005-ask.js';
import * as feedback from './0006-feedback.js';

const migrations: Record<string, Migration> = {
  '0001-articles': articles,
  '0002-article-html': articleHtml,
  '0003-lessons': lessons,
  '0004-learner-data': learnerData,
  '0005-ask': ask,
  '0006-feedback': feedback,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
