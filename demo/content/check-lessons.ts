/**
 * A content author's check for demo/content/lessons/*.yaml, before the server's importer sees them:
 * the `Lesson` schema (the same rules the importer applies), plus what the schema cannot know —
 * related ids that point nowhere, media files missing from demo/public, try-it screens the demo
 * CRM does not have, and quiz choices without the explanation that makes a quiz teach.
 *
 *   node --import tsx demo/content/check-lessons.ts
 *
 * Prints one line per problem and exits 1 when there is any.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { Lesson } from '../../src/protocol/index.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const lessonDir = here('./lessons/');
const articleIds = new Set(readdirSync(here('./articles/')).map((f) => f.replace(/\.md$/, '')));
/** The screens the Helm CRM demo routes to (demo/crm/screens.ts). */
const demoScreens = new Set(['crm/opportunity', 'crm/account', 'crm/quote', 'crm/forecast']);

const files = readdirSync(lessonDir).filter((f) => /\.ya?ml$/.test(f));
const lessons = new Map<string, Lesson>();
const problems: string[] = [];

for (const file of files) {
  const parsed = Lesson.safeParse(parse(readFileSync(lessonDir + file, 'utf8')));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${file}: ${issue.path.join('.') || '(lesson)'}: ${issue.message}`);
    continue;
  }
  if (`${parsed.data.id}.yaml` !== file) problems.push(`${file}: id "${parsed.data.id}" differs from the file name`);
  lessons.set(parsed.data.id, parsed.data);
}

for (const [id, lesson] of lessons) {
  const at = `${id}.yaml`;
  for (const a of lesson.related.articles) if (!articleIds.has(a)) problems.push(`${at}: related article "${a}" does not exist`);
  for (const l of lesson.related.lessons) if (!lessons.has(l) && !files.includes(`${l}.yaml`)) problems.push(`${at}: related lesson "${l}" does not exist`);
  for (const step of lesson.steps) {
    const media = step.kind === 'image' ? [step.src] : step.kind === 'video' ? [step.src, step.captions, step.poster] : [];
    for (const src of media) if (src?.startsWith('/') && !existsSync(here(`../public${src}`))) problems.push(`${at}: ${step.id}: ${src} is not in demo/public`);
    if (step.kind === 'try-it' && !demoScreens.has(step.screen)) problems.push(`${at}: ${step.id}: the demo has no screen "${step.screen}"`);
    if (step.kind === 'quiz') for (const c of step.choices) if (!c.explanation) problems.push(`${at}: ${step.id}: choice "${c.id}" has no explanation`);
  }
}

for (const p of problems) console.log(p);
console.log(`${lessons.size} of ${files.length} lessons valid; ${problems.length} problem(s).`);
process.exitCode = problems.length ? 1 : 0;
