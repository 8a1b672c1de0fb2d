/**
 * In-process fan-out of the event log (ask/event-log.ts) to the open GET /v1/events streams.
 *
 * Every write commits its event row first and then calls `wake()`; a dispatch pass reads the rows
 * after the last one it handled and writes each to every stream whose user may see it, as that
 * user may see it (ask/views.ts). Reading from the table instead of passing events in memory
 * means a stream that resumes (Last-Event-ID) and a live stream are fed by the same rows in the
 * same order, and a second instance could be fed the same way by a PostgreSQL NOTIFY saying
 * "new rows" (not built: one instance per database today).
 *
 * Passes, catch-ups of new streams and heartbeats run one at a time on one promise chain, and each
 * stream keeps the last seq it was given, so a row is never sent twice to a stream, and a stream
 * that connects while a pass runs misses nothing. Relies on seq order being commit order, which
 * holds on SQLite (one writer at a time).
 */
import type { AskEvent } from '../../src/protocol/index.js';
import type { AuthUser } from '../auth/token.js';
import type { Db } from '../db/database.js';
import type { Logger } from '../log.js';
import { loadDirectory, type Directory } from './directory.js';
import { viewAs, type Viewer } from './views.js';
import type { Question } from '../../src/protocol/index.js';

/** What a stream needs from the transport: write a frame (false once it is closed) and end. */
export interface EventSink {
  write(frame: string): boolean;
  end(): void;
}

interface Stream {
  user: AuthUser;
  sink: EventSink;
  /** Last seq this stream was given (or decided not to be given). */
  cursor: number;
}

interface EventRow {
  seq: number;
  topic: string;
  asker_id: string;
  kind: 'asked' | 'message' | 'status';
  audience: 'all' | 'experts' | 'asker';
  question: string;
}

const PAGE = 500;
/** A resume sends at most this many events per connection; a client further behind gets the rest on its next one. */
const RESUME_MAX = 2_000;

/** Which view of this event the user gets, or none. The asker always gets the asker's view of their own question. */
function viewerFor(row: EventRow, user: AuthUser, directory: Directory): Viewer | undefined {
  if (row.asker_id === user.sub) return row.audience === 'experts' ? undefined : 'asker';
  if (row.audience === 'asker') return undefined;
  return directory.handles(user, row.topic) ? 'expert' : undefined;
}

/** One row's frames, built at most once per view per pass however many streams get it. */
class Frames {
  readonly #cache = new Map<Viewer, string>();
  #question: Question | undefined;
  constructor(readonly row: EventRow) {}

  get(viewer: Viewer): string {
    let frame = this.#cache.get(viewer);
    if (frame === undefined) {
      this.#question ??= JSON.parse(this.row.question) as Question;
      const event: AskEvent = { seq: this.row.seq, kind: this.row.kind, question: viewAs(viewer, this.#question) };
      // JSON.stringify never emits a raw newline, so one `data:` line carries the whole event.
      frame = `id: ${this.row.seq}\nevent: question\ndata: ${JSON.stringify(event)}\n\n`;
      this.#cache.set(viewer, frame);
    }
    return frame;
  }
}

export class EventHub {
  readonly #db: Db;
  readonly #log: Logger;
  readonly #streams = new Set<Stream>();
  #chain: Promise<unknown> = Promise.resolve();
  #dispatched = 0;
  #wakeQueued = false;
  #heartbeat: NodeJS.Timeout | undefined;
  #closed = false;

  private constructor(db: Db, log: Logger) {
    this.#db = db;
    this.#log = log;
  }

  static async open(db: Db, log: Logger, heartbeatMs: number): Promise<EventHub> {
    const hub = new EventHub(db, log);
    hub.#dispatched = await hub.#maxSeq();
    // One timer for every stream; unref'd so it never keeps a process alive on its own.
    hub.#heartbeat = setInterval(() => hub.#beat(), heartbeatMs).unref();
    return hub;
  }

  get size(): number {
    return this.#streams.size;
  }

  /** New event rows were committed: send them (coalesced: many wakes, one pass). */
  wake(): void {
    if (this.#wakeQueued || this.#closed) return;
    this.#wakeQueued = true;
    this.#run(() => {
      this.#wakeQueued = false;
      return this.#dispatch();
    });
  }

  /**
   * Add a stream. `after`: the Last-Event-ID it resumes from (everything after it that the user
   * may see is sent first); undefined: only what happens from now on. `ready` settles once the
   * stream's place in the log is fixed: answer the request only then, so any change committed
   * after the client sees the response reaches it.
   */
  subscribe(user: AuthUser, sink: EventSink, after: number | undefined): { ready: Promise<void>; unsubscribe: () => void } {
    // Until its catch-up has run, dispatch passes skip it (the catch-up covers what they send).
    const stream: Stream = { user, sink, cursor: Number.MAX_SAFE_INTEGER };
    if (this.#closed) {
      sink.end();
      return { ready: Promise.resolve(), unsubscribe: () => {} };
    }
    this.#streams.add(stream);
    const ready = new Promise<void>((resolve) => this.#run(() => this.#catchUp(stream, after).finally(resolve)));
    return { ready, unsubscribe: () => this.#streams.delete(stream) };
  }

  /** Wait for the passes queued so far (tests, shutdown). */
  settled(): Promise<void> {
    return this.#chain.then(() => {});
  }

  /** End every stream (clients reconnect elsewhere or later, with their Last-Event-ID). */
  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#heartbeat);
    await this.settled();
    for (const stream of this.#streams) stream.sink.end();
    this.#streams.clear();
  }

  #run(task: () => Promise<void>): void {
    this.#chain = this.#chain.then(task).catch((error: unknown) => this.#log.error('ask: event stream pass failed', error));
  }

  async #maxSeq(): Promise<number> {
    const row = await this.#db.selectFrom('ask_events').select((eb) => eb.fn.max('seq').as('max')).executeTakeFirst();
    return row?.max === null || row?.max === undefined ? 0 : Number(row.max);
  }

  #send(stream: Stream, frame: string): void {
    if (!stream.sink.write(frame)) {
      this.#streams.delete(stream);
    }
  }

