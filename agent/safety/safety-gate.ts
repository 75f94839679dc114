/**
 * The Runner's `gate`: runs just before every action executes.
 * 1. Placeholders of the secret vault are resolved to the real values
 *    (locally; the trajectory keeps the placeholder form).
 * 2. Risky actions are announced with a `confirmation-request` event and
 *    wait for `confirm(request)`; with `autoApprove` (`--yes`) they pass.
 *    No answer path at all, or a "no", stops the run cleanly.
 */
import { describeAction, type Action } from '../core/action.js';
import type { ActionGate, GateDecision } from '../runner/runner.js';
import type { Observation } from '../core/observation.js';
import { riskOf } from './risky-actions.js';
import type { SecretVault } from './secret-vault.js';

export interface ConfirmationRequest {
  step: number;
  action: Action;
  description: string;
  reason: string;
}

/**
 * Asks a person; resolves true to go ahead. `signal` aborts when the run is
 * stopped (Ctrl+C, wall-time budget): stop asking and resolve false.
 */
export type ConfirmFunction = (request: ConfirmationRequest, signal: AbortSignal) => Promise<boolean>;

export interface SafetyGateOptions {
  vault?: SecretVault;
  /** Asks a person; resolves true to go ahead. */
  confirm?: ConfirmFunction;
  /** Approve every risky action without asking (`--yes`). */
  autoApprove?: boolean;
  /** Replace the built-in risk rules. */
  risk?: (action: Action, observation: Observation) => string | undefined;
}

/** The action with every placeholder in its text fields replaced by the real value. */
export function resolveAction(action: Action, vault: SecretVault): { action: Action; unknown: string[] } {
  const unknown: string[] = [];
  const resolve = (text: string) => {
    const result = vault.resolve(text);
    unknown.push(...result.unknown);
    return result.text;
  };
  switch (action.type) {
    case 'type':
      return { action: { ...action, text: resolve(action.text) }, unknown };
    case 'select':
      return { action: { ...action, option: resolve(action.option) }, unknown };
    case 'done':
      return { action: action.answer === undefined ? action : { ...action, answer: resolve(action.answer) }, unknown };
    default:
      return { action, unknown };
  }
}

export function createSafetyGate(options: SafetyGateOptions = {}): ActionGate {
  const risk = options.risk ?? riskOf;
  return async (proposed, context): Promise<GateDecision> => {
    let action = proposed;
    if (options.vault) {
      const resolved = resolveAction(proposed, options.vault);
      if (resolved.unknown.length > 0) {
        return { allow: false, reason: `the action mentions unknown secret placeholder(s) ${resolved.unknown.join(', ')}; refusing to type them literally` };
      }
      action = resolved.action;
    }
    const reason = risk(proposed, context.observation);
    if (reason && !options.autoApprove) {
      const request: ConfirmationRequest = { step: context.step, action: proposed, description: describeAction(proposed), reason };
      context.emit({ type: 'confirmation-request', ...request });
      if (!options.confirm) {
        return { allow: false, reason: `needs confirmation (${reason}) and nobody can confirm; rerun with --yes to allow risky actions` };
      }
      const approved = await untilAborted(options.confirm(request, context.signal), context.signal);
      if (context.signal.aborted) return { allow: false, reason: 'stopped while waiting for confirmation' };
      if (!approved) return { allow: false, reason: `the user declined: ${reason}` };
    }
    return action === proposed ? { allow: true } : { allow: true, action };
  };
}

/**
 * The answer, or false as soon as the signal aborts: a confirm callback that
 * ignores its signal must not keep a stopped run waiting.
 */
function untilAborted(answer: Promise<boolean>, signal: AbortSignal): Promise<boolean> {
  if (signal.aborted) {
    answer.catch(() => undefined);
    return Promise.resolve(false);
  }
  return new Promise<boolean>((resolve, reject) => {
    const onAbort = () => resolve(false);
    signal.addEventListener('abort', onAbort, { once: true });
    answer.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
