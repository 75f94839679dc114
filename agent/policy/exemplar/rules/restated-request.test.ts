/**
 * A polite request clause that only restates, of a pronoun, an action the
 * other task asks ("Can you transfer it?" beside "please send it") is no
 * extra action; one that names anything else, or an action the other task
 * does not ask, still is — and clauseProblems still refuses it.
 */
import { describe, expect, it } from 'vitest';
import { restatesAction } from './restated-request.js';
import { clauseProblems } from './task-clauses.js';
import { pairClauses } from '../task-clauses.js';

const clause = (text: string) => ({ text });

describe('restatesAction', () => {
  it('reads a polite request of a pronoun as the same action', () => {
    expect(restatesAction(clause('Can you transfer it'), [clause('I owe Anika Kim 89.81 dollars for pizza night - please send it')])).toBe(true);
    expect(restatesAction(clause('Please send it'), [clause('Pay Leo Chen $70.44')])).toBe(true);
  });

  it('keeps a clause asking another action or naming an object', () => {
    expect(restatesAction(clause('Can you also archive it'), [clause('please send it')])).toBe(false);
    expect(restatesAction(clause('Can you transfer it to Bob'), [clause('please send it')])).toBe(false);
    expect(restatesAction(clause('Can you delete it'), [clause('please send it')])).toBe(false);
    expect(restatesAction(clause('Jonah is still waiting'), [clause('please send it')])).toBe(false);
  });
});

describe('clauseProblems with a restated request', () => {
  const demoTask = 'Jonah Nowak is still waiting on $101 for pizza night. Can you transfer it?';
  it('no longer counts the restating question as an extra action', () => {
    expect(pairClauses(demoTask, 'I owe Anika Kim 89.81 dollars for pizza night - please send it.', []).demoOnly.map((c) => c.text)).toEqual(['Can you transfer it']);
    const problems = clauseProblems({ demoTask, task: 'I owe Anika Kim 89.81 dollars for pizza night - please send it.', slots: [], steps: [] });
    expect(problems.map((problem) => problem.text).join(' ')).not.toMatch(/can you transfer it/);
  });

  it('still refuses a question asking what the task does not', () => {
    const problems = clauseProblems({ demoTask: 'Jonah Nowak is still waiting on $101 for pizza night. Can you archive it?', task: 'I owe Anika Kim 89.81 dollars for pizza night - please send it.', slots: [], steps: [] });
    expect(problems.map((problem) => problem.text).join(' ')).toMatch(/can you archive it/);
  });
});
