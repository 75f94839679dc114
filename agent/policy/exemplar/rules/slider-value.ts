/**
 * Rule: a slider is set to a value, not dragged to a screen point.
 *
 * A demonstrated drag (or a click, when the pointer barely moved) on a
 * slider — an input of type range or an ARIA slider such as a jQuery UI
 * handle, whose value the observation reads — is stored with the value the
 * slider showed after it (in the next step's observation). When the
 * demonstration's task names that value, it is a slot: the new task's value
 * is the one to set; else the demonstrated value is set again. A value its
 * list names twice ("[6,6,16]") is told by place: when every slider took the
 * item at its place in page order, each takes the new list's item there.
 *
 * Grounding sets the value on the slider found now, one action per turn
 * until the slider shows it: a drag of the handle to where the value lies
 * on the track (the range from aria-valuemin / -max or min / max), then
 * arrow keys on the focused handle for the last steps. A value outside the
 * slider's range, or a slider that stops moving, is refused.
 *
 * Planning half `markSliderValues`, grounding half `groundSliderValue`. Pure.
 */
import type { UIElement } from '../../../core/observation.js';
import { boxCentre } from '../../../core/observation.js';
import type { PlannedStep, RuleContext } from '../planned-step.js';
import { targetDescriptorsOf } from '../planned-step.js';
import { groundTarget } from '../ground-target.js';
import { normalizeText, type Binding } from '../text-match.js';
import { numberListRanges, tokenizeTask } from '../task-tokens.js';
import type { RepeatedGrounding } from '../ground-step.js';
import { ordinalOf } from '../number-words.js';

export interface SliderValue {
  /** The value to set. */
  wanted: number;
  /** The value the demonstration left the slider at. */
  demonstrated: number;
}

/** Arrow presses the grounding makes at most instead of a drag (a value this close is reached by keys). */
const MAX_KEY_STEPS = 4;
/** Score of a slider setting: the slider is found by its description, the value is read back after every action. */
const SLIDER_SCORE = 0.9;

const numberOf = (text: string | undefined): number | undefined => {
  if (text === undefined || !/^-?\d+(?:\.\d+)?$/.test(text.trim())) return undefined;
  return Number(text.trim());
};

/** The slider's range and step: aria-valuemin / -max, else min / max / step, else an input range's 0–100 by 1. */
export function sliderRange(element: UIElement): { min: number; max: number; step: number } {
  const attribute = (name: string) => numberOf(element.attributes?.[name]);
  const min = attribute('aria-valuemin') ?? attribute('min') ?? 0;
  const max = attribute('aria-valuemax') ?? attribute('max') ?? 100;
  const step = attribute('step') ?? 1;
  return { min, max: max > min ? max : min + 100, step: step > 0 ? step : 1 };
}

/** The slider a step acted on, as its observation showed it, or undefined when the step is no drag or click on a slider. */
function sliderOf(planned: PlannedStep): UIElement | undefined {
  const action = planned.step.action;
  const target = action.type === 'drag' ? action.from : action.type === 'click' ? action.target : undefined;
  if (!target || !('elementId' in target)) return undefined;
  const element = planned.step.observation.elements.find((candidate) => candidate.id === target.elementId);
  return element && element.role === 'slider' && numberOf(element.value) !== undefined ? element : undefined;
}

/** A key press on a slider that moves its value. */
function isSliderKey(planned: PlannedStep | undefined): boolean {
  const action = planned?.step.action;
  return action?.type === 'press' && /^(Arrow(Left|Right|Up|Down)|Home|End|PageUp|PageDown)$/.test(action.keys) && planned!.step.targets[0]?.role === 'slider';
}

/** The same slider in another observation: the same id, else the one slider of that role and name. */
function sameSlider(slider: UIElement, elements: readonly UIElement[]): UIElement | undefined {
  const byId = elements.find((element) => element.id === slider.id && element.role === 'slider');
  if (byId) return byId;
  const named = elements.filter((element) => element.role === 'slider' && normalizeText(element.label ?? element.text) === normalizeText(slider.label ?? slider.text));
  return named.length === 1 ? named[0] : undefined;
}

/**
 * Planning half: a step that changed a slider's value sets a value — the
 * new task's counterpart of a value the demonstration's task named, else
 * the demonstrated value.
 */
