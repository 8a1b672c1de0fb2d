/** A content pack (`learnflow pack`): everything `staticBackend` needs, in one JSON file. */
import * as z from 'zod/mini';
import { Article, Catalog } from './content.js';
import { Expert } from './expert.js';
import { Lesson } from './lesson.js';

export const ContentPack = z.object({
  format: z.literal('learnflow-pack'),
  formatVersion: z.literal(1),
  catalog: Catalog,
  articles: z.array(Article),
  lessons: z._default(z.array(Lesson), []),
  experts: z._default(z.array(Expert), []),
});
export type ContentPack = z.infer<typeof ContentPack>;
