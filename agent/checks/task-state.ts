/**
 * Does the screen hold the state the task asks for? Judged from what the run
 * did and what the screen shows now, without a model:
 *
 * - every field the run typed into still holds what was typed (a field that
 *   kept "Lon" of "Lonnie", or was cleared, is not done);
 * - every list the run chose from shows the option chosen; in a list box
 *   where the run added picks (Ctrl/Shift held), the option shown is one of
 *   the picks, and options the screen marks selected include every pick;
 * - the checkboxes the run toggled are ticked exactly when the task names them
 *   (and none the task names is left unticked); toggles too (a chip or button
 *   whose aria-pressed or state class is on): a click on one that was already
 *   on turned it off, and the task that names it is then not done — but one
 *   the run turned on that a later step used up (a card selected, then moved
 *   by the column clicked next) was a selection, not a state the task asks for;
 * - a date or time field holds the date or time the task names, read in
 *   any form (date-time-fields.ts);
 * - every setting (tick box or switch) the task asks on or off by name shows
 *   that state, whatever the run did (asked-settings.ts) — but the one the
 *   next click sets (`pendingTarget`);
 * - optionally (at a claimed done), every quoted value of the task was typed,
 *   chosen or acted on;
 * - optionally, the page changed after the run's last click, key press or
 *   choice when that action was on no control (a point, a static text) or
 *   the demonstration showed the same step changing its page: a done on a
 *   page such a step left as it was is confirmed by nothing.
 *
 * - optionally, no error message has appeared since the run started
 *   (new-error-messages.ts: a submit the page refused).
 *
 * Elements gone from the screen (a form replaced after Submit) are not judged.
 * Used by the offline policy before a plan's final click, and by the memory
 * checker at done.
 */
import type { CheckVerdict } from '../core/checks.js';
import { enteredValue } from '../core/action.js';
import { dateTimeFieldProblems } from './date-time-fields.js';
import { takenIntoPage } from './taken-values.js';
import type { Observation, UIElement } from '../core/observation.js';
import type { Step, TargetDescriptor } from '../core/trajectory.js';
import { abstractStep } from '../observation/abstract.js';
import { groundTarget } from '../policy/exemplar/ground-target.js';
import { containsWhole, normalizeText } from '../policy/exemplar/text-match.js';
import { chosenGroupProblem } from '../policy/exemplar/rules/option-group.js';
import { newErrorMessages } from './new-error-messages.js';
import { askedSettingProblems } from './asked-settings.js';
import { checkableName, checkedOf } from '../policy/exemplar/checked-glyphs.js';
import { sortOrderProblems } from '../policy/exemplar/rules/sort-direction.js';
import { exclusiveWords } from '../policy/exemplar/rules/exclusive-set.js';
import { askedStatesOfNames } from '../policy/exemplar/rules/switch-states.js';
import { controlWords, withoutReasonAside } from '../policy/exemplar/rules/reason-aside.js';
import { COMMON_WORDS } from '../policy/exemplar/task-tokens.js';
import { sameStem } from '../policy/exemplar/word-forms.js';
import { elementGridCode, gridCodes } from '../policy/exemplar/grid-codes.js';

export interface TaskStateInput {
  task: string;
  observation: Observation;
  history: readonly Step[];
  /** Also require every quoted value of the task to have been typed, chosen or acted on. */
  requireQuotedValuesUsed?: boolean;
  /**
   * Also require the page to have changed after the run's last click, key
   * press or choice, when that action was on no control (a point, a static
   * text) or `demonstratedEffect` says the demonstration's page changed there.
   */
  requireLastActionEffect?: boolean;
  /** The demonstration's page changed after the step the run's last action repeats. */
  demonstratedEffect?: boolean;
  /** The element the run's next click acts on (before a final click that sets a setting): not judged. */
  pendingTarget?: number;
  /**
   * Also require that the screen shows no error message it did not show when
   * the run started (a refused submit: "Please enter a valid e-mail").
   */
  requireNoNewErrors?: boolean;
}

/** Lowest score at which an element of the current screen is taken to be the one the run acted on. */
const SAME_ELEMENT_SCORE = 0.6;
/** Tasks that untick, clear or exclude: the names in them do not say which boxes end ticked. */
const NEGATION = /\b(un-?check|untick|deselect|clear|except|not|none|no)\b/i;

/** Tasks that turn toggles off (or remove what they stand for): the names in them do not say which end on. */
const TOGGLE_OFF = /\b(off|remove|disable|deactivate|unselect|unpin|unfollow|mute|drop)\b/i;

