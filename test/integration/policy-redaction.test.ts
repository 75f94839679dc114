/**
 * Secrets stay on the machine: a seeded corpus of login screens full of
 * secrets (e-mails, phones, cards, API keys, JWTs, password fields, a
 * user-listed code word) goes through the RCI policy to a *remote* scripted
 * model. No secret value may appear in any recorded call; the actions come
 * back with placeholders, and the safety gate executes them with the real
 * values.
 */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import type { Action } from '../../agent/core/action.js';
import type { AgentEvent } from '../../agent/core/events.js';
import type { Observation, UIElement } from '../../agent/core/observation.js';
import { actionFailure, type ActionResult, type Operator } from '../../agent/core/operator.js';
import { RciPolicy } from '../../agent/policy/rci/rci-policy.js';
import { Runner } from '../../agent/runner/runner.js';
import { guardModel } from '../../agent/safety/guard-model.js';
import { createSafetyGate } from '../../agent/safety/safety-gate.js';
import { luhn } from '../../agent/safety/secret-patterns.js';
import { ScriptedModel, answerByPurpose, callText, idInPrompt, type ScriptedCall } from '../kits/scripted-model.js';

interface Secrets {
  email: string;
  phone: string;
  card: string;
  apiKey: string;
  jwt: string;
  storedPassword: string;
  newPassword: string;
  codeWord: string;
}

function makeSecrets(seed: number): Secrets {
  const random = seedrandom(`corpus-${seed}`);
  const pick = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
  const lower = 'abcdefghijklmnopqrstuvwxyz';
  const alnum = `${lower}ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789`;
  const digits = '0123456789';
  let card = `4${pick(digits, 14)}`;
  for (let check = 0; check < 10; check++) {
    if (luhn(`${card}${check}`)) {
      card = `${card}${check}`;
      break;
    }
  }
  const grouped = random() < 0.5 ? card.replace(/(\d{4})(?=\d)/g, '$1 ') : card;
  return {
    email: `${pick(lower, 6)}.${pick(lower, 4)}@${pick(lower, 7)}.com`,
    phone: `+${1 + Math.floor(random() * 90)} ${pick(digits, 3)} ${pick(digits, 3)} ${pick(digits, 4)}`,
    card: grouped,
    apiKey: `sk-${pick(alnum, 8)}7${pick(alnum, 24)}`,
    jwt: `eyJ${pick(alnum, 20)}.${pick(alnum, 30)}.${pick(alnum, 22)}`,
    // A password field's value need not look like a secret: it is hidden because of the field.
    storedPassword: pick(lower, 12),
    newPassword: `${pick(lower, 5)}${pick(digits, 3)}${pick(alnum, 4)}`,
    codeWord: `Project ${pick(lower, 8)}`,
  };
}

function element(id: number, role: string, text: string, extra: Partial<UIElement> = {}): UIElement {
  return { id, role, text, states: {}, box: { x: 20, y: id * 30, width: 300, height: 24 }, source: 'dom', interactive: role !== 'text', ...extra };
}

/** An account page holding the secrets, with a password change form. */
class AccountWorld implements Operator {
  readonly environment = 'browser' as const;
  readonly actionSpace = { types: ['click', 'type', 'done'] as const, notes: ['an account page held in memory'] };
  readonly executed: Action[] = [];
  passwordField = '';
  saved: string | null = null;
  private latest: Observation | undefined;
  private count = 0;

  constructor(private readonly secrets: Secrets) {}

  async observe(): Promise<Observation> {
    this.count++;
    const s = this.secrets;
    const elements = [
      element(1, 'heading', 'Your account'),
      element(2, 'text', `Signed in as ${s.email}`),
      element(3, 'text', `Phone ${s.phone}`),
      element(4, 'text', `Card on file ${s.card}`),
      element(5, 'text', `API key: ${s.apiKey}`),
      element(6, 'text', `Session ${s.jwt}`),
      element(7, 'text', `Team: ${s.codeWord}`),
      element(8, 'textbox', '', { label: 'Current password', inputType: 'password', value: s.storedPassword }),
      element(9, 'textbox', '', { label: 'New password', inputType: 'password', value: this.passwordField }),
      element(10, 'button', 'Save password'),
      ...(this.saved ? [element(11, 'text', 'Password saved')] : []),
    ];
    this.latest = { sequence: this.count, environment: 'browser', elements, viewport: { width: 800, height: 600, deviceScaleFactor: 1 }, page: { url: 'memory://account' }, capturedAt: 0 };
    return this.latest;
  }

