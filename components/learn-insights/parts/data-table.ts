/**
 * A chart's table view: a real `<table>` with a caption, column headers (`scope="col"`) and the
 * first cell of each row as its header (`scope="row"`). Numbers align to the end. In a region of
 * its own that scrolls sideways on a narrow screen (focusable, so a keyboard can scroll it).
 */
import { html, type TemplateResult } from 'lit';

export interface Column {
  label: string;
  numeric?: boolean;
}

export function renderTable(id: string, caption: string, columns: Column[], rows: string[][]): TemplateResult {
  return html`<div class="table-wrap" role="region" aria-labelledby=${`${id}-caption`} tabindex="0" part="table-region">
    <table part="table" data-table=${id}>
      <caption id=${`${id}-caption`}>${caption}</caption>
      <thead>
        <tr>${columns.map((c) => html`<th scope="col" class=${c.numeric ? 'num' : ''}>${c.label}</th>`)}</tr>
      </thead>
      <tbody>
        ${rows.map(
          (cells) => html`<tr>
            ${cells.map((cell, i) => (i === 0 ? html`<th scope="row">${cell}</th>` : html`<td class=${columns[i]?.numeric ? 'num' : ''}>${cell}</td>`))}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
