/**
 * Where focus goes after the next render — the search field (on open, on "back") or the title of
 * the article being opened — and when. Focusing lays the drawer out, so an article's title is
 * focused once its body is in: from memory the body arrives before the task of the click ends,
 * and title and body are laid out once instead of twice; an article still loading gets focus at
 * the end of the task anyway. Always without scrolling: both targets are in view already.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type FocusTarget = 'search' | 'article';

export interface PendingFocusOptions {
  /** The element to focus for a target, if rendered. */
  element(target: FocusTarget): HTMLElement | null;
  /** Whether the article's body is in (or has failed): then its title can take focus at once. */
  articleSettled(): boolean;
  /** Whether focus may move at all (the drawer is open). */
  active(): boolean;
}

export class PendingFocusController implements ReactiveController {
  private target: FocusTarget | null = null;
  private timer: number | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PendingFocusOptions,
  ) {
    host.addController(this);
  }

  /** Focus `target` after the next render. */
  request(target: FocusTarget): void {
    this.target = target;
    this.host.requestUpdate();
  }

  /** Called by the host's `updated()`, once the dialog is open. */
  afterUpdate(): void {
    if (!this.target || !this.options.active()) return;
    if (this.target === 'article' && !this.options.articleSettled()) {
      this.timer ??= window.setTimeout(() => {
        this.timer = undefined;
        this.apply();
      });
    } else this.apply();
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private apply(): void {
    if (!this.target || !this.options.active()) return;
    const element = this.options.element(this.target);
    this.target = null;
    element?.focus({ preventScroll: true });
  }
}