/** Glyphs a list shows for a ticked / an unticked item ("☑ milk", "☐ tea"). */
const TICKED_GLYPHS = /^[☑✓✔☒✅]\s*/u;
const UNTICKED_GLYPHS = /^[☐⬜]\s*/u;

/**
 * An element whose text starts with a tick glyph is a checkbox drawn as text
 * (a re-rendering shopping list): as a checkbox named by the rest of its text,
 * checked when the glyph is a tick.
 */
function glyphBox(element: UIElement): UIElement | undefined {
  const text = element.text.trim();
  const ticked = TICKED_GLYPHS.test(text);
  if (!ticked && !UNTICKED_GLYPHS.test(text)) return undefined;
  const name = text.replace(ticked ? TICKED_GLYPHS : UNTICKED_GLYPHS, '').trim();
  return name === '' ? undefined : { ...element, role: 'checkbox', text: name, states: { ...element.states, checked: ticked } };
}

/** A secret vault placeholder (agent/safety/secret-vault.ts), e.g. <secret:password-1>. */
const SECRET_PLACEHOLDER = /<secret:[a-z-]+-\d+>/;

/** Lower case, collapsed spacing. */
function loose(text: string | undefined): string {
  return (text ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Does a field's shown value hold the typed text? Masked (password) values compare by length; formatting aside. */
export function holdsValue(value: string | undefined, typed: string): boolean {
  const shown = value ?? '';
  if (typed.trim() === '') return true;
  if (shown !== '' && /^[•*●]+$/.test(shown)) return shown.length >= typed.length;
  if (loose(shown).includes(loose(typed))) return true;
  const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (bare(typed) !== '' && bare(shown).includes(bare(typed))) return true;
  // A cut value ("Lorem ipsum dol…") holds a typed text it starts with.
  return shown.endsWith('…') && loose(typed).startsWith(loose(shown.slice(0, -1)));
}

function nameOf(element: { text: string; label?: string }): string {
  return element.text.trim() || (element.label ?? '').trim();
}

/** Short words that never tell one box from another. */
const FILLER = new Set(['this', 'that', 'with', 'from', 'your', 'about', 'into', 'have', 'will', 'them', 'they', 'please', 'send', 'keep', 'make', 'want']);

/**
 * A task may name a box by a word of its caption rather than the whole caption ("subscribe her to the newsletter"
 * for "Send me the newsletter"). Only a word that tells this box from every other box on screen counts, and only a
 * real word (four letters or more, not filler), in any of its short-ending forms ("rounded" for "Round"): "Option A"
 * and "Option B" are never told apart this way.
 */
function namedByWord(task: string, box: UIElement, boxes: readonly UIElement[]): boolean {
  const words = (text: string) => new Set(normalizeText(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 4 && !FILLER.has(word)));
  const others = new Set(boxes.filter((other) => other.id !== box.id).flatMap((other) => [...words(nameOf(other))]));
  const telling = [...words(nameOf(box))].filter((word) => !others.has(word));
  // In any of its short-ending forms: "rounded up" names "Round up each share".
  const taskWords = [...words(task)];
  return telling.some((word) => taskWords.some((taskWord) => sameStem(taskWord, word)));
}

/**
 * The request, not a reason said before it ("I don't want to be tracked, so X only please": rules/reason-aside.ts).
 * A word a control of the page shows ("I don't want marketing cookies, so …") names a thing: no reason.
 */
function requestOf(task: string, elements: readonly UIElement[]): string {
  const pageWords = controlWords(elements);
  return withoutReasonAside(task, (word) => !COMMON_WORDS.has(word) && pageWords.has(word));
}

function targetOf(step: Step): TargetDescriptor | undefined {
  return step.targets[0];
}

/** The element of the current screen the run acted on with this descriptor, when it is still there. */
function findAgain(descriptor: TargetDescriptor, elements: readonly UIElement[]): UIElement | undefined {
  const grounding = groundTarget(descriptor, [], elements);
  return grounding.element && grounding.score >= SAME_ELEMENT_SCORE ? grounding.element : undefined;
}

export function judgeTaskState(input: TaskStateInput): CheckVerdict {
  const elements = input.observation.elements.filter((element) => !element.states.hidden);
  const done = input.history.filter((step) => step.result?.ok !== false);
  const problems: string[] = [];

  // Fields: what the run typed into each, in order (a replace starts over).
  const typed = new Map<number, { element: UIElement; text: string; typedOn: readonly UIElement[] }>();
  for (const step of done) {
    const action = step.action;
    const descriptor = targetOf(step);
    if (action.type !== 'type' || !descriptor) continue;
    const element = findAgain(descriptor, elements);
    if (!element || element.value === undefined) continue;
    const before = typed.get(element.id);
    typed.set(element.id, { element, text: action.replace || !before ? action.text : before.text + action.text, typedOn: step.observation.elements });
  }
  for (const { element, text, typedOn } of typed.values()) {
    // A secret typed through its placeholder is restored only at execution: the history cannot say what the field should hold.
    if (SECRET_PLACEHOLDER.test(text)) continue;
    // "Add an item" emptied once Add put "cheddar" on the list: the page took the value (taken-values.ts).
    if (takenIntoPage(element, text, elements, typedOn)) continue;
    // A number field holds one number: "3060" does not hold a typed 60 (typed after the 30 it showed).
    const otherNumber = element.inputType === 'number' && /^-?\d+(?:\.\d+)?$/.test(text.trim()) && Number(element.value) !== Number(text.trim());
    if (otherNumber || !holdsValue(element.value, text)) {
      problems.push(`the field ${JSON.stringify(nameOf(element) || element.role)} holds ${JSON.stringify(element.value)}, not ${JSON.stringify(text)}`);
    }
  }

  // Date and time fields hold the task's date and time in its meaning, in whatever form (date-time-fields.ts).
  problems.push(...dateTimeFieldProblems(input.task, elements));

  // A column the run sorted reads in the direction the task names (rules/sort-direction.ts).
  problems.push(...sortOrderProblems(input.task, done, elements));

  // Lists: the option chosen last in each; picks made holding Ctrl/Shift add to the ones before.
  const chosen = new Map<number, { element: UIElement; options: string[] }>();
  const groupProblems = new Map<number, string>();
  for (const step of done) {
    const descriptor = targetOf(step);
    if (step.action.type !== 'select' || !descriptor) continue;
    const element = findAgain(descriptor, elements);
    if (element?.value === undefined) continue;
    const adds = (step.action.modifiers ?? []).length > 0;
    const before = chosen.get(element.id)?.options ?? [];
    chosen.set(element.id, { element, options: adds ? [...before, step.action.option] : [step.action.option] });
    // A choice under a named group (an <optgroup>): the list shows an option of that group (rules/option-group.ts).
    const group = adds ? undefined : chosenGroupProblem(element, step.action);
    if (group) groupProblems.set(element.id, group);
    else groupProblems.delete(element.id);
  }
  for (const problem of groupProblems.values()) problems.push(problem);
  for (const { element, options } of chosen.values()) {
    problems.push(...listProblems(element, options, input.observation.elements));
  }

  // Checkboxes: the ones the run toggled, and the ones the task names. "(and no others)" is no negation: it makes the set exclusive.
  const wording = exclusiveWords(input.task);
  if (!NEGATION.test(wording.rest)) {
    const native = elements.filter((element) => element.role === 'checkbox' && element.states.checked !== undefined && nameOf(element) !== '');
    const glyphs = elements.flatMap((element) => glyphBox(element) ?? []);
    // Toggles (a chip or button whose pressed or class state is on or off) are judged like boxes, unless the
    // task turns something off: then the names in it do not say which end on.
    const toggles = TOGGLE_OFF.test(wording.rest)
      ? []
      : elements.filter((element) => !['checkbox', 'radio'].includes(element.role) && element.states.checked !== undefined && nameOf(element) !== '' && !glyphBox(element));
    const boxes = [...native, ...glyphs, ...toggles];
    const toggled = new Set<number>();
    for (const step of done) {
      const descriptor = targetOf(step);
      if (step.action.type !== 'click' || !descriptor) continue;
      const glyph = glyphBox({ ...descriptor, states: {} } as UIElement);
      const element = glyph
        ? glyphs.find((box) => normalizeText(box.text) === normalizeText(glyph.text))
        : descriptor.role === 'checkbox'
          ? findAgain(descriptor, native)
          : findAgain(descriptor, toggles);
      if (element) toggled.add(element.id);
    }
    if (toggled.size > 0) {
      // A cell of a grid is named by its code ("E5", "Row E, seats 5 and 6"), never by the bare number it reads ("5" of any row).
      const taskCodes = new Set(gridCodes(input.task).map((code) => code.value));
      const codeOf = (element: UIElement) => elementGridCode(element, elements);
      const named = (element: UIElement) => {
        const code = codeOf(element);
        return code ? taskCodes.has(code) : containsWhole(input.task, nameOf(element));
      };
      // "Only those", "exactly", "nothing else": every ticked box must be named, not only those the run ticked.
      const exclusive = wording.exclusive;
      // A box ticked by the run is in place when the task names it, whole or by a word that tells it apart.
      // A toggle the run left on that the task does not name may be a choice of one (a folder, a current
      // item): only an exclusive task says it must be off. A disabled box ticked ("Strictly necessary — always
      // on") is no one's choice: never stray.
      const isToggle = new Set(toggles.map((element) => element.id));
      const stray = boxes.filter(
        (element) =>
          (exclusive || (toggled.has(element.id) && !isToggle.has(element.id))) && element.states.checked && !element.states.disabled && !named(element) && (codeOf(element) !== undefined || !namedByWord(input.task, element, boxes)),
      );
      // A toggle the run turned on that a later step of the run turned off again (a card selected, then moved by
      // the column clicked next) was a selection that step used: the task asked for the move, not for the card on.
      const used = usedSelections(done, toggles);
      // A name the task asks off ("Please stop the order status": rules/switch-states.ts) is no name to be ticked.
      const namedBoxes = boxes.filter(named);
      // The request, not a reason said before it (requestOf).
      const asked = askedStatesOfNames(requestOf(input.task, elements), namedBoxes.map(nameOf));
      const askedOff = new Set(namedBoxes.filter((_, index) => asked[index] === 'off').map((element) => element.id));
      const missing = boxes.filter((element) => named(element) && !askedOff.has(element.id) && !element.states.checked && !used.has(element.id));
      if (missing.length > 0) problems.push(`the task names ${missing.map((element) => JSON.stringify(nameOf(element))).join(', ')}, not ticked`);
      const left = boxes.filter((element) => askedOff.has(element.id) && element.states.checked);
      if (left.length > 0) problems.push(`${left.map((element) => JSON.stringify(nameOf(element))).join(', ')} still ticked, which the task asks off`);
      if (stray.length > 0) problems.push(`${stray.map((element) => JSON.stringify(nameOf(element))).join(', ')} ticked, which the task does not name`);
    }
  }

  // Settings the task asks on or off by name show that state, whether or not the run touched them (asked-settings.ts);
  // a setting the boxes' judgement above already named is not said twice.
  const said = problems.join(' ').toLowerCase();
  for (const setting of askedSettingProblems(requestOf(input.task, elements), elements, input.pendingTarget)) {
    if (!said.includes(JSON.stringify(setting.name))) problems.push(setting.problem);
  }

  if (input.requireQuotedValuesUsed) {
    const used = done.flatMap((step) => {
      const entered = enteredValue(step.action);
      return [...(entered === undefined ? [] : [entered]), ...step.targets.flatMap((target) => [target.text, target.label ?? '', target.value ?? ''])];
    });
    // A box or toggle the task names that was already on needed no action: the screen shows it in place.
    if (!NEGATION.test(wording.rest)) used.push(...elements.filter((element) => checkedOf(element) === true).map((element) => checkableName(element)));
    for (const match of input.task.matchAll(/["“]([^"”]+)["”]/g)) {
      const value = match[1]!.trim();
      if (value !== '' && !used.some((text) => loose(text).includes(loose(value)))) {
        problems.push(`the task names ${JSON.stringify(value)}, which this run never typed, chose or acted on`);
      }
    }
  }

  if (input.requireNoNewErrors && input.history.length > 0) {
    const errors = newErrorMessages(input.history[0]!.observation.elements, elements, input.task);
    if (errors.length > 0) {
      problems.push(`the page now shows ${errors.map((text) => JSON.stringify(text)).join(', ')}, which it did not show at the start: it refused what was entered`);
    }
  }

  if (input.requireLastActionEffect) {
    const unchanged = lastActionWithoutEffect(done, input.observation, input.task, input.demonstratedEffect ?? false);
    if (unchanged) problems.push(unchanged);
  }

  if (problems.length > 0) return { ok: false, reason: problems.join('; '), confidence: 0.8 };
  const judged = typed.size + chosen.size;
  return { ok: true, reason: judged > 0 ? `the ${judged} field(s) and list(s) this run filled hold what it entered` : 'nothing this run entered is left to judge on the screen', confidence: judged > 0 ? 0.6 : 0.2 };
}

/**
 * Toggles (of `toggles`, the screen now) that a click of the run turned on — the next step's screen shows
 * them on — and that were off again by a later step of the run on another element: selections a later
 * step used up, not states the task asks for.
 */
function usedSelections(done: readonly Step[], toggles: readonly UIElement[]): Set<number> {
  const used = new Set<number>();
  for (const [index, step] of done.entries()) {
    const descriptor = targetOf(step);
    const later = done.slice(index + 1);
    if (step.action.type !== 'click' || !descriptor || later.length === 0) continue;
    const now = findAgain(descriptor, toggles);
    if (!now || now.states.checked) continue;
    // Clicked again later by the run: the run itself turned it off.
    if (later.some((seen) => seen.action.type === 'click' && seen.targets[0] && findAgain(seen.targets[0], [now])?.id === now.id)) continue;
    const after = findAgain(descriptor, later[0]!.observation.elements.filter((element) => !element.states.hidden));
    if (after?.states.checked === true) used.add(now.id);
  }
  return used;
}

/** Options under a list element (its descendants of role option) that say whether they are selected. */
function optionsOf(list: UIElement, all: readonly UIElement[]): UIElement[] {
  const inside = new Set<number>([list.id]);
  const found: UIElement[] = [];
  for (const element of all) {
    if (element.parentId === undefined || !inside.has(element.parentId)) continue;
    inside.add(element.id);
    if (element.role === 'option' && element.states.selected !== undefined) found.push(element);
  }
  return found;
}

/**
 * What is wrong with a list the run chose `options` in (in order; several
 * when picks were added holding Ctrl/Shift). A native list box shows only
 * its first selected option as its value; options that carry a selected
 * state show the whole selection.
 */
function listProblems(element: UIElement, options: readonly string[], all: readonly UIElement[]): string[] {
  const name = JSON.stringify(nameOf(element) || element.role);
  const wanted = [...new Set(options.map(normalizeText))];
  const marked = optionsOf(element, all);
  if (marked.length > 0) {
    const selected = new Set(marked.filter((option) => option.states.selected).map((option) => normalizeText(nameOf(option))));
    const missing = options.filter((option, index) => options.indexOf(option) === index && !selected.has(normalizeText(option)));
    return missing.length > 0 ? [`the list ${name} does not have ${missing.map((option) => JSON.stringify(option)).join(', ')} selected`] : [];
  }
  if (wanted.length === 1) {
    return normalizeText(element.value) === wanted[0] ? [] : [`the list ${name} shows ${JSON.stringify(element.value)}, not ${JSON.stringify(options[options.length - 1])}`];
  }
  return wanted.includes(normalizeText(element.value))
    ? []
    : [`the list ${name} shows ${JSON.stringify(element.value)} selected, which is none of the options picked (${options.map((option) => JSON.stringify(option)).join(', ')})`];
}

/** What a person sees change on a page: each shown element's role, text, value and states (not focus or position). */
export function pageFingerprint(url: string | undefined, elements: readonly UIElement[]): string {
  const parts = elements
    .filter((element) => !element.states.hidden)
    .map((element) => {
      const { focused: _focused, ...states } = element.states;
      return `${element.role}|${element.text}|${element.label ?? ''}|${element.value ?? ''}|${JSON.stringify(states)}`;
    });
  return `${url ?? ''}\n${parts.join('\n')}`;
}

/**
 * The run's last step was a click, key press or choice on no control (or one
 * the demonstration showed changing its page), and the page now is as it was
 * before that step: nothing confirms the step did anything.
 */
function lastActionWithoutEffect(done: readonly Step[], now: Observation, task: string, demonstratedEffect: boolean): string | undefined {
  const last = done.filter((step) => step.action.type !== 'done' && step.action.type !== 'wait').at(-1);
  if (!last || !['click', 'double-click', 'press', 'select'].includes(last.action.type)) return undefined;
  const action = last.action;
  const targetId = 'target' in action && action.target && 'elementId' in action.target ? action.target.elementId : undefined;
  const control = targetId === undefined ? undefined : last.observation.elements.find((element) => element.id === targetId);
  const onControl = action.type === 'press' || (control !== undefined && control.interactive);
  if (onControl && !demonstratedEffect) return undefined;
  if (last.observation.elements.length === 0) return undefined;
  // A stored step keeps the elements its abstraction kept: compare it with the page now abstracted the same way too.
  const before = pageFingerprint(last.observation.url, last.observation.elements);
  if (before !== pageFingerprint(now.page.url, now.elements) && before !== pageFingerprint(now.page.url, abstractStep(now, task).elements)) return undefined;
  const target = last.targets[0];
  const what = target ? `${target.role} ${JSON.stringify(nameOf(target) || '')}` : targetId === undefined ? 'a point with no element' : 'an element';
  return `nothing on the page changed after the last step (${last.action.type} on ${what}), so nothing shows it had the effect the task asks for`;
}

/** Did the page change between two stored step observations (the step's effect in a demonstration)? */
export function pageChangedBetween(before: Step['observation'], after: Step['observation']): boolean {
  if (before.elements.length === 0 || after.elements.length === 0) return false;
  return pageFingerprint(before.url, before.elements) !== pageFingerprint(after.url, after.elements);
}
