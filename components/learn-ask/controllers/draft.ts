/**
 * The question being written: its text, the topic the person chose, whether they share what they
 * read, the context items they removed, and the suggestions found while they type (debounced, the
 * latest request wins). `context()` is exactly what Send sends: a removed item never leaves the
 * device. Validation follows the protocol's limit, and says so before anything is sent.
 *
 * The text is kept in sessionStorage per user until it is sent, so a question half written is not
 * lost to Back, closing the drawer or a reload (the tab's storage: gone when the tab closes).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AskSuggestion, Learn } from '../../../sdk/types.js';
import type { AskContext } from '../../../src/protocol/index.js';
import { QUESTION_MAX } from '../limits.js';
import type { ContextKey } from '../i18n/en.js';

export const SUGGEST_DELAY_MS = 300;
const SUGGEST_MIN_CHARS = 3;
const SUGGEST_LIMIT = 4;

export type DraftProblem = 'empty' | 'too-long' | null;

export class AskDraft implements ReactiveController {
  text = '';
  /** The person's own choice; until then the element preselects one. */
  chosenTopic: string | undefined;
  share = false;
  /** Set once Send was pressed: from then on an empty question is an error shown, not a hint. */
  attempted = false;
  suggestions: AskSuggestion[] = [];
  private readonly removed = new Set<ContextKey>();
  private timer: number | undefined;
  private requests = 0;
  /** The user whose stored draft was looked at (once per user). */
  private restoredFor: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly learn: () => Learn | undefined,
    private readonly topic: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** Before each render: once a user is known, bring back what they had written (a prefilled text wins). */
  hostUpdate(): void {
    const user = this.learn()?.user?.id;
    if (!user || user === this.restoredFor) return;
    this.restoredFor = user;
    const saved = readDraft(user);
    if (saved && !this.text) this.setText(saved);
  }

  get length(): number {
    return this.text.trim().length;
  }

  /** What stops sending: nothing written, or over QUESTION_MAX. */
  get problem(): DraftProblem {
    if (this.length > QUESTION_MAX) return 'too-long';
    return this.length === 0 ? 'empty' : null;
  }

  /** The problem worth showing now: too long at once (as they type), empty only after a Send. */
  get shownProblem(): DraftProblem {
    const problem = this.problem;
    return problem === 'too-long' || (problem === 'empty' && this.attempted) ? problem : null;
  }

  setText(text: string): void {
    this.text = text;
    this.host.requestUpdate();
    const user = this.learn()?.user?.id;
    if (user) writeDraft(user, text);
    clearTimeout(this.timer);
    const request = ++this.requests;
    if (text.trim().length < SUGGEST_MIN_CHARS) {
      this.suggestions = [];
      return;
    }
    // Once typing pauses: a request per keystroke would flicker the list and load the catalog search for nothing.
    this.timer = window.setTimeout(() => void this.suggest(request, text.trim()), SUGGEST_DELAY_MS);
  }

  private async suggest(request: number, text: string): Promise<void> {
    const learn = this.learn();
    if (!learn) return;
    try {
      const found = await learn.questions.suggest(text, { topic: this.topic(), limit: SUGGEST_LIMIT });
      if (request !== this.requests) return;
      this.suggestions = found;
    } catch {
      if (request !== this.requests) return;
      this.suggestions = []; // suggestions help; their failure is not worth a message
    }
    this.host.requestUpdate();
  }

  remove(key: ContextKey): void {
    this.removed.add(key);
    this.host.requestUpdate();
  }

  setShare(share: boolean): void {
    this.share = share;
    // Sharing again means sharing what is read now: an earlier removal of the list is forgotten.
    this.removed.delete('read');
    this.removed.delete('lessons');
    this.host.requestUpdate();
  }

  /** What would be sent now: the runtime's context for the topic, without the removed items. */
  context(learn: Learn, topic: string | undefined): AskContext {
    const all = learn.questions.context({ share: this.share, topic });
    const kept: AskContext = {};
    for (const key of Object.keys(all) as ContextKey[]) {
      const value = all[key];
      const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
      if (!empty && !this.removed.has(key)) (kept as Record<ContextKey, unknown>)[key] = value;
    }
    return kept;
  }

  reset(): void {
    clearTimeout(this.timer);
    this.requests++;
    const user = this.learn()?.user?.id;
    if (user) writeDraft(user, '');
    this.text = '';
    this.attempted = false;
    this.suggestions = [];
    this.removed.clear();
    this.host.requestUpdate();
  }
}

const draftKey = (user: string) => `learnflow-ask-draft:${user}`;

function readDraft(user: string): string {
  try {
    return sessionStorage.getItem(draftKey(user)) ?? '';
  } catch {
    return ''; // storage blocked (sandboxed frame, privacy settings): the draft lives in memory only
  }
}

function writeDraft(user: string, text: string): void {
  try {
    if (text.trim()) sessionStorage.setItem(draftKey(user), text);
    else sessionStorage.removeItem(draftKey(user));
  } catch {
    // as above
  }
}
