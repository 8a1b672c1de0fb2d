/**
 * Remembers where the employee is in a video step (the `media` action), so the lesson resumes the
 * video there: saved about every 5 s while it plays (each save is an IndexedDB write and a queued
 * sync, so not on every `timeupdate`, which fires 4–66 times a second) and whenever it pauses —
 * which includes leaving the step, since a removed video pauses itself.
 */
import type { VideoHandlers } from '../parts/content-steps.js';
import type { LessonSession } from './lesson-session.js';

export const MEDIA_SAVE_INTERVAL_MS = 5000;

export class MediaPositionController {
  private lastSave = 0;

  constructor(private readonly session: LessonSession) {}

  readonly handlers: VideoHandlers = {
    loaded: (event) => {
      const video = event.target as HTMLVideoElement;
      const saved = this.session.progress?.media[video.dataset['step'] ?? ''];
      // Not at the very end: a finished video starts over instead of showing its last frame.
      if (saved && saved > 0 && !(saved >= video.duration - 1)) video.currentTime = saved;
      this.lastSave = performance.now();
    },
    time: (event) => {
      if (performance.now() - this.lastSave >= MEDIA_SAVE_INTERVAL_MS) this.save(event.target as HTMLVideoElement);
    },
    paused: (event) => this.save(event.target as HTMLVideoElement),
  };

  private save(video: HTMLVideoElement): void {
    const stepId = video.dataset['step'];
    if (!stepId || !this.session.inStep) return;
    this.lastSave = performance.now();
    const seconds = Math.round(video.currentTime * 10) / 10;
    if (this.session.progress?.media[stepId] === seconds) return;
    this.session.act({ type: 'media', stepId, seconds });
  }
}
