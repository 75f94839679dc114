/**
 * A tiny in-memory world for tests: a form with a name field, a newsletter
 * checkbox and a Submit button. It implements the real Operator contract
 * (stale ids are refused, unsupported actions reported) without a browser.
 */
import type { Action } from '../../agent/core/action.js';
import type { Observation, UIElement } from '../../agent/core/observation.js';
import { actionFailure, type ActionResult, type ActionSpace, type Operator } from '../../agent/core/operator.js';

export interface FormWorldState {
  name: string;
  newsletter: boolean;
  submitted: { name: string; newsletter: boolean } | null;
}

export interface FormWorldOptions {
  /** Throw from observe() on this observation number (1-based), to test error handling. */
  failObserveAt?: number;
  /** Delay every observe(), ms. */
  observeDelayMs?: number;
  /** Never resolve observe() from this observation number on (a hung operator). */
  hangObserveAt?: number;
}

export class FormWorldOperator implements Operator {
  readonly environment = 'browser' as const;
  readonly actionSpace: ActionSpace = {
    types: ['click', 'type', 'press', 'wait', 'done'],
    notes: ['a form world held in memory'],
  };
  readonly state: FormWorldState = { name: '', newsletter: false, submitted: null };
  readonly executed: Action[] = [];
  observations = 0;
  closed = false;
  private focused: 'name' | null = null;
  private latest: Observation | undefined;

  constructor(private readonly options: FormWorldOptions = {}) {}

  async observe(): Promise<Observation> {
    this.observations++;
    if (this.options.observeDelayMs) await new Promise((resolve) => setTimeout(resolve, this.options.observeDelayMs));
    if (this.options.failObserveAt === this.observations) throw new Error('the form world lost its display');
    if (this.options.hangObserveAt !== undefined && this.observations >= this.options.hangObserveAt) {
      return new Promise<Observation>(() => undefined);
    }
    const base = this.observations * 10; // ids differ between observations, as in a real page
    const elements: UIElement[] = [
      element(base + 1, 'text', 'Sign up', false, 10),
      { ...element(base + 2, 'textbox', '', true, 40), label: 'Name', value: this.state.name, states: { focused: this.focused === 'name' } },
      { ...element(base + 3, 'checkbox', 'Newsletter', true, 70), states: { checked: this.state.newsletter } },
      element(base + 4, 'button', 'Submit', true, 100),
    ];
    if (this.state.submitted) elements.push(element(base + 5, 'text', `Thanks, ${this.state.submitted.name}!`, false, 130));
    this.latest = {
      sequence: this.observations,
      environment: 'browser',
      elements,
      viewport: { width: 200, height: 200, deviceScaleFactor: 1 },
      page: { url: 'memory://form-world/signup', title: 'Sign up' },
      capturedAt: Date.now(),
    };
    return this.latest;
  }

  async execute(action: Action): Promise<ActionResult> {
    this.executed.push(action);
    const byId = (id: number) => this.latest?.elements.find((candidate) => candidate.id === id);
    switch (action.type) {
      case 'click': {
        if (!('elementId' in action.target)) return actionFailure('unsupported', 'the form world has no coordinates');
        const target = byId(action.target.elementId);
        if (!target) return actionFailure('stale-element', `element ${action.target.elementId} is not in the latest observation`);
        if (target.role === 'textbox') this.focused = 'name';
        if (target.role === 'checkbox') this.state.newsletter = !this.state.newsletter;
        if (target.role === 'button') this.state.submitted = { name: this.state.name, newsletter: this.state.newsletter };
        return { ok: true, durationMs: 0 };
      }
      case 'type': {
        if (action.target) {
          if (!('elementId' in action.target) || !byId(action.target.elementId)) {
            return actionFailure('stale-element', 'the type target is not in the latest observation');
          }
          this.focused = 'name';
        }
        if (this.focused !== 'name') return actionFailure('failed', 'no field has focus');
        this.state.name = action.replace ? action.text : this.state.name + action.text;
        return { ok: true, durationMs: 0 };
      }
      case 'press':
      case 'wait':
        return { ok: true, durationMs: 0 };
      default:
        return actionFailure('unsupported', `the form world cannot ${action.type}`);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}

function element(id: number, role: string, text: string, interactive: boolean, y: number): UIElement {
  return { id, role, text, states: {}, box: { x: 10, y, width: 120, height: 20 }, source: 'dom', interactive };
}
