/** Icons of the lesson player: the drawer's set (shared chunk) plus a few of its own. All decorative. */
import { svg, type SVGTemplateResult } from 'lit';
import { icons as drawerIcons } from '../../learn-drawer/panel/parts/icons.js';

const icon = (paths: SVGTemplateResult, className = '') =>
  svg`<svg class="icon ${className}" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;

export const icons = {
  ...drawerIcons,
  // Points "forward" in reading order: mirrored under :dir(rtl) by the `flip` class.
  next: icon(svg`<path d="M9 5l7 7-7 7"/>`, 'flip'),
  right: icon(svg`<path d="M5 12.5l4.5 4.5L19 7.5"/>`),
  wrong: icon(svg`<path d="M6.5 6.5l11 11M17.5 6.5l-11 11"/>`),
  clock: icon(svg`<circle cx="12" cy="12" r="8.5"/><path d="M12 7.5V12l3 2"/>`),
  go: icon(svg`<path d="M5 12h13M13 6l6 6-6 6"/>`, 'flip'),
};
