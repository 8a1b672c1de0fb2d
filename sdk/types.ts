/**
 * The SDK's public contract. Components program against `Learn`; hosts call it; backends
 * implement `Backend`. Implementations live beside this file (runtime.ts, backends/*).
 */
import type {
  ArticleDraft,
  AskContext,
  Article,
  Catalog,
  Lesson,
  LessonMeta,
  LessonProgress,
  Question,
  QuizStep,
  ReviewCard,
  SearchHit,
  SuggestionsResponse,
  AskTopic,
  FeedbackKind,
  FeedbackRequest,
  NotHelpfulReason,
  SurveyAnswer,
  WorkContext,
  XapiStatement,
} from '../src/protocol/index.js';
import type { ArticleInsights, FeedbackInsights, LessonInsights, QuestionInsights, SearchInsights } from '../src/protocol/insights.js';

/** The signed-in employee. `token` is an HS256 JWT minted by the host app's server. */
export interface LearnUser {
  id: string;
  name?: string;
  token?: string;
}

/** Result of a conditional GET: fresh data with its ETag, or "your copy is current". */
export type Revalidated<T> =
  | { status: 'fresh'; data: T; etag?: string }
  | { status: 'not-modified' };

export interface RequestOptions {
  signal?: AbortSignal;
  /** ETag of the copy the caller already has (sent as If-None-Match). */
  etag?: string;
  locale?: string;
}

/**
 * One interface, three adapters (httpBackend, staticBackend, memoryBackend).
 * Every method validates what it receives with `src/protocol` and throws `BackendError`
 * (never a raw TypeError or SyntaxError) when the network, the status or the payload is wrong.
 */
export interface Backend {
  readonly kind: 'http' | 'static' | 'memory';
  /** Human-readable description for messages and logs, e.g. the base URL. */
  readonly describe: string;
  catalog(options?: RequestOptions): Promise<Revalidated<Catalog>>;
  article(id: string, options?: RequestOptions): Promise<Revalidated<Article>>;
  /** Server-side search, used only when the client index is not available. */
  search(query: string, options?: RequestOptions & { limit?: number }): Promise<SearchHit[]>;
  suggestions(context: WorkContext, options?: RequestOptions & { limit?: number }): Promise<SuggestionsResponse>;
  /** Called by the runtime on setUser/reset so adapters can attach or drop the token. */
  setUser?(user: LearnUser | null): void;
  /** Where "open in full page" goes for an article, when the backend serves such a page. */
  articlePageUrl?(id: string): string | undefined;
  /** A whole lesson (steps included), validated; `not-found` for an unknown id. All three adapters have it. */
  lesson?(id: string, options?: RequestOptions): Promise<Revalidated<Lesson>>;
  /**
   * One write from the outbox (progress, review, statements). Resolves with whatever the server
   * answered — the outbox decides what a status means (done, retry later, refused); rejects with
   * `BackendError` only when there was no answer (`network`, `timeout`, `aborted`). Absent (a
   * read-only backend such as `staticBackend`): writes wait in the outbox.
   */
  send?(request: SendRequest): Promise<SendResult>;
  /**
   * The signed-in user's own data, as JSON the caller validates: `'/v1/progress'` (ProgressList)
   * or `'/v1/review'` (ReviewState). Rejects with `BackendError`. Absent: nothing to merge.
   */
  userData?(path: UserDataPath, options?: RequestOptions): Promise<unknown>;
  /** The same kind of read as text (the insights' CSV, `…?format=csv`). Rejects with `BackendError`. Absent: no text reads. */
  userText?(path: UserDataPath, options?: RequestOptions): Promise<string>;
  /**
   * Open the live event stream (`/v1/events`, server-sent events) for the signed-in user: resolves
   * with the body's bytes once the server answered 2xx; the stream ends when the connection drops
   * or `signal` aborts. Rejects with `BackendError`: `unauthorized` (401) or `forbidden` (403) — do
   * not retry without a new token —, `network`/`timeout`/`http` (retry later). Absent: no live updates.
   */
  stream?(path: '/v1/events', options: StreamOptions): Promise<ReadableStream<Uint8Array>>;
}

