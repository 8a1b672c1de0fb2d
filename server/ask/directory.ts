/**
 * Who answers what: the imported topics and experts (content/import-ask.ts), read per request —
 * two small tables — so an import by the CLI into a running server's file takes effect at once.
 */
import '../validation.js';
import { AskTopicConfig, Expert } from '../../src/protocol/index.js';
import type { AuthUser } from '../auth/token.js';
import type { DbReader } from '../db/database.js';
import type { Logger } from '../log.js';

/** The token role that opens the inbox (with an expert profile). */
export const EXPERT_ROLE = 'expert';

export class Directory {
  readonly #topics: Map<string, AskTopicConfig>;
  readonly #experts: Map<string, Expert>;

  constructor(topics: readonly AskTopicConfig[], experts: readonly Expert[]) {
    this.#topics = new Map(topics.map((t) => [t.id, t]));
    this.#experts = new Map(experts.map((e) => [e.id, e]));
  }

  get topics(): AskTopicConfig[] {
    return [...this.#topics.values()];
  }

  topic(id: string): AskTopicConfig | undefined {
    return this.#topics.get(id);
  }

  expert(id: string): Expert | undefined {
    return this.#experts.get(id);
  }

  /** The experts who list the topic, by id (the routing tie-break order). */
  expertsOf(topicId: string): Expert[] {
    return [...this.#experts.values()].filter((e) => e.topics.includes(topicId)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** The user's expert profile, when the token carries role `expert` AND the content has a profile for that id. */
  profile(user: AuthUser): Expert | undefined {
    return user.roles.includes(EXPERT_ROLE) ? this.#experts.get(user.sub) : undefined;
  }

  /** Topics whose questions the user sees in the inbox: the ones they answer and the ones they own. */
  topicsOf(user: AuthUser): string[] {
    const profile = this.profile(user);
    if (!profile) return [];
    const topics = new Set(profile.topics.filter((t) => this.#topics.has(t)));
    for (const topic of this.#topics.values()) if (topic.owner === profile.id) topics.add(topic.id);
    return [...topics];
  }

  handles(user: AuthUser, topicId: string): boolean {
    const profile = this.profile(user);
    if (!profile) return false;
    return profile.topics.includes(topicId) || this.#topics.get(topicId)?.owner === profile.id;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function loadDirectory(db: DbReader, log: Logger): Promise<Directory> {
  const topicRows = await db.selectFrom('ask_topics').select(['id', 'data']).orderBy('position').orderBy('id').execute();
  const expertRows = await db.selectFrom('ask_experts').select(['id', 'data']).orderBy('id').execute();
  const topics: AskTopicConfig[] = [];
  for (const row of topicRows) {
    const parsed = AskTopicConfig.safeParse(parseJson(row.data));
    if (parsed.success) topics.push(parsed.data);
    else log.warn(`ask: skipped topic ${row.id}, its stored data is invalid; re-import its folder`);
  }
  const experts: Expert[] = [];
  for (const row of expertRows) {
    const parsed = Expert.safeParse(parseJson(row.data));
    if (parsed.success) experts.push(parsed.data);
    else log.warn(`ask: skipped expert ${row.id}, its stored data is invalid; re-import its folder`);
  }
  return new Directory(topics, experts);
}
