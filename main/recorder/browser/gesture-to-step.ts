/**
 * One coalesced gesture + the observation taken before it → the stored
 * action (in our Action format, with element ids of that observation) and
 * the descriptors of its targets. Pure.
 *
 * The page script described the target in the page; the operator's
 * observation described it again with an id. They are paired by geometry
 * first (the same box, the point inside it) and by identity second (tag,
 * text, DOM id), because the two descriptions are taken a moment apart and
 * the page may have moved a little in between.
 */
import type { StepDraft } from '../recorded-step.js';
import type { Action, Target } from '../../../agent/core/action.js';
import { boxCentre, type BoundingBox, type Observation, type UIElement } from '../../../agent/core/observation.js';
import type { TargetDescriptor } from '../../../agent/core/trajectory.js';
import { describeTarget } from '../../../agent/core/describe-target.js';
import { describeUniqueness } from '../target-uniqueness.js';
import { isSecretField, SECRET_PLACEHOLDER } from '../../../agent/safety/secret-fields.js';
import type { PageTarget } from './captured-event.js';
import type { Gesture } from './event-coalescer.js';
import { centreMissesClicked, isPositionalClick } from './positional-click.js';
import { isAreaPointClick } from './area-click.js';
import { describeDrop } from './drop-target.js';
import { wordSelectionOf } from './word-selection.js';
import { escapeRegExp } from '../../../agent/core/reg-exp.js';

export type { StepDraft } from '../recorded-step.js';

/** Segmented field types the browser operator fills by keyboard (see BrowserOperator.typeSegmented). */
const REPLAYABLE_SEGMENTED = new Set(['date', 'time', 'datetime-local', 'month']);

/** Least box overlap (intersection over union) that identifies the same element on its own. */
const SAME_BOX_IOU = 0.6;

/** The element of the observation that the page-described target is, or undefined. */
export function matchElement(
  target: PageTarget | undefined,
  point: { x: number; y: number } | undefined,
  observation: Observation,
): UIElement | undefined {
  let best: { element: UIElement; score: number } | undefined;
  for (const element of observation.elements) {
    let score = 0;
    const overlap = target ? intersectionOverUnion(target.box, element.box) : 0;
    const containsPoint = point ? inside(point, element.box) : false;
    const sameTag = target !== undefined && element.tag !== undefined && element.tag === target.tag;
    const sameText = target !== undefined && target.text !== '' && element.text === target.text;
    const domId = target?.attributes['id'];
    const sameId = domId !== undefined && element.attributes?.['id'] === domId;
    // An element the observation dissolved (a list item) is the one inside it that carries all its words.
    const wordsWithin = sameText && target !== undefined && encloses(target.box, element.box);
    const qualifies = overlap >= SAME_BOX_IOU || sameId || wordsWithin || (containsPoint && (sameTag || sameText || target === undefined));
    if (!qualifies) continue;
    score += overlap * 4 + (containsPoint ? 1 : 0) + (sameTag ? 1 : 0) + (sameText ? 1 : 0) + (sameId ? 2 : 0);
    if (target && element.role === target.role) score += 0.5;
    if (element.interactive) score += 0.25;
    // Among nested candidates that all contain the point, the smallest is the one under the pointer.
    if (containsPoint && target === undefined) score -= Math.log10(1 + element.box.width * element.box.height) / 10;
    if (!best || score > best.score) best = { element, score };
  }
  return best?.element;
}

export interface GestureToStepOptions {
  allowSecrets: boolean;
  /** The task text: a value typed into a secret field that the task itself states is stored as a slot of it. */
  task?: string;
}

