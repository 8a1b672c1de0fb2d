/**
 * The `<dialog>`'s modality: `show()` (non-modal, the host page stays usable beside it) unless
 * `modal` is wanted or the viewport is under 600 px, then `showModal()` (the page inert, the
 * drawer full-screen). Reopens in the other mode when the viewport crosses 600 px or `modal`
 * changes while open, and notices when the platform closed the dialog on its own.
 */
import type { ReactiveControllerHost } from 'lit';
import { deepActiveElement } from '../../../shared/deep-active-element.js';
import { MediaQueryController } from './media-query.js';

export const NARROW_QUERY = '(max-width: 599.98px)';

export class DialogController {
  private readonly narrow: MediaQueryController;
  private isModal = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly dialog: () => HTMLDialogElement | null,
    private readonly modalWanted: () => boolean,
    /** The mode changed while open and nothing inside had focus to give back (focus moved with the reopen). */
    private readonly onReopen: () => void,
  ) {
    this.narrow = new MediaQueryController(host, NARROW_QUERY, () => this.sync());
  }

  get isOpen(): boolean {
    return this.dialog()?.open === true;
  }

  private get wantsModal(): boolean {
    return this.modalWanted() || this.narrow.matches;
  }

  open(): void {
    const dialog = this.dialog();
    if (!dialog || dialog.open) return;
    this.isModal = this.wantsModal;
    if (this.isModal) dialog.showModal();
    else dialog.show();
  }

  close(): void {
    const dialog = this.dialog();
    if (dialog?.open) dialog.close();
  }

  /**
   * Reopen in the other mode if what is wanted changed (a phone turned, a window narrowed). Whatever
   * had focus inside — the question being typed, a lesson's button — gets it back; only when
   * nothing inside had it does focus go where a fresh open puts it.
   */
  sync(): void {
    const dialog = this.dialog();
    if (!dialog || !this.isOpen || this.wantsModal === this.isModal) return;
    // The dialog is the panel's shadow root's content: whatever has focus in that root is inside it.
    const root = dialog.getRootNode();
    const inside = root instanceof ShadowRoot ? deepActiveElement(root) : null;
    this.close(); // its `close` event arrives when the dialog is open again: see closedByPlatform
    this.open();
    if (inside?.isConnected) inside.focus();
    else this.onReopen();
  }

  /**
   * For the dialog's `close` event: true when the platform closed it while the drawer meant it to
   * be open. Chromium closes a modal dialog on a repeated close request without user activation
   * even when `cancel` is prevented (the close watcher's anti-abuse rule): follow, don't fight.
   */
  closedByPlatform(meantOpen: boolean): boolean {
    return meantOpen && !this.isOpen;
  }
}

