/// <reference types="mocha" />
/**
 * The expert inbox over memoryBackend's ask server: the queue and its filters, the 403 state for a
 * non-expert, claiming (and the conflict when another expert was first), reply with preview,
 * internal notes marked, publishing as an article, live refresh — and a hostile question rendered
 * inert (it is another person's input).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../components/learn-inbox/define.js';
import type { LearnInbox } from '../../../components/learn-inbox/learn-inbox.js';
import { $, $$, announced, ANNA, askOnServer, ERIK, OMAR, setup, startLearn, text, type, until, useAskTestHooks } from '../learn-ask/fixtures.js';

const inboxHtml = html`<learn-inbox></learn-inbox>`;

async function openFirst(el: LearnInbox): Promise<void> {
  await until(() => $(el, '[part~="queue-item"]'), 'the queue');
  $(el, '[part~="queue-item"]')!.click();
  await until(() => $(el, '[part~="question-body"]'), 'the question');
  await el.updateComplete;
}

describe('<learn-inbox>', () => {
  useAskTestHooks();

  it('the queue: grouped by topic, oldest first, with asker, age and status; accessible', async () => {
    const { learn, backend } = startLearn({ user: ANNA });
    askOnServer(backend, 'Can I give 25 % on a renewal?');
    askOnServer(backend, 'Who approves 18 % on new business?');
    const el = await fixture<LearnInbox>(inboxHtml);
    await until(() => $$(el, '[part~="queue-item"]').length === 2, 'two questions');
    const items = $$(el, '[part~="queue-item"]');
    expect(text(items[0]!)).to.contain('25 %').and.contain('From Erik Nilsson').and.contain('Waiting');
    expect(text($(el, '.group h3'))).to.contain('Pricing and discounts');
    expect(learn.user?.id).to.equal(ANNA.id);
    await expect(el).to.be.accessible();
  });

  it('not an expert: “This inbox is for experts”, accessible; signed out: polite', async () => {
    const { el } = await setup<LearnInbox>(inboxHtml, { user: ERIK });
    await until(() => $(el, '[part~="forbidden"]'), 'the 403 state');
    expect(text($(el, '[part~="forbidden"]'))).to.contain('This inbox is for experts');
    await expect(el).to.be.accessible();
  });

  it('signed out and empty queue states are accessible', async () => {
    const { el, learn } = await setup<LearnInbox>(inboxHtml, { user: null });
    await until(() => $(el, '[part~="signed-out"]'));
    await expect(el).to.be.accessible();
    await learn.setUser(ANNA);
    await until(() => $(el, '[part~="empty"]'), 'the empty queue');
    await expect(el).to.be.accessible();
  });

  it('claim: a conflict says who took it and refreshes the queue', async () => {
    const { el, backend } = await setup<LearnInbox>(inboxHtml, { user: ANNA });
    const q = askOnServer(backend, 'Renewal at 17 %?');
    await openFirst(el);
    // Omar claims it first, from his own inbox.
    backend.ask.send(OMAR, { method: 'POST', path: `/v1/questions/${q.id}/claim`, body: {}, idempotencyKey: crypto.randomUUID() });
    $(el, '[part~="claim-button"]')!.click();
    await until(() => $(el, '[part~="conflict"]'), 'the conflict message');
    expect(text($(el, '[part~="conflict"]'))).to.equal('Omar Haddad already took this one.');
    await expect(el).to.be.accessible();
  });

  it('reply with a preview; an internal note is marked and not shown to the asker', async () => {
    const { el, backend } = await setup<LearnInbox>(inboxHtml, { user: ANNA });
    const q = askOnServer(backend, 'Renewal at 17 %?');
    await openFirst(el);
    $(el, '[part~="claim-button"]')!.click();
    await until(() => backend.ask.questions[0]!.assignee?.id === ANNA.id, 'claimed');
    type($<HTMLTextAreaElement>(el, '[part~="reply-input"]')!, 'Above 15 % on a renewal goes to **the Pricing desk**.');
    $$(el, '[part~="reply-tab"]')[1]!.click();
    await until(() => $(el, '[part~="reply-preview"] strong'), 'the preview, rendered');
    expect(text($(el, '[part~="reply-preview"] strong'))).to.equal('the Pricing desk');
    await expect(el).to.be.accessible();
    $(el, '[part~="reply-button"]')!.click();
    await until(() => backend.ask.questions[0]!.messages.length === 1, 'the reply reached the server');
    $<HTMLInputElement>(el, '[part~="internal-toggle"]')!.click();
    await el.updateComplete;
    type($<HTMLTextAreaElement>(el, '[part~="reply-input"]')!, 'Checked with Omar: no exception this year.');
    $(el, '[part~="reply-button"]')!.click();
    await until(() => $$(el, '[part~="message"][data-internal="true"]').length === 1, 'the internal note, marked');
    expect(text($(el, '[data-internal="true"] [part~="internal-label"]'))).to.contain('Internal note');
    const asker = backend.ask.read(ERIK, `/v1/questions/${q.id}`) as { messages: unknown[] };
    expect(asker.messages).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('by keyboard: focus stays on the page after Claim, arrows move between the reply tabs, a double click replies once', async () => {
    const { el, backend, learn } = await setup<LearnInbox>(inboxHtml, { user: ANNA });
    askOnServer(backend, 'Renewal at 17 %?');
    await openFirst(el);
    $(el, '[part~="claim-button"]')!.click();
    await until(() => backend.ask.questions[0]!.assignee?.id === ANNA.id, 'claimed');
    await until(() => el.shadowRoot!.activeElement === $(el, '[data-focus]'), 'focus on the question heading, not lost with the Claim button');
    const [write] = $$(el, '[part~="reply-tab"]');
    write!.focus();
    write!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true }));
    await until(() => el.shadowRoot!.activeElement?.id === 'tab-preview', 'focus follows the selected tab');
    write!.click();
    await el.updateComplete;
    type($<HTMLTextAreaElement>(el, '[part~="reply-input"]')!, 'Above 15 % goes to the Pricing desk.');
    const send = $(el, '[part~="reply-button"]')!;
    send.click();
    send.click();
    await until(() => backend.ask.questions[0]!.messages.length >= 1, 'the reply reached the server');
    await learn.sync.flush(); // a second reply, had one been queued, is sent by now
    expect(learn.sync.pending).to.equal(0);
    expect(backend.ask.questions[0]!.messages.length).to.equal(1);
  });

  it('publish as article: edit the draft, publish, see the new article id', async () => {
    const { el, backend, learn } = await setup<LearnInbox>(inboxHtml, { user: ANNA });
    const q = askOnServer(backend, 'Renewal at 17 %?');
    await openFirst(el);
    // Answered from elsewhere while open: the thread follows live, and publishing becomes possible.
    await until(() => backend.ask.streams > 0, 'the live stream');
    backend.ask.reply(q.id, 'anna-lindqvist', 'Renewals above 15 % go to the Pricing desk.');
    await until(() => $(el, '[part~="publish-open"]'), 'the answer arrived');
    $(el, '[part~="publish-open"]')!.click();
    await until(() => $(el, '[part~="draft-title"]'), 'the draft');
    await expect(el).to.be.accessible();
    type($<HTMLInputElement>(el, '[part~="draft-title"]')!, 'Renewal discounts above 15 %');
    $(el, '[part~="publish-button"]')!.click();
    await until(() => $(el, '[part~="published"]'), 'published');
    const articleId = backend.ask.questions[0]!.articleId!;
    expect(text($(el, '[part~="published"]'))).to.contain(articleId);
    expect(announced(el)).to.contain('Published');
    await learn.refresh();
    await until(() => learn.catalogState.catalog?.articles.some((a) => a.title === 'Renewal discounts above 15 %'), 'the article is in the catalog');
  });

  it('hostile markdown in a question renders inert', async () => {
    const { el, backend } = await setup<LearnInbox>(inboxHtml, { user: ANNA });
    const w = window as unknown as { __hostile?: number };
    delete w.__hostile;
    askOnServer(backend, 'Help <img src=x onerror="window.__hostile=1"> [click](javascript:window.__hostile=2) <script>window.__hostile=3</script> <a href="#" onclick="window.__hostile=4">me</a>');
    await openFirst(el);
    await until(() => $(el, '[part~="question-body"].prose'), 'rendered through the pipeline');
    const body = $(el, '[part~="question-body"]')!;
    for (const a of body.querySelectorAll('a')) a.click();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(w.__hostile).to.equal(undefined);
    const all = [...el.shadowRoot!.querySelectorAll('*')];
    expect(all.some((n) => n.localName === 'script')).to.equal(false);
    expect(all.some((n) => [...n.attributes].some((a) => a.name.startsWith('on')))).to.equal(false);
    expect(all.some((n) => /^\s*javascript:/i.test(n.getAttribute('href') ?? ''))).to.equal(false);
  });

  it('live: a new question appears without reload', async () => {
    const { el, backend } = await setup<LearnInbox>(inboxHtml, { user: ANNA });
    await until(() => $(el, '[part~="empty"]'), 'empty');
    await until(() => backend.ask.streams > 0, 'the live stream');
    askOnServer(backend, 'Arrived while the inbox was open');
    await until(() => $(el, '[part~="queue-item"]'), 'the new question');
  });
});
