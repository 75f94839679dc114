/**
 * Review 29b probes: a basket run whole — a demonstration recorded on one basket, the offline policy following it on
 * another — for the readings of branches basket2 (row-keys labelNamesRow / cardShows, pressDirection, icon-named's
 * "from …" place, closing-control's namesOnlyWorkedRows) and mend29b (item-edits change-by-N deeds, click-count's
 * 0 → N targets). Each test states what a person would do; each failed on trial29c with a wrong action.
 *
 * The page is modelled on harness basket-edit (a development page) as the browser observes it: each line's
 * container left out, its children carrying its id — "<Name> £p each", "−", the count, "+", a remove control —
 * then "Total £…" and one checkout button. Pressing changes the page as the real one does (− stops at 1).
 */
import { describe, expect, it } from 'vitest';
import type { Action } from '../../core/action.js';
import type { Observation, UIElement } from '../../core/observation.js';
import { actionFailure, type ActionResult, type Operator } from '../../core/operator.js';
import { Runner } from '../../runner/runner.js';
import { ExemplarPolicy } from './exemplar-policy.js';
import { InMemoryExemplars } from './in-memory-exemplars.js';
import { planDemonstration } from './plan-demonstration.js';
import { recordDemonstration } from '../../../test/kits/exemplar/record-demonstration.js';

interface Line {
  name: string;
  qty: number;
  price?: number;
  /** A note shown in the line under its name, in an element of its own ("Pairs well with oat milk"). */
  note?: string;
  /** A wishlist heart in the line, titled so ("Remove from wishlist": the item is on the wishlist). */
  heart?: string;
}

interface BasketDesign {
  /** Steppers named "Decrease <name>" / "Increase <name>" by aria-label. */
  named?: boolean;
  /** The remove control: the word "Remove", or a wordless glyph titled so. */
  remove?: { text: string; title?: string };
  /** The checkout button's caption. */
  caption?: string;
  /** The checkout button is disabled (a minimum order not met). */
  payDisabled?: boolean;
  /** Other buttons under the total, each alone on its line ("Continue shopping"). */
  extra?: string[];
  /** The checkout is a link (an <a> styled as a button), not a button. */
  payLink?: boolean;
  /** The lowest count "−" reaches (1 for a basket, 0 for a ticket form, whose lines stay at 0). */
  floor?: number;
}

/** A basket that changes as a shop's does; `pressed` lists what was pressed, `paid` the basket the checkout saw. */
class BasketOperator implements Operator {
  readonly environment = 'browser' as const;
  readonly actionSpace = { types: ['click', 'type', 'select', 'press', 'scroll', 'wait', 'done'] as const, notes: [] };
  readonly pressed: string[] = [];
  paid: string | undefined;
  private sequence = 0;
  private latest = new Map<number, () => void>();
  private readonly lines: Line[];
  private readonly removed = new Set<string>();

  constructor(
    lines: readonly Line[],
    private readonly design: BasketDesign = {},
  ) {
    this.lines = lines.map((line) => ({ ...line }));
    for (const line of this.lines) if (line.qty <= 0 && (design.floor ?? 1) > 0) this.removed.add(line.name);
  }

  /** The basket now, "Name qty" per line still in it. */
  get basket(): string {
    return this.lines.filter((line) => !this.removed.has(line.name)).map((line) => `${line.name} ${line.qty}`).join(', ');
  }

