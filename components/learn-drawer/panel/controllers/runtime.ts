/**
 * The Learnflow runtime as the panel sees it: consumed through `@lit/context` (subscribe: true,
 * so a runtime the host destroys and creates again replaces the old one), with the runtime events
 * the panel re-renders on bound to whichever runtime is current and unbound on disconnect.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { learnContext } from '../../../../sdk/context.js';
import type { Learn, LearnEventMap, LearnEventType } from '../../../../sdk/types.js';

export type RuntimeHandlers = { [K in LearnEventType]?: (detail: LearnEventMap[K], learn: Learn) => void };

export class RuntimeController implements ReactiveController {
  private readonly consumer: ContextConsumer<typeof learnContext, ReactiveControllerHost & HTMLElement>;
  private bound: Learn | undefined;
  private offs: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly handlers: RuntimeHandlers,
  ) {
    host.addController(this);
    this.consumer = new ContextConsumer(host, { context: learnContext, subscribe: true, callback: (learn) => this.bind(learn) });
  }

  get learn(): Learn | undefined {
    return this.consumer.value;
  }

  hostConnected(): void {
    // The consumer asks again on reconnect; a runtime that did not change keeps its listeners.
    if (this.consumer.value) this.bind(this.consumer.value);
  }

  hostDisconnected(): void {
    this.unbind();
  }

  private bind(learn: Learn | undefined): void {
    if (learn === this.bound && this.offs.length > 0) return;
    this.unbind();
    if (!learn) return;
    this.bound = learn;
    for (const type of Object.keys(this.handlers) as LearnEventType[]) {
      const handler = this.handlers[type] as ((detail: unknown, learn: Learn) => void) | undefined;
      if (!handler) continue;
      this.offs.push(
        learn.on(type, (detail) => {
          handler(detail, learn);
          this.host.requestUpdate();
        }),
      );
    }
    this.host.requestUpdate();
  }

  private unbind(): void {
    for (const off of this.offs) off();
    this.offs = [];
    this.bound = undefined;
  }
}
