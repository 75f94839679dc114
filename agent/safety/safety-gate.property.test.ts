/**
 * Property (issue 16): for generated actions — aimed by element id or by
 * point, clicks, double-clicks, drops, typing, Enter — on generated pages of
 * risky and harmless controls, nothing risky runs without consent; and on a
 * page with nothing risky, nothing is asked (so the gate is not simply
 * "always ask").
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '../core/action.js';
import type { Observation, UIElement } from '../core/observation.js';
import { createSafetyGate } from './safety-gate.js';

interface ControlSpec {
  role: 'button' | 'link' | 'textbox';
  text: string;
  attributes?: Record<string, string>;
  inputType?: string;
  risky: boolean;
}

const RISKY: ControlSpec[] = [
  { role: 'button', text: 'Delete account', risky: true },
  { role: 'button', text: 'Pay now', risky: true },
  { role: 'button', text: 'Wire $5,000 to ACME Ltd', risky: true },
  { role: 'button', text: 'Submit order', risky: true },
  { role: 'button', text: '🗑️', attributes: { title: 'Delete' }, risky: true },
  { role: 'button', text: '', attributes: { 'aria-label': 'Remove card' }, risky: true },
  { role: 'button', text: 'Drop database', risky: true },
  { role: 'link', text: 'Cancel subscription', attributes: { href: '/billing/cancel' }, risky: true },
  { role: 'button', text: 'Konto löschen', risky: true },
  { role: 'button', text: 'Supprimer', risky: true },
  { role: 'button', text: 'Enviar', risky: true },
  { role: 'button', text: 'Send message', risky: true },
  { role: 'button', text: 'Buy now', risky: true },
  { role: 'textbox', text: '', inputType: 'password', attributes: { name: 'password' }, risky: true },
];
const HARMLESS: ControlSpec[] = [
  { role: 'button', text: 'Next', risky: false },
  { role: 'button', text: 'Help', risky: false },
  { role: 'link', text: 'Home', risky: false },
  { role: 'link', text: 'Profile', risky: false },
  { role: 'button', text: 'Search', risky: false },
  { role: 'textbox', text: '', attributes: { name: 'nickname' }, risky: false },
  { role: 'textbox', text: '', attributes: { name: 'city' }, risky: false },
];

const CELL = { width: 160, height: 40, columns: 4 };

/** A page: controls in a grid of cells (no overlap, so what is under a point is well defined), some cells empty. */
const pageArbitrary = (pool: ControlSpec[]) =>
  fc.array(fc.option(fc.constantFrom(...pool), { nil: undefined, freq: 4 }), { minLength: 1, maxLength: 12 }).map((cells) => {
    const elements: (UIElement & { risky: boolean })[] = [];
    cells.forEach((spec, cell) => {
      if (!spec) return;
      const x = (cell % CELL.columns) * CELL.width + 10;
      const y = Math.floor(cell / CELL.columns) * CELL.height * 2 + 10;
      elements.push({
        id: elements.length + 1,
        role: spec.role,
        text: spec.text,
        ...(spec.role === 'textbox' ? { label: spec.attributes?.name, inputType: spec.inputType ?? 'text' } : {}),
        ...(spec.attributes ? { attributes: spec.attributes } : {}),
        states: {},
        box: { x, y, width: CELL.width - 20, height: CELL.height - 10 },
        source: 'dom',
        interactive: true,
        risky: spec.risky,
      });
    });
    const observation: Observation = { sequence: 1, environment: 'browser', viewport: { width: 800, height: 600, deviceScaleFactor: 1 }, page: { title: 'Generated' }, capturedAt: 0, elements };
    return { observation, elements };
  });

