/**
 * A control whose caption varies between instances is known by the part it
 * plays: the one control that sends its form or dialog, or the one icon that
 * closes a dialog. Never a control whose caption says the opposite.
 */
import { describe, expect, it } from 'vitest';
import type { UIElement } from '../../../core/observation.js';
import type { PlannedStep } from '../planned-step.js';
import type { Trajectory } from '../../../core/trajectory.js';
import type { StepGrounding } from '../ground-step.js';
import { closingPartOf, groundClosingControl, sendingClicks } from './closing-control.js';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { find, recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

type Spec = { role: string; text?: string; label?: string; parent?: number; attributes?: Record<string, string> };

function screen(specs: Spec[]): UIElement[] {
  return specs.map((spec, id) => ({
    id,
    role: spec.role,
    text: spec.text ?? '',
    ...(spec.label ? { label: spec.label } : {}),
    ...(spec.parent !== undefined ? { parentId: spec.parent } : {}),
    ...(spec.attributes ? { attributes: spec.attributes } : {}),
    states: {},
    box: { x: 10, y: 10 + 20 * id, width: 40, height: 16 },
    source: 'dom',
    interactive: spec.role !== 'form' && spec.role !== 'dialog' && spec.role !== 'text',
  }));
}

/** A form: a name field and the given controls (in order). */
const form = (...controls: Spec[]) => screen([{ role: 'form' }, { role: 'textbox', label: 'Name', parent: 0 }, ...controls.map((control) => ({ ...control, parent: 0 }))]);
/** A dialog over a page link: a message and the given controls. */
const dialog = (...controls: Spec[]) => screen([{ role: 'link', text: 'Reports' }, { role: 'dialog' }, { role: 'text', text: 'We changed our terms.', parent: 1 }, ...controls.map((control) => ({ ...control, parent: 1 }))]);

/** A planned click on element `id` of `then`, with no bindings unless given. */
function click(then: UIElement[], id: number, bindings: PlannedStep['bindings'] = []): PlannedStep {
  const target = then.find((element) => element.id === id)!;
  return {
    sourceIndex: 0,
    bindings,
    step: { index: 0, observation: { text: '', elements: then }, action: { type: 'click', target: { elementId: id } }, targets: [{ role: target.role, text: target.text, label: target.label, box: target.box, attributes: target.attributes }] },
  } as unknown as PlannedStep;
}

const refused: StepGrounding = { ok: true, action: { type: 'click', target: { elementId: 99 } }, score: 0.4, reason: 'its text is not on screen' };

function standIn(then: UIElement[], id: number, now: UIElement[]): number | undefined {
  const grounding = groundClosingControl(click(then, id), now, refused, 0.55);
  return grounding.ok && 'action' in grounding && grounding.score >= 0.55 && grounding.action.type === 'click' && 'elementId' in grounding.action.target ? grounding.action.target.elementId : undefined;
}

describe('the part a control plays', () => {
  it('is the form\'s sender for its one type=submit control, or its last button', () => {
    const then = form({ role: 'button', text: 'Cancel' }, { role: 'button', text: 'Submit', attributes: { type: 'submit' } });
    expect(closingPartOf(then[3]!, then)?.key).toBe('form:primary');
    expect(closingPartOf(then[2]!, then)).toBeUndefined();
    const last = form({ role: 'button', text: 'Preview' }, { role: 'button', text: 'Publish' });
    expect(closingPartOf(last[3]!, last)?.key).toBe('form:primary');
  });

  it('is the page\'s one sending button for its last action when every other button is a toggle (a seat map\'s seats)', () => {
    const page = screen([{ role: 'button', text: 'C1' }, { role: 'button', text: 'C2' }, { role: 'button', text: 'Reserve' }]);
    page[0]!.states = { checked: true };
    page[1]!.states = { checked: false };
    expect(closingPartOf(page[2]!, page, true)?.key).toBe('page:primary');
    expect(closingPartOf(page[0]!, page, true)).toBeUndefined();
    // Were the seats plain buttons, no one button would send the page.
    const plain = screen([{ role: 'button', text: 'C1' }, { role: 'button', text: 'C2' }, { role: 'button', text: 'Reserve' }]);
    expect(closingPartOf(plain[2]!, plain, true)).toBeUndefined();
  });

  it('is no part for one button among several on a page with no form or dialog', () => {
    const page = screen([{ role: 'button', text: 'Apply' }, { role: 'button', text: 'Backlog' }]);
    expect(closingPartOf(page[0]!, page)).toBeUndefined();
  });

  it('is the dialog\'s close icon for a wordless or close-named control of the dialog', () => {
    const then = dialog({ role: 'button', text: '×', label: 'Close' }, { role: 'link', text: 'Learn more' });
    expect(closingPartOf(then[3]!, then)?.key).toBe('dialog:dismiss');
  });
});

describe('grounding a demonstrated click by its part', () => {
  const demonstrated = form({ role: 'button', text: 'Submit', attributes: { type: 'submit' } });

  it('takes the one sender of the new form whatever its caption or markup', () => {
    expect(standIn(demonstrated, 2, form({ role: 'button', text: 'Book it', attributes: { type: 'submit' } }))).toBe(2);
    expect(standIn(demonstrated, 2, form({ role: 'button', text: '', label: 'Continue' }))).toBe(2);
    expect(standIn(demonstrated, 2, form({ role: 'button', text: '➜', attributes: { title: 'Go' } }))).toBe(2);
  });

  it('takes the form\'s one button beside a "Forgot it?" link: a link that sends nothing is no rival sender', () => {
    // password-change: the demonstration pressed "Save"; this page's row holds "Forgot it?" and "Update password".
    const then = form({ role: 'link', text: 'Forgot it?' }, { role: 'button', text: 'Save', attributes: { type: 'button' } });
    expect(standIn(then, 3, form({ role: 'link', text: 'Forgot it?' }, { role: 'button', text: 'Update password', attributes: { type: 'button' } }))).toBe(3);
  });

  it('passes over a Cancel, Reset or Clear beside it, before or after', () => {
    expect(standIn(demonstrated, 2, form({ role: 'button', text: 'Book it' }, { role: 'button', text: 'Cancel' }))).toBe(2);
    expect(standIn(demonstrated, 2, form({ role: 'button', text: 'Reset' }, { role: 'button', text: 'Send' }))).toBe(3);
    expect(standIn(demonstrated, 2, form({ role: 'button', text: 'Go' }, { role: 'button', text: 'Clear' }))).toBe(2);
  });

  it('never takes a control that says the opposite, even when it is the only one', () => {
    expect(standIn(demonstrated, 2, form({ role: 'button', text: 'Cancel' }))).toBeUndefined();
    expect(standIn(demonstrated, 2, form({ role: 'button', text: 'Delete', attributes: { type: 'submit' } }))).toBeUndefined();
    expect(standIn(demonstrated, 2, form({ role: 'button', text: 'Sign out' }))).toBeUndefined();
    const save = form({ role: 'button', text: 'Save' });
    expect(standIn(save, 2, form({ role: 'button', text: 'Remove item' }))).toBeUndefined();
  });

  it('refuses when two controls could send the new form, or two forms each have one', () => {
    const two = form({ role: 'button', text: 'Go', attributes: { type: 'submit' } }, { role: 'button', text: 'Search', attributes: { type: 'submit' } });
    expect(groundClosingControl(click(demonstrated, 2), two, refused, 0.55)).toBe(refused);
    const forms = [...form({ role: 'button', text: 'Go' }), ...form({ role: 'button', text: 'Send' }).map((element) => ({ ...element, id: element.id + 10, ...(element.parentId !== undefined ? { parentId: element.parentId + 10 } : {}) }))];
    const grounding = groundClosingControl(click(demonstrated, 2), forms, refused, 0.55);
    expect(grounding.ok).toBe(false);
    expect(grounding.reason).toMatch(/2 controls play that part/);
  });

  it('leaves a caption the task rewrote, or a row the task chose, to the task', () => {
    const grounding = groundClosingControl(click(demonstrated, 2, [{ old: 'Submit', new: 'Apply' }]), form({ role: 'button', text: 'Save' }), refused, 0.55);
    expect(grounding).toBe(refused);
    // A control chosen by its row's value: the one row left holds another value.
    const keyed = { ...click(demonstrated, 2), rowKeys: [{ old: 'Lara', new: 'Omar' }] } as PlannedStep;
    expect(groundClosingControl(keyed, form({ role: 'button', text: 'Go' }), refused, 0.55)).toBe(refused);
  });

  it('leaves a grounding that cleared the threshold as it was', () => {
    const sure: StepGrounding = { ok: true, action: { type: 'click', target: { elementId: 7 } }, score: 0.9, reason: 'same text' };
    expect(groundClosingControl(click(demonstrated, 2), form({ role: 'button', text: 'Go' }), sure, 0.55)).toBe(sure);
  });

  it('finds a dialog\'s close icon in another glyph, markup or with no name, and not its other controls', () => {
    const then = dialog({ role: 'button', text: '×', label: 'Close' });
    expect(standIn(then, 3, dialog({ role: 'button', text: '' }, { role: 'link', text: 'Learn more' }))).toBe(3);
    expect(standIn(then, 3, dialog({ role: 'link', text: '', label: 'Hide notice' }))).toBe(3);
    expect(standIn(then, 3, dialog({ role: 'link', text: 'Hide notice', attributes: { 'aria-label': 'Hide notice' } }, { role: 'link', text: 'Learn more' }))).toBe(3);
    expect(standIn(then, 3, dialog({ role: 'button', text: '✖' }))).toBe(3);
    // A dialog whose only control is its OK button: a close is not an OK.
    expect(standIn(then, 3, dialog({ role: 'button', text: 'OK' }))).toBeUndefined();
    // An icon named only for a screen reader ("Hide notice") is an icon; a link in the dialog never stands in for it.
    const named = dialog({ role: 'button', text: 'Hide notice', attributes: { 'aria-label': 'Hide notice' } }, { role: 'link', text: 'Learn more' });
    expect(closingPartOf(named[3]!, named)?.key).toBe('dialog:dismiss');
    expect(standIn(named, 3, dialog({ role: 'button', text: 'Close', attributes: { 'aria-label': 'Close' } }, { role: 'link', text: 'Learn more' }))).toBe(3);
    expect(standIn(named, 3, dialog({ role: 'link', text: 'Learn more' }))).toBeUndefined();
    expect(standIn(form({ role: 'button', text: 'Submit' }), 2, dialog({ role: 'link', text: 'Learn more' }))).toBeUndefined();
    // Two icons: which one closes is a guess.
    expect(standIn(then, 3, dialog({ role: 'button', text: '' }, { role: 'button', text: '✕' }))).toBeUndefined();
  });

  it('takes on a page with no form only its one control marked type=submit, and none under a dialog', () => {
    const page = screen([{ role: 'button', text: 'Submit', attributes: { type: 'submit' } }]);
    expect(standIn(page, 0, screen([{ role: 'button', text: 'Go', attributes: { type: 'submit' } }]))).toBe(0);
    expect(standIn(page, 0, screen([{ role: 'link', text: 'Home' }]))).toBeUndefined();
    expect(standIn(page, 0, dialog({ role: 'button', text: 'Go', attributes: { type: 'submit' } }))).toBeUndefined();
  });

  it('takes no last button of several on the new screen: which one sends is a guess there', () => {
    const then = dialog({ role: 'button', text: 'Cancel' }, { role: 'button', text: 'Keep editing' });
    expect(closingPartOf(then[4]!, then)?.key).toBe('dialog:primary');
    expect(standIn(then, 4, dialog({ role: 'button', text: 'Stay' }, { role: 'button', text: 'Leave' }))).toBeUndefined();
    expect(standIn(then, 4, dialog({ role: 'button', text: 'Cancel' }, { role: 'button', text: 'Stay' }))).toBe(4);
  });

  it('passes over a sender the demonstration\'s screen showed too, beside the one it pressed, and takes the one left', () => {
    const then = dialog({ role: 'button', text: 'Accept all' }, { role: 'button', text: 'Reject all' }, { role: 'button', text: 'Confirm my choices' });
    expect(standIn(then, 5, dialog({ role: 'button', text: 'Accept all' }, { role: 'button', text: 'Save choices' }))).toBe(4);
    expect(standIn(then, 5, dialog({ role: 'button', text: 'Accept all' }, { role: 'button', text: 'Reject all' }, { role: 'button', text: 'Save choices' }))).toBe(5);
    // Two new captions beside the one seen: which one took the pressed one's place is a guess.
    expect(standIn(then, 5, dialog({ role: 'button', text: 'Accept all' }, { role: 'button', text: 'Save' }, { role: 'button', text: 'Apply' }))).toBeUndefined();
    // The seen one alone is left: it was not pressed, so it is no stand-in.
    expect(standIn(then, 5, dialog({ role: 'button', text: 'Accept all' }))).toBeUndefined();
    // Two dialogs on the new screen: the one left of either could be another dialog's sender.
    const shifted = (elements: UIElement[]) => elements.map((element) => ({ ...element, id: element.id + 10, ...(element.parentId !== undefined ? { parentId: element.parentId + 10 } : {}) }));
    const two = [...dialog({ role: 'button', text: 'Accept all' }), ...shifted(dialog({ role: 'button', text: 'Go on' }))];
    expect(standIn(then, 5, two)).toBeUndefined();
  });
});

describe('through the offline policy', () => {
  const formPage = (controls: WidgetSpec[]): WidgetSpec[] => [
    { key: 'form', role: 'form' },
    { key: 'box', role: 'textbox', label: 'Name', parent: 'form' },
    ...controls.map((control) => ({ ...control, parent: 'form' })),
  ];

  async function demonstrated() {
    return recordDemonstration(new WidgetPageOperator(formPage([{ key: 'send', role: 'button', text: 'Submit', attributes: { type: 'submit' } }])), 'Enter "Lara" as the name and submit the form.', (observation, step) => {
      if (step === 0) return { type: 'type', text: 'Lara', target: { elementId: find(observation, 'textbox', undefined, 'Name').id }, replace: true };
      if (step === 1) return { type: 'click', target: { elementId: find(observation, 'button', 'Submit').id } };
      return undefined;
    });
  }

  async function follow(controls: WidgetSpec[]) {
    const operator = new WidgetPageOperator(formPage(controls));
    const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([await demonstrated()]) }) }).run('Enter "Omar" as the name and submit the form.');
    return { operator, result };
  }

  it('presses the form\'s one sender under another caption, past a Cancel beside it', async () => {
    const { operator } = await follow([{ key: 'cancel', role: 'button', text: 'Cancel', x: 10 }, { key: 'book', role: 'button', text: 'Book it', x: 60 }]);
    expect(operator.values.get('box')).toBe('Omar');
    expect(operator.clicks).toEqual(['book']);
  });

  it('presses nothing when the only control left says the opposite', async () => {
    const { operator, result } = await follow([{ key: 'delete', role: 'button', text: 'Delete', attributes: { type: 'submit' } }]);
    expect(operator.clicks).toEqual([]);
    expect(result.outcome.status).not.toBe('success');
  });
});

