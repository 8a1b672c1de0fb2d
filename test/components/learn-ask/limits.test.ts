/// <reference types="mocha" />
/** The element's copy of the question limit is the protocol's (components/learn-ask/limits.ts says why it is a copy). */
import { expect } from '@open-wc/testing';
import { QUESTION_MAX as elementMax } from '../../../components/learn-ask/limits.js';
import { QUESTION_MAX } from '../../../src/protocol/index.js';

describe('<learn-ask> limits', () => {
  it('the question limit is the protocol’s', () => {
    expect(elementMax).to.equal(QUESTION_MAX);
  });
});