  async observe(): Promise<Observation> {
    this.sequence++;
    let id = this.sequence * 1000;
    const elements: UIElement[] = [];
    this.latest = new Map();
    const add = (element: Omit<UIElement, 'id' | 'source'>, onClick?: () => void): number => {
      const own = id++;
      elements.push({ id: own, source: 'dom', ...element } as UIElement);
      if (onClick) this.latest.set(own, onClick);
      return own;
    };
    const area = id++;
    const remove = this.design.remove ?? { text: 'Remove' };
    const texts: string[] = ['Your basket'];
    add({ role: 'heading', tag: 'h3', text: 'Your basket', states: {}, box: { x: 2, y: 52, width: 156, height: 19 }, interactive: false, parentId: area });
    let y = 74;
    let total = 0;
    for (const line of this.lines) {
      if (this.removed.has(line.name)) continue;
      const price = line.price ?? 2;
      total += price * line.qty;
      const lineText = [`${line.name} £${price.toFixed(2)} each`, line.note, '−', String(line.qty), '+', remove.text, line.heart ? '♥' : undefined].filter((part) => part !== undefined).join(' ');
      texts.push(lineText);
      const parent = add({ role: 'group', tag: 'div', text: lineText.slice(0, 80), states: {}, box: { x: 2, y, width: 156, height: line.note ? 30 : 23 }, interactive: false, parentId: area, attributes: { class: 'line' } });
      const named = (verb: string): { label?: string; attributes: Record<string, string> } =>
        this.design.named ? { label: `${verb} ${line.name}`, attributes: { class: 'step', type: 'button', 'aria-label': `${verb} ${line.name}` } } : { attributes: { class: 'step', type: 'button' } };
      add({ role: 'text', tag: 'span', text: `${line.name} £${price.toFixed(2)} each`, states: {}, box: { x: 6, y, width: 76, height: 16 }, interactive: false, parentId: parent, attributes: { class: 'name' } });
      if (line.note) add({ role: 'text', tag: 'small', text: line.note, states: {}, box: { x: 6, y: y + 16, width: 76, height: 7 }, interactive: false, parentId: parent, attributes: { class: 'note' } });
      add(
        { role: 'button', tag: 'button', text: '−', ...named('Decrease'), states: line.qty <= (this.design.floor ?? 1) ? { disabled: true } : {}, box: { x: 84, y: y + 2, width: 12, height: 12 }, interactive: true, parentId: parent },
        () => {
          if (line.qty > (this.design.floor ?? 1)) line.qty--;
          this.pressed.push(`${line.name} −`);
        },
      );
      add({ role: 'text', tag: 'span', text: String(line.qty), states: {}, box: { x: 98, y: y + 3, width: 12, height: 10 }, interactive: false, parentId: parent, attributes: { class: 'qty' } });
      add({ role: 'button', tag: 'button', text: '+', ...named('Increase'), states: {}, box: { x: 112, y: y + 2, width: 12, height: 12 }, interactive: true, parentId: parent }, () => {
        line.qty++;
        this.pressed.push(`${line.name} +`);
      });
      add(
        { role: 'button', tag: 'button', text: remove.text, ...(remove.title ? { label: remove.title } : {}), states: {}, box: { x: 128, y: y + 4, width: 26, height: 7 }, interactive: true, parentId: parent, attributes: { class: 'rm', type: 'button', ...(remove.title ? { title: remove.title } : {}) } },
        () => {
          this.removed.add(line.name);
          this.pressed.push(`${line.name} ${remove.text}`);
        },
      );
      if (line.heart) {
        add({ role: 'button', tag: 'button', text: '♥', label: line.heart, states: {}, box: { x: 144, y: y + 2, width: 10, height: 12 }, interactive: true, parentId: parent, attributes: { class: 'fav', type: 'button', title: line.heart } }, () => {
          this.pressed.push(`${line.name} ♥ (${line.heart})`);
        });
      }
      y += line.note ? 30 : 23;
    }
    texts.push(`Total £${total.toFixed(2)}`);
    add({ role: 'text', tag: 'div', text: `Total £${total.toFixed(2)}`, states: {}, box: { x: 2, y, width: 156, height: 16 }, interactive: false, parentId: area, attributes: { class: 'sum' } });
    y += 20;
    for (const text of this.design.extra ?? []) {
      texts.push(text);
      add({ role: 'button', tag: 'button', text, states: {}, box: { x: 6, y, width: 148, height: 16 }, interactive: true, parentId: area, attributes: { class: 'more', type: 'button' } }, () => this.pressed.push(text));
      y += 20;
    }
    const caption = this.design.caption ?? 'Proceed to checkout';
    texts.push(caption);
    add({ role: this.design.payLink ? 'link' : 'button', tag: this.design.payLink ? 'a' : 'button', text: caption, states: this.design.payDisabled ? { disabled: true } : {}, box: { x: 6, y: y + 5, width: 148, height: 16 }, interactive: true, parentId: area, attributes: { class: 'pay', type: 'button' } }, () => {
      if (this.design.payDisabled) return;
      this.pressed.push(caption);
      this.paid = this.basket;
    });
    elements.unshift({ id: area, source: 'dom', role: 'group', tag: 'div', text: texts.join(' ').slice(0, 80), states: {}, box: { x: 0, y: 50, width: 160, height: y + 30 - 50 }, interactive: false, attributes: { id: 'area' } } as UIElement);
    return {
      sequence: this.sequence,
      environment: 'browser',
      elements,
      viewport: { width: 160, height: 210, deviceScaleFactor: 1 },
      page: { url: 'file:///basket-edit.html', title: 'Your basket' },
      capturedAt: Date.now(),
    };
  }

