/**
 * The drawer renders the SDK's proactive prompts (`prompt` events): this listener is all the panel
 * chunk carries; the card itself (prompt-card.ts) is a chunk loaded when a prompt is shown — most
 * sessions never show one. The SDK shows a prompt only while someone listens to `prompt`, so a page
 * without a drawer (or a host that renders prompts itself) is never interrupted by a card nobody sees.
 */
import { ContextRequestEvent, learnContext } from '../../sdk/context.js';
import type { Learn } from '../../sdk/types.js';

export function hostPrompts(drawer: HTMLElement & { locale: string | null }): void {
  let off: (() => void) | undefined;
  drawer.dispatchEvent(
    new ContextRequestEvent(
      learnContext,
      drawer,
      (learn: Learn | undefined) => {
        off?.();
        off = learn?.on('prompt', (detail) => void import('./prompt-card.js').then((m) => m.showPrompt(drawer, learn, detail)));
      },
      true,
    ),
  );
}