describe('a sender known by its place in the demonstration', () => {
  /** A demonstration on `then`: the given earlier steps, then the click on `id`, then the given later steps. */
  function demonstration(then: UIElement[], before: Array<{ id: number; type?: 'click' | 'type'; text?: string }>, id: number, after: string[] = []): Trajectory {
    const step = (action: Record<string, unknown>, index: number) => {
      const target = 'target' in action ? then.find((element) => element.id === (action['target'] as { elementId: number }).elementId) : undefined;
      return { index, observation: { text: '', elements: then }, action, targets: target ? [{ role: target.role, text: target.text, label: target.label, box: target.box }] : [] };
    };
    const steps = [
      ...before.map((earlier, index) => step(earlier.type === 'type' ? { type: 'type', text: earlier.text, target: { elementId: earlier.id } } : { type: 'click', target: { elementId: earlier.id } }, index)),
      step({ type: 'click', target: { elementId: id } }, before.length),
      ...after.map((type, index) => step(type === 'wait' ? { type: 'wait', ms: 500 } : type === 'done' ? { type: 'done' } : { type: 'click', target: { elementId: 0 } }, before.length + 1 + index)),
    ];
    return { task: '', steps, outcome: { status: 'success' } } as unknown as Trajectory;
  }

  function clickIn(demo: Trajectory, bindings: PlannedStep['bindings'] = []): PlannedStep {
    // The click on the demonstration's button.
    const index = demo.steps.findIndex((step) => step.targets[0]?.role === 'button');
    const step = demo.steps[index]!;
    const target = step.observation.elements.find((element) => 'target' in step.action && step.action.target !== undefined && 'elementId' in step.action.target && element.id === step.action.target.elementId)!;
    const context = step.observation.elements.find((element) => element.id === target.parentId)?.text;
    return { sourceIndex: index, bindings, step: { ...step, targets: [{ role: target.role, text: target.text, box: target.box, ...(context ? { context } : {}) }] } } as unknown as PlannedStep;
  }

  const ground = (planned: PlannedStep, now: UIElement[], demo?: Trajectory) => {
    const grounding = groundClosingControl(planned, now, refused, 0.55, demo);
    return grounding.ok && 'action' in grounding && grounding.score >= 0.55 && grounding.action.type === 'click' && 'elementId' in grounding.action.target ? grounding.action.target.elementId : undefined;
  };

  /** A hold form: a title box, two branch radios, and its sender; the form's text lists the branches. */
  const holdForm = (sender: Spec) =>
    screen([{ role: 'form', text: 'Title Pickup location Central Northgate' }, { role: 'textbox', label: 'Title', parent: 0 }, { role: 'radio', text: 'Central', parent: 0 }, { role: 'radio', text: 'Northgate', parent: 0 }, { ...sender, parent: 0 }]);

  it('takes the form\'s sender when the form\'s text names only values the demonstration chose in that form', () => {
    const then = holdForm({ role: 'button', text: 'Submit', attributes: { type: 'submit' } });
    const demo = demonstration(then, [{ id: 1, type: 'type', text: 'Paper Moons' }, { id: 3 }], 4);
    const bindings = [{ old: 'Northgate', new: 'Central' }, { old: 'Paper Moons', new: 'Glass Kitchen' }];
    expect(ground(clickIn(demo, bindings), holdForm({ role: 'button', text: 'Place hold', attributes: { type: 'submit' } }), demo)).toBe(4);
    // Without the demonstration, or when no field of the form was set to the value, the group names the task's row.
    expect(ground(clickIn(demo, bindings), holdForm({ role: 'button', text: 'Place hold', attributes: { type: 'submit' } }))).toBeUndefined();
    const untouched = demonstration(then, [{ id: 1, type: 'type', text: 'Paper Moons' }], 4);
    expect(ground(clickIn(untouched, bindings), holdForm({ role: 'button', text: 'Place hold', attributes: { type: 'submit' } }), untouched)).toBeUndefined();
    // Still never a Cancel.
    expect(ground(clickIn(demo, bindings), holdForm({ role: 'button', text: 'Cancel' }), demo)).toBeUndefined();
  });

  it('counts a field whose parent the observation left out as the form\'s when it lies inside the form\'s box', () => {
    const orphaned = (sender: Spec) =>
      holdForm(sender).map((element) =>
        element.role === 'form' ? { ...element, box: { x: 0, y: 0, width: 300, height: 200 } } : element.role === 'radio' ? { ...element, parentId: 50 } : element,
      );
    const then = orphaned({ role: 'button', text: 'Submit', attributes: { type: 'submit' } });
    const demo = demonstration(then, [{ id: 3 }], 4);
    const bindings = [{ old: 'Northgate', new: 'Central' }];
    expect(ground(clickIn(demo, bindings), orphaned({ role: 'button', text: 'Request', attributes: { type: 'submit' } }), demo)).toBe(4);
    // Outside the form's box: a field of something else.
    const outside = then.map((element) => (element.role === 'radio' ? { ...element, box: { ...element.box, y: 400 } } : element));
    const apart = demonstration(outside, [{ id: 3 }], 4);
    expect(ground(clickIn(apart, bindings), orphaned({ role: 'button', text: 'Request', attributes: { type: 'submit' } }), apart)).toBeUndefined();
  });

  /** A page with no form: two fields and the given buttons. */
  const bare = (...buttons: Spec[]) => screen([{ role: 'textbox', label: 'City' }, { role: 'textbox', label: 'Postcode' }, ...buttons]);

  it('takes a page\'s one button that may send for the demonstration\'s last action, whatever its caption', () => {
    const then = bare({ role: 'button', text: 'Continue', attributes: { type: 'button' } });
    const demo = demonstration(then, [{ id: 0, type: 'type', text: 'Oslo' }, { id: 1, type: 'type', text: '0150' }], 2, ['wait', 'done']);
    expect(closingPartOf(then[2]!, then)).toBeUndefined();
    expect(closingPartOf(then[2]!, then, true)?.key).toBe('page:primary');
    expect(ground(clickIn(demo), bare({ role: 'button', text: 'Use this address' }), demo)).toBe(2);
    expect(ground(clickIn(demo), bare({ role: 'button', text: 'Back' }, { role: 'button', text: 'Save address' }), demo)).toBe(3);
  });

  it('takes no page button when the click was not the last action, two buttons may send, or the one left backs out', () => {
    const then = bare({ role: 'button', text: 'Continue' });
    const notLast = demonstration(then, [{ id: 0, type: 'type', text: 'Oslo' }], 2, ['click']);
    expect(ground(clickIn(notLast), bare({ role: 'button', text: 'Use this address' }), notLast)).toBeUndefined();
    const demo = demonstration(then, [{ id: 0, type: 'type', text: 'Oslo' }], 2);
    expect(ground(clickIn(demo), bare({ role: 'button', text: 'Search' }, { role: 'button', text: 'Save address' }), demo)).toBeUndefined();
    expect(ground(clickIn(demo), bare({ role: 'button', text: 'Cancel' }), demo)).toBeUndefined();
    expect(ground(clickIn(demo), bare({ role: 'button', text: 'Delete address' }), demo)).toBeUndefined();
    expect(ground(clickIn(demo), bare({ role: 'link', text: 'Home' }), demo)).toBeUndefined();
  });

  /** A list with an adder (a text field and the button right beside it, on its line) and a closing button under it. */
  const adderPage = (closing: string, addBox = { x: 134, y: 100, width: 40, height: 20 }) =>
    screen([{ role: 'text', text: 'milk' }, { role: 'textbox', label: 'Add an item' }, { role: 'button', text: 'Add' }, { role: 'button', text: closing }]).map((element) =>
      element.id === 1 ? { ...element, box: { x: 10, y: 100, width: 120, height: 20 } } : element.id === 2 ? { ...element, box: addBox } : element.id === 3 ? { ...element, box: { x: 10, y: 140, width: 60, height: 20 } } : element,
    );

  it('passes over a text field\'s own button (an adder\'s "Add") for the page\'s sender', () => {
    const then = adderPage('Done');
    const demo = demonstration(then, [{ id: 1, type: 'type', text: 'honey' }, { id: 2 }], 3);
    expect(closingPartOf(then[3]!, then, true)?.key).toBe('page:primary');
    expect(closingPartOf(then[2]!, then, true)).toBeUndefined();
    const index = demo.steps.length - 1;
    const last = { sourceIndex: index, bindings: [], step: { ...demo.steps[index]!, targets: [{ role: 'button', text: 'Done', box: then[3]!.box }] } } as unknown as PlannedStep;
    expect(ground(last, adderPage('Save list'), demo)).toBe(3);
    // An "Add" standing apart from the field (a column away, or on another line) is a second sender: refused as before.
    expect(ground(last, adderPage('Save list', { x: 300, y: 100, width: 40, height: 20 }), demo)).toBeUndefined();
    expect(ground(last, adderPage('Save list', { x: 134, y: 180, width: 40, height: 20 }), demo)).toBeUndefined();
  });

  /** A bill page: "− 2 +" on one line under one parent (the count beside its steppers, or a word), a tick box, and the closing button. */
  const billPage = (closing: string, count = '2') =>
    screen([{ role: 'text', text: 'Splitting between' }, { role: 'button', text: '−', parent: 0 }, { role: 'text', text: count, parent: 0 }, { role: 'button', text: '+', parent: 0 }, { role: 'checkbox', text: 'Round up each share' }, { role: 'button', text: closing }]).map((element) =>
      element.id >= 1 && element.id <= 3 ? { ...element, box: { x: 10 + 20 * (element.id - 1), y: 60, width: 12, height: 12 } } : element,
    );

  it('passes over the steppers beside a count ("−" 2 "+") for the page\'s sender: they move the count', () => {
    const then = billPage('Split');
    const demo = demonstration(then, [{ id: 3 }, { id: 4 }], 5);
    expect(closingPartOf(then[5]!, then, true)?.key).toBe('page:primary');
    expect(closingPartOf(then[3]!, then, true)).toBeUndefined();
    const index = demo.steps.length - 1;
    const last = { sourceIndex: index, bindings: [], step: { ...demo.steps[index]!, targets: [{ role: 'button', text: 'Split', box: then[5]!.box }] } } as unknown as PlannedStep;
    expect(ground(last, billPage('Share the bill'), demo)).toBe(5);
    // Glyphs beside no number, or beside a word, are buttons like any: three may send, which one is a guess.
    expect(ground(last, billPage('Share the bill', 'two'), demo)).toBeUndefined();
  });

  it('counts an item typed into the page\'s adder on an earlier screen, its ids numbered anew, as the page\'s own (the list around the sender names it)', () => {
    const then = adderPage('Done');
    const demo = demonstration(then, [{ id: 1, type: 'type', text: 'honey' }, { id: 2 }], 3);
    // The list was one item longer when "honey" was typed: the field was element 4 of that screen.
    const earlier = screen([{ role: 'text', text: 'milk' }, { role: 'text', text: 'eggs' }, { role: 'button', text: '✕', label: 'Remove eggs' }, { role: 'text', text: '' }, { role: 'textbox', label: 'Add an item' }]);
    demo.steps[0] = { ...demo.steps[0]!, observation: { text: '', elements: earlier }, action: { type: 'type', text: 'honey', target: { elementId: 4 } }, targets: [{ role: 'textbox', box: earlier[4]!.box }] } as never;
    const index = demo.steps.length - 1;
    const bindings = [{ old: 'honey', new: 'cheddar' }];
    const last = { sourceIndex: index, bindings, step: { ...demo.steps[index]!, targets: [{ role: 'button', text: 'Done', box: then[3]!.box, context: 'This week milk honey Add Done' }] } } as unknown as PlannedStep;
    expect(ground(last, adderPage('Save list'), demo)).toBe(3);
    // A value the list shows that no field of the page took is a row's: refused as before.
    const unfilled = { ...last, bindings: [{ old: 'milk', new: 'oats' }] } as PlannedStep;
    expect(ground(unfilled, adderPage('Save list'), demo)).toBeUndefined();
  });
});