/** Build the stored action and target descriptors of one gesture. */
export function gestureToStep(gesture: Gesture, observation: Observation, options: GestureToStepOptions): StepDraft {
  const warnings: string[] = [];
  const targets: TargetDescriptor[] = [];
  const pointTargets: TargetDescriptor[] = [];
  // The element the page script found the target to be, in an observation taken at the same instant:
  // the same element by construction, no matching of boxes needed.
  const byId = (id: number | undefined): UIElement | undefined => (id === undefined ? undefined : observation.elements.find((element) => element.id === id));
  const resolve = (target: PageTarget | undefined, point: { x: number; y: number } | undefined, what: string, targetId?: number): Target => {
    const element = byId(targetId) ?? matchElement(target, point, observation);
    if (element) {
      targets.push(mergeDescriptor(describeTarget(element, observation), target));
      const uniqueness = describeUniqueness(element, observation);
      if (uniqueness) warnings.push(`${what}: ${uniqueness}`);
      return { elementId: element.id };
    }
    const at = point ?? (target ? boxCentre(target.box) : { x: 0, y: 0 });
    if (target) pointTargets.push(pageDescriptor(target));
    warnings.push(
      `${what}: no element of the observation matches ${target ? `${target.role} ${JSON.stringify(target.text || target.label || target.tag)}` : 'the pointer position'}; stored as a point (${Math.round(at.x)}, ${Math.round(at.y)})`,
    );
    return { x: round(at.x), y: round(at.y) };
  };

  switch (gesture.kind) {
    case 'click':
    case 'double-click':
    case 'right-click':
    case 'hover': {
      const point = { x: gesture.x, y: gesture.y };
      const target = resolve(gesture.target, point, gesture.kind, gesture.targetId);
      const element = 'elementId' in target ? byId(target.elementId) : undefined;
      const track = element !== undefined && (isPositionalClick(element, point) || isAreaPointClick(element, point));
      if (gesture.kind === 'click' && element && (track || centreMissesClicked(element, gesture.target, point))) {
        // A track takes the click where it lands; a small control folded into its container is off the container's
        // centre: the point is the step (the descriptor still names the element).
        const inside = gesture.target?.centreOnAnotherItem ? 'on one item of a row the observation shows as one element' : 'on a small control inside the element';
        warnings.push(`click: ${track ? 'on a wordless track' : inside}; stored as the point (${round(point.x)}, ${round(point.y)}) the person clicked, not its centre`);
        // The item's words go with its point: the policy follows the point only where the row reads as it did (rules/pressed-item.ts).
        const item = gesture.target?.centreOnAnotherItem && gesture.target.text.trim() ? { details: { pressedItem: gesture.target.text.trim().slice(0, 200) } } : {};
        return { action: { type: 'click', target: { x: round(point.x), y: round(point.y) } }, targets, warnings, pointTargets, secretMasked: false, ...item };
      }
      const word = gesture.kind === 'double-click' ? wordSelectionOf(gesture.selected, element, gesture.target, (text) => (options.task ? taskSlotOf(options.task, text) : undefined)) : undefined;
      if (word) {
        // The word selected inside a text element is the step, not the element's centre (word-selection.ts).
        warnings.push(word.warning);
        return { action: { type: 'double-click', target, word: word.word }, targets, warnings, pointTargets, secretMasked: false, details: word.details };
      }
      return { action: { type: gesture.kind, target }, targets, warnings, pointTargets, secretMasked: false };
    }
    case 'type': {
      if (gesture.keyed && !isSecretField({ ...gesture.target, secret: gesture.target.secret })) {
        // A field that swallows its keys (a web terminal's hidden input): the keys are the step, typed where the
        // focus is, as the person's keyboard did; the field is described, not pointed at (nobody can see it).
        return { action: { type: 'type', text: gesture.text }, targets, warnings, pointTargets, secretMasked: false, details: { keysToFocus: true, field: pageDescriptor(gesture.target) } };
      }
      const target = resolve(gesture.target, boxCentre(gesture.target.box), 'type', gesture.targetId);
      const secret = isSecretField({ ...gesture.target, secret: gesture.target.secret });
      // A value the task text states ("Enter the password "x7Q"") is no secret of the person's: it is
      // stored as typed, marked as a slot of the task, so a new task's value takes its place.
      const slot = secret && options.task ? taskSlotOf(options.task, gesture.text) : undefined;
      const masked = secret && !options.allowSecrets && slot === undefined;
      if (masked) {
        for (const descriptor of targets) delete descriptor.value;
        warnings.push(`type: the text typed into the secret field ${JSON.stringify(gesture.target.label ?? gesture.target.attributes['name'] ?? '')} is not in the task, so it is stored as a placeholder; replay will stop there and ask for the value`);
      }
      const replace = !gesture.appended && (gesture.target.value ?? '') !== '';
      const action: Action = { type: 'type', text: masked ? SECRET_PLACEHOLDER : gesture.text, target, ...(replace ? { replace: true } : {}) };
      const details: Record<string, unknown> = {};
      if (slot) details['textFromTask'] = slot;
      if (gesture.segmented) {
        details['segmented'] = gesture.target.inputType ?? true;
        if (!REPLAYABLE_SEGMENTED.has(gesture.target.inputType ?? '')) {
          warnings.push(`type: a ${gesture.target.inputType} field is filled segment by segment, which replay cannot do for this type; the value ${JSON.stringify(gesture.text)} will be typed as text`);
        }
      }
      if (gesture.pasted && !masked) {
        warnings.push('type: text was pasted from the clipboard; it is stored as the text typed, so a new instance types the demonstration\'s text rather than copying from its own page');
      }
      return { action, targets, warnings, pointTargets, secretMasked: masked, ...(Object.keys(details).length ? { details } : {}) };
    }
    case 'copy': {
      const target = resolve(gesture.target, boxCentre(gesture.target.box), 'copy', gesture.targetId);
      return { action: { type: 'copy', target }, targets, warnings, pointTargets, secretMasked: false };
    }
    case 'paste': {
      const target = resolve(gesture.target, boxCentre(gesture.target.box), 'paste', gesture.targetId);
      const replace = (gesture.target.value ?? '') !== '';
      const secret = isSecretField({ ...gesture.target, secret: gesture.target.secret }) && !options.allowSecrets;
      if (secret) for (const descriptor of targets) delete descriptor.value;
      const action: Action = { type: 'paste', target, ...(replace ? { replace: true } : {}) };
      return { action, targets, warnings, pointTargets, secretMasked: false, ...(secret ? {} : { details: { pastedText: gesture.text } }) };
    }
    case 'press': {
      // A key goes to the focused element; the descriptor says which one, the action needs no target.
      if (gesture.target) {
        const element = byId(gesture.targetId) ?? matchElement(gesture.target, undefined, observation);
        targets.push(element ? mergeDescriptor(describeTarget(element, observation), gesture.target) : pageDescriptor(gesture.target));
      }
      return { action: { type: 'press', keys: gesture.keys }, targets, warnings, pointTargets, secretMasked: false };
    }
    case 'select': {
      const element = byId(gesture.targetId) ?? matchElement(gesture.target, boxCentre(gesture.target.box), observation);
      if (!element) {
        warnings.push(`select: the ${gesture.target.role} ${JSON.stringify(gesture.target.label ?? gesture.target.text)} is not in the observation; stored as a click on its position`);
        pointTargets.push(pageDescriptor(gesture.target));
        const at = boxCentre(gesture.target.box);
        return { action: { type: 'click', target: { x: round(at.x), y: round(at.y) } }, targets, warnings, pointTargets, secretMasked: false };
      }
      targets.push(mergeDescriptor(describeTarget(element, observation), gesture.target));
      const uniqueness = describeUniqueness(element, observation);
      if (uniqueness) warnings.push(`select: ${uniqueness}`);
      const details: Record<string, unknown> = {};
      if (gesture.selected) {
        details['selectedAfter'] = gesture.selected;
        if (!gesture.selected.includes(gesture.option)) {
          warnings.push(`select: the list box selection became ${gesture.selected.map((text) => JSON.stringify(text)).join(', ')} without a pick of ${JSON.stringify(gesture.option)} (changed by keyboard?); only that option is stored`);
        }
      }
      if (gesture.kept) details['keptValue'] = true;
      const modifiers = gesture.modifiers?.length ? { modifiers: gesture.modifiers } : {};
      const action: Action = { type: 'select', target: { elementId: element.id }, option: gesture.option, ...(gesture.group ? { group: gesture.group } : {}), ...modifiers };
      return { action, targets, warnings, pointTargets, secretMasked: false, ...(Object.keys(details).length ? { details } : {}) };
    }
    case 'scroll': {
      const target = gesture.target ? resolve(gesture.target, { x: gesture.x, y: gesture.y }, 'scroll', gesture.targetId) : undefined;
      const action: Action = { type: 'scroll', deltaX: round(gesture.deltaX), deltaY: round(gesture.deltaY), ...(target ? { target } : {}) };
      return { action, targets, warnings, pointTargets, secretMasked: false };
    }
    case 'drag': {
      const from = resolve(gesture.from.target, { x: gesture.from.x, y: gesture.from.y }, 'drag start', gesture.from.targetId);
      // A drop inside the dragged element itself (moving it by an offset) is a point: its centre would undo the move.
      const dropOn = byId(gesture.to.targetId) ?? matchElement(gesture.to.target, { x: gesture.to.x, y: gesture.to.y }, observation);
      const withinItself = 'elementId' in from && dropOn?.id === from.elementId;
      const to: Target = withinItself ? { x: round(gesture.to.x), y: round(gesture.to.y) } : resolve(gesture.to.target, { x: gesture.to.x, y: gesture.to.y }, 'drag end', gesture.to.targetId);
      const drop = describeDrop(observation, from, to); // what a point drop was made on (drop-target.ts)
      warnings.push(...drop.warnings);
      return { action: { type: 'drag', from, to, ...(gesture.path?.length ? { path: gesture.path } : {}) }, targets, warnings, pointTargets, secretMasked: false, ...(drop.details ? { details: drop.details } : {}) };
    }
  }
}