export function markSliderValues(steps: PlannedStep[], context: Pick<RuleContext, 'demoTask' | 'task' | 'unusedSlots' | 'notes' | 'next'>): void {
  /** The demonstration's task values some slider was set to (normalised). */
  const set = new Set<string>();
  const inListOrder = settingsFollowList(steps, context);
  for (let index = 0; index < steps.length; index++) {
    const planned = steps[index]!;
    const setting = settingAt(steps, index, context);
    if (!setting) continue;
    const { slider, last, demonstrated } = setting;
    const named = tokenizeTask(context.demoTask).find((token) => numberOf(token.text) === demonstrated);
    let wanted = demonstrated;
    if (named) {
      // One value named twice in the demonstration's task ("[6,6,16]") is rebound twice: the list's item at the
      // slider's place in page order tells which (each slider took its own item), else nothing does.
      const rebinds = new Set(planned.bindings.filter((binding: Binding) => normalizeText(binding.old) === named.norm).map((binding) => normalizeText(binding.new)));
      if (rebinds.size > 1) {
        const item = inListOrder ? listItemAtPlace(planned, slider, demonstrated, context) : undefined;
        if (item === undefined) continue;
        wanted = item;
        set.add(named.norm);
        planned.sliderValue = { wanted, demonstrated };
        steps.splice(index + 1, last - index);
        context.notes.push(
          `demonstrated step ${planned.sourceIndex + 1} set the ${ordinalOf(alikeSliders(planned.step.observation.elements, slider).indexOf(slider) + 1)} of the sliders named alike to ${demonstrated}, the item at its place in its task's list (named more than once): sets it to the new list's item there, ${wanted}`,
        );
        continue;
      }
      const rebound = planned.bindings.find((binding: Binding) => normalizeText(binding.old) === named.norm);
      const value = rebound ? numberOf(rebound.new) : tokenizeTask(context.task).some((token) => token.norm === named.norm) ? demonstrated : undefined;
      if (value === undefined) continue;
      wanted = value;
      set.add(named.norm);
    }
    planned.sliderValue = { wanted, demonstrated };
    steps.splice(index + 1, last - index);
    context.notes.push(
      `demonstrated step ${planned.sourceIndex + 1}${last > index ? ` (and ${last - index} key press(es) after it)` : ''} set the slider ${JSON.stringify(slider.label ?? slider.text)} to ${demonstrated}${named ? ', the value its task named' : ''}: sets it to ${wanted}`,
    );
  }
  // A slot is used once a slider took each of its values: a list ("[16,5,15]", one value a slider) only when every item was.
  for (let index = context.unusedSlots.length - 1; index >= 0; index--) {
    if (context.unusedSlots[index]!.old.every((old) => set.has(normalizeText(old)))) context.unusedSlots.splice(index, 1);
  }
}

/**
 * The slider setting that starts at `steps[index]`: the slider, the last step of it (arrow keys on the slider
 * right after, a person fine-tuning the value, are part of it) and the value it left; undefined when the step
 * sets no slider or leaves its value as it was.
 */
function settingAt(steps: readonly PlannedStep[], index: number, context: Pick<RuleContext, 'next'>): { slider: UIElement; last: number; demonstrated: number } | undefined {
  const slider = sliderOf(steps[index]!);
  if (!slider) return undefined;
  let last = index;
  while (isSliderKey(steps[last + 1])) last++;
  const next = context.next(steps[last]!);
  const after = next ? sameSlider(slider, next) : undefined;
  const demonstrated = numberOf(after?.value);
  if (demonstrated === undefined || demonstrated === numberOf(slider.value)) return undefined;
  return { slider, last, demonstrated };
}

/** Every slider the demonstration set took the item of its task's list at the slider's place in page order. */
function settingsFollowList(steps: readonly PlannedStep[], context: Pick<RuleContext, 'next' | 'demoTask'>): boolean {
  const list = numberList(context.demoTask);
  if (!list) return false;
  let any = false;
  for (let index = 0; index < steps.length; index++) {
    const setting = settingAt(steps, index, context);
    if (!setting) continue;
    const alike = alikeSliders(steps[index]!.step.observation.elements, setting.slider);
    if (alike.length !== list.length || list[alike.indexOf(setting.slider)] !== setting.demonstrated) return false;
    any = true;
  }
  return any;
}

/** The sliders of `elements` named as `slider` is (several with no caption), in page order. */
function alikeSliders(elements: readonly UIElement[], slider: UIElement): UIElement[] {
  const name = normalizeText(slider.label ?? slider.text);
  return elements.filter((element) => element.role === 'slider' && normalizeText(element.label ?? element.text) === name);
}

/** The numbers of a task's one list of numbers ("[6,6,16]"), or undefined when it holds none or several. */
function numberList(task: string): number[] | undefined {
  const ranges = numberListRanges(task);
  if (ranges.length !== 1) return undefined;
  return task.slice(ranges[0]!.start, ranges[0]!.end).split(',').map((item) => Number(item.trim()));
}

/**
 * The new task's list item for a slider the demonstration set to a value its
 * list names more than once: sliders named alike, as many as the items of
 * both lists, matched to the items in page order — the slider's place holds
 * the demonstrated value in the demonstration's list, and the new list's item
 * there is the one to set. Undefined when any of that does not hold.
 */
function listItemAtPlace(planned: PlannedStep, slider: UIElement, demonstrated: number, context: Pick<RuleContext, 'demoTask' | 'task'>): number | undefined {
  const before = numberList(context.demoTask);
  const now = numberList(context.task);
  const alike = alikeSliders(planned.step.observation.elements, slider);
  const place = alike.indexOf(slider);
  if (!before || !now || place < 0 || before.length !== now.length || alike.length !== before.length || before[place] !== demonstrated) return undefined;
  return now[place];
}

