import { describe, expect, it } from 'vitest';
import { questionAsRequest, questionRewrite } from './question-pick.js';

describe('a question naming what "it" is', () => {
  it('reads the question and the request about "it" as one request', () => {
    expect(questionAsRequest('Which folder has 23 unread mails? Open it.')).toBe('Open the folder that has 23 unread mails.');
    expect(questionAsRequest('Which item went up on Feb 16? Open it, please.')).toBe('Open the item that went up on Feb 16.');
  });

  it('leaves a question with no request about it, a request with another object, or no action verb', () => {
    expect(questionAsRequest('Which folder has 23 unread mails?')).toBeUndefined();
    expect(questionAsRequest('Which folder has 23 unread mails? Open Spam.')).toBeUndefined();
    expect(questionAsRequest('Which folder has 23 unread mails? Lovely it.')).toBeUndefined();
    expect(questionAsRequest('Open the folder with the most unread messages.')).toBeUndefined();
  });

  it('rewrites both texts when either holds such a question', () => {
    expect(questionRewrite('Which folder has 23 unread mails? Open it.', 'Click the folder that shows 14 unread.')).toMatchObject({
      demoTask: 'Open the folder that has 23 unread mails.',
      task: 'Click the folder that shows 14 unread.',
    });
    expect(questionRewrite('Open Inbox.', 'Open Spam.')).toBeUndefined();
  });
});
