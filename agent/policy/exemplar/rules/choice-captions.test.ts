import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { TaskSlot } from '../align-tasks.js';
import { choiceCaptions, namesChoice } from './choice-captions.js';
import { taskValueProblems } from './task-values.js';

const element = (role: string, text: string, extra: Partial<UIElement> = {}): UIElement =>
  ({ id: 1, role, tag: 'input', text, label: text, attributes: {}, box: { x: 0, y: 0, width: 10, height: 10 }, states: {}, source: 'dom', ...extra }) as unknown as UIElement;

describe('words that name a choice of the page', () => {
  it('collects the captions of radios, boxes, switches and a drop-down\'s options, not of buttons or long sentences', () => {
    const captions = choiceCaptions([
      element('radio', 'Student $22/mo'),
      element('combobox', 'Billing', { options: ['Monthly', 'Yearly'] }),
      element('button', 'Next'),
      element('checkbox', 'I agree to the terms and the privacy policy'),
    ]);
    expect([...captions].sort()).toEqual(['Monthly', 'Student $22/mo', 'Yearly']);
  });

  it('reads a lower-case word standing whole in a caption as naming it; function words and phrases never', () => {
    const captions = new Set(['Monthly', 'Pay yearly']);
    expect(namesChoice('monthly', captions)).toBe(true);
    expect(namesChoice('yearly', captions)).toBe(true);
    expect(namesChoice('month', captions)).toBe(false);
    expect(namesChoice('the', new Set(['The end']))).toBe(false);
    expect(namesChoice('paying monthly please now', captions)).toBe(false);
  });

  it('makes an unused slot of such words block the plan, where plain wording only lowers the fit', () => {
    const slot: TaskSlot = { old: ['monthly'], new: ['yearly'], list: false, kind: 'text' };
    const input = {
      demoTask: 'Register Kenji Pike, paying monthly.',
      task: 'Register Tariq Osei, paying yearly.',
      alignment: { slots: [slot], unpaired: [], score: 0.8 } as never,
      unusedSlots: [slot],
      stepStrings: ['Kenji', 'Pike'],
    };
    expect(taskValueProblems(input).find((problem) => problem.text.includes('"yearly"'))?.blocking).toBe(false);
    const withChoices = taskValueProblems({ ...input, choiceCaptions: new Set(['Monthly', 'Yearly']) });
    expect(withChoices.find((problem) => problem.text.includes('"yearly"'))?.blocking).toBe(true);
  });
});
