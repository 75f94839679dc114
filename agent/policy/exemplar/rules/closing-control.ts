/**
 * Rule: a control whose caption varies between instances is known by the part
 * it plays — the one control that closes its form or dialog. The demonstrated
 * "Submit" of a form is the "Book it" (or the icon-only "➜") of the same form
 * on another instance; the demonstrated "×" of a notice is its unnamed SVG close
 * icon on another. A person finds such a control by place and purpose, not by
 * its words.
 *
 * Parts (judged in the control's scope: its form, its dialog, else the page):
 * - primary: the one button of the scope with type=submit; else the last
 *   button of a form or dialog (a link leads out of it, never sends it) — on the screen a stand-in is looked
 *   for, its one button that may send; on a page with neither, only its one
 *   control, marked type=submit — or, for the demonstration's last action, the
 *   page's one button that may send (a bare "Continue" under the fields it
 *   filled: role, place and purpose, not caption). A button that stands right
 *   beside one text field, on its line ("Add" after "Add an item", "Go"
 *   after a search box), is that field's own button — it takes the field's
 *   text, it does not send the page — and is no candidate for the page's
 *   sender (a grocery list's "Done" / "Save list" under its adder). Controls that back out,
 *   close or destroy (Cancel, Reset, Clear, Delete, ×) never play it, nor does a toggle
 *   (a button on or off — a seat of a map, a chip): it switches, it does not send; nor a
 *   stepper (a wordless "−" or "+" beside its count): it moves the count.
 * - dismiss: the one control of a dialog that closes it by an icon or a close
 *   word (×, ✕, an SVG, "Close", "Dismiss"), not by a commit or cancel word; an
 *   icon shows no words (a name that is only its aria-label or title is none).
 *
 * Grounding half (ground-plan-step.ts, after the plain grounding fell below the
 * threshold): a demonstrated click on a control that played a part, whose
 * caption no task value rewrote, grounds on the one control of the new screen
 * that plays the same part — unambiguously, or not at all. A stand-in whose
 * caption names another purpose (Cancel for Submit, Delete for Save, OK for ×)
 * is never taken. The group text around the control (a form listing its own
 * radio labels) may name task values: that is no row the control belongs to
 * when every such value is one the demonstration entered or chose in a field
 * of the same form, dialog or page, or one that keyed the rows the demonstration
 * worked in before (a basket's lines around its checkout button) — a row's "Buy"
 * button, chosen by the row's value and nothing else, still goes to the task. Planning needs nothing: the
 * demonstrated step is kept.
 */
import { rectWithin } from '../../../core/box-geometry.js';
import type { UIElement } from '../../../core/observation.js';
import type { Trajectory } from '../../../core/trajectory.js';
import { stepStrings, targetDescriptorsOf, type PlannedStep } from '../planned-step.js';
import type { StepGrounding } from '../ground-step.js';
import { containsWhole, normalizeText, substitute } from '../text-match.js';
import { ACTIVATORS, elementPurpose, purposeOf } from './control-purpose.js';
import { dialogShown } from '../dialog-place.js';
import { counterBeside } from './stepper-target.js';
import { isRowKey, showsValue } from '../row-keys.js';

export type ClosingPart = 'primary' | 'dismiss';
type ScopeKind = 'form' | 'dialog' | 'page';

/** Score of a stand-in by part: above the default threshold, below any grounding by caption. */
const PART_SCORE = 0.6;

const SCOPE_ROLES: Record<string, ScopeKind> = { form: 'form', dialog: 'dialog', alertdialog: 'dialog' };
/** Containers searched upwards for a control's scope. */
const MAX_DEPTH = 12;
/** How far (logical px) a field's box may stand outside its scope's and still lie within it: a pixel of rounding. */
const ROUNDING_PX = 1;

/** Words of captions that destroy, undo or leave: never a stand-in for a control that sends or closes. */
const AGAINST = /\b(delete|remove|reset|clear|empty|erase|discard|cancel|undo|back|previous|prev|decline|reject|unsubscribe|log ?out|sign ?out|no|abort|trash|destroy|revoke|deny|disable)\b/i;

