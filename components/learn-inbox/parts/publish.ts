/**
 * "Publish as article": the draft's fields as a plain form (labels, the problem tied to the form),
 * then the result — the new article's id, now in search and in suggestions on its screens.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { PublishController } from '../controllers/publish.js';
import type { InboxStrings } from '../i18n/en.js';

export interface PublishOptions {
  publish: PublishController;
  strings: InboxStrings;
  on: { publish: () => void; cancel: () => void };
}

export function renderPublish({ publish: p, strings: s, on }: PublishOptions): TemplateResult | typeof nothing {
  if (p.state === 'closed') return nothing;
  if (p.state === 'loading') return html`<p class="muted" part="publish-loading">${s.loadingDraft}</p>`;
  if (p.state === 'published') return html`<p class="notice" part="published" role="status">${s.published(p.articleId)}</p>`;
  const d = p.draft;
  if (!d) return html`<p class="error-text" part="publish-error">${s.actionFailed}</p>`;
  const input = (field: 'title' | 'summary' | 'body') => (e: Event) => p.edit(field, (e.target as HTMLInputElement).value);
  const submit = (event: Event) => {
    event.preventDefault();
    on.publish();
  };
  return html`<form class="form publish" part="publish" novalidate aria-labelledby="publish-heading" aria-describedby=${p.invalid ? 'publish-error' : nothing} @submit=${submit}>
    <h3 id="publish-heading" class="label" tabindex="-1" data-publish-focus>${s.publishHeading}</h3>
    <label class="field"><span class="label">${s.draftTitle}</span><input part="draft-title" .value=${d.title} @input=${input('title')} /></label>
    <label class="field"><span class="label">${s.draftSummary}</span><input part="draft-summary" .value=${d.summary} @input=${input('summary')} /></label>
    <label class="field"><span class="label">${s.draftBody}</span><textarea part="draft-body" rows="8" .value=${d.body} @input=${input('body')}></textarea></label>
    <label class="field"><span class="label">${s.draftScreens}</span>
      <input part="draft-screens" aria-describedby="list-hint" .value=${p.screens} @input=${(e: Event) => (p.screens = (e.target as HTMLInputElement).value)} /></label>
    <label class="field"><span class="label">${s.draftTags}</span>
      <input part="draft-tags" aria-describedby="list-hint" .value=${p.tags} @input=${(e: Event) => (p.tags = (e.target as HTMLInputElement).value)} /></label>
    <p id="list-hint" class="muted hint">${s.listHint}</p>
    ${p.invalid ? html`<p id="publish-error" class="error-text">${s.draftInvalid}</p>` : nothing}
    ${p.state === 'failed' ? html`<p class="error-text">${s.actionFailed}</p>` : nothing}
    <div class="actions">
      <button type="submit" class="button" part="publish-button" aria-disabled=${p.state === 'publishing' ? 'true' : 'false'}>${p.state === 'publishing' ? s.publishing : s.publishButton}</button>
      <button type="button" class="button-quiet" @click=${on.cancel}>${s.cancel}</button>
    </div>
  </form>`;
}
