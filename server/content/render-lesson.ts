/**
 * A lesson with every text step's `html` rendered, through the same pipeline as article bodies
 * (content/render-body.ts): the player then only sanitises it again, without loading marked.
 */
import type { Lesson } from '../../src/protocol/index.js';
import { renderBody } from './render-body.js';

export async function renderLesson(lesson: Lesson): Promise<{ lesson: Lesson; warnings: string[] }> {
  const warnings: string[] = [];
  const steps = [];
  for (const step of lesson.steps) {
    if (step.kind !== 'text') {
      steps.push(step);
      continue;
    }
    const result = await renderBody(step.body);
    if (result.fallbackReason) warnings.push(`step "${step.id}" will show as plain text: ${result.fallbackReason}`);
    steps.push({ ...step, html: result.html });
  }
  return { lesson: { ...lesson, steps }, warnings };
}