type Aim = { kind: 'id'; index: number } | { kind: 'inside'; index: number; dx: number; dy: number } | { kind: 'anywhere'; x: number; y: number };
const aimArbitrary: fc.Arbitrary<Aim> = fc.oneof(
  fc.record({ kind: fc.constant('id' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('inside' as const), index: fc.nat(), dx: fc.double({ min: 0, max: 0.999, noNaN: true }), dy: fc.double({ min: 0, max: 0.999, noNaN: true }) }),
  fc.record({ kind: fc.constant('anywhere' as const), x: fc.integer({ min: 0, max: 799 }), y: fc.integer({ min: 0, max: 599 }) }),
);
const verbArbitrary = fc.constantFrom('click', 'double-click', 'drop', 'type', 'enter');

interface Generated {
  action: Action;
  /** The control the action really reaches, if any (ground truth from the grid, not from the gate's own lookup). */
  reaches?: UIElement & { risky: boolean };
  /** True when the action lands on empty space. */
  empty: boolean;
  focusedId?: number;
}

function build(elements: (UIElement & { risky: boolean })[], aim: Aim, verb: string): Generated {
  let target: { elementId: number } | { x: number; y: number };
  let reaches: (UIElement & { risky: boolean }) | undefined;
  if (aim.kind === 'anywhere') {
    target = { x: aim.x, y: aim.y };
    reaches = elements.find(({ box }) => aim.x >= box.x && aim.x < box.x + box.width && aim.y >= box.y && aim.y < box.y + box.height);
  } else {
    reaches = elements[aim.index % elements.length];
    target = aim.kind === 'id' || !reaches ? { elementId: reaches?.id ?? 1 } : { x: reaches.box.x + aim.dx * reaches.box.width, y: reaches.box.y + aim.dy * reaches.box.height };
  }
  switch (verb) {
    case 'type':
      return { action: { type: 'type', target, text: 'hello' }, reaches, empty: !reaches };
    case 'drop':
      return { action: { type: 'drag', from: { x: 790, y: 590 }, to: target }, reaches, empty: !reaches };
    case 'enter':
      return { action: { type: 'press', keys: 'Enter' }, reaches, empty: !reaches, focusedId: reaches?.id };
    default:
      return { action: { type: verb as 'click' | 'double-click', target }, reaches, empty: !reaches };
  }
}

/** Would running this action do something risky? Clicking a risky button, typing into a password field. */
function reallyRisky(generated: Generated, verb: string): boolean {
  const reached = generated.reaches;
  if (!reached || !reached.risky) return false;
  if (reached.role === 'textbox') return verb === 'type';
  return verb !== 'type';
}

async function decide(observation: Observation, generated: Generated) {
  let asked = 0;
  const gate = createSafetyGate({ confirm: async () => (asked++, false) });
  const at = generated.focusedId === undefined ? observation : { ...observation, page: { ...observation.page, focusedId: generated.focusedId } };
  const decision = await gate(generated.action, { task: 't', step: 0, observation: at, signal: new AbortController().signal, emit: () => undefined });
  return { asked, allowed: decision.allow };
}

describe('safety gate property', () => {
  it('nothing risky runs without consent, whether aimed by id or by point', async () => {
    await fc.assert(
      fc.asyncProperty(pageArbitrary([...RISKY, ...HARMLESS]), aimArbitrary, verbArbitrary, async ({ observation, elements }, aim, verb) => {
        fc.pre(elements.length > 0);
        const generated = build(elements, aim, verb);
        const { asked, allowed } = await decide(observation, generated);
        if (reallyRisky(generated, verb)) {
          expect(asked, JSON.stringify(generated.action)).toBe(1);
          expect(allowed).toBe(false);
        }
        // A point on empty space of a page with risky controls cannot be proven harmless: it asks too.
        if (generated.empty && generated.action.type !== 'press' && verb !== 'type' && elements.some((element) => element.risky && element.role !== 'textbox')) {
          expect(allowed).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('on a page with nothing risky, nothing is asked', async () => {
    await fc.assert(
      fc.asyncProperty(pageArbitrary(HARMLESS), aimArbitrary, verbArbitrary, async ({ observation, elements }, aim, verb) => {
        fc.pre(elements.length > 0);
        const { asked, allowed } = await decide(observation, build(elements, aim, verb));
        expect(asked).toBe(0);
        expect(allowed).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