/**
 * Per-user reads `userData` answers: progress and review (lessons), and ask an expert's — topics,
 * the asker's questions and one question (`/v1/questions/:id`, `…/draft`), the expert's inbox
 * (`/v1/inbox?topic=&status=&age=`), the owner's insights (`/v1/insights/searches?from=&to=`).
 * The caller validates what comes back.
 */
export type UserDataPath = '/v1/progress' | '/v1/review' | '/v1/topics' | '/v1/questions' | `/v1/questions/${string}` | `/v1/inbox${string}` | `/v1/insights/${string}` | '/v1/prompt-state';

export interface StreamOptions {
  /** The id of the last event received (`Last-Event-ID`): the server sends what came after it. */
  lastEventId?: string;
  signal: AbortSignal;
}

/** A write the outbox hands to `Backend.send`. */
export interface SendRequest {
  method: 'POST' | 'PUT';
  /** Path under the API root, `/v1/...` (httpBackend appends it to its `url`). */
  path: string;
  /** The JSON body. */
  body: unknown;
  /** A UUID, the same on every retry of this write (`Idempotency-Key`): the server de-duplicates by it. */
  idempotencyKey: string;
  signal?: AbortSignal;
}

/** The server's answer to a `send`. */
export interface SendResult {
  status: number;
  /** The parsed JSON body, when there was one. */
  body?: unknown;
  /** From a `Retry-After` header (seconds or a date), in ms from now. */
  retryAfterMs?: number;
  /** The server's own explanation (ApiError message), kept with a refused write. */
  message?: string;
}

/**
 * `invalid-input`: refused before sending (empty or too long text) or by the server (400/413/422);
 * `unauthorized`: no signed-in user or token where one is needed, or 401; `forbidden`: 403 (e.g. the
 * inbox without role `expert`); `conflict`: 409 (another expert claimed the question).
 */
export type BackendErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'invalid-response'
  | 'not-found'
  | 'aborted'
  | 'invalid-input'
  | 'unauthorized'
  | 'forbidden'
  | 'conflict';

