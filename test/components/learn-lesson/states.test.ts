/// <reference types="mocha" />
/**
 * What a lesson shows before it can play: loading (announced), a polite placeholder for an id that
 * does not exist, an error with a retry for a malformed lesson or a backend failure (never a blank
 * box), and "not connected" when the page has no runtime. Plus the languages.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ContextRequestEvent, learnContext } from '../../../sdk/context.js';
import { httpBackend, memoryBackend, type Learn } from '../../../sdk/index.js';
import type { LearnLesson } from '../../../components/learn-lesson/learn-lesson.js';
import { $, announced, ARTICLES, CLOSE_DATES, lessonHtml, LESSONS, settled, setup, startLearn, text, until, useLessonTestHooks } from './fixtures.js';

describe('<learn-lesson> states', () => {
  useLessonTestHooks();

  it('an unknown id: a polite placeholder with a hint, announced', async () => {
    const { el } = await setup(lessonHtml('no-such-lesson'));
    const placeholder = $(el, '[part~="placeholder"]')!;
    expect(text(placeholder)).to.contain('This lesson isn’t available').and.contain('The page’s editor can update the link');
    expect($(el, '[part~="error"], [part~="start-button"]')).to.equal(null);
    expect(announced(el)).to.equal('This lesson isn’t available');
  });

  it('a malformed lesson from the server (no steps): an error state with a retry that recovers', async () => {
    // A real httpBackend over a fetch that plays the server: first a lesson the schema refuses.
    let lesson: unknown = { ...CLOSE_DATES, steps: [] };
    const fetch = async (input: RequestInfo | URL) => {
      const url = String(input);
      if (url.endsWith('/v1/lessons/crm-close-dates')) return Response.json(lesson);
      return Response.json({ error: { code: 'not-found', message: 'nothing here' } }, { status: 404 });
    };
    const backend = httpBackend({ url: 'https://help.example.test', fetch });
    startLearn({ backend });
    const el = await fixture<LearnLesson>(lessonHtml('crm-close-dates'));
    await settled(el);
    const error = $(el, '[part~="error"]')!;
    expect(error.dataset['failure']).to.equal('invalid');
    expect(text(error)).to.contain('This lesson could not be loaded').and.contain('a shape we cannot show');
    expect(announced(el)).to.equal('This lesson could not be loaded');
    lesson = CLOSE_DATES;
    $(el, '[part~="error-retry"]')!.click();
    await until(() => $(el, '[part~="start-button"]'), 'the lesson after the retry');
  });

  it('unreachable: an error that says so', async () => {
    const backend = memoryBackend({ articles: ARTICLES, lessons: LESSONS });
    backend.setFailure('network');
    const { el } = await setup(lessonHtml('crm-close-dates'), { backend });
    expect($(el, '[part~="error"]')!.dataset['failure']).to.equal('offline');
  });

  it('loading: a skeleton, busy and announced', async () => {
    const backend = memoryBackend({ articles: ARTICLES, lessons: LESSONS, latencyMs: 300 });
    startLearn({ backend });
    const el = await fixture<LearnLesson>(lessonHtml('crm-close-dates'));
    await until(() => $(el, '[part~="loading"]'));
    expect($(el, '[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
    expect(announced(el)).to.equal('Loading lesson…');
    await settled(el);
    expect($(el, '[part~="start-button"]')).to.not.equal(null);
  });

  it('no runtime on the page: says lessons are not connected, then plays once one arrives', async () => {
    const el = await fixture<LearnLesson>(lessonHtml('crm-close-dates'));
    expect(text($(el, '[part~="placeholder"]'))).to.equal('Lessons are not connected on this page.');
    startLearn();
    await until(() => $(el, '[part~="start-button"]'), 'the runtime arrived');
  });

  it('Swedish and Arabic: strings load lazily; Arabic is right to left, the lesson keeps its own language', async () => {
    startLearn();
    const sv = await fixture<LearnLesson>(html`<learn-lesson lesson="crm-close-dates" locale="sv"></learn-lesson>`);
    await until(() => text($(sv, '[part~="start-button"]')) === 'Börja', 'Swedish');
    const ar = await fixture<LearnLesson>(html`<learn-lesson lesson="crm-close-dates" locale="ar"></learn-lesson>`);
    await until(() => $(ar, '[part~="base"]')?.getAttribute('dir') === 'rtl', 'Arabic');
    expect(text($(ar, '[part~="start-button"]'))).to.equal('ابدأ');
    const title = $(ar, '[part~="title"]')!;
    expect(title.getAttribute('lang')).to.equal('en');
    expect(title.getAttribute('dir')).to.equal('auto');
  });
});

describe('<learn-lesson backend>', () => {
  useLessonTestHooks();
  const currentRuntime = (): Learn | undefined => {
    let found: Learn | undefined;
    document.body.dispatchEvent(new ContextRequestEvent(learnContext, document.body, (learn) => (found = learn), false));
    return found;
  };
  afterEach(() => currentRuntime()?.destroy());

  it('starts a runtime of its own when none answers, and says when its server cannot be reached', async () => {
    expect(currentRuntime()).to.equal(undefined);
    const el = await fixture<LearnLesson>(html`<learn-lesson lesson="crm-close-dates" backend="http://127.0.0.1:9/help"></learn-lesson>`);
    expect($(el, '[part~="loading"]')).to.not.equal(null);
    await until(() => currentRuntime(), 'a runtime was started');
    await until(() => $(el, '[part~="error"]'), 'the unreachable server is reported');
    expect($(el, '[part~="error"]')!.dataset['failure']).to.equal('offline');
  });
});