  async execute(action: Action): Promise<ActionResult> {
    if (action.type === 'click') {
      const target = action.target as { elementId?: number };
      const onClick = target.elementId === undefined ? undefined : this.latest.get(target.elementId);
      if (!onClick) return target.elementId !== undefined && target.elementId < this.sequence * 1000 ? actionFailure('stale-element', 'no such element in the latest observation') : { ok: true, durationMs: 0 };
      onClick();
      return { ok: true, durationMs: 0 };
    }
    if (action.type === 'wait' || action.type === 'scroll' || action.type === 'press') return { ok: true, durationMs: 0 };
    return actionFailure('unsupported', `cannot ${action.type}`);
  }

  async close(): Promise<void> {}
}

/** The scripted person: each press is [line name, caption] (a line's control), or [undefined, caption] (a button under the basket). */
type Press = [line: string | undefined, caption: string];

function pressOn(observation: Observation, [line, caption]: Press): Action {
  const inLine = (element: UIElement) => {
    if (line === undefined) return observation.elements.find((other) => other.id === element.parentId)?.attributes?.['id'] === 'area';
    const name = observation.elements.find((other) => other.attributes?.['class'] === 'name' && other.text.startsWith(`${line} £`));
    return name !== undefined && element.parentId === name.parentId;
  };
  const found = observation.elements.find((element) => element.role === 'button' && element.text === caption && inLine(element));
  if (!found) throw new Error(`no ${caption} in ${line ?? 'the basket'}`);
  return { type: 'click', target: { elementId: found.id } };
}

async function demonstrate(lines: readonly Line[], design: BasketDesign, task: string, presses: readonly Press[]) {
  return recordDemonstration(new BasketOperator(lines, design), task, (observation, step) => (presses[step] ? pressOn(observation, presses[step]!) : undefined));
}

async function follow(demo: Awaited<ReturnType<typeof demonstrate>>, lines: readonly Line[], design: BasketDesign, task: string) {
  const operator = new BasketOperator(lines, design);
  const result = await new Runner({ operator, policy: new ExemplarPolicy({ memory: new InMemoryExemplars([demo]) }) }).run(task);
  if (process.env['REVIEW_DEBUG']) {
    const page = await new BasketOperator(lines, design).observe();
    const plan = planDemonstration(demo, task, page.elements, page.page);
    console.log(JSON.stringify({ notes: plan.notes, problems: plan.problems, steps: plan.steps.map((step) => ({ i: step.sourceIndex, rowKeys: step.rowKeys, stepper: step.stepperTarget, count: step.clickCount, t: step.step.targets[0]?.text })) }));
  }
  const run = { pressed: operator.pressed, paid: operator.paid, basket: operator.basket, status: result.outcome.status, reason: result.outcome.reason };
  if (process.env['REVIEW_DEBUG']) console.log(task, JSON.stringify(run));
  return run;
}

/** The demonstration basket-edit's scripted person records for "Remove the bananas, then set olive oil to 3." */
const DEMO_LINES: Line[] = [
  { name: 'Cheddar', qty: 2, price: 4.1 },
  { name: 'Olive oil', qty: 1, price: 6.4 },
  { name: 'Bananas', qty: 2, price: 1.2 },
  { name: 'Sourdough loaf', qty: 2, price: 3.5 },
];
const SET_DEMO = 'Remove the bananas, then set olive oil to 3.';
const SET_PRESSES: Press[] = [['Bananas', 'Remove'], ['Olive oil', '+'], ['Olive oil', '+'], [undefined, 'Proceed to checkout']];

/** A task done wrong or not at all: no press may be made that the task did not ask, and the checkout only with the basket wanted. */
const neverWrong = (run: { pressed: string[]; paid: string | undefined }, wanted: string) => {
  if (run.paid !== undefined) expect(run.paid).toBe(wanted);
  return run;
};