/**
 * Where `typed` stands in the task text, if it does: a quoted value first ("x7Q"), else a whole word.
 * Values shorter than 2 characters are too common to claim.
 */
export function taskSlotOf(task: string, typed: string): { value: string; start: number } | undefined {
  if (typed.trim().length < 2) return undefined;
  for (const match of task.matchAll(/["“'‘]([^"”'’]+)["”'’]/g)) {
    if (match[1] === typed) return { value: typed, start: match.index! + 1 };
  }
  const escaped = escapeRegExp(typed);
  const word = new RegExp(`(^|[^\\p{L}\\p{N}])(${escaped})(?![\\p{L}\\p{N}])`, 'u').exec(task);
  return word ? { value: typed, start: word.index + word[1]!.length } : undefined;
}

/** The observation's description, with what only the page knew (label, context, value before) filled in. */
function mergeDescriptor(fromObservation: TargetDescriptor, fromPage: PageTarget | undefined): TargetDescriptor {
  if (!fromPage) return fromObservation;
  const merged: TargetDescriptor = { ...fromObservation };
  if (merged.label === undefined && fromPage.label) merged.label = fromPage.label;
  if (merged.context === undefined && fromPage.context) merged.context = fromPage.context;
  if (merged.value === undefined && fromPage.value !== undefined) merged.value = fromPage.value;
  if (merged.inputType === undefined && fromPage.inputType) merged.inputType = fromPage.inputType;
  if (merged.ordinal === undefined && fromPage.ordinal !== undefined) merged.ordinal = fromPage.ordinal;
  return dropUndefined(merged);
}

/** A descriptor from the page's own description, for a target the observation did not list. */
function pageDescriptor(target: PageTarget): TargetDescriptor {
  return dropUndefined({
    role: target.role,
    tag: target.tag,
    text: target.text,
    label: target.label,
    value: target.value,
    inputType: target.inputType,
    ordinal: target.ordinal,
    context: target.context,
    box: target.box,
    attributes: Object.keys(target.attributes).length > 0 ? target.attributes : undefined,
  });
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

function encloses(outer: BoundingBox, inner: BoundingBox): boolean {
  return inner.width > 0 && inner.height > 0 && inside(inner, outer) && inside({ x: inner.x + inner.width, y: inner.y + inner.height }, outer);
}

function inside(point: { x: number; y: number }, box: BoundingBox): boolean {
  return point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height;
}

function intersectionOverUnion(a: BoundingBox, b: BoundingBox): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  if (width <= 0 || height <= 0) return 0;
  const intersection = width * height;
  const union = a.width * a.height + b.width * b.height - intersection;
  return union > 0 ? intersection / union : 0;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
