/**
 * Ask an expert: topics and who answers them, questions with the work context they were asked
 * from, the thread of messages, the expert's inbox, publishing an answer as an article, and the
 * live events that carry changes to the asker and the experts.
 *
 *   GET  /v1/topics                       → TopicsResponse (experts, likely expert, typical answer time)
 *   POST /v1/questions                    AskRequest → Question            (asker; Idempotency-Key)
 *   GET  /v1/questions                    → QuestionList (the asker's own, newest first)
 *   GET  /v1/questions/:id                → Question (asker: without internal notes; expert: all)
 *   POST /v1/questions/:id/messages       MessageRequest → Question        (asker follow-up or expert reply/note)
 *   POST /v1/questions/:id/solve          {} → Question                    (asker)
 *   POST /v1/questions/:id/read           {} → Question                    (asker: expert messages seen)
 *   GET  /v1/inbox?topic=&status=&age=    → InboxList                      (role expert)
 *   POST /v1/questions/:id/claim          {} → Question                    (expert; 409 when another holds it)
 *   POST /v1/questions/:id/close          {} → Question                    (expert)
 *   GET  /v1/questions/:id/draft          → ArticleDraft                   (expert)
 *   POST /v1/questions/:id/publish        PublishRequest → PublishResponse (expert; article in the catalog)
 *   GET  /v1/events                       text/event-stream of AskEvent; Last-Event-ID resumes
 *
 * Someone else's question id is answered 404, never 403, so ids cannot be probed.
 */
import * as z from 'zod/mini';
import { Id, IsoDateTime, Locale, NonEmptyText, ScreenKey, Tag } from './primitives.js';
import { Uuid } from './progress.js';

export const QUESTION_MAX = 2000;
export const MESSAGE_MAX = 5000;
export const SELECTION_MAX = 500;

/** A person as the thread shows them (the token's `sub` and `name`). */
export const Person = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(120)),
  name: z.string().check(z.maxLength(120)),
});
export type Person = z.infer<typeof Person>;

/** An expert as the asker sees them before sending. */
export const ExpertCard = z.object({
  id: Id,
  name: z.string(),
  title: z.string(),
  avatar: z.optional(z.string()),
  languages: z.array(Locale),
  /** Human-readable working hours, e.g. "Mon–Fri 08–17 CET". */
  hours: z.optional(z.string()),
});
export type ExpertCard = z.infer<typeof ExpertCard>;

export const AskTopic = z.object({
  id: Id,
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  description: z._default(z.string().check(z.maxLength(300)), ''),
  /** Screens this topic is about: the picker preselects it there. */
  screens: z._default(z.array(ScreenKey), []),
  tags: z._default(z.array(Tag), []),
  experts: z.array(ExpertCard),
  /** Who a new question would most likely go to (least-loaded expert), when anyone answers this topic. */
  likely: z.optional(ExpertCard),
  /** Median minutes from asking to the first expert reply, over the last 90 days; absent below 3 answers. */
  typicalMinutes: z.optional(z.number()),
});
export type AskTopic = z.infer<typeof AskTopic>;

export const TopicsResponse = z.object({ items: z.array(AskTopic) });
export type TopicsResponse = z.infer<typeof TopicsResponse>;

/**
 * What was attached to a question, each item shown to the asker and removable before sending.
 * `read` and `lessons` only when the asker agreed to share them.
 */
export const AskContext = z.object({
  screen: z.optional(ScreenKey),
  /** Page URL without query string or fragment (they may carry secrets). */
  url: z.optional(z.string().check(z.maxLength(2000))),
  recordType: z.optional(z.string().check(z.maxLength(60))),
  /** Text the asker had selected on the page. */
  selection: z.optional(z.string().check(z.maxLength(SELECTION_MAX))),
  /** Name of the host application, e.g. "Helm CRM". */
  app: z.optional(z.string().check(z.maxLength(80))),
  /** Articles the asker already read (ids), so the expert does not answer with the same link. */
  read: z.optional(z.array(Id).check(z.maxLength(20))),
  /** Lessons the asker did on this topic (ids). */
  lessons: z.optional(z.array(Id).check(z.maxLength(20))),
});
export type AskContext = z.infer<typeof AskContext>;

