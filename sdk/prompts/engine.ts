/**
 * Triggered prompts for one session (a chunk loaded at idle only when prompts are defined):
 * counts the events that trigger them — `learn.track` names, a completed lesson, the N-th visit to a
 * screen, time on a screen while the page is visible — and, when a prompt's trigger fires, shows it
 * if all of these hold:
 *  - its caps allow it (src/prompts/caps.ts: once, recontact after N days, sample), checked again
 *    against the server's copy of the person's prompt state just before showing, so a prompt seen
 *    on another device a minute ago is not shown here;
 *  - the session's shared interruption budget has one left, and no other prompt is on screen;
 *  - something renders prompts (`<learn-drawer>` listens to `prompt`) and the person is not typing
 *    in a form field — the card never takes focus, and it waits for a pause rather than appear
 *    under someone's fingers (it gives up after a minute; the trigger may fire again);
 *  - no host listener vetoed it (`prompt-show`).
 * Shown, answered and dismissed are written to IndexedDB at once and to the server through the
 * outbox (`PUT /v1/prompt-state`, a newer state replacing one still queued; the server merges).
 */
import * as z from 'zod/mini';
import { PromptState } from '../../src/protocol/prompts.js';
import { Keyed } from '../../src/protocol/schema-helpers.js';
import { capsBlock } from '../../src/prompts/caps.js';
import { EMPTY_PROMPT_STATE, mergePromptState, recordOutcome, recordShown } from '../../src/prompts/state.js';
import type { LearningFront } from '../learning/front.js';
import type { ProactiveSurface, PromptDefinition } from '../types.js';
import type { PromptsShared } from './prompts.js';

const STATE_KEY = 'prompt-state';
const VISITS_KEY = 'prompt-visits';
/** Visits per watched screen (Keyed, not z.record: see src/protocol/schema-helpers.ts). */
const Visits = Keyed(z.string(), z.number());
/** A key within this long counts as typing. */
const TYPING_PAUSE_MS = 1500;
const QUIET_POLL_MS = 250;
const QUIET_GIVE_UP_MS = 60_000;

const surfaceOf = (def: PromptDefinition): ProactiveSurface => (def.feedback ? 'feedback' : def.lesson ? 'lesson' : 'nudge');

/** Whether a key press happened in something the person types into (a host field, or one of ours: neither is interrupted). */
function typingTarget(event: Event): boolean {
  const target = event.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type));
}

export class PromptEngine {
  #state: PromptState = EMPTY_PROMPT_STATE;
  #visits: Record<string, number> = {};
  readonly #loaded: Promise<void>;
  /** The prompt on screen, or being decided. */
  #busy: string | undefined;
  #lastTyping = 0;
  #screen: string | undefined;
  #onScreen = 0;
  #ticker: ReturnType<typeof setInterval> | undefined;
  readonly #offs: (() => void)[] = [];

  constructor(
    private readonly front: LearningFront,
    private readonly shared: PromptsShared,
  ) {
    const { learn } = shared;
    this.#loaded = this.#load();
    const onKey = (event: KeyboardEvent) => {
      if (typingTarget(event)) this.#lastTyping = Date.now();
    };
    document.addEventListener('keydown', onKey, true);
    this.#offs.push(
      () => document.removeEventListener('keydown', onKey, true),
      learn.on('track', ({ name }) => this.#fire((t) => 'track' in t && t.track === name && shared.tracked(name) >= (t.count ?? 1))),
      learn.on('lesson-complete', ({ lessonId }) => this.#fire((t) => 'lessonCompleted' in t && (t.lessonCompleted === true || t.lessonCompleted === lessonId))),
      learn.on('context-change', ({ context }) => void this.#enter(context.screen)),
      // The document's key listener and the screen timer outlive the runtime's own listeners otherwise.
      learn.on('destroy', () => this.stop()),
    );
    void this.#loaded.then(() => {
      // Counted before this chunk loaded.
      this.#fire((t) => 'track' in t && shared.tracked(t.track) >= (t.count ?? 1));
      return this.#enter(learn.context.screen);
    });
  }

  /** A surface outside the prompts spent an interruption (`learn.prompts.request`). */
  async interrupted(_id: string): Promise<void> {
    await this.#loaded;
    await this.#commit({ ...this.#state, lastInterruptionAt: new Date().toISOString() });
  }

