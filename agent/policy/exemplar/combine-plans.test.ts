/**
 * Several demonstrations of one task combined (issue 11 §3, §4): the policy
 * compares what each would do now, acts when they agree, follows a verified
 * majority, refuses a tie, and learns from what varies between them that a
 * value comes from the page.
 */
import { describe, expect, it } from 'vitest';
import type { AgentEvent } from '../../core/events.js';
import type { Trajectory } from '../../core/trajectory.js';
import { Runner } from '../../runner/runner.js';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { planDemonstration } from './plan-demonstration.js';
import { combineVotes, valueVariation, type Vote } from './combine-plans.js';
import type { UIElement } from '../../core/observation.js';
import type { DemonstrationPlan } from './plan-demonstration.js';
import { find, recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../test/kits/exemplar/widget-page.js';

async function run(demos: Trajectory[], widgets: WidgetSpec[], task: string) {
  const operator = new WidgetPageOperator(widgets);
  const policy = new ExemplarPolicy({ memory: new InMemoryExemplars(demos) });
  const runner = new Runner({ operator, policy });
  const events: AgentEvent[] = [];
  runner.on((event) => events.push(event));
  const result = await runner.run(task);
  return { operator, policy, result, events, thoughts: result.trajectory.steps.map((step) => step.thought ?? '') };
}

const unverified = (demo: Trajectory): Trajectory => ({ ...demo, metadata: { ...demo.metadata, verified: false } });

const enterPage = (extra: WidgetSpec[] = []): WidgetSpec[] => [
  { key: 'heading', role: 'text', text: 'Type below' },
  ...extra,
  { key: 'field', role: 'textbox', label: 'Answer' },
  { key: 'submit', role: 'button', text: 'Submit' },
];
const enterTask = (word: string) => `Enter "${word}" into the text field and press Submit.`;

async function recordEnter(word: string, clickFirst = false) {
  const steps = (observation: Parameters<typeof find>[0]) => [
    ...(clickFirst ? [{ type: 'click' as const, target: { elementId: find(observation, 'textbox').id } }] : []),
    { type: 'type' as const, target: { elementId: find(observation, 'textbox').id }, text: word },
    { type: 'click' as const, target: { elementId: find(observation, 'button', 'Submit').id } },
  ];
  return recordDemonstration(new WidgetPageOperator(enterPage()), enterTask(word), (observation, step) => steps(observation)[step]);
}

/** Two buttons the task does not tell apart: which one a demonstration clicked is its own choice. */
const choicePage = (): WidgetSpec[] => [
  { key: 'heading', role: 'text', text: 'Pick a tab' },
  { key: 'color', role: 'button', text: 'Color' },
  { key: 'size', role: 'button', text: 'Size' },
];
/** A number in the task keeps the varied-choice refusal out of these (a number may choose by position): they test the vote. */
const CHOICE_TASK = 'Open tab 2.';
async function recordChoice(button: 'Color' | 'Size') {
  return recordDemonstration(new WidgetPageOperator(choicePage()), CHOICE_TASK, (observation, step) =>
    step === 0 ? { type: 'click', target: { elementId: find(observation, 'button', button).id } } : undefined,
  );
}

describe('several demonstrations combined', () => {
  it('acts when the demonstrations agree, and says how many agree', async () => {
    const demos = [await recordEnter('Kasie'), await recordEnter('Bob'), await recordEnter('Tula')];
    const { operator, result, thoughts, events } = await run(demos, enterPage(), enterTask('Lon'));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.values.get('field')).toBe('Lon');
    expect(operator.clicks).toEqual(['submit']);
    expect(thoughts[0]).toContain('3 of 3 demonstrations that can tell agree');
    expect(thoughts[1]).toContain('3 of 3 demonstrations that can tell agree');
    const retrieval = events.find((event) => event.type === 'retrieval');
    expect(retrieval?.type === 'retrieval' && retrieval.exemplars.every((exemplar) => /combined with 2 other demonstration\(s\) of this kind/.test(exemplar.why))).toBe(true);
  });

  it('lets a demonstration that types what the task says outvote one that would type its own literal (a word cut short when recorded)', () => {
    const elements = [{ id: 1, role: 'textbox', text: '', label: 'Search', box: { x: 0, y: 0, width: 100, height: 20 } }] as UIElement[];
    const vote = (id: string, text: string): Vote => ({
      plan: { trajectory: { id, metadata: {} } } as unknown as DemonstrationPlan,
      assessment: { ok: true, score: 1, reason: '', planIndex: 0, action: { type: 'type', target: { elementId: 1 }, text } },
    });
    const [cut, whole] = [vote('cut', 'se'), vote('whole', 'pixel')];
    const task = 'Search for "pixel".';
    const switched = combineVotes(cut, [whole], elements, 1, undefined, task);
    expect(switched.kind).toBe('switch');
    expect(switched.kind === 'switch' && switched.to).toBe(whole);
    expect(switched.kind === 'switch' && switched.note).toContain('which this task says');
    expect(combineVotes(whole, [cut], elements, 1, undefined, task).kind).toBe('act');
    // Without the task, the two are a tie.
    expect(combineVotes(whole, [cut], elements, 1).kind).toBe('refuse');
  });

  it('refuses when the demonstrations disagree and no majority says which is right', async () => {
    const demos = [await recordChoice('Color'), await recordChoice('Size')];
    const { operator, result } = await run(demos, choicePage(), CHOICE_TASK);
    expect(result.outcome.status).toBe('failed');
    expect(operator.executed).toHaveLength(0);
    expect(result.outcome.reason).toMatch(/^cannot ground step 1: the demonstrations disagree on step 1: one clicked button "Color", one clicked button "Size", and no majority says which is right/);
    expect(result.outcome.reason).toMatch(/What would help: another demonstration of this task \(so that most of them agree\)/);
  });

  it('follows the majority of verified demonstrations, even against the best-fitting one', async () => {
    // The first retrieved (and so the one chosen alone) clicked Color; the two others clicked Size.
    const demos = [await recordChoice('Color'), await recordChoice('Size'), await recordChoice('Size')];
    const { operator, result, thoughts, policy } = await run(demos, choicePage(), CHOICE_TASK);
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.clicks).toEqual(['size']);
    expect(thoughts[0]).toContain('2 of 3 demonstrations that can tell agree (two clicked button "Size", one clicked button "Color"): the majority is followed');
    expect(policy.usage().demonstrationSwitches).toBe(1);
  });

  it('lets only the verified demonstrations decide when some did not replay when recorded', async () => {
    // Two unverified demonstrations clicked Size, one verified one clicked Color: no verified majority.
    const demos = [await recordChoice('Color'), unverified(await recordChoice('Size')), unverified(await recordChoice('Size'))];
    const { operator, result } = await run(demos, choicePage(), CHOICE_TASK);
    expect(result.outcome.status).toBe('failed');
    expect(operator.executed).toHaveLength(0);
    expect(result.outcome.reason).toContain('(only the one verified one(s) decide)');
  });

  it('does not count a demonstration at another point of its steps as a vote against', async () => {
    // One demonstration clicked into the field before typing; the others typed straight away.
    const demos = [await recordEnter('Kasie', true), await recordEnter('Bob'), await recordEnter('Tula')];
    const { operator, result, thoughts } = await run(demos, enterPage(), enterTask('Lon'));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.values.get('field')).toBe('Lon');
    expect(thoughts[0]).toContain('the two other demonstration(s) of this kind cannot tell at this point of their steps');
    expect(thoughts.some((thought) => thought.includes('3 of 3 demonstrations that can tell agree'))).toBe(true);
  });

  it('does not take two demonstrations that fill the same fields in another order for a disagreement', async () => {
    const page = (): WidgetSpec[] => [
      { key: 'first', role: 'textbox', label: 'First name' },
      { key: 'last', role: 'textbox', label: 'Last name' },
      { key: 'submit', role: 'button', text: 'Submit' },
    ];
    const task = (first: string, last: string) => `Enter the first name "${first}" and the last name "${last}", then press Submit.`;
    const record = (first: string, last: string, lastFirst: boolean) =>
      recordDemonstration(new WidgetPageOperator(page()), task(first, last), (observation, step) => {
        const typeFirst = { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'First name').id }, text: first };
        const typeLast = { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Last name').id }, text: last };
        const fields = lastFirst ? [typeLast, typeFirst] : [typeFirst, typeLast];
        return [...fields, { type: 'click' as const, target: { elementId: find(observation, 'button', 'Submit').id } }][step];
      });
    const demos = [await record('Ada', 'Byron', false), await record('Cy', 'Dune', true)];
    const { operator, result } = await run(demos, page(), task('Eve', 'Fox'));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect([operator.values.get('first'), operator.values.get('last')]).toEqual(['Eve', 'Fox']);
    expect(operator.clicks).toEqual(['submit']);
  });

  it('dismisses a pop-up the chosen demonstration never met as another demonstration of the kind did, then goes on', async () => {
    const page = (popUp: boolean): WidgetSpec[] => [
      { key: 'search', role: 'textbox', label: 'Search' },
      { key: 'go', role: 'button', text: 'Go' },
      ...(popUp ? [{ key: 'banner', role: 'dialog', text: 'We use cookies', label: 'Cookie consent' }, { key: 'accept', role: 'button', text: 'Accept all', parent: 'banner' }] : []),
    ];
    const task = (word: string) => `Search for "${word}".`;
    const record = (word: string, popUp: boolean) =>
      recordDemonstration(new WidgetPageOperator(page(popUp)), task(word), (observation, step) =>
        [
          ...(popUp ? [{ type: 'click' as const, target: { elementId: find(observation, 'button', 'Accept all').id } }] : []),
          { type: 'type' as const, target: { elementId: find(observation, 'textbox').id }, text: word },
          { type: 'click' as const, target: { elementId: find(observation, 'button', 'Go').id } },
        ][step],
      );
    // The one without the pop-up is retrieved first, so it is the one followed.
    const demos = [await record('oak', false), await record('elm', true)];
    const { operator, result, thoughts } = await run(demos, page(true), task('fir'));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.clicks).toEqual(['accept', 'go']);
    expect(operator.values.get('search')).toBe('fir');
    expect(thoughts[0]).toContain('a pop-up came over step 1 that this demonstration never met; the demonstration "Search for \\"elm\\"." dismissed it');
    // Without the pop-up, nothing is dismissed.
    const calm = await run(demos, page(false), task('fir'));
    expect(calm.operator.clicks).toEqual(['go']);
  });

  it('tells a constant, a slot and a page value apart by what varies between the demonstrations', async () => {
    const plans = async (words: string[], task: (word: string) => string, newTask: string) => {
      const demos = [];
      for (const word of words) {
        demos.push(
          await recordDemonstration(new WidgetPageOperator(enterPage()), task(word), (observation, step) =>
            [
              { type: 'type' as const, target: { elementId: find(observation, 'textbox').id }, text: word },
              { type: 'click' as const, target: { elementId: find(observation, 'button', 'Submit').id } },
            ][step],
          ),
        );
      }
      return demos.map((demo) => planDemonstration(demo, newTask));
    };
    const slot = await plans(['Kasie', 'Bob'], enterTask, enterTask('Lon'));
    expect(valueVariation(slot[0]!.steps[0]!, slot[0]!, [slot[1]!])?.source).toBe('slot');
    const constant = await plans(['yes', 'yes'], () => 'Confirm the order and press Submit.', 'Confirm the order and press Submit.');
    expect(valueVariation(constant[0]!.steps[0]!, constant[0]!, [constant[1]!])?.source).toBe('constant');
    const page = await plans(['red', 'blue'], () => 'Type the colour of the car and press Submit.', 'Type the colour of the car and press Submit.');
    expect(valueVariation(page[0]!.steps[0]!, page[0]!, [page[1]!])).toMatchObject({ source: 'page', values: [{ value: 'red' }, { value: 'blue' }] });
    // One demonstration alone says nothing about where its value comes from.
    expect(valueVariation(page[0]!.steps[0]!, page[0]!, [])).toBeUndefined();
  });

  describe('a value read off the page', () => {
    // The demonstrations typed the car's colour, which their page showed as a picture: no text of the page held it.
    const carPage = (note: string): WidgetSpec[] => [
      { key: 'heading', role: 'text', text: 'What colour is the car?' },
      { key: 'note', role: 'text', text: note },
      { key: 'field', role: 'textbox', label: 'Colour' },
      { key: 'submit', role: 'button', text: 'Submit' },
    ];
    const TASK = 'Type the colour of the car and press Submit.';
    async function recordCar(colour: string) {
      return recordDemonstration(new WidgetPageOperator(carPage('(picture)')), TASK, (observation, step) =>
        [
          { type: 'type' as const, target: { elementId: find(observation, 'textbox').id }, text: colour },
          { type: 'click' as const, target: { elementId: find(observation, 'button', 'Submit').id } },
        ][step],
      );
    }

    it('refuses to type a literal that differs between the demonstrations and is in none of their tasks', async () => {
      // "red" happens to be on the new page, so the one demonstration alone would type it.
      const newPage = carPage('Last week a red bike was parked here.');
      const { operator, result } = await run([await recordCar('red'), await recordCar('blue')], newPage, TASK);
      expect(result.outcome.status).toBe('failed');
      expect(operator.executed).toHaveLength(0);
      expect(result.outcome.reason).toContain('the demonstrations typed different values here ("red" for');
      expect(result.outcome.reason).toContain('that none of their tasks gives, so the value is read off the page; this plan would type the demonstration\'s own "red"');
      expect(result.outcome.reason).toMatch(/What would help: a demonstration that copies the value from the page/);
    });

    it('keeps the single demonstration behaviour: alone, it types what it typed (a value on the page)', async () => {
      const newPage = carPage('Last week a red bike was parked here.');
      const { operator, result, thoughts, events } = await run([await recordCar('red')], newPage, TASK);
      expect(result.outcome.status, result.outcome.reason).toBe('success');
      expect(operator.values.get('field')).toBe('red');
      // Nothing to combine: no vote is counted or claimed.
      for (const thought of thoughts) expect(thought).not.toMatch(/demonstrations that can tell|other demonstration/);
      const retrieval = events.find((event) => event.type === 'retrieval');
      expect(retrieval?.type === 'retrieval' && retrieval.exemplars.some((exemplar) => /combined with/.test(exemplar.why))).toBe(false);
    });

    it('types a value that is the same in every demonstration (a constant)', async () => {
      const newPage = carPage('Last week a red bike was parked here.');
      const { operator, result, thoughts } = await run([await recordCar('red'), await recordCar('red')], newPage, TASK);
      expect(result.outcome.status, result.outcome.reason).toBe('success');
      expect(operator.values.get('field')).toBe('red');
      expect(thoughts[0]).toContain('2 of 2 demonstrations that can tell agree');
    });
  });
});
