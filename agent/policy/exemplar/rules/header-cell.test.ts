/**
 * A grid cell told by its row and column headers (rules/header-cell.ts): a
 * room grid whose free cells all read "Free", days heading the rows and hours
 * the columns. The demonstrated day and hour lead to the new task's day and
 * hour wherever they now sit; a taken crossing or a missing header is a
 * refusal, never another cell.
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { Observation, UIElement } from '../../../core/observation.js';
import { actionFailure, type ActionResult, type Operator } from '../../../core/operator.js';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { groundHeaderCell, valueAfterPlacingWords } from './header-cell.js';
import { planDemonstration } from '../plan-demonstration.js';

/** A room grid: `days` head the rows, `hours` the columns; `taken` cells ("Monday 14:00") show a greyed text. */
class GridOperator implements Operator {
  readonly environment = 'browser' as const;
  readonly actionSpace = { types: ['click', 'done'] as const, notes: [] };
  readonly clicks: string[] = [];
  private sequence = 0;
  /** The key of each element id of the latest observation. */
  latest = new Map<number, string>();

  constructor(
    private readonly days: readonly string[],
    private readonly hours: readonly string[],
    private readonly taken: readonly string[] = [],
  ) {}

  async observe(): Promise<Observation> {
    this.sequence++;
    let id = this.sequence * 1000;
    this.latest = new Map();
    const elements: UIElement[] = [];
    const add = (key: string, element: Omit<UIElement, 'id' | 'states' | 'source'>) => {
      const made: UIElement = { id: ++id, states: {}, source: 'dom', ...element };
      this.latest.set(made.id, key);
      elements.push(made);
    };
    const box = (row: number, column: number, width = 40) => ({ x: 4 + column * 42, y: 50 + row * 16, width, height: 15 });
    this.hours.forEach((hour, column) => add(`col:${hour}`, { role: 'columnheader', tag: 'th', text: hour, box: box(0, column + 1), interactive: false }));
    this.days.forEach((day, row) => {
      add(`row:${day}`, { role: 'columnheader', tag: 'th', text: day, box: box(row + 1, 0), interactive: false });
      this.hours.forEach((hour, column) => {
        const key = `${day} ${hour}`;
        if (this.taken.includes(key)) add(key, { role: 'cell', tag: 'td', text: 'Taken', box: box(row + 1, column + 1), interactive: false });
        else add(key, { role: 'button', tag: 'button', text: 'Free', box: box(row + 1, column + 1, 30), interactive: true, ordinal: column });
      });
    });
    add('save', { role: 'button', tag: 'button', text: 'Save', box: { x: 4, y: 50 + (this.days.length + 1) * 16 + 4, width: 40, height: 17 }, interactive: true });
    return { sequence: this.sequence, environment: 'browser', elements, viewport: { width: 300, height: 300, deviceScaleFactor: 1 }, page: { url: 'memory://grid', title: 'Room grid' }, capturedAt: Date.now() };
  }

  async execute(action: Action): Promise<ActionResult> {
    if (action.type !== 'click' || !('elementId' in action.target)) return actionFailure('unsupported', `cannot ${action.type}`);
    const key = this.latest.get(action.target.elementId);
    if (key === undefined) return actionFailure('stale-element', 'no such element in the latest observation');
    this.clicks.push(key);
    return { ok: true, durationMs: 0 };
  }

  async close(): Promise<void> {}
}


/** A contact card: the name above, each field's label left of its value (a button); the fields stacked in one column. */
class CardOperator extends GridOperator {
  constructor(private readonly name: string) {
    super([], []);
  }

