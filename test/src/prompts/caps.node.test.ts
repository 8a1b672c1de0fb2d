import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PromptState } from '../../../src/protocol/prompts.js';
import { capsBlock, sampleDraw } from '../../../src/prompts/caps.js';
import { EMPTY_PROMPT_STATE, mergePromptState, recordOutcome, recordShown } from '../../../src/prompts/state.js';

const NOW = new Date('2026-11-25T09:00:00.000Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();

describe('prompt caps', () => {
  it('shows a prompt never shown, and by default never again once shown', () => {
    assert.equal(capsBlock('p', {}, undefined, 'erik', NOW), undefined);
    assert.equal(capsBlock('p', {}, { shown: 0 }, 'erik', NOW), undefined);
    assert.equal(capsBlock('p', {}, { shown: 1, lastShownAt: daysAgo(400) }, 'erik', NOW), 'once');
  });

  it('recontacts after N days when once is off', () => {
    const caps = { once: false, recontactDays: 30 };
    assert.equal(capsBlock('p', caps, { shown: 2, lastShownAt: daysAgo(29) }, 'erik', NOW), 'recontact');
    assert.equal(capsBlock('p', caps, { shown: 2, lastShownAt: daysAgo(30) }, 'erik', NOW), undefined);
  });

  it('samples a stable share of people per prompt', () => {
    const users = Array.from({ length: 2000 }, (_, i) => `user-${i}`);
    const inSample = users.filter((u) => capsBlock('nps-q4', { sample: 25 }, undefined, u, NOW) === undefined);
    assert.ok(inSample.length > 400 && inSample.length < 600, `about 25 % sampled, got ${inSample.length}/2000`);
    // The same person gets the same answer every time; another prompt draws other people.
    assert.equal(sampleDraw('user-7', 'nps-q4'), sampleDraw('user-7', 'nps-q4'));
    const other = users.filter((u) => capsBlock('csat', { sample: 25 }, undefined, u, NOW) === undefined);
    assert.notDeepEqual(other, inSample);
    assert.equal(users.every((u) => capsBlock('p', { sample: 0 }, undefined, u, NOW) === 'sample'), true);
    assert.equal(users.every((u) => capsBlock('p', { sample: 100 }, undefined, u, NOW) === undefined), true);
  });
});

describe('prompt state', () => {
  it('records shown, answered and dismissed as valid state', () => {
    let state = recordShown(EMPTY_PROMPT_STATE, 'p', NOW);
    state = recordShown(state, 'p', new Date(NOW.getTime() + 1000));
    state = recordOutcome(state, 'p', 'answered', NOW);
    assert.equal(PromptState.safeParse(state).success, true);
    assert.equal(state.prompts.p?.shown, 2);
    assert.equal(state.prompts.p?.answeredAt, NOW.toISOString());
    assert.equal(state.lastInterruptionAt, new Date(NOW.getTime() + 1000).toISOString());
    assert.deepEqual(EMPTY_PROMPT_STATE.prompts, {}, 'the empty state is not mutated');
  });

  it('merges two devices without undoing either', () => {
    const a = recordOutcome(recordShown(EMPTY_PROMPT_STATE, 'p', NOW), 'p', 'dismissed', NOW);
    const b = recordShown(recordShown(EMPTY_PROMPT_STATE, 'q', NOW), 'p', new Date(NOW.getTime() + 5000));
    const merged = mergePromptState(a, b);
    assert.equal(merged.prompts.p?.shown, 1);
    assert.equal(merged.prompts.p?.dismissedAt, NOW.toISOString());
    assert.equal(merged.prompts.p?.lastShownAt, new Date(NOW.getTime() + 5000).toISOString());
    assert.equal(merged.prompts.q?.shown, 1);
    assert.deepEqual(mergePromptState(b, a), merged);
  });
});
