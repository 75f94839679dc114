import { describe, expect, it } from 'vitest';
import type { AgentEvent } from '../../core/events.js';
import { Runner } from '../../runner/runner.js';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { find, recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';
import { WidgetPageOperator, type WidgetSpec } from '../../../test/kits/exemplar/widget-page.js';

// ---- task families: a page builder, a task text, a demonstrator that reads only the task values and the page ----

function enterTextPage(): WidgetSpec[] {
  return [
    { key: 'heading', role: 'text', text: 'Type below' },
    { key: 'field', role: 'textbox', label: 'Answer', attributes: { id: 'tt' } },
    { key: 'submit', role: 'button', text: 'Submit' },
  ];
}
const enterTextTask = (word: string) => `Enter "${word}" into the text field and press Submit.`;

function checkboxPage(words: readonly string[]): WidgetSpec[] {
  return [
    { key: 'group', role: 'group', text: '' },
    ...words.map((word) => ({ key: `box:${word}`, role: 'checkbox', text: word, parent: 'group' })),
    { key: 'submit', role: 'button', text: 'Submit' },
  ];
}
const checkboxTask = (items: readonly string[]) => `Select ${items.join(', ')} and click Submit.`;

async function recordCheckboxes(pageWords: string[], items: string[]) {
  const operator = new WidgetPageOperator(checkboxPage(pageWords));
  // The human ticks the boxes top to bottom (page order), not in the order the task lists them.
  const inPageOrder = pageWords.filter((word) => items.includes(word));
  return recordDemonstration(operator, checkboxTask(items), (observation, step) => {
    if (step < inPageOrder.length) return { type: 'click', target: { elementId: find(observation, 'checkbox', inPageOrder[step]).id } };
    if (step === inPageOrder.length) return { type: 'click', target: { elementId: find(observation, 'button', 'Submit').id } };
    return undefined;
  });
}

async function runOffline(memory: InMemoryExemplars, widgets: WidgetSpec[], task: string, options: { threshold?: number } = {}) {
  const operator = new WidgetPageOperator(widgets);
  const policy = new ExemplarPolicy({ memory, ...options });
  const events: AgentEvent[] = [];
  const result = await new Runner({ operator, policy }).run(task, { onEvent: (event) => events.push(event) });
  return { operator, policy, result, events };
}

describe('ExemplarPolicy', () => {
  it('replays a demonstration with the new quoted value, without a model', async () => {
    const demo = await recordDemonstration(new WidgetPageOperator(enterTextPage()), enterTextTask('Kasie'), (observation, step) =>
      step === 0
        ? { type: 'type', target: { elementId: find(observation, 'textbox').id }, text: 'Kasie' }
        : step === 1
          ? { type: 'click', target: { elementId: find(observation, 'button', 'Submit').id } }
          : undefined,
    );
    const memory = new InMemoryExemplars([demo]);
    const { operator, policy, result, events } = await runOffline(memory, enterTextPage(), enterTextTask('Lon'));

    expect(result.outcome.status).toBe('success');
    expect(operator.values.get('field')).toBe('Lon');
    expect(operator.clicks.at(-1)).toBe('submit');
    expect(policy.usage()).toMatchObject({ modelCalls: 0, groundings: 2, refusals: 0, retrievals: 1 });
    const retrieval = events.find((event) => event.type === 'retrieval');
    expect(retrieval?.type === 'retrieval' && retrieval.exemplars[0]?.why).toContain('Kasie → Lon');
    // Every executed step records why it was grounded.
    expect(result.trajectory.steps[0]!.details).toMatchObject({ offline: { demonstrationId: demo.id } });
  });

  it('repeats a list pattern over more items, fewer items and reordered items', async () => {
    const demo = await recordCheckboxes(['yrK', 'kd6DS', 'Qw', 'zz9'], ['kd6DS', 'yrK']);
    const memory = new InMemoryExemplars([demo]);
    const cases: { page: string[]; items: string[] }[] = [
      { page: ['abc', 'def', 'ghi', 'jkl', 'mno'], items: ['mno', 'abc', 'ghi'] },
      { page: ['p1x', 'q2y', 'r3z'], items: ['q2y'] },
      { page: ['aa', 'bb', 'cc', 'dd', 'ee', 'ff'], items: ['ff', 'ee', 'dd', 'cc'] },
    ];
    for (const { page, items } of cases) {
      const { operator, result } = await runOffline(memory, checkboxPage(page), checkboxTask(items));
      expect(result.outcome.status, `${items.join(',')}: ${result.outcome.reason}`).toBe('success');
      expect([...operator.checked].sort()).toEqual(items.map((item) => `box:${item}`).sort());
      expect(operator.clicks.at(-1)).toBe('submit');
      expect(operator.clicks).toHaveLength(items.length + 1);
    }
  });

  it('fills several slots: a login form', async () => {
    const page = (): WidgetSpec[] => [
      { key: 'user', role: 'textbox', label: 'Username', attributes: { id: 'username' } },
      { key: 'pass', role: 'textbox', label: 'Password', inputType: 'password', attributes: { id: 'password' } },
      { key: 'login', role: 'button', text: 'Login' },
    ];
    const task = (user: string, password: string) => `Enter the username "${user}" and the password "${password}" into the text fields and press login.`;
    const demo = await recordDemonstration(new WidgetPageOperator(page()), task('kanesha', 'x1Yq'), (observation, step) =>
      [
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Username').id }, text: 'kanesha' },
        { type: 'type' as const, target: { elementId: find(observation, 'textbox', undefined, 'Password').id }, text: 'x1Yq' },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Login').id } },
      ][step],
    );
    const { operator, result } = await runOffline(new InMemoryExemplars([demo]), page(), task('sol', 'pw 9'));
    expect(result.outcome.status).toBe('success');
    expect(operator.values.get('user')).toBe('sol');
    expect(operator.values.get('pass')).toBe('pw 9');
  });

  it("reports a demonstration's outcome answer, rewritten, only when the screen shows it", async () => {
    const recorded = await recordDemonstration(new WidgetPageOperator(enterTextPage()), enterTextTask('Kasie'), (observation, step) =>
      step === 0
        ? { type: 'type', target: { elementId: find(observation, 'textbox').id }, text: 'Kasie' }
        : step === 1
          ? { type: 'click', target: { elementId: find(observation, 'button', 'Submit').id } }
          : undefined,
    );
    // The Runner keeps no done step: a demonstrator that read "Saved: Kasie" off the screen leaves it in the outcome.
    expect(recorded.steps.some((step) => step.action.type === 'done')).toBe(false);
    const memory = new InMemoryExemplars([{ ...recorded, outcome: { ...recorded.outcome, answer: 'Saved: Kasie' } }]);
    const shown = await runOffline(memory, [...enterTextPage(), { key: 'status', role: 'text', text: 'Saved: Lon' }], enterTextTask('Lon'));
    expect(shown.result.outcome.status).toBe('success');
    expect(shown.result.outcome.answer).toBe('Saved: Lon');
    // Not on the screen: no answer is made up (the run itself still follows the demonstration).
    const hidden = await runOffline(memory, [...enterTextPage(), { key: 'status', role: 'text', text: 'Saved: Kasie' }], enterTextTask('Lon'));
    expect(hidden.result.outcome.status).toBe('success');
    expect(hidden.result.outcome.answer).toBeUndefined();
  });

  it('selects the new option from a list', async () => {
    const page = (): WidgetSpec[] => [
      { key: 'list', role: 'combobox', options: ['Mexico', 'Peru', 'Chad', 'Laos'] },
      { key: 'submit', role: 'button', text: 'Submit' },
    ];
    const task = (country: string) => `Select ${country} from the list and click Submit.`;
    const demo = await recordDemonstration(new WidgetPageOperator(page()), task('Peru'), (observation, step) =>
      [
        { type: 'select' as const, target: { elementId: find(observation, 'combobox').id }, option: 'Peru' },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Submit').id } },
      ][step],
    );
    const { operator, result } = await runOffline(new InMemoryExemplars([demo]), page(), task('Laos'));
    expect(result.outcome.status).toBe('success');
    expect(operator.values.get('list')).toBe('Laos');
  });

  it('follows a number slot to the element at that position', async () => {
    const page = (labels: string[]): WidgetSpec[] => [
      { key: 'row', role: 'group', text: '' },
      ...labels.map((label, index) => ({ key: `b${index}`, role: 'button', text: label, parent: 'row' })),
    ];
    const task = (n: string) => `Click the ${n} button.`;
    const demo = await recordDemonstration(new WidgetPageOperator(page(['ox', 'ram', 'elk', 'yak'])), task('2nd'), (observation, step) =>
      step === 0 ? { type: 'click', target: { elementId: find(observation, 'button', 'ram').id } } : undefined,
    );
    const { operator, result } = await runOffline(new InMemoryExemplars([demo]), page(['cat', 'dog', 'eel', 'fox', 'gnu']), task('4th'));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.clicks).toEqual(['b3']);
  });

  it('refuses with the reason instead of guessing when the target is not on the page', async () => {
    const demo = await recordCheckboxes(['yrK', 'kd6DS', 'Qw'], ['kd6DS']);
    const { operator, policy, result } = await runOffline(new InMemoryExemplars([demo]), checkboxPage(['aa', 'bb']), checkboxTask(['zz']));
    expect(result.outcome.status).toBe('failed');
    expect(result.outcome.reason).toMatch(/^cannot ground step 1: click .*no checkbox named "zz"/);
    expect(operator.executed).toHaveLength(0);
    expect(policy.usage()).toMatchObject({ refusals: 1, groundings: 0, modelCalls: 0 });
  });

  it('refuses below the confidence threshold, and acts at a lower one', async () => {
    // The demonstrated button "Go" is gone; only a differently named button is left. (The demonstration's page had two
    // buttons, so "Go" was no page's one sending button that closing-control.ts would take a stand-in for.)
    const demo = await recordDemonstration(
      new WidgetPageOperator([{ key: 'go', role: 'button', text: 'Go' }, { key: 'quit', role: 'button', text: 'Quit' }]),
      'Start the game.',
      (observation, step) => (step === 0 ? { type: 'click', target: { elementId: find(observation, 'button', 'Go').id } } : undefined),
    );
    const memory = new InMemoryExemplars([demo]);
    const strict = await runOffline(memory, [{ key: 'begin', role: 'button', text: 'Begin' }], 'Start the game.');
    expect(strict.result.outcome.status).toBe('failed');
    expect(strict.result.outcome.reason).toMatch(/cannot ground step 1: .*"Go" is not on screen.*below the threshold 0\.55/);
    const lax = await runOffline(memory, [{ key: 'begin', role: 'button', text: 'Begin' }], 'Start the game.', { threshold: 0.3 });
    expect(lax.result.outcome.status).toBe('success');
    expect(lax.operator.clicks).toEqual(['begin']);
  });

  it('falls back to the next demonstration when the best one does not ground', async () => {
    // Demonstration A opened a "Menu" first (a different app); B clicked directly. Both align equally well.
    const pageA: WidgetSpec[] = [
      { key: 'menu', role: 'button', text: 'Menu' },
      { key: 'ok', role: 'button', text: 'OK' },
    ];
    const demoA = await recordDemonstration(new WidgetPageOperator(pageA), 'Click on the "OK" button.', (observation, step) =>
      [
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Menu').id } },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'OK').id } },
      ][step],
    );
    const pageB: WidgetSpec[] = [
      { key: 'no', role: 'button', text: 'No' },
      { key: 'yes', role: 'button', text: 'Yes' },
    ];
    const demoB = await recordDemonstration(new WidgetPageOperator(pageB), 'Click on the "Yes" button.', (observation, step) =>
      step === 0 ? { type: 'click', target: { elementId: find(observation, 'button', 'Yes').id } } : undefined,
    );
    const newPage: WidgetSpec[] = [
      { key: 'cancel', role: 'button', text: 'Cancel' },
      { key: 'apply', role: 'button', text: 'Apply' },
    ];
    const { operator, policy, result } = await runOffline(new InMemoryExemplars([demoA, demoB]), newPage, 'Click on the "Apply" button.');
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.clicks).toEqual(['apply']);
    expect(policy.usage()['demonstrationSwitches']).toBe(1);
  });

  it('makes exactly the named boxes checked, unticking pre-ticked ones as the demonstration did', async () => {
    const page = (words: string[], preTicked: string[]): WidgetSpec[] =>
      checkboxPage(words).map((widget) => (preTicked.some((word) => widget.key === `box:${word}`) ? { ...widget, checked: true } : widget));
    // The human unticks the stray box, ticks the named ones that are not ticked yet, then submits.
    const demoOperator = new WidgetPageOperator(page(['ax', 'by', 'cz', 'dw'], ['by', 'cz']));
    const demo = await recordDemonstration(demoOperator, checkboxTask(['ax', 'cz']), (observation, step) =>
      [
        { type: 'click' as const, target: { elementId: find(observation, 'checkbox', 'ax').id } },
        { type: 'click' as const, target: { elementId: find(observation, 'checkbox', 'by').id } },
        { type: 'click' as const, target: { elementId: find(observation, 'button', 'Submit').id } },
      ][step],
    );
    expect([...demoOperator.checked].sort()).toEqual(['box:ax', 'box:cz']);
    const { operator, result } = await runOffline(new InMemoryExemplars([demo]), page(['p', 'q', 'r', 's', 't'], ['q', 's', 't']), checkboxTask(['p', 'q', 'r']));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect([...operator.checked].sort()).toEqual(['box:p', 'box:q', 'box:r']);
    // q was already ticked: no click on it; s and t were unticked.
    expect(operator.clicks.filter((key) => key === 'box:q')).toEqual([]);
    expect(operator.clicks.at(-1)).toBe('submit');
  });

  it('transfers the checked-set rule from checkboxes to radio buttons', async () => {
    const demo = await recordCheckboxes(['yrK', 'kd6DS', 'Qw'], ['Qw']);
    const radios: WidgetSpec[] = [
      ...['red', 'green', 'blue'].map((word) => ({ key: `radio:${word}`, role: 'radio', text: word })),
      { key: 'submit', role: 'button', text: 'Submit' },
    ];
    const { operator, result } = await runOffline(new InMemoryExemplars([demo]), radios, checkboxTask(['green']));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.clicks).toEqual(['radio:green', 'submit']);
    expect(result.trajectory.steps[0]!.thought).toContain('stands in for the demonstrated checkbox');
  });

  it('keeps looking through tabs until the named link shows, however many tabs that takes', async () => {
    const page = (linkTab: number, link: string): WidgetSpec[] => [
      ...[1, 2, 3, 4].map((n) => ({ key: `tab${n}`, role: 'tab', text: `Tab #${n}` })),
      ...[1, 2, 3, 4].map((n) => ({ key: `link${n}`, role: 'link', text: n === linkTab ? link : `other${n}`, panel: `tab${n}` })),
    ];
    const task = (link: string) => `Switch between the tabs to find and click on the link "${link}".`;
    // In the demonstration the link was in the 2nd tab.
    const demo = await recordDemonstration(new WidgetPageOperator(page(2, 'apple')), task('apple'), (observation, step) => {
      const [role, text] = ([['tab', 'Tab #1'], ['tab', 'Tab #2'], ['link', 'apple']] as const)[step] ?? [];
      return role ? { type: 'click', target: { elementId: find(observation, role, text).id } } : undefined;
    });
    const memory = new InMemoryExemplars([demo]);
    for (const linkTab of [1, 4]) {
      const { operator, result } = await runOffline(memory, page(linkTab, 'pear'), task('pear'));
      expect(result.outcome.status, result.outcome.reason).toBe('success');
      expect(operator.clicks.at(-1)).toBe(`link${linkTab}`);
      expect(operator.clicks.filter((key) => key.startsWith('tab'))).toEqual([1, 2, 3, 4].slice(0, linkTab).map((n) => `tab${n}`));
    }
  });

  it('scrolls on until the named item shows, longer than the demonstration did', async () => {
    const page = (position: number, item: string): WidgetSpec[] => [
      { key: 'list', role: 'list', text: '' },
      ...Array.from({ length: 8 }, (_, index) => ({
        key: `item${index}`,
        role: 'button',
        text: index === position ? item : `filler${index}`,
        parent: 'list',
        afterScrolls: index,
      })),
    ];
    const task = (item: string) => `Scroll down the list to find "${item}" and click it.`;
    const demo = await recordDemonstration(new WidgetPageOperator(page(2, 'lemon')), task('lemon'), (observation, step) =>
      step < 2 ? { type: 'scroll', target: { elementId: find(observation, 'list').id }, deltaX: 0, deltaY: 60 } : step === 2 ? { type: 'click', target: { elementId: find(observation, 'button', 'lemon').id } } : undefined,
    );
    const { operator, result } = await runOffline(new InMemoryExemplars([demo]), page(6, 'tiger'), task('tiger'));
    expect(result.outcome.status, result.outcome.reason).toBe('success');
    expect(operator.clicks).toEqual(['item6']);
    expect(operator.executed.filter((action) => action.type === 'scroll')).toHaveLength(6);
  });

  it('picks the Nth result across pages when the task names a number', async () => {
    // Three results per page; the pager is a link with its own accessible name.
    const page = (titles: string[]): WidgetSpec[] => [
      ...titles.map((title, index) => ({ key: `r${index}`, role: 'link', text: title, onPage: Math.floor(index / 3) })),
      { key: 'next', role: 'link', text: '>', label: 'Next page', nextPage: true },
    ];
    const task = (n: string) => `Find and click the ${n} search result.`;
    const titles = ['oak', 'elm', 'ash', 'fir', 'yew', 'box', 'bay'];
    // The 5th: turn one page, then the 2nd link there.
    const demo = await recordDemonstration(new WidgetPageOperator(page(titles)), task('5th'), (observation, step) =>
      step === 0
        ? { type: 'click', target: { elementId: find(observation, 'link', '>').id } }
        : step === 1
          ? { type: 'click', target: { elementId: find(observation, 'link', 'yew').id } }
          : undefined,
    );
    const memory = new InMemoryExemplars([demo]);
    const cases: [string, string][] = [['2nd', 'r1'], ['7th', 'r6'], ['4th', 'r3']];
    for (const [n, expected] of cases) {
      const { operator, result } = await runOffline(memory, page(['a1', 'b2', 'c3', 'd4', 'e5', 'f6', 'g7']), task(n));
      expect(result.outcome.status, `${n}: ${result.outcome.reason}`).toBe('success');
      expect(operator.clicks.at(-1)).toBe(expected);
    }
  });

  it('says so when the memory has nothing', async () => {
    const { result } = await runOffline(new InMemoryExemplars(), enterTextPage(), enterTextTask('x'));
    expect(result.outcome).toMatchObject({ status: 'failed' });
    expect(result.outcome.reason).toMatch(/^cannot ground step 1: no demonstration in memory matches the task\. What would help: a demonstration of this task/);
  });

  it('retrieves with the task, the state and the filters', async () => {
    const memory = new InMemoryExemplars();
    const operator = new WidgetPageOperator(enterTextPage());
    const policy = new ExemplarPolicy({ memory, k: 3, filters: { environment: 'browser', successOnly: true } });
    await new Runner({ operator, policy }).run('Enter "a" into the text field and press Submit.');
    expect(memory.queries).toHaveLength(1);
    expect(memory.queries[0]).toMatchObject({ k: 3, filters: { environment: 'browser', successOnly: true } });
    expect(memory.queries[0]!.query.state).toContain('textbox');
  });

  it('rejects bad options', () => {
    const memory = new InMemoryExemplars();
    expect(() => new ExemplarPolicy({ memory, threshold: 2 })).toThrow(/threshold/);
    expect(() => new ExemplarPolicy({ memory, k: 0 })).toThrow(/k must/);
  });
});
