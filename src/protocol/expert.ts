/** People who answer questions, by topic and language. */
import * as z from 'zod/mini';
import { Id, Locale, ScreenKey, Tag } from './primitives.js';

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

/**
 * A topic as authored in `<content>/ask/topics.yaml` (a list of these). The server adds the
 * experts, the likely expert and the typical answer time when it serves `AskTopic`.
 */
export const AskTopicConfig = z.object({
  id: Id,
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  description: z._default(z.string().check(z.maxLength(300)), ''),
  /** Screens this topic is about: the ask form preselects it there. */
  screens: z._default(z.array(ScreenKey), []),
  tags: z._default(z.array(Tag), []),
  /** The expert id a question nobody claims in time escalates to. */
  owner: Id,
});
export type AskTopicConfig = z.infer<typeof AskTopicConfig>;