/**
 * Grounding half: one action towards the wanted value, the step staying
 * current until the slider shows it. `visited` holds the values already
 * seen under `prefix` (a slider that does not move is refused).
 */
export function groundSliderValue(
  planned: PlannedStep,
  elements: readonly UIElement[],
  visited: ReadonlySet<string>,
  prefix: string,
  demoTask: string,
): RepeatedGrounding {
  const { wanted } = planned.sliderValue!;
  const descriptor = targetDescriptorsOf(planned.step)[0];
  if (!descriptor) return { grounding: { ok: false, score: 0, reason: 'the demonstration did not record which slider it set' } };
  // Sliders named alike (several with no caption, "[16,5,15]" one value each): the one at the demonstrated slider's place in page order.
  const byOrder = sliderInPageOrder(planned, elements);
  if (byOrder && 'problem' in byOrder) return { grounding: { ok: false, score: 0, reason: byOrder.problem } };
  // The value is the slider's changing state, not its name: find it by role, label and place.
  const found = byOrder ? { element: byOrder.element, score: SLIDER_SCORE, reason: byOrder.reason } : groundTarget({ ...descriptor, value: undefined }, planned.bindings, elements, { demoTask });
  const slider = found.element;
  if (!slider || slider.role !== 'slider') return { grounding: { ok: false, score: 0, reason: `the slider to set is not found: ${found.reason}` } };
  const name = JSON.stringify(slider.label || slider.text || descriptor.label || '');
  const value = numberOf(slider.value);
  if (value === undefined) return { grounding: { ok: false, score: 0, reason: `the slider ${name} shows no value to set` } };
  const { min, max, step } = sliderRange(slider);
  if (wanted < min || wanted > max) return { grounding: { ok: false, score: 0, reason: `the task asks for ${wanted}, and the slider ${name} goes from ${min} to ${max}` } };
  if (value === wanted) return { grounding: { ok: true, satisfied: true, score: 1, reason: `the slider ${name} shows ${wanted}` } };
  const visitKey = `${prefix}${value}`;
  if (visited.has(visitKey)) return { grounding: { ok: false, score: 0, reason: `the slider ${name} stays at ${value} while setting it to ${wanted}` } };
  const score = Math.min(found.score, SLIDER_SCORE);
  const steps = Math.round(Math.abs(wanted - value) / step);
  const focused = slider.states.focused === true;
  const vertical = slider.box.height > slider.box.width * 1.5 && slider.tag === 'input';
  if (focused && steps <= MAX_KEY_STEPS) {
    const key = wanted > value ? (vertical ? 'ArrowUp' : 'ArrowRight') : vertical ? 'ArrowDown' : 'ArrowLeft';
    return { visitKey, stay: true, grounding: { ok: true, action: { type: 'press', keys: key }, score, reason: `the slider ${name} shows ${value}: ${key} towards ${wanted}` } };
  }
  const fraction = (number: number) => (number - min) / (max - min);
  // A native range is its own track; an ARIA handle moves along its parent (a jQuery UI slider's track).
  const parent = slider.parentId === undefined ? undefined : elements.find((element) => element.id === slider.parentId);
  const native = slider.tag === 'input';
  const track = native ? slider : parent && parent.box.width > slider.box.width * 2 ? parent : undefined;
  if (!track) return { grounding: { ok: false, score: 0, reason: `the slider ${name} shows ${value}, and its track is not found to drag its handle along` } };
  const centre = boxCentre(slider.box);
  const along = (number: number) => Math.round((track.box.x + fraction(number) * track.box.width) * 10) / 10;
  const from = native ? { x: along(value), y: centre.y } : { elementId: slider.id };
  return {
    visitKey,
    stay: true,
    grounding: {
      ok: true,
      action: { type: 'drag', from, to: { x: along(wanted), y: centre.y } },
      score,
      reason: `the slider ${name} shows ${value} of ${min}–${max}: drag its handle to where ${wanted} lies on the track (${found.reason})`,
    },
  };
}

/**
 * The slider a step set, told by page order when its name does not tell it:
 * the demonstration showed several sliders named alike (none captioned, or
 * one caption for all), so the n-th of them then is the n-th of them now.
 * Refused when the page shows another number of them. Undefined when the
 * demonstrated slider's name was its own (grounding finds it by name).
 */
function sliderInPageOrder(planned: PlannedStep, elements: readonly UIElement[]): { element: UIElement; reason: string } | { problem: string } | undefined {
  const demonstrated = sliderOf(planned);
  if (!demonstrated) return undefined;
  const before = alikeSliders(planned.step.observation.elements, demonstrated);
  if (before.length < 2) return undefined;
  const now = alikeSliders(elements, demonstrated);
  const place = before.findIndex((element) => element.id === demonstrated.id);
  if (now.length !== before.length) {
    return { problem: `the page shows ${now.length} slider(s) named alike where the demonstration set the ${ordinalOf(place + 1)} of ${before.length}, so which one to set is not clear` };
  }
  return { element: now[place]!, reason: `the ${ordinalOf(place + 1)} of ${now.length} sliders named alike, in page order, as demonstrated` };
}