  override async observe(): Promise<Observation> {
    const fields = [['phone', '555-0134'], ['email', 'amelina@example.com'], ['address', '9217 Allison Grove']] as const;
    const elements: UIElement[] = [{ id: 1, role: 'heading', tag: 'h2', text: this.name, box: { x: 60, y: 50, width: 90, height: 16 }, interactive: false, states: {}, source: 'dom' }];
    this.latest = new Map([[1, 'name']]);
    fields.forEach(([label, value], row) => {
      const y = 72 + row * 18;
      elements.push({ id: 10 + row * 2, role: 'text', tag: 'span', text: label, box: { x: 4, y, width: 50, height: 15 }, interactive: false, states: {}, source: 'dom' });
      elements.push({ id: 11 + row * 2, role: 'button', tag: 'button', text: value, box: { x: 60, y, width: 90, height: 15 }, interactive: true, states: {}, source: 'dom' });
      this.latest.set(11 + row * 2, label);
    });
    return { sequence: 1, environment: 'browser', elements, viewport: { width: 300, height: 300, deviceScaleFactor: 1 }, page: { url: 'memory://card', title: 'Contacts' }, capturedAt: Date.now() };
  }
}

const DAYS = ['Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const HOURS = ['11:00', '12:00', '13:00'];

/** A person books `day` at `hour` on a grid of DAYS × HOURS, then presses Save. */
async function demonstrate(day: string, hour: string, preposition = 'on') {
  const operator = new GridOperator(DAYS, HOURS);
  return recordDemonstration(operator, `Book the room ${preposition} ${day} at ${hour}; click Save.`, (observation, step) => {
    if (step > 1) return undefined;
    const keyOf = (element: UIElement) => operator.latest.get(element.id);
    const wanted = observation.elements.find((element) => keyOf(element) === (step === 0 ? `${day} ${hour}` : 'save'));
    return wanted ? { type: 'click', target: { elementId: wanted.id } } : undefined;
  });
}

async function run(demonstration: Awaited<ReturnType<typeof demonstrate>>, operator: GridOperator, task: string) {
  const policy = new ExemplarPolicy({ memory: new InMemoryExemplars([demonstration]) });
  return new Runner({ operator, policy }).run(task);
}

describe('a grid cell told by the headers of its row and column', () => {
  it('books the new day at the same hour: the day heads another row now, and no row key and position stand in for the hour', async () => {
    const demonstration = await demonstrate('Friday', '12:00');
    const operator = new GridOperator(['Monday', 'Tuesday', 'Wednesday'], ['10:00', '11:00', '12:00']);
    const result = await run(demonstration, operator, 'Book the room on Tuesday at 12:00; click Save.');
    expect(operator.clicks).toEqual(['Tuesday 12:00', 'save']);
    expect(result.outcome.status).toBe('success');
  });

  it('books a new day and a new hour, wherever both headers sit', async () => {
    const demonstration = await demonstrate('Wednesday', '11:00');
    const operator = new GridOperator(['Thursday', 'Friday', 'Saturday'], ['14:00', '15:00', '16:00']);
    await run(demonstration, operator, 'Book the room on Saturday at 15:00; click Save.');
    expect(operator.clicks).toEqual(['Saturday 15:00', 'save']);
  });

  it('books the same day and hour again by their headers when the rows moved: no "Free" cell found by its place', async () => {
    const demonstration = await demonstrate('Tuesday', '12:00');
    // Tuesday headed the first row when demonstrated; it heads the second now, under other hours.
    const operator = new GridOperator(['Monday', 'Tuesday', 'Wednesday'], ['10:00', '12:00', '13:00']);
    const result = await run(demonstration, operator, 'Book the room on Tuesday at 12:00; click Save.');
    expect(operator.clicks).toEqual(['Tuesday 12:00', 'save']);
    expect(result.outcome.status).toBe('success');
    // Tuesday is gone: refused, nothing booked.
    const gone = new GridOperator(['Monday', 'Wednesday'], ['10:00', '12:00', '13:00']);
    await run(demonstration, gone, 'Book the room on Tuesday at 12:00; click Save.');
    expect(gone.clicks).toEqual([]);
  });

  it('reads a day worded with another preposition ("for Wednesday" / "on Saturday") as the day heading its row', async () => {
    const demonstration = await demonstrate('Wednesday', '11:00', 'for');
    const operator = new GridOperator(['Thursday', 'Friday', 'Saturday'], ['14:00', '15:00', '16:00']);
    const result = await run(demonstration, operator, 'Book the room on Saturday at 15:00; click Save.');
    expect(operator.clicks).toEqual(['Saturday 15:00', 'save']);
    expect(result.outcome.status).toBe('success');
    expect(valueAfterPlacingWords('for Tuesday')).toBe('Tuesday');
    expect(valueAfterPlacingWords('on the 12:00')).toBe('12:00');
    // Nothing leads, or no value follows: no other reading.
    expect(valueAfterPlacingWords('Tuesday')).toBeUndefined();
    expect(valueAfterPlacingWords('on the left')).toBeUndefined();
  });

  it('never drops a preposition that does not place at a day ("to Saturday" is an end, "from Saturday" a start): refuses, clicks nothing', async () => {
    for (const preposition of ['to', 'by', 'from', 'in', 'with']) {
      expect(valueAfterPlacingWords(`${preposition} Saturday`)).toBeUndefined();
      const demonstration = await demonstrate('Wednesday', '11:00');
      const operator = new GridOperator(['Thursday', 'Friday', 'Saturday'], ['14:00', '15:00', '16:00']);
      const result = await run(demonstration, operator, `Book the room ${preposition} Saturday at 15:00; click Save.`);
      expect(result.outcome.status, preposition).not.toBe('success');
      expect(operator.clicks, preposition).toEqual([]);
    }
    // Articles place as well: "for Wednesday" beside "on the Saturday" is still the Saturday row.
    const demonstration = await demonstrate('Wednesday', '11:00', 'for');
    const operator = new GridOperator(['Thursday', 'Friday', 'Saturday'], ['14:00', '15:00', '16:00']);
    await run(demonstration, operator, 'Book the room on the Saturday at 15:00; click Save.');
    expect(operator.clicks).toEqual(['Saturday 15:00', 'save']);
  });

  it('refuses when the named cell is taken or a named header is missing, and clicks nothing', async () => {
    const demonstration = await demonstrate('Wednesday', '11:00');
    const taken = new GridOperator(['Thursday', 'Friday'], ['14:00', '15:00'], ['Friday 15:00']);
    const refused = await run(demonstration, taken, 'Book the room on Friday at 15:00; click Save.');
    expect(taken.clicks).toEqual([]);
    expect(refused.outcome.status).not.toBe('success');
    expect(refused.outcome.reason).toMatch(/cross/);
    const missing = new GridOperator(['Thursday', 'Friday'], ['14:00', '15:00']);
    await run(demonstration, missing, 'Book the room on Monday at 15:00; click Save.');
    expect(missing.clicks).toEqual([]);
  });

  it('grounds only where exactly one cell lies under both headers', async () => {
    const seen = await new GridOperator(['Monday', 'Monday'], ['10:00']).observe();
    const twice = groundHeaderCell({ role: 'button', tag: 'button', column: { old: '11:00', new: '10:00' }, row: { old: 'Friday', new: 'Monday' } }, seen.elements);
    expect(twice.ok).toBe(false);
    expect(twice.reason).toMatch(/2 of them/);
    const once = await new GridOperator(['Monday', 'Tuesday'], ['10:00', '11:00']).observe();
    const grounded = groundHeaderCell({ role: 'button', tag: 'button', column: { old: '11:00', new: '11:00' }, row: { old: 'Friday', new: 'Tuesday' } }, once.elements);
    expect(grounded.ok && grounded.action).toMatchObject({ type: 'click' });
    expect(grounded.ok && grounded.reason).toMatch(/under "11:00" in the row of "Tuesday"/);
  });

  it('leaves a card’s stacked fields alone: a label beside a value in one column heads no row of a grid', async () => {
    const operator = new CardOperator('Amelina');
    const demonstration = await recordDemonstration(operator, 'Find Amelina in the contact book and click on their address.', (observation, step) =>
      step === 0 ? { type: 'click', target: { elementId: observation.elements.find((element) => operator.latest.get(element.id) === 'address')!.id } } : undefined,
    );
    const plan = planDemonstration(demonstration, 'Find Andee in the contact book and click on their phone number.');
    expect(plan.steps.some((planned) => planned.headerCell)).toBe(false);
    const grid = planDemonstration(await demonstrate('Friday', '12:00'), 'Book the room on Tuesday at 11:00; click Save.');
    expect(grid.steps.filter((planned) => planned.headerCell)).toHaveLength(1);
  });
});
