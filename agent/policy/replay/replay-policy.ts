/**
 * A policy that replays a stored trajectory step by step, re-grounding each
 * step's targets onto the current observation. Replaying a demonstration on
 * its own seed must reproduce its reward: that validates both the recording
 * and the executor.
 */
import { WAIT_TIMED_OUT, actionElementIds } from '../../core/action.js';
import { replayWaitTurn } from '../exemplar/rules/wait-turns.js';
import type { Observation } from '../../core/observation.js';
import type { Policy, PolicyContext, PolicyDecision } from '../../core/policy.js';
import type { TargetDescriptor, Trajectory } from '../../core/trajectory.js';
import { regroundAction } from './reground.js';
import { unresolvedPlaceholder } from './secret-placeholder.js';

/**
 * A target that is not on the page yet may still be coming: a sub-menu opens
 * a moment after the pointer reaches its parent, suggestions after typing. A
 * person waits for it, and the demonstration did: so does the replay, a few
 * short waits per step before it gives up.
 */
const WAIT_MS = 250;
const MAX_WAITS_PER_STEP = 8;
const MAX_WAITS = 24;
/**
 * Failures of a replayed action that a moment may cure, before any input was sent: its target still
 * covered by a closing pop-up (a date picker fading out over the Submit button), renumbered meanwhile.
 * The person waited for the page to settle; the replay tries the step again after a wait, and gives up
 * (rather than go on and report done) once the waits run out.
 */
const isTransient = (code: string, error: string) => code === 'stale-element' || (code === 'failed' && error.startsWith('cannot act on'));

export class ReplayPolicy implements Policy {
  readonly name = 'replay';
  private next = 0;
  private failures = 0;
  private waitsThisStep = 0;
  private waits = 0;
  /** Index of the trajectory step whose action was proposed last (its result is the history's last). */
  private replayedLast: number | undefined;
  /** The step that had its wait-until turn. */
  private waitedAt: number | undefined;

  constructor(private readonly trajectory: Trajectory) {}

  /** Actions a replay of `trajectory` may take: its steps, the waits for targets still coming, and a done. */
  static stepBudget(trajectory: Trajectory): number {
    return trajectory.steps.length + MAX_WAITS + 2;
  }

  reset(): void {
    this.next = 0;
    this.waitsThisStep = 0;
    this.waits = 0;
    this.replayedLast = undefined;
    this.waitedAt = undefined;
  }

  async decide(context: PolicyContext): Promise<PolicyDecision> {
    const failed = this.failedLastStep(context);
    if (failed) {
      const { index, code, error } = failed;
      if (error.startsWith(WAIT_TIMED_OUT)) return { kind: 'give-up', reason: `step ${this.trajectory.steps[index]!.index}: the page never got where the recording waited for: ${error}; nothing was pressed` };
      if (isTransient(code, error)) {
        if (this.waitsThisStep < MAX_WAITS_PER_STEP && this.waits < MAX_WAITS) {
          this.next = index;
          this.waitsThisStep++;
          this.waits++;
          return { kind: 'act', actions: [{ type: 'wait', ms: WAIT_MS }], thought: `step ${this.trajectory.steps[index]!.index} failed (${error}); waiting for the page to settle before trying it again` };
        }
        this.failures++;
        return { kind: 'give-up', reason: `step ${this.trajectory.steps[index]!.index} could not be replayed: ${error}` };
      }
    }
    // Skip steps that failed when recorded: they changed nothing then.
    while (this.next < this.trajectory.steps.length && this.trajectory.steps[this.next]!.result?.ok === false) this.next++;
    const step = this.trajectory.steps[this.next];
    if (!step) return { kind: 'act', actions: [{ type: 'done', success: true }], thought: 'the recording has no more steps' };
    const placeholder = unresolvedPlaceholder(step.action);
    if (placeholder) {
      this.failures++;
      return { kind: 'give-up', reason: `cannot replay step ${step.index}: it ${placeholder}` };
    }
    const grounded = regroundAction(step.action, step.targets, context.observation);
    // A step the person waited for (exemplar/rules/wait-turns.ts): wait as they did, or refuse; never press early.
    const waitTurn = replayWaitTurn(step, this.trajectory.task, context.task, grounded.ok ? grounded.action : undefined, context.observation.elements, this.waitedAt === this.next);
    if (waitTurn?.kind === 'refuse') return { kind: 'give-up', reason: `cannot replay step ${step.index}: ${waitTurn.reason}` };
    if (waitTurn?.kind === 'act' && waitTurn.action.type === 'wait-until') {
      this.waitedAt = this.next;
      return { kind: 'act', actions: [waitTurn.action], thought: `step ${step.index}: ${waitTurn.reason}` };
    }
    if (waitTurn?.kind === 'act' && grounded.ok) grounded.action = waitTurn.action;
    if (!grounded.ok) {
      if (this.waitsThisStep < MAX_WAITS_PER_STEP && this.waits < MAX_WAITS) {
        this.waitsThisStep++;
        this.waits++;
        return { kind: 'act', actions: [{ type: 'wait', ms: WAIT_MS }], thought: `step ${step.index}: waiting for its target to appear (${grounded.reason})` };
      }
      this.failures++;
      return { kind: 'give-up', reason: `cannot re-ground step ${step.index}: ${grounded.reason}` };
    }
    // A look-alike elsewhere (a page button captioned like the pop-up's that has not shown yet) is taken
    // only once the waits for the demonstrated one, in its own container, have run out.
    const elsewhere = outsideItsContainer(grounded.action, step.targets, context.observation);
    if (elsewhere && this.waitsThisStep < MAX_WAITS_PER_STEP && this.waits < MAX_WAITS) {
      this.waitsThisStep++;
      this.waits++;
      return { kind: 'act', actions: [{ type: 'wait', ms: WAIT_MS }], thought: `step ${step.index}: ${elsewhere}; waiting for the demonstrated one to appear` };
    }
    this.replayedLast = this.next;
    this.next++;
    if (!this.retrying(context)) this.waitsThisStep = 0;
    return { kind: 'act', actions: [grounded.action], thought: `replaying step ${step.index} of ${this.trajectory.id}` };
  }