  /** The renderer reports the shown prompt's end. */
  async outcome(id: string, outcome: 'answered' | 'dismissed'): Promise<void> {
    await this.#loaded;
    if (!this.#alive()) return;
    if (this.#busy === id) this.#busy = undefined;
    await this.#commit(recordOutcome(this.#state, id, outcome, new Date()));
    const surface = surfaceOf(this.shared.defs.get(id) ?? { id, trigger: { track: '' } });
    this.front.deps.emit(outcome === 'answered' ? 'prompt-answered' : 'prompt-closed', { id, surface });
  }

  #alive(): boolean {
    if (this.front.deps.live()) return true;
    this.stop();
    return false;
  }

  /** Let go of every listener and timer (the session ended, or another person's engine took over). */
  stop(): void {
    for (const off of this.#offs.splice(0)) off();
    clearInterval(this.#ticker);
  }

  async #load(): Promise<void> {
    const records = await this.front.deps.records;
    this.#state = (await records.read('user', STATE_KEY, PromptState)) ?? EMPTY_PROMPT_STATE;
    this.#visits = (await records.read('user', VISITS_KEY, Visits)) ?? {};
    await this.#pull();
  }

  /** Merge the server's copy (other devices' shows); quietly nothing when it cannot be read. */
  async #pull(): Promise<void> {
    const { backend, connectivity, user, signal } = this.front.deps;
    if (!user()?.token || !backend.userData || connectivity.state === 'offline') return;
    try {
      const parsed = PromptState.safeParse(await backend.userData('/v1/prompt-state', { signal: signal() }));
      if (parsed.success) this.#state = mergePromptState(this.#state, parsed.data);
    } catch {
      // Offline, no such route (an older server), 401: the local copy decides.
    }
  }

  async #commit(state: PromptState): Promise<void> {
    this.#state = state;
    const { deps } = this.front;
    await (await deps.records).write('user', STATE_KEY, state);
    if (deps.user()?.token) await (await this.front.outbox()).add({ method: 'PUT', path: '/v1/prompt-state', body: state, coalesce: true });
  }

  /** A context change: count the visit, start the clock for time-on-screen triggers. */
  async #enter(screen: string | undefined): Promise<void> {
    if (screen === this.#screen || !this.#alive()) return;
    this.#screen = screen;
    clearInterval(this.#ticker);
    this.#ticker = undefined;
    if (screen === undefined) return;
    const defs = [...this.shared.defs.values()];
    if (defs.some(({ trigger: t }) => 'visit' in t && t.visit === screen)) {
      const count = (this.#visits[screen] ?? 0) + 1;
      this.#visits = { ...this.#visits, [screen]: count };
      await (await this.front.deps.records).write('user', VISITS_KEY, this.#visits);
      this.#fire((t) => 'visit' in t && t.visit === screen && count >= t.count);
    }
    if (defs.some(({ trigger: t }) => 'timeOnScreen' in t && t.timeOnScreen === screen)) {
      this.#onScreen = 0;
      this.#ticker = setInterval(() => {
        if (document.visibilityState !== 'visible') return;
        const seconds = ++this.#onScreen;
        this.#fire((t) => 'timeOnScreen' in t && t.timeOnScreen === screen && seconds === Math.max(1, Math.round(t.seconds)));
      }, 1000);
    }
  }

  #fire(matches: (trigger: PromptDefinition['trigger']) => boolean): void {
    for (const def of this.shared.defs.values()) if (def.trigger && matches(def.trigger)) void this.#consider(def);
  }

  #blocked(def: PromptDefinition): boolean {
    const user = this.front.deps.user();
    // A feedback card needs someone who can send feedback; a suggested lesson, a lesson in the catalog.
    if (def.feedback && !user?.token) return true;
    if (def.lesson && !this.front.deps.catalogLessons().some((l) => l.id === def.lesson)) return true;
    return this.#busy !== undefined || this.shared.budget.snapshot.remaining === 0 || capsBlock(def.id, def, this.#state.prompts[def.id], user?.id ?? 'anonymous', new Date()) !== undefined;
  }

  async #consider(def: PromptDefinition): Promise<void> {
    await this.#loaded;
    if (def.lesson) await this.#catalog();
    if (!this.#alive() || this.#blocked(def)) return;
    this.#busy = def.id;
    try {
      await this.#pull();
      this.#busy = undefined;
      if (this.#blocked(def)) return;
      this.#busy = def.id;
      if (!(await this.#quietMoment())) return void (this.#busy = undefined);
      const surface = surfaceOf(def);
      if (!this.#alive() || !this.shared.allowed(def.id, surface, def)) return void (this.#busy = undefined);
      this.shared.budget.spend();
      const { deps } = this.front;
      deps.emit('prompt-shown', { id: def.id, surface, budget: this.shared.budget.snapshot });
      deps.emit('prompt', { prompt: def, surface });
      await this.#commit(recordShown(this.#state, def.id, new Date()));
    } catch (error) {
      this.#busy = undefined;
      console.warn('learnflow: a prompt could not be shown', error);
    }
  }

  /** Resolves once the catalog is here (a suggested lesson must be in it), or after 10 s without. */
  #catalog(): Promise<void> {
    const { learn } = this.shared;
    if (learn.catalogState.catalog) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        off();
        clearTimeout(timer);
        resolve();
      };
      const off = learn.on('catalog-change', (state) => state.catalog && done());
      const timer = setTimeout(done, 10_000);
    });
  }

  /** Resolves true once something renders prompts and nobody is typing; false after a minute without. */
  async #quietMoment(): Promise<boolean> {
    const until = Date.now() + QUIET_GIVE_UP_MS;
    while (Date.now() < until) {
      if (!this.#alive()) return false;
      const typing = Date.now() - this.#lastTyping < TYPING_PAUSE_MS;
      if (!typing && this.front.deps.listening('prompt')) return true;
      await new Promise((resolve) => setTimeout(resolve, QUIET_POLL_MS));
    }
    return false;
  }
}
