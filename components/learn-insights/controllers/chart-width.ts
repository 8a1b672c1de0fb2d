/**
 * How wide a chart may be drawn: the width of a report section, followed as the element resizes.
 * The charts are SVG with a viewBox, so one drawn 640 units wide and shown in a 288 px column (an
 * intranet sidebar, a phone) would shrink its 12 px labels to 5 px; drawn at the column's width,
 * its text stays at its size.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ChartWidthController implements ReactiveController {
  /** CSS px; until measured, wide enough for every chart's own default. */
  width = Number.POSITIVE_INFINITY;
  #observer: ResizeObserver | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver(() => this.#measure());
    this.#observer.observe(this.host);
  }

  hostUpdated(): void {
    // The first sections rendered: measure at the next frame (outside this update, so no second
    // update is scheduled from within one). Later sizes come from the observer.
    if (this.width === Number.POSITIVE_INFINITY) requestAnimationFrame(() => this.#measure());
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #measure(): void {
    const report = this.host.renderRoot.querySelector<HTMLElement>('.report');
    if (!report) return;
    const width = Math.floor(report.clientWidth);
    // Whole steps of 8 px: a one-pixel change does not redraw every chart.
    const stepped = width - (width % 8);
    if (stepped > 0 && stepped !== this.width) {
      this.width = stepped;
      this.host.requestUpdate();
    }
  }
}
