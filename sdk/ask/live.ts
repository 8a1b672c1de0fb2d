/**
 * The live event stream of ask an expert (`GET /v1/events`) over `Backend.stream` — fetch, not
 * EventSource, so it carries `Authorization: Bearer` and `Last-Event-ID` (see sse.ts). Each
 * message's data is validated with `AskEvent`; one that is not JSON or not valid is skipped with a
 * warning, never a crash. The last event id is kept (persisted per user by the caller), so a
 * reconnect — or the next page — resumes after it.
 *
 * Reconnects after a drop with backoff and jitter, never sooner than the server's `retry:`; stops
 * for good on 401/403 (`fatal`: a new token is needed, `start()` again); pauses while the browser
 * is offline and resumes on `online`; `stop()` ends it (setUser, reset, destroy). A connection
 * that stays silent for `heartbeatMs` — the server writes a comment about every 25 s — is taken for
 * dead (a proxy or a sleeping laptop can leave a socket open that will never deliver again),
 * dropped and reopened.
 *
 * One tab per user holds the stream (live-tabs.ts); this client is that tab's.
 */
import { AskEvent } from '../../src/protocol/index.js';
import { describeIssues } from '../backends/validate.js';
import type { Backend, BackendError } from '../types.js';
import { askError } from './requests.js';
import { SseParser, type SseMessage } from './sse.js';

export const DEFAULT_RETRY_MS = 3000;
export const MAX_RETRY_MS = 60_000;
/** A connection that lasted this long counts as having worked, even if it never sent a byte. */
const WORKED_MS = 30_000;
/** Nothing at all (not even the ~25 s heartbeat comment) for this long: the connection is dead. */
export const HEARTBEAT_TIMEOUT_MS = 70_000;

/**
 * How long to wait before reconnecting after `failures` failed attempts in a row (0: the
 * connection worked and then dropped): the server's `retry:` doubled per failure up to a minute,
 * plus up to half again at random — so clients dropped together do not come back together — and
 * never less than `retry:`.
 */
export function reconnectDelay(failures: number, retryMs: number, random: () => number = Math.random): number {
  const base = Math.max(retryMs, Math.min(MAX_RETRY_MS, retryMs * 2 ** Math.min(failures, 10)));
  return Math.round(base * (1 + 0.5 * random()));
}

export interface LiveDeps {
  readonly backend: Backend;
  /** False once the session ended. */
  live(): boolean;
  /**
   * Where to resume when this client has no event id yet: the one stored for this user, else the
   * event sequence the server's list of questions was read at (so nothing between that read and
   * this stream is lost), else undefined (the server starts from now).
   */
  load(): Promise<string | undefined>;
  save(id: string): void;
  /** A validated event, with its id. */
  event(event: AskEvent, id: string): void;
  warn(message: string): void;
  /** 401/403: stopped until `start()` is called again (with a new token). */
  fatal(error: BackendError): void;
}

export class LiveClient {
  lastEventId: string | undefined;
  retryMs = DEFAULT_RETRY_MS;
  heartbeatMs = HEARTBEAT_TIMEOUT_MS;
  #stop: AbortController | null = null;
  #done: Promise<void> = Promise.resolve();
  #connection: AbortController | null = null;
  #offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  #wake: () => void = () => {};

  constructor(private readonly deps: LiveDeps) {}

  get running(): boolean {
    return !!this.#stop && !this.#stop.signal.aborted;
  }

