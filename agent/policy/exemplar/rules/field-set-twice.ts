/**
 * Rule: two values never go into one field that the demonstration kept apart. The demonstration set two different
 * fields ("Adults" and "Children"); if the run has already typed or chosen a value in a field for one of them and
 * the step now grounds on that same field for the other, the second value would overwrite the first and the other
 * field would be left as it was. A person who finds both of the task's counts heading for "Children" stops: the
 * plan has lost which field is which (labels swapped by clause order, a field found by its place). The step is
 * refused, naming the field and the two the demonstration set.
 *
 * The same holds ahead: before a value is entered, the plan's next steps that enter values (up to the first step that
 * enters none, so on this screen) are grounded here; one that lands on the same field for another demonstrated
 * field refuses the step before either value is entered.
 *
 * What counts as one field: in the run, the field an earlier offline step of this run entered a value in (its
 * stored target) and the element the step grounds on now — same kind (role, tag) and the same DOM id, or, without
 * ids, the same name and nearly the same box, on the same address. In the demonstration, the fields of the two
 * plan steps' demonstrated steps, judged the same way. Only when the run's two are one field and the
 * demonstration's two are clearly two is the step refused, so a demonstration that set one field twice (typed,
 * then corrected it) replays as it was shown, and a step repeated for each item of a list over one field (its
 * demonstrated field is one) goes on.
 *
 * Why it is safe: it only refuses, and only a step whose action would type over a value this run put there for
 * another field of the demonstration — never a value the task asked for in that field.
 *
 * Acting half (exemplar-policy.ts calls it before each action). Pure; no task knowledge.
 */
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import type { Step, TargetDescriptor } from '../../../core/trajectory.js';
import { normalizeText } from '../text-match.js';
import { targetDescriptorsOf, type DemonstrationPlan } from '../planned-step.js';
import type { StepAssessment } from '../step-assessment.js';
import type { PolicyContext } from '../../../core/policy.js';

/** Pixels two boxes of one field may differ by between observations (a page that moved a little). */
const SAME_BOX_PX = 4;

type FieldLike = Pick<TargetDescriptor, 'role' | 'tag' | 'label' | 'text' | 'box' | 'attributes'>;

/** What a person calls the field: its label, else its placeholder, name or aria-label. */
export function fieldName(field: FieldLike): string {
  const attributes: Record<string, string> = field.attributes ?? {};
  return (field.label || attributes['placeholder'] || attributes['aria-label'] || attributes['name'] || '').trim();
}

const closeBoxes = (a: FieldLike['box'], b: FieldLike['box']) =>
  a !== undefined && b !== undefined && (['x', 'y', 'width', 'height'] as const).every((side) => Math.abs(a[side] - b[side]) <= SAME_BOX_PX);

/**
 * One field in two descriptions: the same kind, and the same DOM id — or, where either has none, the same name
 * and nearly the same box. Undefined when it cannot be told (no id, no name).
 */
export function sameField(a: FieldLike, b: FieldLike): boolean | undefined {
  if (a.role !== b.role || (a.tag !== undefined && b.tag !== undefined && a.tag !== b.tag)) return false;
  const idA = a.attributes?.['id'];
  const idB = b.attributes?.['id'];
  if (idA && idB) return idA === idB;
  const nameA = normalizeText(fieldName(a));
  const nameB = normalizeText(fieldName(b));
  if (nameA === '' || nameB === '') return undefined;
  return nameA === nameB && closeBoxes(a.box, b.box);
}

/** The offline plan step an earlier step of the run took, when it came from this policy. */
function offlineOrigin(step: Step): { demonstrationId?: string; planIndex: number } | undefined {
  const offline = (step.details as { offline?: { demonstrationId?: unknown; planIndex?: unknown } } | undefined)?.offline;
  if (!offline || typeof offline.planIndex !== 'number') return undefined;
  return { planIndex: offline.planIndex, ...(typeof offline.demonstrationId === 'string' ? { demonstrationId: offline.demonstrationId } : {}) };
}

const entersValue = (action: Action) => action.type === 'type' || action.type === 'select';

