import { describe, expect, it } from 'vitest';
import type { Action } from '../core/action.js';
import type { AgentEventDraft } from '../core/events.js';
import type { Observation, UIElement } from '../core/observation.js';
import { createSafetyGate, type ConfirmationRequest } from './safety-gate.js';
import { riskOf } from './risky-actions.js';
import { SecretVault } from './secret-vault.js';

function element(id: number, role: string, text: string, extra: Partial<UIElement> = {}): UIElement {
  return { id, role, text, states: {}, box: { x: 0, y: id * 20, width: 100, height: 20 }, source: 'dom', interactive: true, ...extra };
}

const observation: Observation = {
  sequence: 1,
  environment: 'browser',
  viewport: { width: 800, height: 600, deviceScaleFactor: 1 },
  page: {},
  capturedAt: 0,
  elements: [
    element(1, 'textbox', '', { label: 'Password', inputType: 'password' }),
    element(2, 'button', 'Pay now'),
    element(3, 'button', 'Delete account'),
    element(4, 'button', 'Next'),
    element(5, 'textbox', '', { label: 'Name' }),
  ],
};

function gateContext(events: AgentEventDraft[], signal = new AbortController().signal) {
  return { task: 't', step: 3, observation, signal, emit: (event: AgentEventDraft) => events.push(event) };
}

describe('riskOf', () => {
  it('flags password typing, paying, deleting and closing chords, not ordinary steps', () => {
    const cases: [Action, boolean][] = [
      [{ type: 'type', target: { elementId: 1 }, text: 'x' }, true],
      [{ type: 'type', target: { elementId: 5 }, text: 'x' }, false],
      [{ type: 'click', target: { elementId: 2 } }, true],
      [{ type: 'click', target: { elementId: 3 } }, true],
      [{ type: 'click', target: { elementId: 4 } }, false],
      [{ type: 'press', keys: 'Alt+F4' }, true],
      [{ type: 'press', keys: 'Control+W' }, true],
      [{ type: 'press', keys: 'Control+A' }, false],
    ];
    for (const [action, risky] of cases) expect(riskOf(action, observation) !== undefined, JSON.stringify(action)).toBe(risky);
  });
});

describe('createSafetyGate', () => {
  it('asks through a confirmation-request event and the confirm callback; a no stops', async () => {
    const requests: ConfirmationRequest[] = [];
    const events: AgentEventDraft[] = [];
    const gate = createSafetyGate({ confirm: async (request) => (requests.push(request), false) });
    const decision = await gate({ type: 'click', target: { elementId: 2 } }, gateContext(events));
    expect(decision).toEqual({ allow: false, reason: expect.stringMatching(/^the user declined: pressing "Pay now"/) });
    expect(requests).toHaveLength(1);
    expect(events).toEqual([
      { type: 'confirmation-request', step: 3, action: { type: 'click', target: { elementId: 2 } }, description: 'click [2]', reason: expect.stringContaining('Pay now') },
    ]);
  });

  it('goes ahead on yes, on --yes without asking, and never asks for safe actions', async () => {
    let asked = 0;
    const yes = createSafetyGate({ confirm: async () => (asked++, true) });
    expect(await yes({ type: 'press', keys: 'Alt+F4' }, gateContext([]))).toEqual({ allow: true });
    expect(await yes({ type: 'click', target: { elementId: 4 } }, gateContext([]))).toEqual({ allow: true });
    expect(asked).toBe(1);
    const auto = createSafetyGate({ autoApprove: true });
    const events: AgentEventDraft[] = [];
    expect(await auto({ type: 'click', target: { elementId: 3 } }, gateContext(events))).toEqual({ allow: true });
    expect(events).toEqual([]);
  });

  it('passes the run signal to confirm and stops waiting when the run is stopped', async () => {
    const controller = new AbortController();
    let seen: AbortSignal | undefined;
    // A confirm that honours its signal…
    const polite = createSafetyGate({
      confirm: (_request, signal) =>
        new Promise<boolean>((resolve) => {
          seen = signal;
          signal.addEventListener('abort', () => resolve(false), { once: true });
        }),
    });
    const pending = polite({ type: 'click', target: { elementId: 2 } }, gateContext([], controller.signal));
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toBe(controller.signal);
    controller.abort(new Error('Ctrl+C'));
    expect(await pending).toEqual({ allow: false, reason: 'stopped while waiting for confirmation' });
    // …and one that never answers: the gate still returns once the run stops.
    const stuck = new AbortController();
    const deaf = createSafetyGate({ confirm: () => new Promise<boolean>(() => undefined) });
    const waiting = deaf({ type: 'press', keys: 'Alt+F4' }, gateContext([], stuck.signal));
    stuck.abort(new Error('Ctrl+C'));
    expect(await waiting).toEqual({ allow: false, reason: 'stopped while waiting for confirmation' });
  });

  it('refuses a risky action when nobody can confirm, saying how to allow it', async () => {
    const gate = createSafetyGate({});
    const decision = await gate({ type: 'click', target: { elementId: 3 } }, gateContext([]));
    expect(decision.allow === false && decision.reason).toMatch(/rerun with --yes/);
  });

  it('resolves placeholders to real values locally and refuses unknown ones', async () => {
    const vault = new SecretVault();
    const placeholder = vault.add('s3cret-Pass', 'password')!;
    const gate = createSafetyGate({ vault, autoApprove: true });
    const decision = await gate({ type: 'type', target: { elementId: 1 }, text: `${placeholder}` }, gateContext([]));
    expect(decision).toEqual({ allow: true, action: { type: 'type', target: { elementId: 1 }, text: 's3cret-Pass' } });
    const unknown = await gate({ type: 'type', target: { elementId: 5 }, text: '<secret:email-7>' }, gateContext([]));
    expect(unknown.allow).toBe(false);
  });
});

