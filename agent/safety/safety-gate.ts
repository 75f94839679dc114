/**
 * The Runner's `gate`: runs just before every action executes.
 * 1. Placeholders of the secret vault are resolved to the real values
 *    (locally; the trajectory keeps the placeholder form) — but only into a
 *    field of the kind the secret came from; anything else asks, even with
 *    `--yes`, naming the secret's kind and the destination.
 * 2. Risky actions (by element id or by point) are announced with a
 *    `confirmation-request` event and wait for `confirm(request)`; with
 *    `autoApprove` (`--yes`) they pass. No answer path at all, no answer, or
 *    a "no" stops the run cleanly; only a "no" is reported as the user's.
 */
import { describeAction, type Action } from '../core/action.js';
import type { ActionGate, GateDecision } from '../core/gate.js';
import type { Observation } from '../core/observation.js';
import { riskOf } from './risky-actions.js';
import { secretMisplacement } from './secret-destination.js';
import type { SecretVault } from './secret-vault.js';

export interface ConfirmationRequest {
  step: number;
  action: Action;
  description: string;
  reason: string;
}

/**
 * Asks a person; resolves true to go ahead, false when the person said no,
 * undefined when nobody answered (input ended). `signal` aborts when the run is
 * stopped (Ctrl+C, wall-time budget): stop asking and resolve false or undefined.
 */
export type ConfirmFunction = (request: ConfirmationRequest, signal: AbortSignal) => Promise<boolean | undefined>;

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
    // A final answer keeps its placeholders: it is printed and stored, never typed.
    default:
      return { action, unknown };
  }
}

export function createSafetyGate(options: SafetyGateOptions = {}): ActionGate {
  const risk = options.risk ?? riskOf;
  return async (proposed, context): Promise<GateDecision> => {
    let action = proposed;
    const reasons: string[] = [];
    let needsPerson = false;
    if (options.vault) {
      const resolved = resolveAction(proposed, options.vault);
      if (resolved.unknown.length > 0) {
        return { allow: false, reason: `the action mentions unknown secret placeholder(s) ${resolved.unknown.join(', ')}; refusing to type them literally` };
      }
      const misplaced = secretMisplacement(proposed, context.observation, options.vault);
      if (misplaced) {
        reasons.push(misplaced);
        // --yes approves risky clicks, not moving a secret somewhere else: a person must say so.
        needsPerson = true;
      }
      action = resolved.action;
    }
    const reason = risk(proposed, context.observation);
    if (reason && !options.autoApprove) {
      reasons.push(reason);
      needsPerson = true;
    }
    if (needsPerson) {
      const joined = reasons.join('; and ');
      const request: ConfirmationRequest = { step: context.step, action: proposed, description: describeAction(proposed), reason: joined };
      context.emit({ type: 'confirmation-request', ...request });
      if (!options.confirm) {
        const how = options.autoApprove ? 'a person must approve this even with --yes' : 'rerun with --yes to allow risky actions, or answer at a terminal (or with --confirm-from-stdin)';
        return { allow: false, reason: `needs confirmation (${joined}) and nobody can confirm; ${how}` };
      }
      const approved = await untilAborted(options.confirm(request, context.signal), context.signal);
      if (context.signal.aborted) return { allow: false, reason: 'stopped while waiting for confirmation' };
      if (approved === undefined) return { allow: false, reason: `needs confirmation (${joined}) and nobody answered` };
      if (!approved) return { allow: false, reason: `the user declined: ${joined}` };
    }
    return action === proposed ? { allow: true } : { allow: true, action };
  };
}

/**
 * The answer, or false as soon as the signal aborts: a confirm callback that
 * ignores its signal must not keep a stopped run waiting.
 */
function untilAborted(answer: Promise<boolean | undefined>, signal: AbortSignal): Promise<boolean | undefined> {
  if (signal.aborted) {
    answer.catch(() => undefined);
    return Promise.resolve(false);
  }
  return new Promise<boolean | undefined>((resolve, reject) => {
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
