/**
 * A seat of a map clicked for the code the task names (rules/grid-code-cell.ts):
 * the map draws its seats as "C4", as "4" named "Row C, seat 4", or as "4" in
 * the line a lone "C" heads. The demonstrated seats lead to the new task's
 * seats however this map draws them; a taken seat, or words holding no one
 * code, is a refusal, never another row's "4".
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../../../core/action.js';
import type { Observation, UIElement } from '../../../core/observation.js';
import { actionFailure, type ActionResult, type Operator } from '../../../core/operator.js';
import { Runner } from '../../../runner/runner.js';
import { ExemplarPolicy } from '../exemplar-policy.js';
import { InMemoryExemplars } from '../in-memory-exemplars.js';
import { recordDemonstration } from '../../../../test/kits/exemplar/record-demonstration.js';
import { groundGridCodeCell } from './grid-code-cell.js';
import { planDemonstration } from '../plan-demonstration.js';

type Style = 'text' | 'label' | 'table';
const ROWS = ['A', 'B', 'C', 'D'];

/** A seat map of ROWS × 1–4 drawn in `style`; `taken` seats are disabled; seats toggle on a click; one Reserve button. */
class SeatOperator implements Operator {
  readonly environment = 'browser' as const;
  readonly actionSpace = { types: ['click', 'done'] as const, notes: [] };
  readonly clicks: string[] = [];
  private readonly on = new Set<string>();
  private sequence = 0;
  latest = new Map<number, string>();

  constructor(
    private readonly style: Style,
    private readonly taken: readonly string[] = [],
  ) {}

  async observe(): Promise<Observation> {
    this.sequence++;
    let id = this.sequence * 1000;
    this.latest = new Map();
    const elements: UIElement[] = [];
    const add = (key: string, element: Omit<UIElement, 'id' | 'source'>) => {
      const made: UIElement = { id: ++id, source: 'dom', ...element };
      this.latest.set(made.id, key);
      elements.push(made);
    };
    ROWS.forEach((row, line) => {
      const y = 20 + line * 16;
      if (this.style === 'table') add(`row:${row}`, { role: 'rowheader', tag: 'th', text: row, box: { x: 0, y, width: 12, height: 14 }, interactive: false, states: {} });
      for (let number = 1; number <= 4; number++) {
        const code = `${row}${number}`;
        add(code, {
          role: 'button',
          tag: 'button',
          text: this.style === 'text' ? code : String(number),
          ...(this.style === 'label' ? { label: `Row ${row}, seat ${number}` } : {}),
          box: { x: 14 + number * 16, y, width: 14, height: 12 },
          interactive: true,
          states: { checked: this.on.has(code), ...(this.taken.includes(code) ? { disabled: true } : {}) },
        });
      }
    });
    add('go', { role: 'button', tag: 'button', text: 'Reserve', box: { x: 40, y: 100, width: 40, height: 16 }, interactive: true, states: {} });
    return { sequence: this.sequence, environment: 'browser', elements, viewport: { width: 300, height: 300, deviceScaleFactor: 1 }, page: { url: 'memory://seats', title: 'Choose seats' }, capturedAt: Date.now() };
  }

  async execute(action: Action): Promise<ActionResult> {
    if (action.type !== 'click' || !('elementId' in action.target)) return actionFailure('unsupported', `cannot ${action.type}`);
    const key = this.latest.get(action.target.elementId);
    if (key === undefined) return actionFailure('stale-element', 'no such element in the latest observation');
    this.clicks.push(key);
    if (key !== 'go') this.on.has(key) ? this.on.delete(key) : this.on.add(key);
    return { ok: true, durationMs: 0 };
  }

  async close(): Promise<void> {}
}

/** A person picks `seats` on a map drawn in `style`, then presses Reserve. */
async function demonstrate(style: Style, task: string, seats: readonly string[]) {
  const operator = new SeatOperator(style);
  return recordDemonstration(operator, task, (observation, step) => {
    if (step > seats.length) return undefined;
    const want = step < seats.length ? seats[step]! : 'go';
    const wanted = observation.elements.find((element) => operator.latest.get(element.id) === want);
    return wanted ? { type: 'click', target: { elementId: wanted.id } } : undefined;
  });
}

async function run(demonstration: Awaited<ReturnType<typeof demonstrate>>, operator: SeatOperator, task: string) {
  const policy = new ExemplarPolicy({ memory: new InMemoryExemplars([demonstration]) });
  return new Runner({ operator, policy }).run(task);
}

describe('a seat clicked for the code it shows', () => {
  it('picks the new seats on a map drawn otherwise: a table row\'s "2" demonstrated, the labelled seats clicked now', async () => {
    const demonstration = await demonstrate('table', 'Could you grab D2, D3 for me?', ['D2', 'D3']);
    const operator = new SeatOperator('label');
    await run(demonstration, operator, 'Could you grab B3, B4 for me?');
    expect(operator.clicks).toEqual(['B3', 'B4', 'go']);
  });

  it('picks seats the task names with a noun before them ("seats B2 and B3"), never a "2" of another row', async () => {
    const demonstration = await demonstrate('table', 'Could you grab D2, D3 for me?', ['D2', 'D3']);
    const operator = new SeatOperator('table');
    await run(demonstration, operator, 'Could you grab seats B2 and B3 for me?');
    expect(operator.clicks).toEqual(['B2', 'B3', 'go']);
  });

  it('refuses a taken seat and clicks nothing', async () => {
    const demonstration = await demonstrate('text', 'Could you grab D2, D3 for me?', ['D2', 'D3']);
    const operator = new SeatOperator('table', ['A1']);
    const result = await run(demonstration, operator, 'Could you grab A1, A2 for me?');
    expect(operator.clicks).toEqual([]);
    expect(result.outcome.status).not.toBe('success');
  });

  it('marks the seat steps with their new codes, and grounds only a code one cell shows', async () => {
    const plan = planDemonstration(await demonstrate('table', 'Could you grab D2, D3 for me?', ['D2', 'D3']), 'Could you grab A3, A4 for me?');
    expect(plan.steps.map((planned) => planned.gridCode?.new)).toEqual(['A3', 'A4', undefined]);
    // Bindings that took the words around the seat ("Could you grab D2" → "Book seats E5") leave the old seat unnamed: never D2 again.
    const worded = planDemonstration(await demonstrate('table', 'Could you grab D2, D3 for me?', ['D2', 'D3']), "Book seats E5 and E6 for tonight's show.");
    expect(worded.steps.map((planned) => planned.gridCode?.new)).not.toContain('D2');
    const seen = (await new SeatOperator('label').observe()).elements;
    expect(groundGridCodeCell({ role: 'button', old: 'D2', new: 'C4' }, seen)).toMatchObject({ ok: true });
    expect(groundGridCodeCell({ role: 'button', old: 'D2', new: 'F4' }, seen)).toMatchObject({ ok: false });
    expect(groundGridCodeCell({ role: 'button', old: 'D2' }, seen)).toMatchObject({ ok: false });
  });
});
