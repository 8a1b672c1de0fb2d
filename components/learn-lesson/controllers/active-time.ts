/**
 * Time the employee spends with a lesson on screen (xAPI `result.duration` comes from it): counted
 * only while the player is in a running lesson, the page is visible and the element intersects the
 * viewport — a lesson scrolled away in a long intranet page, or a tab in the background, is not
 * learning time. The session takes the time counted so far before each action (`take()`), and
 * `onHidden` lets it save what was counted when the page is hidden (the tab may never come back).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ActiveTimeController implements ReactiveController {
  private counting = false;
  private since = 0;
  private banked = 0;
  private visible = true;
  private observer: IntersectionObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly running: () => boolean,
    private readonly onHidden: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisibility);
    this.observer = new IntersectionObserver((entries) => {
      this.visible = entries.some((entry) => entry.isIntersecting);
      this.sync();
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.observer?.disconnect();
    this.observer = undefined;
    this.sync(false);
  }

  /** Re-evaluates after every render: the lesson may have started or finished. */
  hostUpdated(): void {
    this.sync();
  }

  /** Milliseconds counted since the last call. */
  take(): number {
    this.sync();
    const now = performance.now();
    const ms = this.banked + (this.counting ? now - this.since : 0);
    this.banked = 0;
    this.since = now;
    return Math.round(ms);
  }

  private readonly onVisibility = (): void => {
    this.sync();
    if (document.visibilityState === 'hidden') this.onHidden();
  };

  private sync(active = this.running() && this.visible && document.visibilityState === 'visible'): void {
    if (active === this.counting) return;
    const now = performance.now();
    if (this.counting) this.banked += now - this.since;
    this.counting = active;
    this.since = now;
  }
}
