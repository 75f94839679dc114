import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import type { Step, TargetDescriptor } from '../../../core/trajectory.js';
import type { PlannedStep } from '../planned-step.js';
import { fieldSetTwiceProblem, refuseFieldSetTwice, sameField } from './field-set-twice.js';
import type { StepAssessment } from '../step-assessment.js';
import { demonstrateOnWidgets, followOnWidgets, type WidgetMove } from '../../../../test/kits/exemplar/widget-runs.js';
import type { WidgetSpec } from '../../../../test/kits/exemplar/widget-page.js';

// The party form of a guests page: two 0–9 drop-downs, Adults above Children, and a closing button.
const OPTIONS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const field = (id: number, label: string, y: number, value = '0'): UIElement => ({
  id,
  role: 'combobox',
  tag: 'select',
  text: value,
  label,
  value,
  options: OPTIONS,
  states: {},
  box: { x: 20, y, width: 80, height: 24 },
  source: 'dom',
  interactive: true,
  attributes: { id: label.toLowerCase() },
});
const descriptor = (element: UIElement): TargetDescriptor => {
  const { role, tag, text, label, value, box, attributes } = element;
  return { role, tag, text, ...(label ? { label } : {}), ...(value ? { value } : {}), box, ...(attributes ? { attributes } : {}) };
};
const step = (index: number, action: Action, target: UIElement, elements: UIElement[], details?: Record<string, unknown>): Step => ({
  index,
  observation: { text: '', elements, url: 'http://localhost/party' },
  action,
  targets: [descriptor(target)],
  result: { ok: true },
  timings: {},
  ...(details ? { details } : {}),
});
const planned = (sourceIndex: number, demonstrated: Step): PlannedStep => ({ sourceIndex, step: demonstrated, bindings: [] });

// The demonstration "Set Children to 0 and set Adults to 1": Adults chosen first (page order), then Children.
const demoAdults = field(3, 'Adults', 40);
const demoChildren = field(4, 'Children', 80, '2');
const demoPage = [demoAdults, demoChildren];
const demoSteps = [
  step(0, { type: 'select', target: { elementId: 3 }, option: '1' }, demoAdults, demoPage),
  step(1, { type: 'select', target: { elementId: 4 }, option: '0' }, demoChildren, demoPage),
];
const plan = { trajectory: { id: 'demo-1' }, steps: demoSteps.map((demonstrated, index) => planned(index, demonstrated)) };

// The new page: fresh ids, the same two fields.
const adults = field(13, 'Adults', 40);
const children = field(14, 'Children', 80);
const page = [adults, children];
const offline = (planIndex: number) => ({ offline: { demonstrationId: 'demo-1', planIndex } });

describe('fieldSetTwiceProblem: two values never go into one field the demonstration kept apart', () => {
  it('refuses the second value into "Children" when the run already set it for the demonstration\'s "Adults" (party-counts seed 21)', () => {
    const history = [step(0, { type: 'select', target: { elementId: 14 }, option: '2' }, children, page, offline(0))];
    const problem = fieldSetTwiceProblem({ plan, planIndex: 1, action: { type: 'select', target: { elementId: 14 }, option: '1' }, elements: page, url: 'http://localhost/party', history });
    expect(problem).toBe(
      'the task\'s two values both went to "Children"; the demonstration set "Adults" and "Children": which value belongs in which field is no longer clear, so "Children" is not set a second time',
    );
  });

  it('refuses ahead: the next value, for the demonstration\'s "Children", grounds on the field this one is for', () => {
    const groundLater = (index: number): Action | undefined => (index === 1 ? { type: 'select', target: { elementId: 14 }, option: '1' } : undefined);
    const problem = fieldSetTwiceProblem({ plan, planIndex: 0, action: { type: 'select', target: { elementId: 14 }, option: '2' }, elements: page, history: [], groundLater });
    expect(problem).toContain('the task\'s two values would both go to "Children"; the demonstration set "Adults" and "Children"');
    const apart = (index: number): Action | undefined => (index === 1 ? { type: 'select', target: { elementId: 13 }, option: '1' } : undefined);
    expect(fieldSetTwiceProblem({ plan, planIndex: 0, action: { type: 'select', target: { elementId: 14 }, option: '2' }, elements: page, history: [], groundLater: apart })).toBeUndefined();
  });

  it('lets each value go into its own field', () => {
    const history = [step(0, { type: 'select', target: { elementId: 13 }, option: '2' }, adults, page, offline(0))];
    expect(fieldSetTwiceProblem({ plan, planIndex: 1, action: { type: 'select', target: { elementId: 14 }, option: '1' }, elements: page, history })).toBeUndefined();
  });

  it('replays a demonstration that itself set one field twice: typed, then corrected', () => {
    const name: UIElement = { ...field(5, 'Name', 40), role: 'textbox', tag: 'input', options: undefined, value: '', text: '' };
    const typedOnce = { ...name, value: 'Lpez' };
    const demo = {
      trajectory: { id: 'demo-1' },
      steps: [
        planned(0, step(0, { type: 'type', target: { elementId: 5 }, text: 'Lpez' }, name, [name])),
        planned(1, step(1, { type: 'type', target: { elementId: 5 }, text: 'Lopez', replace: true }, typedOnce, [typedOnce])),
      ],
    };
    const now = { ...name, id: 25, value: 'Chn' };
    const history = [step(0, { type: 'type', target: { elementId: 25 }, text: 'Chn' }, { ...name, id: 25 }, [{ ...name, id: 25 }], offline(0))];
    expect(fieldSetTwiceProblem({ plan: demo, planIndex: 1, action: { type: 'type', target: { elementId: 25 }, text: 'Chen', replace: true }, elements: [now], history })).toBeUndefined();
  });

  it('leaves alone a value another policy (a model) set there, and a failed earlier action', () => {
    const byModel = [step(0, { type: 'select', target: { elementId: 14 }, option: '2' }, children, page)];
    const failed = [{ ...step(0, { type: 'select', target: { elementId: 14 }, option: '2' }, children, page, offline(0)), result: { ok: false } }];
    for (const history of [byModel, failed]) {
      expect(fieldSetTwiceProblem({ plan, planIndex: 1, action: { type: 'select', target: { elementId: 14 }, option: '1' }, elements: page, history })).toBeUndefined();
    }
  });
});