  async #catchUp(stream: Stream, after: number | undefined): Promise<void> {
    if (!this.#streams.has(stream)) return;
    const max = await this.#maxSeq();
    // A Last-Event-ID beyond the log (a reset database): start from what exists, or new events would be skipped.
    let cursor = after === undefined || after > max ? max : after;
    if (after !== undefined && cursor < max) {
      const directory = await loadDirectory(this.#db, this.#log);
      const topics = directory.topicsOf(stream.user);
      let sent = 0;
      while (cursor < max && sent < RESUME_MAX) {
        const rows = (await this.#db
          .selectFrom('ask_events')
          .select(['seq', 'topic', 'asker_id', 'kind', 'audience', 'question'])
          .where('seq', '>', cursor)
          .where('seq', '<=', max)
          .where((eb) => (topics.length > 0 ? eb.or([eb('asker_id', '=', stream.user.sub), eb('topic', 'in', topics)]) : eb('asker_id', '=', stream.user.sub)))
          .orderBy('seq')
          .limit(PAGE)
          .execute()) as EventRow[];
        if (rows.length === 0) break;
        for (const row of rows) {
          const viewer = viewerFor(row, stream.user, directory);
          if (viewer) {
            this.#send(stream, new Frames(row).get(viewer));
            sent++;
          }
          cursor = row.seq;
        }
      }
      if (cursor < max) {
        // Capped: end this stream after the last event sent. The client reconnects with that
        // Last-Event-ID and gets the next batch — never a silent jump over what it missed.
        this.#streams.delete(stream);
        stream.sink.end();
        return;
      }
    }
    stream.cursor = cursor;
  }

  async #dispatch(): Promise<void> {
    for (;;) {
      const rows = (await this.#db
        .selectFrom('ask_events')
        .select(['seq', 'topic', 'asker_id', 'kind', 'audience', 'question'])
        .where('seq', '>', this.#dispatched)
        .orderBy('seq')
        .limit(PAGE)
        .execute()) as EventRow[];
      if (rows.length === 0) return;
      if (this.#streams.size > 0) {
        const directory = await loadDirectory(this.#db, this.#log);
        for (const row of rows) {
          const frames = new Frames(row);
          for (const stream of this.#streams) {
            if (stream.cursor >= row.seq) continue;
            stream.cursor = row.seq;
            const viewer = viewerFor(row, stream.user, directory);
            if (viewer) this.#send(stream, frames.get(viewer));
          }
        }
      }
      this.#dispatched = (rows[rows.length - 1] as EventRow).seq;
      if (rows.length < PAGE) return;
    }
  }

  #beat(): void {
    // Through the chain, so a heartbeat never lands inside a catch-up's run of frames (harmless, but tidy).
    this.#run(async () => {
      for (const stream of this.#streams) this.#send(stream, ': keep-alive\n\n');
    });
  }
}
