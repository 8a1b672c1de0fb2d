/**
 * What each receiver may see of a question. The asker never sees internal notes (not in a GET,
 * not in a list, not in an event); experts see everything but the asker's unread count, which is
 * the asker's alone.
 */
import type { Question } from '../../src/protocol/index.js';

export type Viewer = 'asker' | 'expert';

export function askerView(question: Question): Question {
  return { ...question, messages: question.messages.filter((m) => !m.internal) };
}

export function expertView(question: Question): Question {
  return { ...question, unread: 0 };
}

export function viewAs(viewer: Viewer, question: Question): Question {
  return viewer === 'asker' ? askerView(question) : expertView(question);
}