it('the kit: a basket followed as demonstrated', async () => {
  const demo = await demonstrate(DEMO_LINES, {}, SET_DEMO, SET_PRESSES);
  const lines: Line[] = [{ name: 'Oat milk', qty: 2 }, { name: 'Tomatoes', qty: 1 }, { name: 'Pasta', qty: 3 }, { name: 'Greek yogurt', qty: 1 }];
  const run = await follow(demo, lines, {}, 'Remove the tomatoes, then set pasta to 5.');
  expect(run.paid).toBe('Oat milk 2, Pasta 5, Greek yogurt 1');
});

describe('review29b: a checkout stand-in by its part (closing-control namesOnlyWorkedRows)', () => {
  it('never presses "Continue shopping" for the checkout when this basket\'s checkout is disabled', async () => {
    // The demonstration's checkout read "Go to payment"; this basket's reads "Checkout" and is disabled (a minimum order
    // not met), "Continue shopping" beside it. A person stops: the basket cannot be checked out. Pressing "Continue
    // shopping" and reporting done is a "done" the page denies.
    const demo = await demonstrate(DEMO_LINES, { caption: 'Go to payment' }, SET_DEMO, [...SET_PRESSES.slice(0, 3), [undefined, 'Go to payment']]);
    const lines: Line[] = [{ name: 'Oat milk', qty: 2 }, { name: 'Tomatoes', qty: 1 }, { name: 'Pasta', qty: 3 }, { name: 'Greek yogurt', qty: 1 }];
    const run = await follow(demo, lines, { caption: 'Checkout', payDisabled: true, extra: ['Continue shopping'] }, 'Remove the tomatoes, then set pasta to 5.');
    expect(run.pressed).not.toContain('Continue shopping');
    expect(run.status).not.toBe('success');
  });
});

describe('review29b: a checkout stand-in by its part, where the checkout is a link', () => {
  it('never presses "Continue shopping" for the demonstrated checkout button', async () => {
    // This basket's checkout is a link captioned "Checkout"; the one button under the basket is "Continue shopping".
    const demo = await demonstrate(DEMO_LINES, { caption: 'Go to payment' }, SET_DEMO, [...SET_PRESSES.slice(0, 3), [undefined, 'Go to payment']]);
    const lines: Line[] = [{ name: 'Oat milk', qty: 2 }, { name: 'Tomatoes', qty: 1 }, { name: 'Pasta', qty: 3 }, { name: 'Greek yogurt', qty: 1 }];
    const run = await follow(demo, lines, { caption: 'Checkout', payLink: true, extra: ['Continue shopping'] }, 'Remove the tomatoes, then set pasta to 5.');
    expect(run.pressed).not.toContain('Continue shopping');
  });

  it('never presses "Empty basket" for it', async () => {
    const demo = await demonstrate(DEMO_LINES, { caption: 'Go to payment' }, SET_DEMO, [...SET_PRESSES.slice(0, 3), [undefined, 'Go to payment']]);
    const lines: Line[] = [{ name: 'Oat milk', qty: 2 }, { name: 'Tomatoes', qty: 1 }, { name: 'Pasta', qty: 3 }, { name: 'Greek yogurt', qty: 1 }];
    const run = await follow(demo, lines, { caption: 'Checkout', payLink: true, extra: ['Empty basket'] }, 'Remove the tomatoes, then set pasta to 5.');
    expect(run.pressed).not.toContain('Empty basket');
  });
});

describe('review29b: basket edits read clause by clause (item-edits)', () => {
  it('"Please add one pasta, two oat milk, and remove the tomatoes" adds two oat milk: never sets oat milk to 2', async () => {
    // The verb of the first clause governs the second ("add … and two oat milk"); the second clause has no verb of its
    // own. Oat milk at 1: a person ends with 3, never 2.
    const demoLines = DEMO_LINES.map((line) => (line.name === 'Cheddar' ? { ...line, qty: 4 } : line));
    const demo = await demonstrate(demoLines, {}, "I'd like three olive oil, take the bananas out, and put in one more cheddar.", [['Olive oil', '+'], ['Olive oil', '+'], ['Bananas', 'Remove'], ['Cheddar', '+'], [undefined, 'Proceed to checkout']]);
    const lines: Line[] = [{ name: 'Oat milk', qty: 1 }, { name: 'Tomatoes', qty: 1 }, { name: 'Pasta', qty: 3 }, { name: 'Greek yogurt', qty: 1 }];
    const run = await follow(demo, lines, {}, 'Please add one pasta, two oat milk, and remove the tomatoes.');
    neverWrong(run, 'Oat milk 3, Pasta 4, Greek yogurt 1');
  });

  it('"Remove the tomatoes and two of the pasta" takes two pasta off: never sets the pasta to 2', async () => {
    // Pasta at 3: "remove … two of the pasta" leaves 1. Setting it to 2 is a wrong basket.
    const demo = await demonstrate(DEMO_LINES, {}, "I don't need the bananas any more; I'd like three olive oil though.", SET_PRESSES);
    const lines: Line[] = [{ name: 'Oat milk', qty: 2 }, { name: 'Tomatoes', qty: 1 }, { name: 'Pasta', qty: 3 }, { name: 'Greek yogurt', qty: 1 }];
    const run = await follow(demo, lines, {}, 'Remove the tomatoes and two of the pasta.');
    neverWrong(run, 'Oat milk 2, Pasta 1, Greek yogurt 1');
  });
});