  /** The replayed step whose action just failed (the history's last step), if it did. */
  private failedLastStep(context: PolicyContext): { index: number; code: string; error: string } | undefined {
    const index = this.replayedLast;
    this.replayedLast = undefined;
    const last = context.history?.at(-1);
    if (index === undefined || !last?.result || last.result.ok) return undefined;
    return { index, code: last.result.code ?? 'failed', error: last.result.error ?? 'it failed' };
  }

  /** A step tried again after a failure keeps counting the waits it has had. */
  private retrying(context: PolicyContext): boolean {
    const last = context.history?.at(-1);
    return last?.action.type === 'wait' && /waiting for the page to settle/.test(last.thought ?? '');
  }

  usage(): Record<string, number> {
    return { modelCalls: 0, replayedSteps: this.next, groundingFailures: this.failures, waits: this.waits };
  }
}

/** Longest container text a target descriptor keeps as its context (agent/runner/describe-target.ts). */
const CONTEXT_LIMIT = 80;
/** Centre distance within which a re-grounded target is where the demonstrated one was, CSS px. */
const SAME_PLACE_PX = 40;

/**
 * Why a grounded action's target is not in the container the demonstrated one was in (the descriptor's
 * context: its parent's text), or undefined when every target is where it was.
 */
function outsideItsContainer(action: PolicyDecisionAction, descriptors: readonly TargetDescriptor[], observation: Observation): string | undefined {
  const ids = actionElementIds(action);
  for (let index = 0; index < ids.length; index++) {
    const descriptor = descriptors[index];
    if (descriptor?.context === undefined) continue;
    const element = observation.elements.find((candidate) => candidate.id === ids[index]);
    const parent = element?.parentId === undefined ? undefined : observation.elements.find((candidate) => candidate.id === element.parentId);
    if (!element) continue;
    const context = parent?.text ? parent.text.slice(0, CONTEXT_LIMIT) : undefined;
    // The replay starts where the demonstration did: the same element is where it was, give or take a
    // layout shift. (A context alone can differ by how it was described: the page's text, the observation's.)
    const moved = Math.hypot(
      element.box.x + element.box.width / 2 - (descriptor.box.x + descriptor.box.width / 2),
      element.box.y + element.box.height / 2 - (descriptor.box.y + descriptor.box.height / 2),
    );
    if (moved > SAME_PLACE_PX && context !== descriptor.context) {
      return `the closest match for ${descriptor.role} ${JSON.stringify(descriptor.text)} is ${Math.round(moved)} px from where it was, in ${context ? JSON.stringify(context) : 'no container'} rather than ${JSON.stringify(descriptor.context)}`;
    }
  }
  return undefined;
}

type PolicyDecisionAction = Parameters<typeof actionElementIds>[0];