export interface FieldSetTwiceInput {
  /** The plan the step is of, and its index there. */
  plan: Pick<DemonstrationPlan, 'steps'> & { trajectory: { id: string } };
  planIndex: number;
  /** The grounded action about to be taken. */
  action: Action;
  /** The page now. */
  elements: readonly UIElement[];
  url?: string;
  /** The run's steps so far. */
  history: readonly Step[];
  /** The action a later step of the plan grounds to on this screen, if it grounds (looked at up to the next step that enters no value). */
  groundLater?: (planIndex: number) => Action | undefined;
}

/**
 * Why the step must not be taken: it would put a value into the field an earlier step of this run set for another
 * field of the demonstration (see the head of this file). Undefined when it may.
 */
export function fieldSetTwiceProblem(input: FieldSetTwiceInput): string | undefined {
  const { action, plan } = input;
  if (!entersValue(action) || !('target' in action) || !action.target || !('elementId' in action.target)) return undefined;
  const elementId = action.target.elementId;
  const field = input.elements.find((element) => element.id === elementId);
  const planned = plan.steps[input.planIndex];
  const demonstrated = planned ? targetDescriptorsOf(planned.step)[0] : undefined;
  if (!field || !demonstrated) return undefined;
  const name = (what: FieldLike) => JSON.stringify(fieldName(what) || what.text || what.role);
  // The values still to enter on this screen: one of them for another demonstrated field grounds on this one too.
  for (let index = input.planIndex + 1; input.groundLater && index < plan.steps.length; index++) {
    const later = plan.steps[index]!;
    if (!entersValue(later.step.action)) break;
    const laterDemonstrated = targetDescriptorsOf(later.step)[0];
    const grounded = input.groundLater(index);
    if (!laterDemonstrated || !grounded || !entersValue(grounded) || !('target' in grounded) || !grounded.target || !('elementId' in grounded.target)) continue;
    if (grounded.target.elementId !== elementId || sameField(laterDemonstrated, demonstrated) !== false) continue;
    return `the task's two values would both go to ${name(field)}; the demonstration set ${name(demonstrated)} and ${name(laterDemonstrated)}: which value belongs in which field is not clear, so neither is entered`;
  }
  for (const earlier of input.history) {
    if (!entersValue(earlier.action) || earlier.result?.ok === false) continue;
    const origin = offlineOrigin(earlier);
    if (!origin || origin.planIndex === input.planIndex) continue;
    if (origin.demonstrationId !== undefined && origin.demonstrationId !== plan.trajectory.id) continue;
    if (input.url && earlier.observation.url && earlier.observation.url !== input.url) continue;
    const before = earlier.targets[0];
    if (!before || sameField(before, field) !== true) continue;
    const earlierPlanned = plan.steps[origin.planIndex];
    const earlierDemonstrated = earlierPlanned ? targetDescriptorsOf(earlierPlanned.step)[0] : undefined;
    if (!earlierDemonstrated || sameField(earlierDemonstrated, demonstrated) !== false) continue;
    return `the task's two values both went to ${name(field)}; the demonstration set ${name(earlierDemonstrated)} and ${name(demonstrated)}: which value belongs in which field is no longer clear, so ${name(field)} is not set a second time`;
  }
  return undefined;
}

/**
 * The assessment as it stands, or refused when its action would put a second value into one field
 * (fieldSetTwiceProblem). `groundLater` grounds a later step of `plan` on this screen without changing the run.
 */
export function refuseFieldSetTwice(
  assessment: StepAssessment,
  plan: FieldSetTwiceInput['plan'],
  context: Pick<PolicyContext, 'observation' | 'history'>,
  groundLater: (planIndex: number) => StepAssessment,
): StepAssessment {
  if (!assessment.ok || !assessment.action) return assessment;
  const problem = fieldSetTwiceProblem({
    plan,
    planIndex: assessment.planIndex,
    action: assessment.action,
    elements: context.observation.elements,
    history: context.history,
    groundLater: (index) => {
      const later = groundLater(index);
      return later.ok && later.planIndex === index ? later.action : undefined;
    },
    ...(context.observation.page.url ? { url: context.observation.page.url } : {}),
  });
  if (!problem) return assessment;
  const { action: _dropped, ...rest } = assessment;
  return { ...rest, ok: false, score: 0, reason: problem, help: 'a demonstration whose task names its fields in the same order as this one, or a model for the hybrid policy (--policy hybrid)' };
}
