/**
 * A polite live region's text. Results counts are announced once typing pauses (each keystroke
 * would queue a message), state changes (loading, offline, error) at once. The same text twice in
 * a row is made distinct with an invisible character, or screen readers stay silent.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class AnnounceController implements ReactiveController {
  message = '';
  private timer: number | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  announce(text: string, { delay = 0 }: { delay?: number } = {}): void {
    clearTimeout(this.timer);
    const set = () => {
      this.message = this.message === text ? `${text}\u200b` : text;
      this.host.requestUpdate();
    };
    if (delay > 0) this.timer = window.setTimeout(set, delay);
    else set();
  }

  clear(): void {
    clearTimeout(this.timer);
    this.message = '';
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }
}