/** The words a control shows or is named by (caption, aria-label / title). */
function wordsOf(element: Pick<UIElement, 'text' | 'label' | 'value' | 'inputType' | 'attributes'>): string {
  return [element.text, element.label ?? '', element.attributes?.['title'] ?? '', element.inputType ? (element.value ?? '') : ''].join(' ');
}

function scopeOf(element: UIElement, byId: ReadonlyMap<number, UIElement>): { kind: ScopeKind; id?: number } {
  let current = element.parentId === undefined ? undefined : byId.get(element.parentId);
  for (let depth = 0; current && depth < MAX_DEPTH; depth++) {
    const kind = SCOPE_ROLES[current.role];
    if (kind) return { kind, id: current.id };
    current = current.parentId === undefined ? undefined : byId.get(current.parentId);
  }
  return { kind: 'page' };
}

function isActivator(element: UIElement): boolean {
  return ACTIVATORS.has(element.role) && !element.states.hidden && !element.states.disabled;
}

/** Does a control close by an icon (no words shown) or a close word, and by no commit, cancel or destroying word? */
function closesByIcon(element: UIElement): boolean {
  const purposes = [element.text, element.label, element.attributes?.['title']].map(purposeOf).filter((purpose) => purpose !== undefined);
  if (purposes.some((purpose) => purpose !== 'close') || AGAINST.test(wordsOf(element))) return false;
  // An icon shows no words: its name ("Hide notice") is for a screen reader, and says no other purpose.
  return purposes.length > 0 || !/[\p{L}\p{N}]/u.test(shownText(element));
}

/** The words a control shows: its text, unless that is only its aria-label or title (an icon's accessible name). */
function shownText(element: UIElement): string {
  const text = element.text.trim();
  return text !== '' && [element.attributes?.['aria-label'], element.attributes?.['title']].some((name) => name?.trim() === text) ? '' : text;
}

/** Text fields a button may belong to (a list box or slider takes no typed text). */
const TEXT_FIELD_ROLES: ReadonlySet<string> = new Set(['textbox', 'searchbox', 'combobox']);
/** How far (logical px) a field's own button may stand from the field's right edge: a gap of a few pixels, never a column. */
const BESIDE_PX = 16;

/**
 * Does this button stand right beside a text field, on its line — the field's own button (an adder's
 * "Add", a search box's "Go")? The button's vertical middle lies within the field's height and its left
 * edge within BESIDE_PX of the field's right edge.
 */
function besideTextField(button: UIElement, elements: readonly UIElement[]): boolean {
  const middle = button.box.y + button.box.height / 2;
  return elements.some((field) => {
    if (!TEXT_FIELD_ROLES.has(field.role) || field.states.hidden || field.states.disabled) return false;
    const gap = button.box.x - (field.box.x + field.box.width);
    return gap >= -ROUNDING_PX && gap <= BESIDE_PX && middle >= field.box.y && middle <= field.box.y + field.box.height;
  });
}

/**
 * Is this button a stepper: a wordless glyph ("−", "+", "▲") right beside a number on its line (a count between
 * "−" and "+", rules/stepper-target.ts)? It moves the count; it never sends the page.
 */
function isStepper(button: UIElement, elements: readonly UIElement[]): boolean {
  return !/[\p{L}\p{N}]/u.test(button.text) && counterBeside(button, elements) !== undefined;
}

/** May this control send its form or dialog: no close, cancel or destroying word names it? */
export function maySend(element: UIElement, kind: ScopeKind): boolean {
  const purpose = elementPurpose(element) ?? purposeOf(element.attributes?.['title']);
  if (purpose === 'close' || purpose === 'cancel') return false;
  if (AGAINST.test(wordsOf(element))) return false;
  // A toggle (a button that is on or off: aria-pressed, a seat of a map, a chip) switches; it never sends.
  if (element.states.checked !== undefined) return false;
  // A wordless control in a dialog is its close icon, not its primary.
  return !(kind === 'dialog' && closesByIcon(element));
}