describe('the clicks that sent their form (sendingClicks)', () => {
  type Step = Trajectory['steps'][number];
  const act = (then: UIElement[], action: Step['action']): Step => ({ index: 0, observation: { text: '', elements: then }, action, targets: [] }) as unknown as Step;
  const press = (then: UIElement[], id: number) => act(then, { type: 'click', target: { elementId: id } });
  const typed = (then: UIElement[]) => act(then, { type: 'type', text: 'Ada', target: { elementId: 1 } });

  it('is the press of a form\'s sender, whatever its caption, and not a press beside it', () => {
    const then = form({ role: 'button', text: 'Show my holds' }, { role: 'button', text: 'Place hold' });
    const steps = [typed(then), press(then, 2), press(then, 3)];
    expect([...sendingClicks(steps)]).toEqual([steps[2]]);
  });

  it('is a page\'s one button only when its press was the demonstration\'s last action', () => {
    const page = screen([{ role: 'textbox', label: 'Medicine' }, { role: 'button', text: 'Request refill' }, { role: 'link', text: 'Home' }]);
    const last = [typed(page), press(page, 1), act(page, { type: 'done', success: true })];
    expect(sendingClicks(last).has(last[1]!)).toBe(true);
    const notLast = [typed(page), press(page, 1), press(page, 2)];
    expect(sendingClicks(notLast).size).toBe(0);
  });

  it('is never a control that destroys or backs out, even as the form\'s only or last button', () => {
    for (const caption of ['Delete', 'Cancel', 'Remove hold', 'Cancel request']) {
      const then = form({ role: 'button', text: caption });
      const steps = [typed(then), press(then, 2)];
      expect(sendingClicks(steps).size).toBe(0);
    }
  });
});

