/**
 * A tiny typed event emitter for the runtime's events (`learn.on/off`). Listeners are called
 * synchronously in registration order; one that throws is reported and never stops the others,
 * because a bug in a host's handler must not break the drawer.
 */
export class Emitter<M extends object> {
  readonly #listeners = new Map<keyof M, Set<(detail: never) => void>>();

  /** Add a listener; the returned function removes it (calling it twice is harmless). */
  on<K extends keyof M>(type: K, listener: (detail: M[K]) => void): () => void {
    if (typeof listener !== 'function') return () => {};
    let set = this.#listeners.get(type);
    if (!set) this.#listeners.set(type, (set = new Set()));
    set.add(listener as (detail: never) => void);
    return () => this.off(type, listener);
  }

  off<K extends keyof M>(type: K, listener: (detail: M[K]) => void): void {
    const set = this.#listeners.get(type);
    set?.delete(listener as (detail: never) => void);
    if (set?.size === 0) this.#listeners.delete(type);
  }

  /** Whether anyone listens to `type` (a try-it step tells the employee when no host does). */
  has(type: keyof M): boolean {
    return this.#listeners.has(type);
  }

  emit<K extends keyof M>(type: K, detail: M[K]): void {
    const set = this.#listeners.get(type);
    if (!set) return;
    // A copy, so a listener that adds or removes listeners does not change this dispatch.
    for (const listener of [...set]) {
      try {
        (listener as (detail: M[K]) => void)(detail);
      } catch (error) {
        console.error(`learnflow: a "${String(type)}" listener threw`, error);
      }
    }
  }

  clear(): void {
    this.#listeners.clear();
  }
}