/**
 * The control playing each part in each scope of a screen, keyed by scope kind and part. `strict`
 * (the screen a stand-in is looked for on): a form or dialog with no one type=submit has a sender
 * only when one control may send it — its last of several is the demonstration's evidence, never a
 * stand-in's. `final` (the control is looked at as the demonstration's last action): a page with no
 * form, dialog or type=submit control is sent by its one button that may send.
 */
export function closingControls(elements: readonly UIElement[], strict = false, final = false): Map<string, UIElement[]> {
  const byId = new Map(elements.map((element) => [element.id, element]));
  const scopes = new Map<string, { kind: ScopeKind; controls: UIElement[] }>();
  for (const element of elements) {
    if (!isActivator(element)) continue;
    const scope = scopeOf(element, byId);
    const key = `${scope.kind}:${scope.id ?? ''}`;
    const entry = scopes.get(key) ?? { kind: scope.kind, controls: [] };
    entry.controls.push(element);
    scopes.set(key, entry);
  }
  const parts = new Map<string, UIElement[]>();
  const add = (key: string, element: UIElement) => parts.set(key, [...(parts.get(key) ?? []), element]);
  // A modal dialog on screen: the page under it is out of reach.
  const modal = dialogShown(elements);
  for (const { kind, controls } of scopes.values()) {
    if (modal && kind !== 'dialog') continue;
    // Only a button sends: a link in a form or dialog ("Forgot password?", "Learn more") leads out of it.
    // Nor does a stepper beside its count (isStepper).
    const senders = controls.filter((element) => element.role === 'button' && maySend(element, kind) && !isStepper(element, elements));
    const submits = senders.filter((element) => element.attributes?.['type'] === 'submit');
    // On a page with no form or dialog, only its one control, and only one marked type=submit, sends it —
    // or, for the last action of a demonstration, its one button that may send.
    const primary =
      submits.length === 1 && (kind !== 'page' || controls.length === 1)
        ? submits[0]
        : submits.length > 0
          ? undefined
          : kind === 'page'
            ? final
              ? pageSender(senders, elements)
              : undefined
          : strict
            ? senders.length === 1
              ? senders[0]
              : undefined
            : senders.at(-1);
    if (primary) add(`${kind}:primary`, primary);
    if (kind === 'dialog') {
      const closers = controls.filter(closesByIcon);
      if (closers.length === 1) add(`${kind}:dismiss`, closers[0]!);
    }
  }
  return parts;
}

/** The page's one button that may send it, a text field's own button left out (besideTextField); else none. */
function pageSender(senders: readonly UIElement[], elements: readonly UIElement[]): UIElement | undefined {
  if (senders.length === 1) return senders[0];
  const own = senders.filter((element) => !besideTextField(element, elements));
  return own.length === 1 ? own[0] : undefined;
}

/** The part a control plays on its screen, if any, with the kind of its scope (`final`: see closingControls). */
export function closingPartOf(element: UIElement, elements: readonly UIElement[], final = false): { part: ClosingPart; key: string } | undefined {
  for (const [key, controls] of closingControls(elements, false, final)) {
    if (controls.some((control) => control.id === element.id)) return { part: key.endsWith(':dismiss') ? 'dismiss' : 'primary', key };
  }
  return undefined;
}

/**
 * A demonstrated click whose plain grounding fell below `threshold`: grounded on the one
 * control of the screen that plays the part the demonstrated control played, or the plain
 * grounding unchanged. `demonstration` (the trajectory the step comes from) tells whether the
 * click was its last action, and which fields it filled before it.
 */