  async execute(action: Action): Promise<ActionResult> {
    this.executed.push(action);
    if (action.type === 'type' && action.target && 'elementId' in action.target && action.target.elementId === 9) {
      this.passwordField = action.text;
      return { ok: true, durationMs: 0 };
    }
    if (action.type === 'click' && 'elementId' in action.target && action.target.elementId === 10) {
      this.saved = this.passwordField;
      return { ok: true, durationMs: 0 };
    }
    return actionFailure('unsupported', `the account world cannot ${action.type} there`);
  }

  async close(): Promise<void> {}
}

/** The remote model: it only ever sees placeholders, and answers with them. */
function accountAnswers() {
  const placeholderIn = (call: ScriptedCall) => {
    const task = callText(call).match(/Task: .*?(<secret:password-\d+>)/);
    if (!task) throw new Error('the task line carries no password placeholder');
    return task[1]!;
  };
  return answerByPurpose({
    'plan-propose': '1. type the new password into "New password"\n2. click "Save password"',
    'plan-critique': 'NO PROBLEMS',
    'state-grounding': (call) => {
      const text = callText(call);
      if (text.includes('Password saved')) return 'DONE';
      return /\[9\] textbox[^\n]*"New password"[^\n]*value=/.test(text) ? 'Click "Save password"' : 'Type the new password';
    },
    'agent-grounding': (call) =>
      callText(call).includes('Instruction: Click')
        ? JSON.stringify({ thought: 'save', actions: [{ type: 'click', target: { elementId: idInPrompt(call, 'button', 'Save password') } }] })
        : JSON.stringify({ thought: 'type it', actions: [{ type: 'type', target: { elementId: 9 }, text: placeholderIn(call) }] }),
  });
}

function secretValues(secrets: Secrets): string[] {
  return [secrets.email, secrets.phone, secrets.card, secrets.card.replace(/\s/g, ''), secrets.apiKey, secrets.jwt, secrets.storedPassword, secrets.newPassword, secrets.codeWord];
}

describe('redaction before a remote model', () => {
  it('a seeded corpus of 40 secret-laden runs: no secret ever reaches the model, and actions run with real values', async () => {
    for (let seed = 0; seed < 40; seed++) {
      const secrets = makeSecrets(seed);
      const remote = new ScriptedModel([], { remote: true, fallback: accountAnswers() });
      const guarded = guardModel(remote, { secrets: [secrets.codeWord] });
      const world = new AccountWorld(secrets);
      const confirmations: AgentEvent[] = [];
      const runner = new Runner({
        operator: world,
        policy: new RciPolicy({ model: guarded.model, observationListener: guarded.vault, critiqueRounds: 1, adaptive: false }),
        gate: createSafetyGate({ vault: guarded.vault, confirm: async () => true }),
      });
      const result = await runner.run(`Change my password to ${secrets.newPassword} (account ${secrets.email})`, {
        onEvent: (event) => event.type === 'confirmation-request' && confirmations.push(event),
      });

      expect(result.outcome.status, `seed ${seed}: ${result.outcome.reason}`).toBe('success');
      // Executed locally with the real value…
      expect(world.saved).toBe(secrets.newPassword);
      // …while the model and the trajectory only ever held the placeholder.
      const typed = result.trajectory.steps.find((step) => step.action.type === 'type')!.action as { text: string };
      expect(typed.text).toMatch(/^<secret:password-\d+>$/);
      expect(remote.calls.length).toBeGreaterThanOrEqual(6);
      for (const call of remote.calls) {
        const sent = callText(call);
        for (const value of secretValues(secrets)) expect(sent.includes(value), `seed ${seed} leaked ${value}`).toBe(false);
      }
      expect(callText(remote.calls[0]!)).toContain('<secret:email-1>');
      // Typing into a password field asked for confirmation through the event stream, and so did
      // saving it (an affirmative button on a page with a filled password field: credentials change).
      expect(confirmations).toHaveLength(2);
      expect(confirmations.map((event) => (event as { reason: string }).reason)).toEqual([
        expect.stringMatching(/^typing into the password field/),
        expect.stringMatching(/^pressing "Save password" .*credentials/),
      ]);
    }
  });

  it('a denied confirmation stops the run cleanly, before the password is typed', async () => {
    const secrets = makeSecrets(99);
    const remote = new ScriptedModel([], { remote: true, fallback: accountAnswers() });
    const guarded = guardModel(remote);
    const world = new AccountWorld(secrets);
    const result = await new Runner({
      operator: world,
      policy: new RciPolicy({ model: guarded.model, observationListener: guarded.vault, critiqueRounds: 0 }),
      gate: createSafetyGate({ vault: guarded.vault, confirm: async () => false }),
    }).run(`Change my password to ${secrets.newPassword}`);
    expect(result.outcome.status).toBe('stopped');
    expect(result.outcome.reason).toMatch(/^the user declined: typing into the password field "New password"/);
    expect(world.executed).toEqual([]);
  });
});