  /** Connect (unless running already); resolves when this run ends — `stop()`, 401/403, the session's end. */
  start(): Promise<void> {
    if (this.running || !this.deps.backend.stream) return this.#done;
    // Read now, not when built: the listeners below are only attached while running, so a tab that
    // waited for the stream's lock would otherwise wait for an `online` event that already fired.
    this.#offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    const stop = (this.#stop = new AbortController());
    addEventListener('online', this.#onOnline);
    addEventListener('offline', this.#onOffline);
    stop.signal.addEventListener('abort', () => this.#wake());
    return (this.#done = this.#run(stop.signal).catch((error: unknown) => console.error('learnflow: the live stream stopped', error)));
  }

  stop(): void {
    this.#stop?.abort();
    removeEventListener('online', this.#onOnline);
    removeEventListener('offline', this.#onOffline);
  }

  async #run(stop: AbortSignal): Promise<void> {
    this.lastEventId ??= await this.deps.load().catch(() => undefined);
    let failures = 0;
    while (!stop.aborted && this.deps.live()) {
      if (this.#offline) {
        await new Promise<void>((resolve) => (this.#wake = resolve));
        continue;
      }
      const connection = (this.#connection = new AbortController());
      const opened = Date.now();
      let worked = false;
      try {
        const body = await this.deps.backend.stream!('/v1/events', { lastEventId: this.lastEventId, signal: AbortSignal.any([stop, connection.signal]) });
        worked = await this.#read(body, AbortSignal.any([stop, connection.signal]), connection);
      } catch (error) {
        if (stop.aborted) break;
        const e = askError(error, this.deps.backend.describe);
        if (e.kind === 'unauthorized' || e.kind === 'forbidden') {
          this.stop();
          this.deps.fatal(e);
          return;
        }
      }
      if (stop.aborted || !this.deps.live()) break;
      // Dropped because the browser went offline: not a failure, and `online` wakes us. (A silent
      // connection dropped by the heartbeat timeout goes on below, like any other drop.)
      if (this.#offline) continue;
      failures = worked || Date.now() - opened >= WORKED_MS ? 0 : failures + 1;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, reconnectDelay(failures, this.retryMs));
        this.#wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    // Not a newer run's: stop() then start() may have begun one while this one was winding down.
    if (this.#stop?.signal === stop) this.stop();
  }

  /**
   * Reads until the stream ends; resolves whether anything arrived (the connection worked). Silence
   * for `heartbeatMs` aborts `connection`, which ends the read like a drop.
   */
  async #read(body: ReadableStream<Uint8Array>, signal: AbortSignal, connection: AbortController): Promise<boolean> {
    const reader = body.getReader();
    const cancel = () => void reader.cancel().catch(() => {});
    signal.addEventListener('abort', cancel);
    const decoder = new TextDecoder();
    const parser = new SseParser((m) => this.#message(m), (ms) => (this.retryMs = ms), this.lastEventId);
    let got = false;
    let silence: ReturnType<typeof setTimeout> | undefined;
    try {
      for (;;) {
        clearTimeout(silence);
        silence = setTimeout(() => connection.abort(), this.heartbeatMs);
        const { done, value } = await reader.read();
        if (done || signal.aborted) return got;
        got = true;
        parser.push(decoder.decode(value, { stream: true }));
        this.#remember(parser.lastEventId);
      }
    } finally {
      clearTimeout(silence);
      signal.removeEventListener('abort', cancel);
    }
  }

  #message(message: SseMessage): void {
    if (message.type !== 'question' && message.type !== 'message') return;
    let data: unknown;
    try {
      data = JSON.parse(message.data);
    } catch {
      return this.deps.warn(`ignored a live event that is not JSON (id ${JSON.stringify(message.id)})`);
    }
    const parsed = AskEvent.safeParse(data);
    if (!parsed.success) return this.deps.warn(`ignored an invalid live event (id ${JSON.stringify(message.id)}: ${describeIssues(parsed.error)})`);
    this.#remember(message.id);
    try {
      this.deps.event(parsed.data, message.id);
    } catch (error) {
      console.error('learnflow: handling a live event failed', error);
    }
  }

  #remember(id: string): void {
    if (!id || id === this.lastEventId) return;
    this.lastEventId = id;
    this.deps.save(id);
  }

  readonly #onOnline = (): void => {
    this.#offline = false;
    this.#wake();
  };

  readonly #onOffline = (): void => {
    this.#offline = true;
    this.#connection?.abort();
  };
}