describe('refuseFieldSetTwice: the assessment the policy acts on', () => {
  const context = (history: Step[]) => ({ observation: { elements: page, page: { url: 'http://localhost/party' } }, history }) as unknown as Parameters<typeof refuseFieldSetTwice>[2];
  const first: StepAssessment = { ok: true, planIndex: 0, score: 0.69, reason: 'select "1" in the combobox "Adults"', action: { type: 'select', target: { elementId: 14 }, option: '2' } };
  const nextInto = (elementId: number) => (index: number): StepAssessment => ({ ok: true, planIndex: index, score: 1, reason: '', action: { type: 'select', target: { elementId }, option: '1' } });

  it('becomes a refusal without an action, its reason in words, when the next value grounds on the same field', () => {
    const refused = refuseFieldSetTwice(first, plan, context([]), nextInto(14));
    expect(refused.ok).toBe(false);
    expect(refused.action).toBeUndefined();
    expect(refused.reason).toContain('would both go to "Children"');
  });

  it('stands as it was when the next value grounds elsewhere', () => {
    expect(refuseFieldSetTwice(first, plan, context([]), nextInto(13))).toBe(first);
  });
});

describe('sameField', () => {
  it('tells fields by DOM id, else by name and box', () => {
    expect(sameField(descriptor(adults), descriptor(demoAdults))).toBe(true);
    expect(sameField(descriptor(adults), descriptor(children))).toBe(false);
    const bare = (label: string, y: number): TargetDescriptor => ({ role: 'textbox', tag: 'input', text: '', label, box: { x: 20, y, width: 80, height: 24 } });
    expect(sameField(bare('Name', 40), bare('Name', 42))).toBe(true);
    // Two fields of one name in two rows are two fields.
    expect(sameField(bare('Name', 40), bare('Name', 90))).toBe(false);
    expect(sameField(bare('', 40), bare('', 40))).toBeUndefined();
  });
});

// The whole run of party-counts seed 21 on widgets: the demonstration chose "1" in Adults, the first drop-down, and
// the count binding 1 → 2 read that "1" as Adults' place, sending the Adults step to the second drop-down (Children);
// both counts were chosen there and Done pressed with Adults at 0. A chosen option is a value, not a place
// (typed-not-place.ts); each count goes into its own field now, in either clause order.
describe('a whole run: the demonstration "Set Children to 0 and set Adults to 1" followed on a fresh form', () => {
  const party = (sender: string, adultsAt: string, childrenAt: string): WidgetSpec[] => [
    { key: 'adults', role: 'combobox', label: 'Adults', options: OPTIONS, value: adultsAt, attributes: { id: 'adults' } },
    { key: 'children', role: 'combobox', label: 'Children', options: OPTIONS, value: childrenAt, attributes: { id: 'children' } },
    { key: 'go', role: 'button', text: sender, attributes: { id: 'done' } },
  ];
  const choose = (label: string, option: string): WidgetMove => (observation) => ({
    type: 'select',
    target: { elementId: observation.elements.find((element) => element.label === label)!.id },
    option,
  });
  const press: WidgetMove = (observation) => ({ type: 'click', target: { elementId: observation.elements.find((element) => element.role === 'button')!.id } });

  for (const task of ['Set Adults to 2 and set Children to 1, then press Done.', 'Set Children to 1 and set Adults to 2, then press Done.']) {
    it(`"${task}": each count into its own field`, async () => {
      const demo = await demonstrateOnWidgets(party('Go', '3', '2'), 'Set Children to 0 and set Adults to 1, then press Go.', [choose('Adults', '1'), choose('Children', '0'), press]);
      const { operator, status } = await followOnWidgets(party('Done', '0', '0'), demo, task);
      expect(status).toBe('success');
      expect(Object.fromEntries(operator.values)).toMatchObject({ adults: '2', children: '1' });
      expect(operator.executed.filter((action) => action.type === 'select')).toHaveLength(2);
    });
  }
});
