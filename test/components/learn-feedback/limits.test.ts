/// <reference types="mocha" />
/** The element's copies of the feedback limits are the protocol's (components/learn-feedback/limits.ts says why they are copies). */
import { expect } from '@open-wc/testing';
import { COMMENT_MAX as elementMax, KINDS, REASONS, SURVEY_QUESTIONS_MAX as elementSurveyMax } from '../../../components/learn-feedback/limits.js';
import { COMMENT_MAX, FeedbackKind, NotHelpfulReason, SURVEY_QUESTIONS_MAX } from '../../../src/protocol/index.js';

describe('<learn-feedback> limits', () => {
  it('the comment limit, the survey size, the kinds and the reasons are the protocol’s', () => {
    expect(elementMax).to.equal(COMMENT_MAX);
    expect(elementSurveyMax).to.equal(SURVEY_QUESTIONS_MAX);
    expect(REASONS).to.deep.equal(NotHelpfulReason.options);
    expect(KINDS).to.deep.equal(FeedbackKind.options);
  });
});
