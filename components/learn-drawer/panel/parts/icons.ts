/** Inline icons (decorative: every control that shows one has a text name). */
import { svg, type SVGTemplateResult } from 'lit';

const icon = (paths: SVGTemplateResult, className = '') =>
  svg`<svg class="icon ${className}" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;

export const icons = {
  search: icon(svg`<circle cx="11" cy="11" r="6.5"/><path d="m20 20-4.2-4.2"/>`),
  close: icon(svg`<path d="M6 6l12 12M18 6 6 18"/>`),
  // Points "back" in reading order: mirrored under :dir(rtl) by the `flip` class.
  back: icon(svg`<path d="M15 5l-7 7 7 7"/>`, 'flip'),
  external: icon(svg`<path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/>`, 'flip'),
  offline: icon(svg`<path d="M3 3l18 18M8.5 8.6A5 5 0 0 0 6 18h11M12 6a5 5 0 0 1 4.9 4A4 4 0 0 1 20 14.8"/>`),
  alert: icon(svg`<circle cx="12" cy="12" r="9"/><path d="M12 7.5v5.5M12 16.5v.01"/>`),
  article: icon(svg`<path d="M7 3h7l4 4v14H7z"/><path d="M14 3v4h4M10 12h5M10 16h5"/>`),
  chat: icon(svg`<path d="M5 5h14v10H10l-4 4v-4H5z"/>`),
  lesson: icon(svg`<path d="M4 6.5 12 3l8 3.5-8 3.5z"/><path d="M7 8v5c0 1.7 2.2 3 5 3s5-1.3 5-3V8M20 6.5V12"/>`),
  // review: drawn by parts/learning-entries.ts, its only use, in a lazy chunk.
  history: icon(svg`<path d="M4 12a8 8 0 1 0 2.3-5.7L4 8.6"/><path d="M4 4v4.6h4.6M12 8v4l3 2"/>`),
};
