/**
 * Rule: the item a pager brought on show is the one the task names.
 *
 * "Find Rhea in the contact book and click on their email" was demonstrated
 * as ">" pressed until Rhea's card showed, then a click on the e-mail link of
 * that card. The name is never a step's target — only the card's heading
 * shows it — and the page shows one card at a time, so it is no row key
 * (row-keys.ts needs rows to choose from). What tells it is the paging: the
 * same control was pressed, each press changed what one place of the page
 * showed (the heading: "Afton", "Agnella"), and the step after the last press
 * acted while that place showed the value. That value is the step's page key:
 * on a new instance the search before it (rules/feed-search.ts, which pages
 * and refuses at the end or at its bound) presses the control until the place
 * shows the new value ("Andi"); only then is the step grounded, on the page
 * as it stands. When the target's own caption changed with each page too (the
 * address itself), that caption is the item's data, not the control's name:
 * the target is the control of its role beside the caption the demonstrated
 * one was beside ("Email:"), or beside the one the task's other word names
 * ("phone number" → "Phone:"); none or several is refused.
 *
 * Planning half: pagedItemOf (bind-slots.ts, for a slot no step used).
 * Grounding half: groundPagedItem (ground-plan-step.ts).
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import { groundStep, type StepGrounding } from '../ground-step.js';
import { controlKind, targetDescriptorsOf, targetedElements, type PlannedStep } from '../planned-step.js';
import { showsValue } from '../row-keys.js';
import { containsWhole, normalizeText } from '../text-match.js';

/** The page key of a step: the value the task names, and the place (role|tag|class) that showed it. */
export interface PagedItem {
  old: string;
  new: string;
  place: string;
  /** The target's caption changed from page to page: it is the item's data, not the control's name. */
  dataText?: boolean;
}

const ACTS = new Set(['click', 'double-click', 'hover']);

const shown = (elements: readonly UIElement[]) => elements.filter((element) => !element.states.hidden);

/** The elements of the place that show text of their own (the heading, not its empty twin). */
const atPlace = (elements: readonly UIElement[], place: string) =>
  shown(elements).filter((element) => controlKind(element) === place && normalizeText(element.text || element.label) !== '');

/** The one control every one of the steps pressed, by role, caption and label. */
function sameControlPressed(steps: readonly Step[]): boolean {
  const keys = steps.map((step) => {
    const target = targetDescriptorsOf(step)[0];
    return step.action.type === 'click' && target ? `${target.role}|${normalizeText(target.text)}|${normalizeText(target.label)}` : undefined;
  });
  return keys.every((key) => key !== undefined && key === keys[0]);
}

/**
 * The step a pager brought `value` on show for: a click (or hover) after one
 * or more presses of one control, while exactly one place of the page — a
 * place of which one shows at a time — shows the value, where each press had
 * shown something else. Undefined when no step fits.
 */
export function pagedItemOf(steps: readonly Step[], value: string): { position: number; place: string; dataText: boolean } | undefined {
  for (let position = 1; position < steps.length; position++) {
    const step = steps[position]!;
    const target = targetedElements(step)[0];
    if (!ACTS.has(step.action.type) || !target) continue;
    const showing = shown(step.observation.elements).filter(
      (element) => element.id !== target.id && (showsValue(element.text, value) || showsValue(element.label, value)) && !step.observation.elements.some((child) => child.parentId === element.id && showsValue(child.text, value)),
    );
    const places = [...new Set(showing.map(controlKind))].filter((place) => atPlace(step.observation.elements, place).length === 1);
    // Where the value is the whole text (the heading "Ivo"), not part of it (the address "ivo@mail.example").
    const whole = places.filter((place) => showing.some((element) => controlKind(element) === place && [element.text, element.label ?? ''].some((text) => normalizeText(text) === normalizeText(value))));
    if (whole.length === 1) places.splice(0, places.length, whole[0]!);
    if (places.length !== 1) continue;
    const place = places[0]!;
    // The presses right before: one control, each on a page whose place showed one other value.
    let first = position;
    while (first > 0 && sameControlPressed(steps.slice(first - 1, position))) first--;
    const turns = steps.slice(first, position);
    if (turns.length === 0) continue;
    const turnsShowOthers = turns.every((turn) => {
      const there = atPlace(turn.observation.elements, place);
      return there.length === 1 && !showsValue(there[0]!.text || there[0]!.label, value);
    });
    if (!turnsShowOthers || sameControlPressed([turns[0]!, step])) continue;
    const kind = controlKind(target);
    const dataText = turns.every((turn) => {
      const twin = shown(turn.observation.elements).filter((element) => controlKind(element) === kind);
      return twin.length === 1 && normalizeText(twin[0]!.text) !== normalizeText(target.text);
    });
    return { position, place, dataText };
  }
  return undefined;
}

