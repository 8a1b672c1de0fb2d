/// <reference types="mocha" />
/**
 * A video step remembers where the employee paused (the `media` action, saved with the progress)
 * and resumes there when the lesson is opened again. No real video is needed: a media element
 * without data keeps a set `currentTime` as its start position, and the events are the browser's own names.
 */
import { expect, fixture } from '@open-wc/testing';
import type { LearnLesson } from '../../../components/learn-lesson/learn-lesson.js';
import { $, forget, lessonHtml, settled, startLearn, until, useLessonTestHooks } from './fixtures.js';

const video = (el: LearnLesson) => $<HTMLVideoElement>(el, 'video')!;

describe('<learn-lesson> video', () => {
  useLessonTestHooks();

  it('captions on by default, metadata only, a transcript; resumes at the paused position after a reload', async () => {
    const tenant = `video-${Date.now()}`;
    const first = startLearn({ tenant, persist: true });
    let el = await fixture<LearnLesson>(lessonHtml('crm-media'));
    await settled(el);
    $(el, '[part~="start-button"]')!.click();
    await until(() => $(el, '[part~="image"]'));
    $(el, '[part~="next-button"]')!.click();
    await until(() => $(el, 'video'));
    expect(video(el).preload).to.equal('metadata');
    expect(video(el).controls).to.equal(true);
    const track = $<HTMLTrackElement>(el, 'video track')!;
    expect([track.kind, track.srclang, track.default]).to.deep.equal(['captions', 'en', true]);
    expect($(el, '[part~="transcript"] summary')!.textContent).to.equal('Transcript');

    const saved = new Promise<void>((resolve) => first.learn.on('lesson-progress', ({ progress }) => progress.media['clip'] === 42 && resolve()));
    video(el).currentTime = 42;
    video(el).dispatchEvent(new Event('pause'));
    await saved;
    el.remove();
    first.learn.destroy();
    forget(first.learn);

    startLearn({ tenant, persist: true });
    el = await fixture<LearnLesson>(lessonHtml('crm-media'));
    await settled(el);
    $(el, '[part~="start-button"]')!.click();
    await until(() => $(el, 'video'));
    expect(video(el).currentTime).to.equal(0);
    video(el).dispatchEvent(new Event('loadedmetadata'));
    expect(video(el).currentTime).to.equal(42);
  });
});
