import { describe, expect, it } from 'vitest';
import { countTokens } from '../../core/tokens.js';
import { signUpExemplar } from '../../../test/kits/sign-up-exemplar.js';
import { chooseExemplars, renderExemplar } from './exemplar-block.js';
import { cleanInstruction, critiqueFindsNoProblems, instructionIsDone, planFollowsExemplar, planSteps, readCritique, readPlan } from './rci-answers.js';

describe('RCI answer reading', () => {
  it('reads plans, critiques and instructions', () => {
    expect(planSteps('Plan:\n1. type Ada\n2) click Submit\n- done')).toEqual(['type Ada', 'click Submit', 'done']);
    expect(planSteps('type Ada\nclick Submit')).toEqual(['type Ada', 'click Submit']);
    expect(critiqueFindsNoProblems('No problems.')).toBe(true);
    expect(critiqueFindsNoProblems('**NO PROBLEMS**')).toBe(true);
    expect(critiqueFindsNoProblems('The plan has problems: no name')).toBe(false);
    expect(instructionIsDone(' DONE. ')).toBe(true);
    expect(instructionIsDone('Done typing, now click Submit')).toBe(false);
    expect(cleanInstruction('\nInstruction: 1. Click "Submit"\nbecause…')).toBe('Click "Submit"');
  });

  it('reads plans and critiques as the JSON asked for, with zod, wherever the model put it', () => {
    const plan = readPlan('Here you go:\n```json\n{"steps": ["type \\"Ada\\" into Name", " click Submit "]}\n```');
    expect(plan).toEqual({ steps: ['type "Ada" into Name', 'click Submit'], text: '1. type "Ada" into Name\n2. click Submit', read: { form: 'json' } });
    expect(readCritique('{"problems": []}')).toMatchObject({ noProblems: true, text: 'NO PROBLEMS', read: { form: 'json' } });
    expect(readCritique('{"problems": ["no name typed", "wrong button"]}')).toMatchObject({
      noProblems: false,
      problems: ['no name typed', 'wrong button'],
      text: '- no name typed\n- wrong button',
    });
  });

  it('reads an answer that is not the JSON asked for as text, and says why the JSON reading failed', () => {
    expect(readPlan('1. type Ada\n2. click Submit')).toEqual({
      steps: ['type Ada', 'click Submit'],
      text: '1. type Ada\n2. click Submit',
      read: { form: 'text', problem: 'no JSON object in the answer' },
    });
    // Right JSON, wrong shape: the problem names the field.
    expect(readPlan('{"steps": "type Ada"}').read).toEqual({ form: 'text', problem: 'field "steps": Expected array, received string' });
    expect(readPlan('{"steps": []}').read).toMatchObject({ form: 'text', problem: expect.stringContaining('field "steps"') });
    expect(readPlan('{"steps": ["a"], "extra": 1}').read).toMatchObject({ form: 'text' });
    expect(readCritique('No problems.')).toMatchObject({ noProblems: true, read: { form: 'text' } });
    expect(readCritique('The name is never typed.')).toMatchObject({ noProblems: false, text: 'The name is never typed.', problems: ['The name is never typed.'] });
    // An empty line is not a problem: the JSON reading fails on it, naming the field, and the answer is read as text.
    expect(readCritique('{"problems": [""]}').read).toMatchObject({ form: 'text', problem: expect.stringContaining('field "problems.0"') });
  });

  it('a plan follows an exemplar only step for step, naming the same targets in order', () => {
    const exemplar = signUpExemplar('e', 'Ada');
    expect(planFollowsExemplar('1. Type Bob into the Name field\n2. Click Submit', exemplar)).toBe(true);
    expect(planFollowsExemplar('1. Click Submit\n2. Type Bob into the Name field', exemplar)).toBe(false);
    expect(planFollowsExemplar('1. Type Bob into the Name field', exemplar)).toBe(false);
  });
});

describe('chooseExemplars', () => {
  const candidates = [
    { trajectory: signUpExemplar('a', 'Ada'), score: 3, why: '' },
    { trajectory: signUpExemplar('big', 'Bo', { padding: 200 }), score: 2, why: '' },
    { trajectory: signUpExemplar('c', 'Cy'), score: 1, why: '' },
  ];
  const size = countTokens(renderExemplar(candidates[0]!.trajectory, 1));

  it('keeps whole exemplars within the budget, skipping one too large for a smaller next', () => {
    const choice = chooseExemplars(candidates, size * 2 + 80);
    expect(choice.kept.map((kept) => kept.exemplar.trajectory.id)).toEqual(['a', 'c']);
    expect(choice.dropped.map((dropped) => dropped.exemplar.trajectory.id)).toEqual(['big']);
    expect(choice.tokens).toBeLessThanOrEqual(size * 2 + 80);
    expect(choice.block).toContain('### Example 2\nTask: Sign up as Cy');
  });

  it('a budget too small for any exemplar gives an empty block; a limit caps the count', () => {
    expect(chooseExemplars(candidates, 20)).toMatchObject({ kept: [], block: '', tokens: 0 });
    expect(chooseExemplars(candidates, 100_000, 2).kept).toHaveLength(2);
  });
});