/**
 * open: waiting for an expert · claimed: an expert took it · answered: an expert replied ·
 * solved: the asker marked it solved · closed: an expert closed it (no more messages).
 */
export const QuestionStatus = z.enum(['open', 'claimed', 'answered', 'solved', 'closed']);
export type QuestionStatus = z.infer<typeof QuestionStatus>;

export const Message = z.object({
  id: Uuid,
  author: Person,
  role: z.enum(['asker', 'expert']),
  /** Markdown as written. */
  body: z.string(),
  /** The server's rendering of `body`; clients still sanitise it (same pipeline as articles). */
  html: z.optional(z.string()),
  /** An expert's internal note: never sent to the asker. */
  internal: z._default(z.boolean(), false),
  createdAt: IsoDateTime,
});
export type Message = z.infer<typeof Message>;

export const Question = z.object({
  id: Uuid,
  topic: Id,
  text: z.string(),
  /** The server's rendering of `text` as markdown; clients still sanitise it (same pipeline as articles). */
  html: z.optional(z.string()),
  context: AskContext,
  locale: z.optional(Locale),
  asker: Person,
  status: QuestionStatus,
  /** The expert who claimed it. */
  assignee: z.optional(Person),
  /**
   * The expert routing picked when it was asked (least-loaded, see the server's ask/routing.ts):
   * it is theirs to pick up first, though every expert of the topic sees it and may claim it.
   */
  routedTo: z.optional(Person),
  /** Set when nobody claimed it in time and it went to the topic's owner too. */
  escalated: z._default(z.boolean(), false),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** Expert messages the asker has not seen (asker's view only). */
  unread: z._default(z.number(), 0),
  /** Present once an expert published the answer as an article. */
  articleId: z.optional(Id),
  messages: z._default(z.array(Message), []),
});
export type Question = z.infer<typeof Question>;

/**
 * `seq` (optional): the server's live event sequence when it read the list. A client opening its
 * first event stream sends it as Last-Event-ID, so no event between the list and the stream is lost.
 */
export const QuestionList = z.object({ items: z.array(Question), seq: z.optional(z.number()) });
export type QuestionList = z.infer<typeof QuestionList>;

/** An inbox row: the question (with internal notes) and how long it has waited. */
export const InboxList = z.object({ items: z.array(Question) });
export type InboxList = z.infer<typeof InboxList>;

export const AskRequest = z.object({
  /** Chosen by the client (crypto.randomUUID): the question's id from the first moment, offline too. */
  id: Uuid,
  topic: Id,
  text: NonEmptyText(QUESTION_MAX),
  context: AskContext,
  locale: z.optional(Locale),
});
export type AskRequest = z.infer<typeof AskRequest>;

export const MessageRequest = z.object({
  id: Uuid,
  body: NonEmptyText(MESSAGE_MAX),
  /** Experts only: a note the asker never sees. */
  internal: z.optional(z.boolean()),
});
export type MessageRequest = z.infer<typeof MessageRequest>;

/** An article built from a question and its answer, for the expert to edit before publishing. */
export const ArticleDraft = z.object({
  id: Id,
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  summary: z.string().check(z.maxLength(500)),
  body: z.string().check(z.minLength(1), z.maxLength(100_000)),
  /** Screens it is suggested on: the one it was asked from, by default. */
  contexts: z.array(ScreenKey).check(z.maxLength(30)),
  tags: z.array(Tag).check(z.maxLength(30)),
  locale: Locale,
});
export type ArticleDraft = z.infer<typeof ArticleDraft>;

export const PublishRequest = ArticleDraft;
export type PublishRequest = ArticleDraft;

export const PublishResponse = z.object({ articleId: Id, question: Question });
export type PublishResponse = z.infer<typeof PublishResponse>;

/**
 * One server-sent event (`event: question`, `id: <seq>`): the question as its receiver may see it
 * (the asker's view has no internal notes). `seq` increases per server database, so a client
 * that reconnects with `Last-Event-ID: <seq>` gets everything after it for its user.
 */
export const AskEvent = z.object({
  seq: z.number(),
  kind: z.enum(['asked', 'message', 'status']),
  question: Question,
});
export type AskEvent = z.infer<typeof AskEvent>;