export function groundClosingControl(
  planned: PlannedStep,
  elements: readonly UIElement[],
  grounding: StepGrounding,
  threshold: number,
  demonstration?: Trajectory,
  planSteps: readonly PlannedStep[] = [],
): StepGrounding {
  if (grounding.ok && grounding.score >= threshold) return grounding;
  const action = planned.step.action;
  if (action.type !== 'click' || !('elementId' in action.target)) return grounding;
  const id = action.target.elementId;
  const shown = planned.step.observation.elements;
  const demonstrated = shown.find((element) => element.id === id);
  if (!demonstrated) return grounding;
  // A caption the task rewrote — a value the task names — is the task's word for it, not a place.
  const descriptor = planned.step.targets[0];
  if (descriptor && [descriptor.text, descriptor.label ?? ''].some((text) => substitute(text, planned.bindings).changed)) return grounding;
  // So is the group around it, unless the values it names are the ones the demonstration put in the fields of its form.
  const contextChanged = descriptor?.context !== undefined && substitute(descriptor.context, planned.bindings).changed;
  if (contextChanged && !namesOnlyFilledValues(descriptor.context!, planned, demonstrated, demonstration) && !namesOnlyWorkedRows(descriptor.context!, planned, demonstrated, planSteps)) {
    return grounding;
  }
  // A control chosen by the row of a value the task names is chosen by that value, never by its place.
  if ((planned.rowKeys ?? []).length > 0) return grounding;
  const final = demonstration !== undefined && isLastAction(demonstration.steps, planned.sourceIndex);
  const part = closingPartOf(demonstrated, shown, final);
  if (!part) return grounding;
  const seen = seenBeside(part.key, demonstrated, shown);
  // Several scopes each with its sender: which one is meant is a guess, whatever was seen beside the pressed one.
  const all = closingControls(elements, true, final).get(part.key) ?? [];
  const found = all.length > 1 ? all : all.filter((element) => !seen.has(captionOf(element)));
  const standIns = found.length === 0 && part.part === 'primary' ? unpressedAside(part.key, seen, elements) : found;
  const name = (element: UIElement) => JSON.stringify((element.text || element.label || element.attributes?.['title'] || '').slice(0, 30));
  const role = part.part === 'dismiss' ? `the close icon of its ${part.key.split(':')[0]}` : `the control that sends its ${part.key.split(':')[0]}`;
  if (standIns.length !== 1) return standIns.length > 1 ? { ok: false, score: 0, reason: `${grounding.reason}; the demonstrated ${name(demonstrated)} was ${role}, and ${standIns.length} controls play that part here` } : grounding;
  const standIn = standIns[0]!;
  // Where the group around it names the rows the steps worked in (a basket's lines), another control beside it that
  // may be the sender — a link captioned so, a button disabled for now (a basket under its minimum order) —: which one
  // sends is a guess, and pressing the one that can be pressed is no stand-in. (A form's "Forgot it?" link beside its
  // button is no such rival: that button stands in by the form's part alone.)
  const scopeKind = part.key.split(':')[0] as ScopeKind;
  if (contextChanged && part.part === 'primary' && elements.some((other) => other.id !== standIn.id && other.parentId === standIn.parentId && !other.states.hidden && (other.role === 'link' || (other.role === 'button' && other.states.disabled === true)) && maySend(other, scopeKind) && !isStepper(other, elements))) return grounding;
  // Both captions name a purpose, and not the same one (OK for ×): another control, not a stand-in.
  const then = elementPurpose(demonstrated) ?? purposeOf(demonstrated.attributes?.['title']);
  const now = elementPurpose(standIn) ?? purposeOf(standIn.attributes?.['title']);
  if (then !== undefined && now !== undefined && then !== now) return grounding;
  return {
    ok: true,
    action: { type: 'click', target: { elementId: standIn.id } },
    score: PART_SCORE,
    reason: `[${standIn.id}] ${standIn.role} ${name(standIn)} for the demonstrated ${demonstrated.role} ${name(demonstrated)}: the caption differs, but it is the one control that plays the same part — ${role} (score ${PART_SCORE})`,
  };
}

const captionOf = (element: UIElement) => normalizeText(wordsOf(element));

/**
 * The buttons that may send each scope of that kind on a screen, by scope; none under a modal dialog when the kind
 * is not a dialog (the page under it is out of reach, as closingControls reads it).
 */