describe('review29b: a counter stepped up from 0 (click-count / stepper-target)', () => {
  it('"Set adults to 3" after a demonstrated "Set adults to 2" from 0 ends at 3, even where another clause says a change ("add 1 to children")', async () => {
    // A ticket form: each line's count starts at 0. The demonstration pressed Adults "+" twice (0 → 2) and Children "+"
    // once. This form's Adults already shows 1: a person presses "+" twice, to 3 — pressing it three times makes 4.
    const design: BasketDesign = { floor: 0, caption: 'Continue', remove: { text: 'Clear' } };
    const demo = await demonstrate([{ name: 'Adults', qty: 0, price: 12 }, { name: 'Children', qty: 0, price: 6 }], design, 'Set Adults to 2 and add 1 to Children.', [['Adults', '+'], ['Adults', '+'], ['Children', '+'], [undefined, 'Continue']]);
    const run = await follow(demo, [{ name: 'Adults', qty: 1, price: 12 }, { name: 'Children', qty: 0, price: 6 }], design, 'Set Adults to 3 and add 1 to Children.');
    neverWrong(run, 'Adults 3, Children 1');
  });
});

describe('review29b: a stepper named for its row (row-keys labelNamesRow / cardShows)', () => {
  it('never steps a line whose note merely mentions the item, where no line is the item', async () => {
    // Demonstrated on a basket whose steppers are named ("Increase Olive oil"); this basket's are bare, it has no oat
    // milk line, and the pasta line's note says "Goes well with oat milk". A person finds no oat milk to set and stops.
    const demo = await demonstrate(DEMO_LINES, { named: true }, SET_DEMO, SET_PRESSES);
    const lines: Line[] = [{ name: 'Cheddar', qty: 2 }, { name: 'Tomatoes', qty: 1 }, { name: 'Pasta', qty: 3, note: 'Goes well with oat milk' }, { name: 'Greek yogurt', qty: 1 }];
    const run = await follow(demo, lines, {}, 'Remove the tomatoes, then set oat milk to 5.');
    expect(run.pressed.filter((press) => press.startsWith('Pasta'))).toEqual([]);
    expect(run.paid).toBeUndefined();
  });
});

describe('review29b: a bin named "Remove from basket" and the word "Remove" (icon-named)', () => {
  it('never takes a line\'s filled heart titled "Remove from wishlist" for the demonstrated "Remove"', async () => {
    // This basket removes a line by a ✕ titled "Delete"; each line also shows a filled heart titled "Remove from
    // wishlist". "Take the tomatoes out" is the ✕ — the heart only unfavourites them, and the basket is checked out with
    // the tomatoes still in it.
    const demo = await demonstrate(DEMO_LINES, {}, SET_DEMO, SET_PRESSES);
    const lines: Line[] = [{ name: 'Oat milk', qty: 2, heart: 'Remove from wishlist' }, { name: 'Tomatoes', qty: 1, heart: 'Remove from wishlist' }, { name: 'Pasta', qty: 3, heart: 'Remove from wishlist' }];
    const run = await follow(demo, lines, { remove: { text: '✕', title: 'Delete' } }, 'Remove the tomatoes, then set pasta to 5.');
    expect(run.pressed).not.toContain('Tomatoes ♥ (Remove from wishlist)');
    neverWrong(run, 'Oat milk 2, Pasta 5');
  });
});