export class BackendError extends Error {
  override readonly name = 'BackendError';
  constructor(
    readonly kind: BackendErrorKind,
    message: string,
    readonly status?: number,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** What the drawer can be asked to show. */
export interface OpenTarget {
  article?: string;
  query?: string;
  /** A lesson by id, played inside the drawer. */
  lesson?: string;
  /** The daily review of questions from finished lessons. */
  review?: boolean;
  /** Ask an expert: the question form, the topic preselected when given. */
  ask?: { topic?: string; text?: string };
  /** One of the employee's questions (its thread). */
  question?: string;
}

export type Connectivity = 'online' | 'offline';

/** Catalog state, observable through `learn.catalogState` and the `catalog-change` event. */
export interface CatalogState {
  status: 'idle' | 'loading' | 'ready' | 'error';
  catalog: Catalog | null;
  /** True when `catalog` came from the cache and could not be revalidated. */
  stale: boolean;
  error: LearnErrorDetail | null;
}

export interface LearnErrorDetail {
  /** Where it happened: 'catalog', 'article', 'search', 'suggestions', 'init', 'cache'. */
  source: string;
  kind: BackendErrorKind | 'cache' | 'config';
  message: string;
}

/** Events the runtime emits through `learn.on(type, handler)`. */
export interface LearnEventMap {
  open: { target: OpenTarget | null };
  close: Record<string, never>;
  'context-change': { context: WorkContext };
  'user-change': { user: LearnUser | null };
  'catalog-change': CatalogState;
  connectivity: { state: Connectivity };
  'article-view': { id: string; title: string };
  error: LearnErrorDetail;
  /** The runtime is being destroyed (last event; every listener is removed right after). */
  destroy: Record<string, never>;
  /** Progress was saved (locally at once; the sync follows through the outbox). */
  'lesson-progress': { progress: LessonProgress };
  /** A lesson reached its completion screen. */
  'lesson-complete': { lessonId: string; score: number | undefined; passed: boolean | undefined };
  /** A try-it step asks the host to go to a screen. The host navigates; the step continues when the context's screen matches. */
  navigate: NavigateRequest;
  /** Due review questions changed (answered, enrolled, paused, synced). */
  'review-change': { due: number; paused: boolean };
  /** The outbox changed: writes waiting, and writes the server refused (kept, not retried). */
  'sync-change': SyncState;
  /** Something was discarded or could not be kept, without stopping anything (e.g. corrupt local progress). */
  warning: { source: string; message: string };
  /** One of the employee's questions changed (sent, answered, status), or one in an expert's inbox did. */
  'question-change': { question: Question };
  /** Expert answers the employee has not seen yet (the launcher's badge). */
  'unread-change': { unread: number };
  /**
   * `learn.questions.count` changed: the idle check (or any call) loaded the employee's questions, or
   * one was asked. A drawer shows its "My questions" entry from this instead of calling `mine()`.
   */
  'questions-change': { count: number };
  /** The employee gave feedback (it is in the outbox; the server hears of it now or when back online). */
  feedback: { subject: string; kind: FeedbackKind; value: number | undefined };
  /** `learn.track(name, data)` was called (triggers count these). */
  track: { name: string; data: Record<string, unknown> | undefined };
  /**
   * A proactive prompt is about to show: a listener may `veto()` it (nothing is shown, no budget is
   * spent, and the trigger may fire again later). Called synchronously.
   */
  'prompt-show': { id: string; surface: ProactiveSurface; prompt: PromptDefinition | undefined; veto(): void };
  /** A proactive surface was shown (it spent one interruption of the session's budget). */
  'prompt-shown': { id: string; surface: ProactiveSurface; budget: InterruptionBudget };
  /** A shown prompt was closed without an answer (close button, Escape, replaced, timed out). */
  'prompt-closed': { id: string; surface: ProactiveSurface };
  /** A shown prompt was answered (feedback given, a suggested lesson or review started). */
  'prompt-answered': { id: string; surface: ProactiveSurface };
  /**
   * The SDK asks whoever renders prompts (the `<learn-drawer>` element) to show this one. Emitted
   * after `prompt-show` was not vetoed; the renderer reports back with `learn.prompts.closed/answered`.
   */
  prompt: { prompt: PromptDefinition; surface: ProactiveSurface };
}

/** Everything that interrupts the employee on its own initiative shares one budget. */
export type ProactiveSurface = 'feedback' | 'nudge' | 'lesson' | 'review';

/** When a prompt may show (one of). Counts are per user and kept across reloads. */
export type PromptTrigger =
  /** The `count`-th `learn.track(name)` (default 1st) in this session. */
  | { track: string; count?: number }
  /** A lesson reached its completion screen (`true`: any lesson). */
  | { lessonCompleted: string | true }
  /** The `count`-th visit to a screen (a context change to it), across sessions. */
  | { visit: string; count: number }
  /** `seconds` spent on a screen while the page is visible (this visit). */
  | { timeOnScreen: string; seconds: number };

/** A proactive prompt the host (or the content owner) defines. */
export interface PromptDefinition {
  /** Stable id: caps are kept per id (PromptId: letters, digits and . _ : / -). */
  id: string;
  trigger: PromptTrigger;
  /** A feedback card (`<learn-feedback variant="card">`): its subject, kind, heading and survey questions. */
  feedback?: { subject: string; kind: FeedbackKind; heading?: string; questions?: unknown };
  /** A suggested lesson (a card that opens it in the drawer). */
  lesson?: string;
  /** Default true: never shown again once answered or dismissed. */
  once?: boolean;
  /** Shown again at most every N days (when `once` is false), on any device. */
  recontactDays?: number;
  /** Percent of people (0–100, stable per user and prompt) who ever see it. Default 100. */
  sample?: number;
}

/** The session's budget of proactive interruptions, shared by every surface. */
export interface InterruptionBudget {
  /** Interruptions allowed per session (`createLearn({ interruptions: { perSession } })`, default 1). */
  readonly limit: number;
  readonly used: number;
  readonly remaining: number;
}

/**
 * Triggered, frequency-capped prompts, and the shared interruption budget. Asynchronous: the code
 * behind it is a chunk of its own, loaded at idle when prompts are defined (or on the first call).
 */
export interface PromptsApi {
  /** The session's budget as it is now. */
  budget(): Promise<InterruptionBudget>;
  /** Add (or replace, by id) prompts; their triggers start counting at once. */
  define(...prompts: PromptDefinition[]): Promise<void>;
  /**
   * Another proactive surface (a nudge, a suggested lesson, due reviews) asks to interrupt: true
   * (and the budget is spent, `prompt-shown` emitted) when the budget allows and no listener vetoed.
   */
  request(surface: ProactiveSurface, id: string): Promise<boolean>;
  /** The renderer reports that a shown prompt was closed unanswered / answered (caps and events). */
  closed(id: string): Promise<void>;
  answered(id: string): Promise<void>;
}

/** The reports `<learn-insights>` shows (role `owner`). */
export type InsightsReportName = 'searches' | 'articles' | 'questions' | 'lessons' | 'feedback';

export interface InsightsReports {
  searches: SearchInsights;
  articles: ArticleInsights;
  questions: QuestionInsights;
  lessons: LessonInsights;
  feedback: FeedbackInsights;
}

/** `from`/`to`: inclusive UTC days as YYYY-MM-DD (default the last 30 days); `screen`: one screen key. */
export interface InsightsFilter {
  from?: string;
  to?: string;
  screen?: string;
}

export interface InsightsApi {
  /** One report, validated. Rejects with BackendError (`unauthorized`, `forbidden` without role owner, `invalid-input`, …). */
  report<R extends InsightsReportName>(name: R, filter?: InsightsFilter, options?: { signal?: AbortSignal }): Promise<InsightsReports[R]>;
  /** The same report as CSV text (header row first), for a download. */
  csv(name: InsightsReportName, filter?: InsightsFilter, options?: { signal?: AbortSignal }): Promise<string>;
}

export interface NavigateRequest {
  screen: string;
  record?: { type: string; id?: string };
  lessonId: string;
  stepId: string;
}

export interface SyncState {
  /** Writes waiting to be sent (queued or being sent). */
  pending: number;
  /** Writes the server refused with a 4xx: kept for inspection, not retried. */
  failed: number;
}

/** A learning event the lesson player reports; the SDK turns it into an xAPI statement. */
export type LessonEvent =
  | { type: 'launched' | 'initialized' | 'completed' | 'passed' | 'failed' | 'terminated'; lesson: Lesson; progress: LessonProgress }
  | { type: 'answered'; lesson: Lesson; progress: LessonProgress; step: QuizStep; choices: string[]; correct: boolean };

export interface LessonsApi {
  /** A lesson by id: cache first, revalidated; rejects with BackendError (`not-found`, `invalid-response`, …). */
  get(id: string, options?: { signal?: AbortSignal }): Promise<Lesson>;
  /** Lessons for the current context, ranked from the cached catalog. */
  forContext(limit?: number): LessonMeta[];
  /**
   * Saved progress for a lesson: the local copy, merged with the server's when reachable (furthest
   * wins). Local progress that is corrupt or does not fit `lesson` (steps gone) is discarded with a
   * `warning` event, and null is returned.
   */
  progress(lesson: Lesson): Promise<LessonProgress | null>;
  /** Store now (IndexedDB) and queue the sync; emits `lesson-progress` (and `lesson-complete` on completion, which also enrols review cards). */
  save(lesson: Lesson, progress: LessonProgress): Promise<void>;
  /** Turn a learning event into an xAPI statement and queue it. Null when there is no user to attribute it to. */
  record(event: LessonEvent): XapiStatement | null;
  /** Ask the host to navigate (try-it step). Emits `navigate`; returns whether anyone listens. */
  navigate(request: NavigateRequest): boolean;
}

/** A due review question with the lesson step it comes from. */
export interface DueQuestion {
  card: ReviewCard;
  lesson: Lesson;
  step: QuizStep;
}

export interface ReviewApi {
  /** Cards due now (none while paused). */
  readonly dueCount: number;
  readonly paused: boolean;
  /** Due questions with their lessons loaded (cache first), oldest due first. */
  due(limit?: number): Promise<DueQuestion[]>;
  /** Reschedule a card after an answer; persisted and synced like progress. */
  answer(cardId: string, correct: boolean): Promise<void>;
  /** Holiday: nothing comes due while paused; resuming shifts every schedule by the pause. */
  pause(): Promise<void>;
  resume(): Promise<void>;
}
/** A suggestion while the employee types a question: an article, or one of their own answered questions. */
export type AskSuggestion =
  | { kind: 'article'; id: string; title: string; summary: string }
  | { kind: 'question'; id: string; title: string; summary: string };

/**
 * A question as `learn.questions` hands it out: the server's copy, or one still waiting in the
 * outbox (`pending`: asked offline, or over a read-only backend) — shown, never lost. `failed`: the
 * server refused it (the reason), it stays in the outbox for inspection and is not sent again.
 */
export type AskedQuestion = Question & { pending?: boolean; failed?: string };

/** What the employee is about to send; `context` is what they kept of `ask.context()`. */
export interface AskInput {
  topic: string;
  text: string;
  context: AskContext;
}

/**
 * Asking an expert (the employee's side). Writes go through the outbox (a question asked offline is
 * sent when the connection returns, exactly once); answers arrive live over server-sent events
 * while a user with a token is signed in, resumed with Last-Event-ID after a drop.
 */
export interface AskApi {
  /** Topics with their experts, the likely expert and the typical answer time (cached, revalidated). */
  topics(options?: { signal?: AbortSignal }): Promise<AskTopic[]>;
  /**
   * The topic the current context suggests (a topic's `screens`, a screen above it, then its `tags`),
   * if any. Like `context()`, answered once the engine has loaded — which `topics()` does.
   */
  topicFor(topics: readonly AskTopic[]): string | undefined;
  /**
   * What would be attached now: screen, URL without query, fragment or user info, record type,
   * selected text, app name; with `share`, the articles read and lessons done (recent, on this
   * topic's screens or tags), at most 20 each.
   *
   * Synchronous, answered by the ask engine — a lazily loaded chunk, so the drawer's budgeted bytes
   * do not carry it. It loads on the first call of any other `learn.questions`/`learn.inbox` method
   * and at idle for a user with a token; before that this returns `{}` (an element shows the context
   * once `topics()` has resolved, which loads it).
   */
  context(options?: { share?: boolean; topic?: string }): AskContext;
  /** Articles (from the cached catalog) and the employee's own answered questions that match `text`. */
  suggest(text: string, options?: { topic?: string; limit?: number }): Promise<AskSuggestion[]>;
  /** Queue the question (IndexedDB first) and return it as `open`; throws BackendError `invalid-input` for an empty or too long text. */
  send(input: AskInput): Promise<AskedQuestion>;
  /** The employee's questions, newest first: the server's, merged with ones still in the outbox. */
  mine(options?: { signal?: AbortSignal }): Promise<AskedQuestion[]>;
  /** One question with its thread (404 → BackendError `not-found`); messages still in the outbox are included. */
  thread(id: string, options?: { signal?: AbortSignal }): Promise<AskedQuestion>;
  /** A follow-up message from the asker (through the outbox). */
  followUp(id: string, body: string): Promise<void>;
  solve(id: string): Promise<Question>;
  /** The expert's messages in this question have been seen. */
  markRead(id: string): Promise<void>;
  /** Expert answers not seen yet, across the employee's questions. */
  readonly unread: number;
  /**
   * How many questions of the employee's the SDK knows (the server's and those waiting in the
   * outbox). Synchronous and cheap: 0 until the ask engine has loaded — at idle for a user with a
   * token, whose check reads the list, or on any other `learn.questions` call. `questions-change`
   * says when it changes.
   */
  readonly count: number;
}

export interface InboxFilter {
  topic?: string;
  /** `waiting`: open or claimed without an answer; `mine`: claimed by me; default all not closed/solved. */
  status?: 'waiting' | 'mine' | 'answered' | 'done' | 'all';
  /** Only questions older than this many minutes. */
  olderThanMinutes?: number;
}

/** The expert's side (role `expert` in the token). */
export interface InboxApi {
  queue(filter?: InboxFilter, options?: { signal?: AbortSignal }): Promise<Question[]>;
  get(id: string, options?: { signal?: AbortSignal }): Promise<Question>;
  /** Take a question; rejects with BackendError `conflict` when another expert holds it. */
  claim(id: string): Promise<Question>;
  /** A reply (or an internal note) through the outbox. */
  reply(id: string, body: string, options?: { internal?: boolean }): Promise<void>;
  close(id: string): Promise<Question>;
  /** An article draft built from the question and the answer. */
  draft(id: string): Promise<ArticleDraft>;
  /** Publish into the catalog (then found in search and suggested on its screens). */
  publish(id: string, draft: ArticleDraft): Promise<{ articleId: string; question: Question }>;
}

/** What the employee says; `learn.feedback.give` adds the id, the context and the time. */
export interface FeedbackInput {
  /** `article:<id>`, `lesson:<id>`, `screen:<key>`, `question:<uuid>` or `product:<slug>`. */
  subject: string;
  kind: FeedbackKind;
  /** thumbs: 1 helpful, 0 not · stars: 1–5 · nps: 0–10 · text and survey: none. */
  value?: number;
  /** Why not helpful (thumbs 0 only). */
  reason?: NotHelpfulReason;
  /** At most COMMENT_MAX characters (required for `text`). */
  comment?: string;
  /** A survey's answers (1–3). */
  answers?: SurveyAnswer[];
  /** The proactive prompt that asked, when one did. */
  prompt?: string;
}

/** Feedback (articles, lessons, screens, the product), stored through the outbox: given offline, sent once when back. */
export interface FeedbackApi {
  /**
   * Check the feedback, write it to the outbox and emit `feedback`; resolves with the request as it
   * will be sent. Rejects with BackendError `invalid-input` (a value out of range for the kind, a
   * comment over COMMENT_MAX, a bad subject) or `unauthorized` (no user with a token).
   */
  give(input: FeedbackInput): Promise<FeedbackRequest>;
  /**
   * What this person last gave on `subject` from this device (kept in IndexedDB, the newest 300
   * subjects), so a widget shows "thank you" instead of asking again. Undefined when nothing was given.
   */
  given(subject: string): Promise<GivenFeedback | undefined>;
}

export interface GivenFeedback {
  kind: FeedbackKind;
  value?: number;
  givenAt: string;
}

export type LearnEventType = keyof LearnEventMap;
export type LearnListener<K extends LearnEventType> = (detail: LearnEventMap[K]) => void;

export interface LearnOptions {
  backend: Backend;
  user?: LearnUser | null;
  locale?: string;
  /** Initial context; when absent the screen is derived from the URL route. */
  context?: WorkContext;
  /** Maps location → screen key when the host sets no context. Default: path without leading slash (hash route if present). */
  routeToScreen?: (url: URL) => string | undefined;
  /** IndexedDB namespace (tenant). Defaults to the backend's description. */
  tenant?: string;
  /** Element the runtime is provided on through @lit/context. Default: document.documentElement. */
  root?: HTMLElement;
  /** Request timeout in ms for backend calls. Default: the backend's own (8000 for httpBackend). */
  timeoutMs?: number;
  /**
   * Where the cache lives. Default: the page's `indexedDB`. `null` keeps everything in memory
   * (nothing persisted). When IndexedDB cannot open, the runtime falls back to memory by itself
   * and emits an `error` event with kind `'cache'`.
   */
  indexedDB?: IDBFactory | null;
  /** How learning records (xAPI statements) name things. */
  xapi?: XapiOptions;
  /** Proactive prompts, defined up front (or later with `learn.prompts.define`). */
  prompts?: PromptDefinition[];
  /** The shared budget of proactive interruptions: `perSession` default 1 (0 turns them all off). */
  interruptions?: { perSession?: number };
}

export interface XapiOptions {
  /**
   * Base IRI of activity ids (ends with '/'): a lesson is `${activityBase}lessons/<id>`, a question
   * `${activityBase}lessons/<id>/steps/<stepId>`. Default: `xapi/` under the backend's URL (an
   * httpBackend's `url`, a staticBackend's pack URL), else under `location.origin`.
   */
  activityBase?: string;
  /** `actor.account.homePage`: the system the user ids belong to. Default: `location.origin` (the host app). */
  homePage?: string;
}

export interface Learn {
  readonly locale: string;
  readonly user: LearnUser | null;
  readonly context: WorkContext;
  readonly catalogState: CatalogState;
  readonly connectivity: Connectivity;
  readonly isOpen: boolean;
  readonly openTarget: OpenTarget | null;

  setContext(context: WorkContext): void;
  setUser(user: LearnUser | null): Promise<void>;
  /** Logout: forget the user, clear their cached state and queued work. */
  reset(): Promise<void>;
  /** Remove every listener, provider and timer; a new runtime can be created afterwards. */
  destroy(): void;

  open(target?: OpenTarget): void;
  close(): void;

  on<K extends LearnEventType>(type: K, listener: LearnListener<K>): () => void;
  off<K extends LearnEventType>(type: K, listener: LearnListener<K>): void;

  /** Load (from cache, then revalidate) the catalog. Safe to call repeatedly. */
  refresh(): Promise<void>;
  /** Article by id: cache first, revalidated in the background; rejects with BackendError if unavailable. */
  getArticle(id: string, options?: { signal?: AbortSignal }): Promise<Article>;
  /** Client-side search over the cached catalog; falls back to the backend when no index exists. */
  search(query: string, options?: { limit?: number; signal?: AbortSignal }): Promise<SearchHit[]>;
  /** Articles for the current context, ranked from the cached catalog. */
  suggestions(limit?: number): import('../src/protocol/index.js').ArticleMeta[];
  /** Recently viewed article ids, newest first (per user, persisted). */
  recent(): string[];
  /** Record that the employee saw an article (the drawer calls it when it shows one); emits `article-view`. */
  markViewed(id: string): void;
  /** URL of the article as a standalone page ("open in full page"), when the backend serves one. */
  articlePageUrl(id: string): string | undefined;
  /** Whether an article's body is available offline. */
  isCached(id: string): boolean;

  /** Micro-lessons: content, progress, learning records, try-it navigation. */
  readonly lessons: LessonsApi;
  /** Spaced repetition of quiz questions from completed lessons. */
  readonly review: ReviewApi;
  /** The outbox's state; `flush()` sends now instead of at the next backoff step. */
  readonly sync: SyncState & { flush(): Promise<void> };
  /** Ask an expert (employee). */
  readonly questions: AskApi;
  /** The expert inbox (role `expert`). */
  readonly inbox: InboxApi;
  /** Feedback: thumbs, stars, NPS, text and surveys. */
  readonly feedback: FeedbackApi;
  /** Triggered prompts with frequency caps, and the session's interruption budget. */
  readonly prompts: PromptsApi;
  /** Reports for content owners (role `owner`). */
  readonly insights: InsightsApi;
  /** Count an event of the host's (`learn.track('validation-error', { field })`): prompt triggers count these. */
  track(name: string, data?: Record<string, unknown>): void;
  /** Open the drawer on the ask form (DESIGN.md: `learn.ask({ topic: 'pricing' })`). */
  ask(options?: { topic?: string; text?: string }): void;
}

declare global {
  interface GlobalEventHandlersEventMap {
    /** The runtime's `error` event, also dispatched on its root element (bubbles, composed). */
    'learn-error': CustomEvent<LearnErrorDetail>;
  }
}