function sendersByScope(kind: ScopeKind, screen: readonly UIElement[]): Map<number | undefined, UIElement[]> {
  const scopes = new Map<number | undefined, UIElement[]>();
  if (kind !== 'dialog' && dialogShown(screen)) return scopes;
  const byId = new Map(screen.map((element) => [element.id, element]));
  for (const element of screen) {
    if (!isActivator(element) || element.role !== 'button') continue;
    const scope = scopeOf(element, byId);
    if (scope.kind !== kind || !maySend(element, kind) || isStepper(element, screen)) continue;
    scopes.set(scope.id, [...(scopes.get(scope.id) ?? []), element]);
  }
  return scopes;
}

/** The buttons that may send the page itself, outside any form or dialog (steppers left out); none under a modal dialog. */
export function pageSenders(screen: readonly UIElement[]): UIElement[] {
  return sendersByScope('page', screen).get(undefined) ?? [];
}

/**
 * The captions of the senders the demonstration's screen showed beside the control it pressed, in its own form or
 * dialog (`key`: the scope kind): seen and not pressed, none of them is the one pressed on another screen.
 */
function seenBeside(key: string, demonstrated: UIElement, shown: readonly UIElement[]): Set<string> {
  const kind = key.split(':')[0] as ScopeKind;
  if (kind === 'page') return new Set();
  const own = [...sendersByScope(kind, shown).values()].find((senders) => senders.some((element) => element.id === demonstrated.id)) ?? [];
  const seen = new Set(own.filter((element) => element.id !== demonstrated.id).map(captionOf));
  seen.delete(captionOf(demonstrated));
  return seen;
}

/**
 * The sender of the one form or dialog of the new screen when several may send it, once those are left out that
 * the demonstration's screen showed beside the control it pressed ("Accept all" beside "Confirm my choices",
 * "Accept all" again beside "Save choices"): one left is the stand-in; any other count, or two such scopes, none.
 */
function unpressedAside(key: string, seen: ReadonlySet<string>, elements: readonly UIElement[]): UIElement[] {
  const kind = key.split(':')[0] as ScopeKind;
  if (kind === 'page' || seen.size === 0) return [];
  const scopes = [...sendersByScope(kind, elements).values()];
  if (scopes.length !== 1) return [];
  const left = scopes[0]!.filter((element) => !seen.has(captionOf(element)));
  return left.length === 1 ? left : [];
}

/** Actions that change nothing on the page: a demonstration that ends in them ended with the step before. */
const IDLE_ACTIONS = new Set(['wait', 'done']);

/** Is step `index` the demonstration's last action that worked (only waits or its done after it)? */
function isLastAction(steps: readonly Trajectory['steps'][number][], index: number): boolean {
  return steps.slice(index + 1).every((step) => IDLE_ACTIONS.has(step.action.type) || step.result?.ok === false);
}

/**
 * The demonstrated clicks that pressed the control sending their form, dialog or page (the primary part;
 * the last action judged with `final`), among `steps` — the demonstration's actions that worked, in order.
 * Such a press is implied by asking for the form's task: its caption ("Place hold", "Request refill") is
 * the page's word for sending, not a word of the request. A control that backs out, closes or destroys
 * (Cancel, Delete, ×) never sends (maySend), so it is never among them.
 */
export function sendingClicks(steps: readonly Trajectory['steps'][number][]): Set<Trajectory['steps'][number]> {
  const found = new Set<Trajectory['steps'][number]>();
  steps.forEach((step, index) => {
    const action = step.action;
    if (action.type !== 'click' || !('elementId' in action.target)) return;
    const elementId = action.target.elementId;
    const shown = step.observation.elements;
    const pressed = shown.find((element) => element.id === elementId);
    if (!pressed) return;
    if (closingPartOf(pressed, shown, isLastAction(steps, index))?.part === 'primary') found.add(step);
  });
  return found;
}

