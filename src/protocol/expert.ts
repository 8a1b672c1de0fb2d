/** People who answer questions, by topic and language. */
import * as z from 'zod/mini';
import { Id, Locale } from './primitives.js';

export const Expert = z.object({
  id: Id,
  name: z.string().check(z.minLength(1)),
  title: z.string(),
  avatar: z.optional(z.string()),
  topics: z.array(Id),
  languages: z.array(Locale),
  /** Human-readable working hours, e.g. "Mon–Fri 08–17 CET". */
  hours: z.optional(z.string()),
});
export type Expert = z.infer<typeof Expert>;
