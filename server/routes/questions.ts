/**
 * The asker's side of ask-an-expert, and the thread both sides write to (src/protocol/ask.ts has
 * the route table). Every route needs a token. Someone else's question is 404, as if it did not
 * exist; an expert of its topic sees it (with internal notes).
 *
 *   POST /v1/questions                 AskRequest → Question (201; 200 when that id was already stored)
 *   GET  /v1/questions                 → QuestionList (own, newest first; no internal notes; `seq`: the
 *                                        newest event's id, a first stream's Last-Event-ID)
 *   GET  /v1/questions/:id             → Question (asker's view, or the expert's)
 *   POST /v1/questions/:id/messages    MessageRequest → Question (201; 200 when that message id was stored)
 *   POST /v1/questions/:id/solve       → Question (asker)
 *   POST /v1/questions/:id/read        → Question (asker: unread back to 0)
 *
 * POST /v1/questions and …/messages need an Idempotency-Key (writes/keyed-write.ts); solve and
 * read take one optionally (writes/action-write.ts).
 */
import type { Hono } from 'hono';
import { AskRequest, MessageRequest, type QuestionList } from '../../src/protocol/index.js';
import { addMessage, createQuestion, markRead, solveQuestion } from '../ask/actions.js';
import { notFound, visibleQuestion } from '../ask/access.js';
import { findQuestion, listAskerQuestions } from '../ask/store.js';
import { askerView, viewAs } from '../ask/views.js';
import { currentUser, requireUser } from '../auth/middleware.js';
import { renderBody } from '../content/render-body.js';
import type { AppDeps } from '../deps.js';
import { latestEventSeq } from '../ask/event-log.js';
import { ApiProblem } from '../http/errors.js';
import { actionWrite } from '../writes/action-write.js';
import { keyedWrite } from '../writes/keyed-write.js';
import { actionEnv, directoryOf, NO_STORE, thenNotify } from './ask-env.js';
import { resource } from './resource.js';

export function questionRoutes(app: Hono, deps: AppDeps): void {
  const auth = requireUser(deps.tokenSecret);
  for (const path of ['/v1/questions', '/v1/questions/*']) app.use(path, auth);

  resource(app, '/v1/questions', {
    GET: async (c) => {
      const seq = await latestEventSeq(deps.db);
      const body: QuestionList = { items: (await listAskerQuestions(deps.db, currentUser(c).sub)).map(askerView), seq };
      return c.json(body, 200, NO_STORE);
    },
    POST: (c) =>
      thenNotify(
        deps,
        keyedWrite(c, deps, {
          schema: AskRequest,
          prepare: async (input) => {
            const directory = await directoryOf(deps);
            // Refused before anything is stored, with the field named.
            if (!directory.topic(input.topic)) throw new ApiProblem(422, 'validation_failed', `unknown topic "${input.topic}"`, [{ path: 'topic', message: 'no such topic (GET /v1/topics lists them)' }]);
            return { directory, html: (await renderBody(input.text)).html };
          },
          write: async (input, user, trx, { directory, html }) => {
            const result = await createQuestion(trx, actionEnv(deps, directory), user, input, html);
            return { status: result.changed ? 201 : 200, body: askerView(result.question) };
          },
        }),
      ),
  });

  resource(app, '/v1/questions/:id', {
    GET: async (c) => {
      const { question, viewer } = await visibleQuestion(deps.db, c.req.param('id') ?? '', currentUser(c), await directoryOf(deps));
      return c.json(viewAs(viewer, question), 200, NO_STORE);
    },
  });

  resource(app, '/v1/questions/:id/messages', {
    POST: (c) => {
      const id = c.req.param('id') ?? '';
      return thenNotify(
        deps,
        keyedWrite(c, deps, {
          schema: MessageRequest,
          prepare: async (input, user) => {
            const directory = await directoryOf(deps);
            const { viewer } = await visibleQuestion(deps.db, id, user, directory);
            if (input.internal === true && viewer === 'asker') throw new ApiProblem(403, 'forbidden', 'internal notes are for experts; send the message without "internal"');
            return { directory, viewer, html: (await renderBody(input.body)).html };
          },
          write: async (input, user, trx, { directory, viewer, html }) => {
            const stored = await findQuestion(trx, id);
            if (!stored) throw notFound(id);
            const result = await addMessage(trx, actionEnv(deps, directory), user, stored, viewer, input, html);
            return { status: result.changed ? 201 : 200, body: viewAs(viewer, result.question) };
          },
        }),
      );
    },
  });

  for (const [action, run] of [
    ['solve', solveQuestion],
    ['read', markRead],
  ] as const) {
    resource(app, `/v1/questions/:id/${action}`, {
      POST: async (c) => {
        // Read before the transaction: SQLite has one connection, a read on it inside would wait forever.
        const directory = await directoryOf(deps);
        return thenNotify(
          deps,
          actionWrite(c, deps, async (user, trx) => {
            const stored = await visibleQuestion(trx, c.req.param('id') ?? '', user, directory, 'asker');
            const result = await run(trx, actionEnv(deps, directory), stored);
            return { status: 200, body: askerView(result.question) };
          }),
        );
      },
    });
  }
}