/**
 * Does the group text around a demonstrated control change under the plan's bindings only by values
 * the demonstration used, before this click, on fields of the control's own form, dialog or page (a
 * radio's label, a chosen option, a typed value)? Then the group lists what the form was filled with,
 * and the control is that form's, not a row's of one value.
 */
function namesOnlyFilledValues(context: string, planned: PlannedStep, control: UIElement, demonstration: Trajectory | undefined): boolean {
  if (!demonstration) return false;
  const shown = planned.step.observation.elements;
  const byId = new Map(shown.map((element) => [element.id, element]));
  const scope = scopeOf(control, byId);
  const filled = demonstration.steps.slice(0, planned.sourceIndex).filter((step) => {
    if (step.result?.ok === false) return false;
    const targetId = 'target' in step.action && step.action.target && 'elementId' in step.action.target ? step.action.target.elementId : undefined;
    const target = targetId === undefined ? undefined : byId.get(targetId);
    // The field as this click's screen shows it: the same id, and the same kind of control as the step acted on.
    if (!target || target.id === control.id || target.role !== targetDescriptorsOf(step)[0]?.role) {
      // Ids are the screen's own: a list that grew or shrank in between numbers its elements anew. On a page with
      // no form or dialog, a field with none around it on its own screen is the same page's.
      const own = targetId === undefined ? undefined : step.observation.elements.find((element) => element.id === targetId);
      return scope.kind === 'page' && own !== undefined && own.role === targetDescriptorsOf(step)[0]?.role && scopeOf(own, new Map(step.observation.elements.map((element) => [element.id, element]))).kind === 'page';
    }
    const there = scopeOf(target, byId);
    if (there.kind === scope.kind && there.id === scope.id) return true;
    // A parent the observation left out breaks the chain up: inside the scope's box is inside the scope.
    const box = scope.id === undefined ? undefined : byId.get(scope.id)?.box;
    return box !== undefined && rectWithin(target.box, box, ROUNDING_PX);
  });
  const used = filled.flatMap((step) => stepStrings(step).map(normalizeText));
  const naming = planned.bindings.filter((binding) => substitute(context, [binding]).changed);
  return naming.length > 0 && naming.every((binding) => used.some((text) => containsWhole(text, normalizeText(binding.old))));
}

/**
 * Does the group text around a demonstrated control change under the plan's bindings only by values that chose the
 * rows of the demonstration's earlier steps (their row keys: the basket line whose "+" or "Remove" it pressed), none
 * of them a row key of this control itself? Then the group is the list those rows stand in ("Your basket Oat milk …
 * Pasta …" around the checkout button under it), and the control is the list's, not one row's: a row's own "Buy",
 * chosen by the row's value, is keyed by it (row-keys.ts isRowKey) and still goes to the task.
 */
function namesOnlyWorkedRows(context: string, planned: PlannedStep, control: UIElement, planSteps: readonly PlannedStep[]): boolean {
  const keys = planSteps.filter((step) => step.sourceIndex < planned.sourceIndex).flatMap((step) => step.rowKeys ?? []);
  const naming = planned.bindings.filter((binding) => substitute(context, [binding]).changed);
  const shown = planned.step.observation.elements;
  const byId = new Map(shown.map((element) => [element.id, element]));
  // The control stands in no row showing the value: no element showing it has the control's parent as its own parent
  // or grandparent (a line's one "Buy" beside its name, or a row holding the name one level down).
  const inItsRow = (value: string) =>
    control.parentId !== undefined &&
    shown.some((element) => element.id !== control.id && showsValue(element.text, value) && (element.parentId === control.parentId || (element.parentId !== undefined && byId.get(element.parentId)?.parentId === control.parentId)));
  return (
    naming.length > 0 &&
    naming.every(
      (binding) =>
        keys.some((key) => normalizeText(key.old) === normalizeText(binding.old) && normalizeText(key.new) === normalizeText(binding.new)) &&
        !isRowKey(control, shown, binding.old) &&
        !inItsRow(binding.old),
    )
  );
}
