import { describe, expect, it } from 'vitest';
import type { Action } from '../../agent/core/action.js';
import { TRAJECTORY_FORMAT_VERSION, type Step, type TargetDescriptor, type Trajectory } from '../../agent/core/trajectory.js';
import { slotSchema } from './learned-task-tool.js';
import { familyOf, learnedTasks, verificationOf } from './learned-tasks.js';
import { fillTaskText, findTaskSlots, templateOf } from './task-slots.js';

const box = { x: 0, y: 0, width: 10, height: 10 };

function step(action: Action, target?: Partial<TargetDescriptor>): Step {
  return {
    index: 0,
    observation: { text: '', elements: [] },
    action,
    targets: target ? [{ role: 'textbox', text: '', box, ...target }] : [],
    timings: {},
  };
}

function demonstration(id: string, task: string, steps: Step[], metadata: Record<string, unknown> = {}, createdAt = 1): Trajectory {
  return {
    formatVersion: TRAJECTORY_FORMAT_VERSION,
    id,
    task,
    environment: 'browser',
    appKey: 'file:///pages/form.html',
    source: 'demonstration',
    outcome: { status: 'success', reason: 'ok' },
    createdAt,
    steps: steps.map((item, index) => ({ ...item, index })),
    metadata,
  };
}

const signUp = (id: string, name: string, email: string, date: string, metadata: Record<string, unknown> = { task: 'sign-up' }) =>
  demonstration(
    id,
    `Sign up as "${name}" with ${email}, born ${date}, and press Submit.`,
    [
      step({ type: 'type', text: name, target: { elementId: 1 } }, { label: 'Full name' }),
      step({ type: 'type', text: email, target: { elementId: 2 } }, { label: 'E-mail' }),
      step({ type: 'type', text: date, target: { elementId: 3 } }, { label: 'Birthday' }),
      step({ type: 'click', target: { elementId: 4 } }, { role: 'button', text: 'Submit' }),
    ],
    metadata,
  );

describe('task slots', () => {
  it('finds typed values in the task text, names them after their fields and types them', () => {
    const slots = findTaskSlots(signUp('a', 'Grace Hopper', 'grace@navy.mil', '12/09/1906'));
    expect(slots.map((slot) => [slot.name, slot.type, slot.example])).toEqual([
      ['full_name', 'text', ['Grace Hopper']],
      ['e_mail', 'email', ['grace@navy.mil']],
      ['birthday', 'date', ['12/09/1906']],
    ]);
    expect(templateOf('Sign up as "Grace Hopper" with grace@navy.mil, born 12/09/1906, and press Submit.', slots)).toBe(
      'Sign up as "{full_name}" with {e_mail}, born {birthday}, and press Submit.',
    );
  });

  it('writes the task again with new values, lists joined', () => {
    const first = demonstration('l1', 'Select Apple, Pear and click Submit.', [
      step({ type: 'click', target: { elementId: 1 } }, { role: 'checkbox', text: 'Apple' }),
      step({ type: 'click', target: { elementId: 2 } }, { role: 'checkbox', text: 'Pear' }),
    ]);
    const second = demonstration('l2', 'Select Fig and click Submit.', [step({ type: 'click', target: { elementId: 1 } }, { role: 'checkbox', text: 'Fig' })]);
    const slots = findTaskSlots(first, [second]);
    expect(slots).toHaveLength(1);
    expect(slots[0]).toMatchObject({ name: 'items', type: 'list', example: ['Apple', 'Pear'] });
    expect(fillTaskText(first.task, slots, { items: ['Kiwi', 'Lime', 'Plum'] })).toBe('Select Kiwi, Lime, Plum and click Submit.');
  });

  it('makes quoted strings slots, and numbers typed by the examples of several demonstrations', () => {
    const a = demonstration('n1', 'Click on the "Fable" button 3 times.', [step({ type: 'click', target: { elementId: 1 } }, { role: 'button', text: 'Fable' })]);
    const b = demonstration('n2', 'Click on the "Lemon" button 5 times.', [step({ type: 'click', target: { elementId: 1 } }, { role: 'button', text: 'Lemon' })]);
    const slots = findTaskSlots(a, [b]);
    expect(slots.map((slot) => [slot.name, slot.type])).toEqual([
      ['button', 'text'],
      ['times', 'number'],
    ]);
  });
});

describe('learned tasks', () => {
  it('lists families with a verified demonstration; an unverified one or a failure is no tool', () => {
    const replayed = signUp('r', 'Ada', 'ada@x.org', '01/02/1990', { task: 'sign-up', verified: true });
    const rejected = signUp('v', 'Bob', 'bob@x.org', '01/02/1991', { task: 'log-in', verified: false });
    const failed = { ...signUp('f', 'Cy', 'cy@x.org', '01/02/1992', { task: 'log-out' }), outcome: { status: 'failed' as const, reason: 'no' } };
    const old = signUp('o', 'Di', 'di@x.org', '01/02/1993', { task: 'archive' });
    const agentRun = { ...signUp('g', 'Ed', 'ed@x.org', '01/02/1994', { task: 'agent-only' }), source: 'agent' as const };
    expect([replayed, rejected, failed, old, agentRun].map(verificationOf)).toEqual(['replayed', undefined, undefined, 'recorded-success', undefined]);
    const tasks = learnedTasks([replayed, rejected, failed, old, agentRun]);
    expect(tasks.map((task) => [task.toolName, task.verification])).toEqual([
      ['task_archive', 'recorded-success'],
      ['task_sign_up', 'replayed'],
    ]);
  });

  it('names a family without a recorded name after its app and template words', () => {
    expect(familyOf(signUp('x', 'Ada', 'ada@x.org', '01/02/1990', {}))).toBe('form-sign-up-as-with-born');
    expect(familyOf(signUp('y', 'Ada', 'ada@x.org', '01/02/1990', { taskName: 'join club' }))).toBe('join club');
  });

  it('types the tool parameters: e-mail, date shape, numbers, lists', () => {
    const [learned] = learnedTasks([signUp('s', 'Ada', 'ada@x.org', '01/02/1990')]);
    const shape = Object.fromEntries(learned!.slots.map((slot) => [slot.name, slotSchema(slot)]));
    expect(shape.e_mail!.safeParse('not an address').success).toBe(false);
    expect(shape.e_mail!.safeParse('grace@navy.mil').success).toBe(true);
    expect(shape.birthday!.safeParse('1990-02-01').success).toBe(false);
    expect(shape.birthday!.safeParse('12/31/1999').success).toBe(true);
    expect(slotSchema({ name: 'n', type: 'number', example: ['3'], start: 0, end: 1 }).safeParse('3').success).toBe(false);
    expect(slotSchema({ name: 'items', type: 'list', example: ['a', 'b'], start: 0, end: 1 }).safeParse([]).success).toBe(false);
  });
});
