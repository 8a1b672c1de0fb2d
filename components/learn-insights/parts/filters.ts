/**
 * The filter form: from and to (date inputs), the screen (a select of the screens the catalog's
 * articles are placed on, plus "All screens"), Apply. A plain form: Enter in a field applies too.
 * A range that ends before it starts is said next to the fields, and nothing is applied.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { InsightsStrings } from '../i18n/en.js';

export interface FilterValues {
  from: string;
  to: string;
  screen?: string;
}

export interface FiltersOptions {
  values: FilterValues;
  screens: string[];
  strings: InsightsStrings;
  error: string;
  onApply(values: FilterValues): void;
}

export function renderFilters({ values, screens, strings: s, error, onApply }: FiltersOptions): TemplateResult {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const screen = String(data.get('screen') ?? '');
    onApply({ from: String(data.get('from') ?? ''), to: String(data.get('to') ?? ''), ...(screen ? { screen } : {}) });
  };
  const invalid = error ? 'true' : 'false';
  return html`<form class="filters" part="filters" aria-label=${s.filters} @submit=${submit}>
    <label class="field"><span class="label">${s.from}</span>
      <input type="date" name="from" part="filter-from" required .value=${values.from} aria-invalid=${invalid} aria-describedby=${error ? 'range-error' : nothing} />
    </label>
    <label class="field"><span class="label">${s.to}</span>
      <input type="date" name="to" part="filter-to" required .value=${values.to} aria-invalid=${invalid} aria-describedby=${error ? 'range-error' : nothing} />
    </label>
    <label class="field field-wide"><span class="label">${s.screen}</span>
      <select name="screen" part="filter-screen">
        <option value="" ?selected=${!values.screen}>${s.allScreens}</option>
        ${screens.map((key) => html`<option value=${key} ?selected=${values.screen === key}>${key}</option>`)}
      </select>
    </label>
    <button type="submit" class="button" part="apply-button">${s.apply}</button>
    ${error ? html`<p class="error-text" id="range-error" part="filter-error" role="alert">${error}</p>` : nothing}
  </form>`;
}