describe('a basket\'s checkout button under the lines the demonstration worked in', () => {
  /** Basket lines (each container left out: its children carry its id), a total, then the given buttons under them. */
  const basketScreen = (lines: [string, number][], buttons: string[]): UIElement[] => {
    const elements: UIElement[] = [];
    const add = (element: Partial<UIElement>) => elements.push({ states: {}, source: 'dom', interactive: element.role === 'button', box: { x: 6, y: 20 * elements.length, width: 12, height: 12 }, text: '', ...element } as UIElement);
    lines.forEach(([name, count], index) => {
      const parent = 100 + index;
      add({ id: 10 * index + 1, role: 'text', text: `${name} £2.00 each`, parentId: parent });
      add({ id: 10 * index + 2, role: 'button', text: '−', parentId: parent, attributes: { class: 'step', type: 'button' }, box: { x: 84, y: 23 * index, width: 12, height: 12 } });
      add({ id: 10 * index + 3, role: 'text', text: String(count), parentId: parent, box: { x: 98, y: 23 * index, width: 12, height: 12 } });
      add({ id: 10 * index + 4, role: 'button', text: '+', parentId: parent, attributes: { class: 'step', type: 'button' }, box: { x: 112, y: 23 * index, width: 12, height: 12 } });
      add({ id: 10 * index + 5, role: 'button', text: '🗑', label: 'Remove from basket', parentId: parent, attributes: { class: 'rm', type: 'button', title: 'Remove from basket' }, box: { x: 128, y: 23 * index, width: 12, height: 12 } });
    });
    buttons.forEach((text, index) => add({ id: 90 + index, role: 'button', text, attributes: { class: 'pay', type: 'button' }, box: { x: 6, y: 188 - 20 * index, width: 148, height: 16 } }));
    return elements;
  };
  const then = basketScreen([['Bananas', 1], ['Oat milk', 3], ['Pasta', 3]], ['Checkout']);
  /** The checkout press after "two more pasta": its group text names the lines, "Pasta" rewritten "Olive oil". */
  const checkout: PlannedStep = {
    sourceIndex: 3,
    bindings: [{ old: 'pasta', new: 'olive oil' }],
    step: {
      index: 3,
      observation: { text: '', elements: then },
      action: { type: 'click', target: { elementId: 90 } },
      targets: [{ role: 'button', tag: 'button', text: 'Checkout', attributes: { class: 'pay', type: 'button' }, box: then.find((element) => element.id === 90)!.box, context: 'Your basket Bananas £2.00 each − 1 + 🗑 Oat milk £2.00 each − 3 + 🗑 Pasta £2.00' }],
    },
  } as unknown as PlannedStep;
  /** The demonstration's earlier steps: the pasta line's "+", keyed by its item. */
  const stepped = { sourceIndex: 1, bindings: [], step: checkout.step, rowKeys: [{ old: 'pasta', new: 'olive oil' }] } as unknown as PlannedStep;
  const last = { steps: [0, 1, 2, 3].map((index) => ({ index, action: { type: 'click', target: { elementId: 90 } }, observation: { text: '', elements: then }, targets: [] })) } as unknown as Trajectory;
  const pressed = (now: UIElement[], planSteps: PlannedStep[]) => {
    const grounding = groundClosingControl(checkout, now, refused, 0.55, last, planSteps);
    return grounding.ok && 'action' in grounding && grounding.score >= 0.55 && grounding.action.type === 'click' && 'elementId' in grounding.action.target ? grounding.action.target.elementId : undefined;
  };

  it('is the page\'s one sender whatever its caption, when the lines its group text names are the ones the steps before worked in', () => {
    const now = basketScreen([['Olive oil', 2], ['Tomatoes', 1]], ['Continue']);
    expect(pressed(now, [stepped, checkout])).toBe(90);
    // Without the rows the steps before were keyed by, the group text names a value of the task: refused as before.
    expect(pressed(now, [checkout])).toBeUndefined();
  });

  it('refuses a rival sender beside it ("Continue shopping"), and a control in the row the value chose (a row\'s own "Buy")', () => {
    expect(pressed(basketScreen([['Olive oil', 2], ['Tomatoes', 1]], ['Continue', 'Continue shopping']), [stepped, checkout])).toBeUndefined();
    expect(pressed(basketScreen([['Olive oil', 2], ['Tomatoes', 1]], ['Checkout', 'Continue shopping']), [stepped, checkout])).toBeUndefined();
    // A row's "Buy", one per line: no one sender of the page, and the value keys its row — it goes to the task, not to a part.
    const rows = basketScreen([['Bananas', 1], ['Pasta', 3]], []);
    const buys = [...rows, ...[101, 100].map((parent, index) => ({ id: 80 + index, role: 'button', text: 'Buy', parentId: parent, attributes: { class: 'buy', type: 'button' }, states: {}, source: 'dom', interactive: true, box: { x: 140, y: 23 * (1 - index), width: 20, height: 12 } }) as UIElement)];
    const buy = { ...checkout, step: { ...checkout.step, observation: { text: '', elements: buys }, action: { type: 'click', target: { elementId: 80 } }, targets: [{ ...checkout.step.targets[0]!, text: 'Buy', context: 'Pasta £2.00 each − 3 + 🗑 Buy' }] } } as unknown as PlannedStep;
    const grounding = groundClosingControl(buy, basketScreen([['Olive oil', 2]], ['Order']), refused, 0.55, last, [stepped, buy]);
    expect(grounding).toBe(refused);
    // One line's own "Buy", the one sender of the page: it stands in the row of the value, so it is no list's sender.
    const one = [...rows, { id: 80, role: 'button', text: 'Buy', parentId: 101, attributes: { class: 'buy', type: 'button' }, states: {}, source: 'dom', interactive: true, box: { x: 140, y: 23, width: 20, height: 12 } } as UIElement];
    const lone = { ...buy, step: { ...buy.step, observation: { text: '', elements: one } } } as unknown as PlannedStep;
    const elsewhere = [...basketScreen([['Olive oil', 2], ['Tomatoes', 1]], []), { id: 80, role: 'button', text: 'Order', parentId: 101, attributes: { class: 'buy', type: 'button' }, states: {}, source: 'dom', interactive: true, box: { x: 140, y: 23, width: 20, height: 12 } } as UIElement];
    expect(groundClosingControl(lone, elsewhere, refused, 0.55, last, [stepped, lone])).toBe(refused);
  });
});
