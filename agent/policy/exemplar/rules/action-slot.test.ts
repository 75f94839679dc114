import { describe, expect, it } from 'vitest';
import { planDemonstration } from '../plan-demonstration.js';
import { recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';
import type { TaskSlot } from '../align-tasks.js';
import { actionSlotProblems } from './action-slot.js';

// A team directory: each card a name, a team, "✉" labelled "Send message" and "☎" labelled "Call".
const PEOPLE = [['Marco Haddad', 'Sales'], ['Ines', 'Marketing'], ['Tomas', 'Design']] as const;
const directory = (): WidgetSpec[] =>
  PEOPLE.flatMap(([name, team]): WidgetSpec[] => {
    const key = name.toLowerCase().split(' ')[0]!;
    return [
      { key, role: 'group', text: `${name} ${team} ✉ ☎` },
      { key: `${key}-name`, role: 'text', text: name, parent: key },
      { key: `${key}-team`, role: 'text', text: team, parent: key },
      { key: `${key}-message`, role: 'button', text: '✉', label: 'Send message', parent: key },
      { key: `${key}-call`, role: 'button', text: '☎', label: 'Call', parent: key },
    ];
  });
// An order list whose rows offer "Start a return" and "Buy again".
const orders = (): WidgetSpec[] => [
  { key: 'c4115', role: 'group', text: 'Order #C4115 Start a return Buy again' },
  { key: 'c4115-return', role: 'button', text: 'Start a return', parent: 'c4115' },
  { key: 'c4115-again', role: 'button', text: 'Buy again', parent: 'c4115' },
];

/** Record one press of the first control labelled or captioned `caption`. */
const pressing = (specs: () => WidgetSpec[], task: string, caption: string) =>
  recordDemonstration(new WidgetPageOperator(specs()), task, (observation, step) =>
    step === 0 ? { type: 'click', target: { elementId: observation.elements.find((element) => element.label === caption || element.text === caption)!.id } } : undefined);

const slot = (old: string, now: string): TaskSlot => ({ old: [old], new: [now], list: false, kind: 'text' });

describe('a slot binding the demonstrated deed to words asking none (rules/action-slot.ts)', () => {
  it('refuses "message" (of the pressed "Send message") bound to a name: it would message where the task asks to phone', async () => {
    const demo = await pressing(directory, 'Write a message to Marco Haddad.', 'Send message');
    const problems = actionSlotProblems({ demoTask: demo.task, slots: [slot('Marco Haddad', 'Marketing'), slot('message', 'Ines')], steps: demo.steps });
    expect(problems).toEqual([{ blocking: true, text: expect.stringMatching(/another kind of task: the demonstration's "message" says what it did \(it pressed "Send message"\), and the task's "Ines"/) }]);
  });

  it('refuses "Return" (of the pressed "Start a return") bound to "Buy my" or to a whole other request', async () => {
    const demo = await pressing(orders, 'Return order #C4115.', 'Start a return');
    for (const now of ['Buy my', 'I need the invoice of']) {
      expect(actionSlotProblems({ demoTask: demo.task, slots: [slot('Return', now)], steps: demo.steps })).toEqual([expect.objectContaining({ blocking: true })]);
    }
    // A verb for it is left to the verbs' own checks, and so is a whole caption the page at hand offers to press.
    expect(actionSlotProblems({ demoTask: demo.task, slots: [slot('Return', 'Delete')], steps: demo.steps })).toEqual([]);
    // A verb no pressed caption holds rewrites no target: "Go to Careers." / "Navigate to About.".
    expect(actionSlotProblems({ demoTask: 'Go to Careers.', slots: [slot('Go', 'Navigate')], steps: demo.steps })).toEqual([]);
    // A verb whose particle both texts share ("Turn off …" / "Switch off …") stands alone in its slot.
    expect(actionSlotProblems({ demoTask: 'Turn off location and microphone.', slots: [slot('Turn', 'Switch')], steps: demo.steps })).toEqual([]);
    const page = (await new WidgetPageOperator(orders()).observe()).elements;
    expect(actionSlotProblems({ demoTask: demo.task, slots: [slot('Return', 'Buy again')], steps: demo.steps, page })).toEqual([]);
  });

  it('leaves values alone: the person, a caption that is all the value, and a same-kind rewording plans as before', async () => {
    const demo = await pressing(directory, 'Write a message to Marco Haddad.', 'Send message');
    expect(actionSlotProblems({ demoTask: demo.task, slots: [slot('Marco Haddad', 'Tomas')], steps: demo.steps })).toEqual([]);
    const red = await pressing(() => [{ key: 'red', role: 'button', text: 'Red' }, { key: 'blue', role: 'button', text: 'Blue' }], 'Click Red.', 'Red');
    expect(actionSlotProblems({ demoTask: red.task, slots: [slot('Red', 'Blue')], steps: red.steps })).toEqual([]);
    const page = (await new WidgetPageOperator(directory()).observe()).elements;
    const plan = planDemonstration(demo, 'Write a message to Tomas.', page);
    expect(plan.problems.filter((problem) => problem.text.startsWith('another kind of task'))).toEqual([]);
  });
});