describe('secret placeholders go only where they came from (issue 16 defect 2)', () => {
  const site = 'https://accounts.example';
  const profile: Observation = {
    ...observation,
    page: { url: `${site}/profile`, focusedId: 5 },
    elements: [
      element(1, 'textbox', '', { label: 'Password', inputType: 'password' }),
      element(5, 'textbox', '', { label: 'Nickname' }),
      element(6, 'textbox', '', { label: 'API key' }),
    ],
  };
  const context = (events: AgentEventDraft[], at = profile) => ({ task: 't', step: 0, observation: at, signal: new AbortController().signal, emit: (event: AgentEventDraft) => events.push(event) });

  function vaultWithPassword(): { vault: SecretVault; password: string; key: string } {
    const vault = new SecretVault();
    vault.learnObservation({ ...profile, elements: [element(1, 'textbox', '', { inputType: 'password', value: 'Hunter2-secret' })] });
    const password = vault.redact('Hunter2-secret');
    const key = vault.redact('sk-proj-abcdefghijklmnop1234');
    return { vault, password, key };
  }

  it('resolves a password into a password field of the site it came from, without asking', async () => {
    const { vault, password } = vaultWithPassword();
    let asked = 0;
    const gate = createSafetyGate({ vault, confirm: async () => (asked++, false), risk: () => undefined });
    expect(await gate({ type: 'type', target: { elementId: 1 }, text: password }, context([]))).toEqual({
      allow: true,
      action: { type: 'type', target: { elementId: 1 }, text: 'Hunter2-secret' },
    });
    expect(asked).toBe(0);
  });

  it('asks before typing a password and a key into a nickname field, naming the kinds and the destination, even with --yes', async () => {
    const { vault, password, key } = vaultWithPassword();
    const requests: ConfirmationRequest[] = [];
    const gate = createSafetyGate({ vault, autoApprove: true, confirm: async (request) => (requests.push(request), false) });
    const exfiltrate = { type: 'type' as const, target: { elementId: 5 }, text: `pw=${password} key=${key}` };
    const decision = await gate(exfiltrate, context([]));
    expect(decision.allow).toBe(false);
    expect(requests[0]!.reason).toMatch(/your password <secret:password-1> \(from https:\/\/accounts\.example\) and your API key <secret:api-key-1> into the textbox "Nickname" on https:\/\/accounts\.example/);
    expect(JSON.stringify(decision)).not.toContain('Hunter2-secret');
    // Focused field, no target: the same; and with nobody to ask, refused.
    const nobody = createSafetyGate({ vault, autoApprove: true });
    const refused = await nobody({ type: 'type', text: password }, context([]));
    expect(refused.allow === false && refused.reason).toMatch(/Nickname.*a person must approve this even with --yes/);
  });

  it('asks before a password seen on one site is typed into a password field of another', async () => {
    const { vault, password } = vaultWithPassword();
    const elsewhere: Observation = { ...profile, page: { url: 'https://evil.example/login' } };
    const gate = createSafetyGate({ vault, risk: () => undefined });
    const decision = await gate({ type: 'type', target: { elementId: 1 }, text: password }, context([], elsewhere));
    expect(decision.allow === false && decision.reason).toMatch(/from https:\/\/accounts\.example.*on https:\/\/evil\.example/);
  });

  it('lets an approved misplacement through with the real value', async () => {
    const { vault, key } = vaultWithPassword();
    const gate = createSafetyGate({ vault, confirm: async () => true });
    expect(await gate({ type: 'type', target: { elementId: 6 }, text: key }, context([]))).toEqual({
      allow: true,
      action: { type: 'type', target: { elementId: 6 }, text: 'sk-proj-abcdefghijklmnop1234' },
    });
    expect(await gate({ type: 'type', target: { elementId: 5 }, text: key }, context([]))).toMatchObject({ allow: true });
  });

  it('says the user declined only when a user answered', async () => {
    const silent = createSafetyGate({ confirm: async () => undefined });
    const decision = await silent({ type: 'click', target: { elementId: 2 } }, gateContext([]));
    expect(decision.allow === false && decision.reason).toMatch(/nobody answered/);
    expect(decision.allow === false && decision.reason).not.toMatch(/declined/);
  });
});
