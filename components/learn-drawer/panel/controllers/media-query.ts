/**
 * A media query as reactive state: `matches` is current while the host is connected and a change
 * re-renders it. Used for the narrow viewport (modal, full-screen) and reduced motion.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class MediaQueryController implements ReactiveController {
  matches = false;
  private list: MediaQueryList | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
    private readonly onChange?: (matches: boolean) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.list = window.matchMedia(this.query);
    this.matches = this.list.matches;
    this.list.addEventListener('change', this.handleChange);
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.handleChange);
    this.list = undefined;
  }

  private readonly handleChange = (event: MediaQueryListEvent): void => {
    this.matches = event.matches;
    this.host.requestUpdate();
    this.onChange?.(event.matches);
  };
}
