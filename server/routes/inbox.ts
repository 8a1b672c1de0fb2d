/**
 * The expert's side (role `expert` in the token AND an expert profile in ask/experts.yaml, else
 * 403). An expert sees the questions of the topics they answer or own; any other question is 404.
 *
 *   GET  /v1/inbox?topic=&status=&age=   → InboxList (status: waiting | mine | answered | done | all;
 *                                          default: everything not solved or closed; age: asked at
 *                                          least that many minutes ago). Oldest first (a queue);
 *                                          done/all newest first. At most 200.
 *   POST /v1/questions/:id/claim         → Question (409 when another expert holds it)
 *   POST /v1/questions/:id/close         → Question
 *   GET  /v1/questions/:id/draft         → ArticleDraft (409 before any expert reply)
 *   POST /v1/questions/:id/publish       PublishRequest → PublishResponse (Idempotency-Key)
 */
import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { Id, PublishRequest, type InboxList, type PublishResponse } from '../../src/protocol/index.js';
import { claimQuestion, closeQuestion } from '../ask/actions.js';
import { notFound, requireExpert, visibleQuestion } from '../ask/access.js';
import { buildDraft } from '../ask/draft.js';
import { draftToArticle, PUBLISHED_SOURCE, publishAnswer, publishedFile } from '../ask/publish.js';
import { findQuestion, listInbox } from '../ask/store.js';
import { expertView } from '../ask/views.js';
import { currentUser, requireUser } from '../auth/middleware.js';
import { renderBody } from '../content/render-body.js';
import type { AppDeps } from '../deps.js';
import { ApiProblem } from '../http/errors.js';
import { validate } from '../http/json-body.js';
import { actionWrite } from '../writes/action-write.js';
import { keyedWrite } from '../writes/keyed-write.js';
import { actionEnv, directoryOf, NO_STORE, thenNotify } from './ask-env.js';
import { resource } from './resource.js';

const InboxQuery = z.object({
  topic: z.optional(Id),
  status: z.optional(z.enum(['waiting', 'mine', 'answered', 'done', 'all'])),
  age: z.optional(z.string().check(z.regex(/^\d{1,7}$/, 'must be a whole number of minutes'))),
});

export function inboxRoutes(app: Hono, deps: AppDeps): void {
  app.use('/v1/inbox', requireUser(deps.tokenSecret));
  // /v1/questions/* already has requireUser (routes/questions.ts).

  resource(app, '/v1/inbox', {
    GET: async (c) => {
      const user = currentUser(c);
      const directory = await directoryOf(deps);
      const expert = requireExpert(user, directory);
      const query = validate(InboxQuery, { topic: c.req.query('topic') || undefined, status: c.req.query('status') || undefined, age: c.req.query('age') || undefined });
      const items = await listInbox(deps.db, {
        topics: directory.topicsOf(user),
        topic: query.topic,
        status: query.status,
        askedBefore: query.age === undefined ? undefined : new Date(Date.now() - Number(query.age) * 60_000),
        expertId: expert.id,
      });
      const body: InboxList = { items: items.map(expertView) };
      return c.json(body, 200, NO_STORE);
    },
  });

  for (const [action, run] of [
    ['claim', claimQuestion],
    ['close', (trx, env, _user, stored) => closeQuestion(trx, env, stored)],
  ] as const satisfies readonly (readonly [string, typeof claimQuestion])[]) {
    resource(app, `/v1/questions/:id/${action}`, {
      POST: async (c) => {
        // Read before the transaction: SQLite has one connection, a read on it inside would wait forever.
        const directory = await directoryOf(deps);
        return thenNotify(
          deps,
          actionWrite(c, deps, async (user, trx) => {
            requireExpert(user, directory);
            const stored = await visibleQuestion(trx, c.req.param('id') ?? '', user, directory, 'expert');
            const result = await run(trx, actionEnv(deps, directory), user, stored);
            return { status: 200, body: expertView(result.question) };
          }),
        );
      },
    });
  }

  resource(app, '/v1/questions/:id/draft', {
    GET: async (c) => {
      const user = currentUser(c);
      const directory = await directoryOf(deps);
      requireExpert(user, directory);
      const { question, row } = await visibleQuestion(deps.db, c.req.param('id') ?? '', user, directory, 'expert');
      const others = await deps.db.selectFrom('articles').select('id').where((eb) => eb.not(eb.and([eb('source', '=', PUBLISHED_SOURCE), eb('source_file', '=', publishedFile(row.id))]))).execute();
      const taken = new Set(others.map((r) => r.id));
      const draft = buildDraft(question, directory.topic(question.topic), (id) => taken.has(id));
      if (!draft) throw new ApiProblem(409, 'conflict', 'no expert reply yet: reply first, then turn the answer into an article');
      return c.json(draft, 200, NO_STORE);
    },
  });

  resource(app, '/v1/questions/:id/publish', {
    POST: async (c) => {
      const id = c.req.param('id') ?? '';
      const response = await thenNotify(
        deps,
        keyedWrite(c, deps, {
          schema: PublishRequest,
          prepare: async (draft, user) => {
            const directory = await directoryOf(deps);
            requireExpert(user, directory);
            await visibleQuestion(deps.db, id, user, directory, 'expert');
            const article = draftToArticle(draft, user, new Date());
            return { directory, article, html: (await renderBody(article.body)).html };
          },
          write: async (_draft, _user, trx, { directory, article, html }) => {
            const stored = await findQuestion(trx, id);
            if (!stored) throw notFound(id);
            const question = await publishAnswer(trx, actionEnv(deps, directory), stored, article, html);
            const body: PublishResponse = { articleId: article.id, question: expertView(question) };
            return { status: 200, body };
          },
        }),
      );
      // Search and suggestions read the snapshot: show the new article now, not at the next revalidation.
      if (response.ok) await deps.catalog.reload();
      return response;
    },
  });
}
