/**
 * A task on the whole and one on a part are different tasks (issue 11 §4): the
 * text editor of the sixth real set styled all its text when the task named one word.
 */
import { describe, expect, it } from 'vitest';
import { wholeScopeProblem, wholeScopeWords } from './whole-scope.js';

const plan = (demoTask: string, task: string) => ({ task, trajectory: { task: demoTask } });

describe('whole-scope', () => {
  it('reads the words of the whole, and none in a task on a part', () => {
    expect(wholeScopeWords('Using the text editor, give everything the style italics and press Submit.')).toBe('everything');
    expect(wholeScopeWords('Make all of the text italic and press Done.')).toBe('all of');
    expect(wholeScopeWords('Italicise the whole text, then Save.')).toBe('whole');
    expect(wholeScopeWords('Using the text editor, give the text non the style bold and press Submit.')).toBeUndefined();
    expect(wholeScopeWords('Click Share on all posts by @annis.')).toBeUndefined();
  });

  it('refuses a task on a part followed from a demonstration on the whole, and the reverse', () => {
    const part = wholeScopeProblem(plan('Using the text editor, give everything the style italics and press Submit.', 'Using the text editor, give the text non the style bold and press Submit.'));
    expect(part?.blocking).toBe(true);
    expect(part?.text).toContain('"everything"');
    const whole = wholeScopeProblem(plan('Make the word "sun" bold, then press OK.', 'Make all of the text italic and press OK.'));
    expect(whole?.blocking).toBe(true);
    expect(whole?.text).toContain('"all of"');
  });

  it('lets tasks of the same scope through, however the whole is worded', () => {
    expect(wholeScopeProblem(plan('Make all of the text italic and press Done.', 'Italicise the whole text, then Save.'))).toBeUndefined();
    expect(wholeScopeProblem(plan('Give the text lorem the style bold.', 'Give the text ipsum the style italics.'))).toBeUndefined();
    expect(wholeScopeProblem(plan('Drag all circles into the left box, and everything else into the right box.', 'Drag all red shapes into the left box, and everything else into the right box.'))).toBeUndefined();
  });
});
