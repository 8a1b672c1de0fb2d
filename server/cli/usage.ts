export const USAGE = `learnflow — the Learnflow reference server and content tools

Usage:
  learnflow import <dir> [--db file]
      Validate the markdown articles in <dir> (or <dir>/articles), the lessons in
      <dir>/lessons (*.yaml, *.yml) and the ask-an-expert topics and experts in
      <dir>/ask/topics.yaml and <dir>/ask/experts.yaml, and import them into the database. Each refused file is
      printed with its path and the reason; the rest import.
      Exit code 1 if any file was refused.
  learnflow serve [--port n] [--host h] [--db file] [--content dir] [--static dir]
      Run the server: API under /v1, article pages under /articles/, <static dir> at /.
      With --content, that folder is imported first.
  learnflow demo
      Import demo/content, serve the built demo (dist/demo) and the API, with /demo/people and
      /demo/session signing tokens for the demo's people. Build the demo first
      with \`npm start\` (which does both) or \`npx vite build --config vite.demo.config.ts\`.
  learnflow pack <dir> <out.json>
      Write a content pack (catalog, articles and lessons in one JSON) for staticBackend.
      Exit code 1 if any file was refused (the pack holds the rest).
  learnflow help
      This text.

Environment:
  PORT           port to listen on (serve: 8080, demo: 8080; --port wins)
  HOST           interface to listen on (default 127.0.0.1; 0.0.0.0 to expose)
  LEARN_DB_FILE  SQLite file (default ./data/learn.db; --db wins)
  CORS_ORIGINS   comma-separated origins allowed to call the API from a browser,
                 e.g. https://crm.example.com,https://intranet.example.com
  BODY_LIMIT     largest request body: bytes, or 64kb / 1mb (default 64kb)
  LEARN_TOKEN_SECRET  HS256 secret (at least 32 bytes) the host app signs user tokens with;
                 without it signed-in requests (progress, review, statements) get 401
                 (demo: a random secret per start when unset)
  LRS_ENDPOINT   forward xAPI statements to this LRS (its xAPI base, e.g. https://lrs.example.com/xAPI)
  LRS_USERNAME, LRS_PASSWORD  the LRS's Basic auth key and secret
  ASK_ESCALATE_MINUTES  minutes an unclaimed question waits before it escalates to its
                 topic's owner (default 240)
  ASK_WEBHOOK_URL  post a notice for each new and escalated question to this incoming
                 webhook (Slack or Teams); retried with backoff, never in the asker's request
  ASK_WEBHOOK_FORMAT  slack (default: { text }) or teams (a MessageCard)
  WRITE_RATE     per-user limit on every write (questions, replies, progress, statements, feedback…):
                 30/min (default), 2/s, or off; over it the answer is 429 with Retry-After
  WRITE_BURST    writes a user may send at once (default 60)
  INSIGHTS_TARGET_MINUTES  target answer time open questions are measured against
                 in /v1/insights/questions (default 240)
  DATABASE_URL   PostgreSQL — not supported yet; the CLI refuses to start while it is set
`;
