/**
 * GET /v1/events — the live stream (text/event-stream) of AskEvent: `id: <seq>`, `event: question`,
 * `data: <AskEvent JSON>`, each question as THIS user may see it (ask/hub.ts). Auth is the usual
 * `Authorization: Bearer` header: the SDK reads the stream with fetch, so a token never goes into a
 * URL (and server logs). `Last-Event-ID` (or `?lastEventId=`, for a client that cannot set
 * headers) resumes after that event; without it the stream starts now.
 *
 * A `retry:` hint first, a comment heartbeat every ~25 s so proxies keep the connection, and the
 * stream ends when the token expires (the client reconnects with a fresh token and its
 * Last-Event-ID, losing nothing). A client that stops reading is dropped once ~1 MB waits for it.
 */
import type { Hono } from 'hono';
import type { EventSink } from '../ask/hub.js';
import { currentUser, requireUser } from '../auth/middleware.js';
import type { AppDeps } from '../deps.js';
import { ApiProblem } from '../http/errors.js';
import { requestHeader } from '../http/request-header.js';
import { resource } from './resource.js';

const MAX_BUFFERED_BYTES = 1024 * 1024;
const SEQ = /^\d{1,15}$/;

function lastEventId(header: string | undefined, query: string | undefined): number | undefined {
  const raw = (header ?? query)?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!SEQ.test(raw)) throw new ApiProblem(400, 'bad_request', `Last-Event-ID must be the id of an event this server sent (a whole number), got "${raw.slice(0, 40)}"`);
  return Number(raw);
}

export function eventRoutes(app: Hono, deps: AppDeps): void {
  app.use('/v1/events', requireUser(deps.tokenSecret));
  resource(app, '/v1/events', {
    GET: async (c) => {
      const user = currentUser(c);
      const headers = {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        // nginx and some other proxies buffer responses unless told not to.
        'X-Accel-Buffering': 'no',
      };
      // HEAD (answered by this GET handler) carries no body: no stream to subscribe.
      if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers });
      const after = lastEventId(requestHeader(c, 'last-event-id'), c.req.query('lastEventId'));
      const encoder = new TextEncoder();
      let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
      let open = true;
      let unsubscribe = () => {};
      let expiry: NodeJS.Timeout | undefined;
      const finish = () => {
        open = false;
        unsubscribe();
        clearTimeout(expiry);
      };
      const body = new ReadableStream<Uint8Array>(
        {
          start(c) {
            controller = c;
          },
          // The client went away (the Node adapter cancels the body when the socket closes).
          cancel: finish,
        },
        new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }),
      );
      const sink: EventSink = {
        write(frame) {
          if (!open || !controller) return false;
          if ((controller.desiredSize ?? 0) < -MAX_BUFFERED_BYTES) {
            sink.end();
            return false;
          }
          controller.enqueue(encoder.encode(frame));
          return true;
        },
        end() {
          if (!open) return;
          finish();
          try {
            controller?.close();
          } catch {
            // already closed or cancelled
          }
        },
      };
      sink.write(`retry: ${deps.ask.config.retryMs}\n\n`);
      const subscription = deps.ask.hub.subscribe(user, sink, after);
      unsubscribe = subscription.unsubscribe;
      expiry = setTimeout(() => sink.end(), Math.max(0, user.expiresAt.getTime() - Date.now())).unref();
      // Answer only once the stream's place in the log is fixed (ask/hub.ts `subscribe`).
      await subscription.ready;
      return new Response(body, { status: 200, headers });
    },
  });
}