/** Does the page show the item a planned step's page key names (then paging on would only pass it)? */
export function pagedItemShown(planned: PlannedStep, elements: readonly UIElement[]): boolean {
  const item = planned.pagedItem;
  if (!item) return false;
  const there = atPlace(elements, item.place);
  return there.length === 1 && (showsValue(there[0]!.text, item.new) || showsValue(there[0]!.label, item.new));
}

/** Remove the item's caption from a recorded context ("Email: ada@x.org" → "Email:"). */
function withoutCaption(context: string | undefined, caption: string): string | undefined {
  if (!context) return context;
  const rest = caption.trim() === '' ? context : context.split(caption.trim()).join(' ').replace(/\s+/g, ' ').trim();
  return rest === '' ? undefined : rest;
}

/**
 * Ground a step on the item the task names: refuse while the place shows
 * another value (the search before it turns the page), else ground the step
 * on the page as it is — by kind and surroundings when its caption was data.
 */
export function groundPagedItem(planned: PlannedStep, elements: readonly UIElement[], demoTask?: string): StepGrounding {
  const item = planned.pagedItem!;
  const there = atPlace(elements, item.place);
  const what = item.place.split('|').filter((part) => part !== '').slice(0, 2).join(' ');
  if (there.length > 1) return { ok: false, score: 0, reason: `${there.length} items show at once here (${what}), where the demonstration paged through one at a time` };
  if (!pagedItemShown(planned, elements)) {
    const now = there[0] ? ` (it shows ${JSON.stringify((there[0].text || there[0].label || '').trim())})` : '';
    return { ok: false, score: 0, reason: `the page does not show ${JSON.stringify(item.new)} where the demonstration's item showed ${JSON.stringify(item.old)} (${what})${now}` };
  }
  if (item.dataText) return groundByCaption(planned, item, elements);
  const { pagedItem: _key, ...rest } = planned;
  const grounding = groundStep(rest, elements, demoTask);
  if (!grounding.ok || !('action' in grounding)) return grounding;
  return { ...grounding, reason: `the page shows ${JSON.stringify(item.new)} (the item the task names): ${grounding.reason}` };
}

const wordsOf = (text: string) => normalizeText(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');

/** The caption beside an element: the texts of its siblings (the "Email:" before a link). */
function captionOf(element: UIElement, elements: readonly UIElement[]): string {
  if (element.parentId === undefined) return '';
  return elements.filter((other) => other.parentId === element.parentId && other.id !== element.id && !other.states.hidden).map((other) => other.text || other.label || '').join(' ').trim();
}

/**
 * A control whose caption was the item's data (an address link) is the one of
 * its kind beside the caption the demonstration's was beside ("Email:"); when
 * the task names another word there ("phone number" for "email"), the one
 * whose caption's words are all among the new words ("Phone:"). None, or
 * several, is refused: the caption decides, never the demonstrated place.
 */
function groundByCaption(planned: PlannedStep, item: PagedItem, elements: readonly UIElement[]): StepGrounding {
  const target = targetDescriptorsOf(planned.step)[0];
  const caption = withoutCaption(target?.context, target?.text ?? '') ?? '';
  if (!target || wordsOf(caption).length === 0) return { ok: false, score: 0, reason: `the demonstration's ${target?.role ?? 'target'} showed the item's data and no caption beside it, so nothing tells which one to click on ${JSON.stringify(item.new)}'s page` };
  const renamed = planned.bindings.filter((binding) => normalizeText(binding.old) !== normalizeText(item.old) && normalizeText(binding.old) !== normalizeText(binding.new) && containsWhole(caption, binding.old));
  const wanted = renamed.length > 0 ? renamed.map((binding) => binding.new) : [caption];
  const fits = (element: UIElement) => {
    const words = wordsOf(captionOf(element, elements));
    return words.length > 0 && wanted.every((value) => words.every((word) => wordsOf(value).includes(word)));
  };
  const candidates = shown(elements).filter((element) => element.role === target.role && (element.tag ?? '') === (target.tag ?? '') && fits(element));
  const said = wanted.map((value) => JSON.stringify(value)).join(', ');
  if (candidates.length !== 1) {
    return { ok: false, score: 0, reason: `on ${JSON.stringify(item.new)}'s page, ${candidates.length === 0 ? 'no' : candidates.length} ${target.role} ${candidates.length > 1 ? 'are' : 'is'} beside a caption that says ${said} (the demonstration clicked the one beside ${JSON.stringify(caption)})` };
  }
  const element = candidates[0]!;
  return {
    ok: true,
    action: { ...planned.step.action, target: { elementId: element.id } } as Extract<StepGrounding, { action: unknown }>['action'],
    score: renamed.length > 0 ? 0.7 : 0.8,
    reason: `the page shows ${JSON.stringify(item.new)} (the item the task names): the ${target.role} beside ${JSON.stringify(captionOf(element, elements))}, as the demonstration's was beside ${JSON.stringify(caption)}${renamed.length > 0 ? ` (the task says ${said})` : ''}`,
  };
}
