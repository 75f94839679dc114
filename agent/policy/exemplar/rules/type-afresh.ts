/**
 * Rule: a text the demonstration typed into an empty field is typed over
 * whatever that field holds now. The demonstration's field ended up holding
 * the typed text alone; typed after what a field holds already (the same name
 * typed once before a pop-up took the focus, a step taken again after a
 * switch between demonstrations) it would read "adaada" — a wrong answer
 * the page accepts without complaint. A field the demonstration typed into
 * while it held text keeps its text (the person added to it).
 *
 * The field as the demonstration saw it can be out of date: a step the page
 * could not observe at its input is paired with an earlier observation (the
 * recorder says so), where a rich text note typed in parts — some words,
 * Ctrl+B, a word — still shows empty. When the field after the step held more
 * than the typed text, ending with it, the person added to what it held, and
 * typing over it would wipe the words before (and their formatting). A piece
 * of a value typed in parts that the plan puts after another piece
 * (rules/split-value.ts: "cobalt umber " added before the bold word, which the
 * demonstration typed first, into an empty note) adds to the run's own text.
 *
 * Pure function; no task knowledge.
 */
import type { Action } from '../../../core/action.js';
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';

function targetIn(action: Action | undefined, elements: readonly UIElement[]): UIElement | undefined {
  const target = action && 'target' in action ? action.target : undefined;
  return target && 'elementId' in target ? elements.find((element) => element.id === target.elementId) : undefined;
}

/** The demonstrated field in the observation after its step: the same element, else the one field of its role and label. */
function fieldAfter(then: UIElement, after: Step | undefined): UIElement | undefined {
  const elements = after?.observation.elements ?? [];
  const alike = (element: UIElement) => element.role === then.role && (element.label ?? '') === (then.label ?? '') && (element.tag ?? '') === (then.tag ?? '');
  const same = elements.find((element) => element.id === then.id);
  if (same && alike(same)) return same;
  const fields = elements.filter(alike);
  return fields.length === 1 ? fields[0] : undefined;
}

/** Did the field hold more than the typed text after the step, ending with it (the person added to what it held)? */
function addedTo(field: UIElement | undefined, typed: string): boolean {
  const value = (field?.value ?? '').replace(/\s+/g, ' ').trim();
  const text = typed.replace(/\s+/g, ' ').trim();
  return text !== '' && value.length > text.length && value.endsWith(text);
}

/**
 * The type action set to replace the field's text, when the demonstrated field was empty and the field now is not;
 * else the action as it was. `after` is the demonstration's next step (its observation shows the field after typing);
 * `addsToTyped`: the plan types this after its own earlier piece of the value.
 */
export function typeAfresh(action: Action, elements: readonly UIElement[], demonstrated: Step | undefined, after?: Step, addsToTyped = false): Action {
  if (action.type !== 'type' || action.replace || !action.target || !demonstrated || demonstrated.action.type !== 'type' || addsToTyped) return action;
  const now = targetIn(action, elements);
  const then = targetIn(demonstrated.action, demonstrated.observation.elements);
  if (!now?.value || !then || (then.value ?? '') !== '') return action;
  if (addedTo(fieldAfter(then, after), demonstrated.action.text)) return action;
  return { ...action, replace: true };
}
