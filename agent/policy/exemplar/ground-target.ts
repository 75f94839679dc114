/**
 * Finding "the same" element on a new state: score every element of the
 * current observation against the demonstrated target's descriptor, after
 * rewriting the descriptor's fields with the slot bindings.
 *
 * Evidence, strongest first: the new slot value where the old target carried
 * a slot (an element without it is ruled out); the same text / label; the
 * same role, tag, input type, DOM id / name; then structure: the same
 * ordinal among siblings, the same containing-group text, the nearest
 * position. The score is the weighted share of evidence that agrees, 0..1.
 * An unexplained text that is nowhere on screen caps the score below any
 * sensible threshold: the demonstration clicked something this state lacks.
 * So does a near tie: two different elements within a small margin of each
 * other are a guess (one control seen twice — a button and the caption inside
 * it, a box and its label — is no tie).
 */
import { placeBindings } from './rules/typed-not-place.js';
import { otherWordlessControl } from './rules/wordless-class.js';
import { iconSaysCaption, saysIconName } from './rules/icon-named.js';
import { inertStandIn, wordsOnControls } from './rules/inert-stand-in.js';
import type { UIElement } from '../../core/observation.js';
import { boxCentre } from '../../core/observation.js';
import type { TargetDescriptor } from '../../core/trajectory.js';
import { tokenizeTask } from './task-tokens.js';
import { containsWhole, findWhole, normalizeText, substitute, wordSimilarity, type Binding } from './text-match.js';
import { carriesAmount, namesClosePurpose, sharedPurposeOf, type ControlPurpose } from './rules/control-purpose.js';
import { cardShows, ownTextHolds, rowShows } from './row-keys.js';
import { senderByPlace } from './rules/sender-place.js';
import { menuToggleStandIn } from './rules/menu-toggle.js';
import { seenTwice } from './seen-twice.js';
import { namesRowDeed, rowActionStandIn, soleRowActionStandIn } from './rules/row-action.js';
import { namesOtherPlace, transferButtonStandIn } from './rules/transfer-button.js';
import { controlKind, type RowKey } from './planned-step.js';
import { captionSimilarity, isIntentWord } from './intent-words.js';
import { dialogOf, dialogShown } from './dialog-place.js';
import { escapeRegExp } from '../../core/reg-exp.js';
import { sameTimeOfDay, writesTaskDateOrTime } from './rules/date-formats.js';
import { isWeekdayAlone } from './rules/day-options.js';
import { roleFamily } from './role-families.js';
import { treeGuessProblem } from './rules/tree-guess.js';

export interface TargetGrounding {
  /** The chosen element (absent when no candidate qualified). */
  element?: UIElement;
  /** 0..1; compare with the policy's threshold. */
  score: number;
  /** Why this element (or why none): the evidence, in words. */
  reason: string;
  /** Another element fit about as well: the element is a guess, whatever uses it (a drop point) must not act on it. */
  nearTie?: true;
  /** The element is OCR's guess where an accessibility tree was not read (rules/tree-guess.ts): why it is not certain. */
  guess?: string;
}

/** Highest score a candidate may get when the demonstrated text is unexplained and absent. */
const UNEXPLAINED_TEXT_CAP = 0.45;
/** Credit of a slot value that opens a caption whose rest describes it: the name, not the whole caption. */
const OPENING_NAME_CREDIT = 0.9;
/** Two candidates closer than this are ambiguous. */
const TIE_MARGIN = 0.03;
/** Distance in logical px at which position evidence has fallen to 1/e. */
const POSITION_SCALE_PX = 120;

const ATTRIBUTE_WEIGHTS: Record<string, number> = { id: 2, name: 1.5, type: 0.5, href: 1, placeholder: 1, for: 0.5, class: 0.5 };

/** Why an element of another kind of control (role-families.ts) cannot stand for the demonstrated target, if it cannot. */
function otherKindOfControl(wanted: string, element: UIElement): string | undefined {
  // OCR guesses roles from layout; only roles read from the DOM are firm enough to rule a target out.
  if (element.source !== 'dom') return undefined;
  const want = roleFamily(wanted);
  const have = roleFamily(element.role);
  return want && have && want !== have ? `a ${element.role} is another kind of control than the demonstrated ${wanted}` : undefined;
}

interface Evidence {
  name: string;
  weight: number;
  credit: number;
}

interface Candidate {
  element: UIElement;
  score: number;
  evidence: Evidence[];
  capped?: string;
}

function describe(element: UIElement): string {
  const name = element.text || element.label || element.attributes?.['id'] || '';
  return `[${element.id}] ${element.role}${name ? ` ${JSON.stringify(name.slice(0, 40))}` : ''}`;
}

/** The ordinal a number binding implies: "the 3rd result" demonstrated on ordinal 2 → new ordinal for "5th" is 4. */
function ordinalFromBindings(ordinal: number | undefined, bindings: readonly Binding[]): number | undefined {
  if (ordinal === undefined) return undefined;
  const asNumber = (text: string) => {
    const match = /^(\d+)(?:st|nd|rd|th)?$/i.exec(text.trim());
    return match ? Number(match[1]) : undefined;
  };
  for (const binding of bindings) {
    const before = asNumber(binding.old);
    const after = asNumber(binding.new);
    if (before !== undefined && after !== undefined && before - 1 === ordinal && after >= 1) return after - 1;
  }
  return undefined;
}

/** The ordinal a number of the demonstration's task that no binding rewrites names, when it equals `ordinal` + 1. */
function sharedOrdinal(ordinal: number | undefined, bindings: readonly Binding[], demoTask: string | undefined): number | undefined {
  if (ordinal === undefined || demoTask === undefined) return undefined;
  for (const token of tokenizeTask(demoTask)) {
    const match = /^(\d+)(?:st|nd|rd|th)?$/i.exec(token.text);
    if (!match || Number(match[1]) - 1 !== ordinal) continue;
    if (!bindings.some((binding) => normalizeText(binding.old) === token.norm)) return ordinal;
  }
  return undefined;
}

export interface GroundTargetOptions {
  /**
   * Ignore the text and the containing group's text: for containers (the
   * list a scroll acts on), whose text is their changing content.
   */
  ignoreText?: boolean;
  /**
   * The demonstration's task text. A number in it ("the 3rd") names a
   * position only for targets whose text the task does not name ("Submit").
   */
  demoTask?: string;
  /**
   * Slot values that were the row key of the demonstrated target
   * (row-keys.ts): only an element whose own row shows the new value
   * qualifies, and a caption that held the old value is the row's data, not
   * the control's name.
   */
  rowKeys?: readonly RowKey[];
  /** The demonstrated target sat inside a dialog: while one shows, only its controls qualify (dialog-place.ts). */
  inDialog?: boolean;
  /** Ignore the label as well as the text: a field whose label varies by episode (a form keyed to a table's rows). */
  ignoreLabel?: boolean;
  /** The step scrolls the target: a disabled or read-only text area (terms to read) still scrolls, so it is no weaker a match. */
  scrolling?: boolean;
  /** The texts the demonstration typed: values, never a target's place (rules/typed-not-place.ts). */
  typedValues?: readonly string[];
  /** The demonstration's observation at this step: a button it showed beside the one pressed is no rival now (rules/sender-place.ts). */
  demoElements?: readonly UIElement[];
  /** The demonstrated target was OCR's own reading of a window without a tree: OCR's reading of no known window may stand for it (rules/tree-guess.ts). */
  demonstratedOnOcr?: boolean;
}

export function groundTarget(
  descriptor: TargetDescriptor,
  bindings: readonly Binding[],
  elements: readonly UIElement[],
  options: GroundTargetOptions = {},
): TargetGrounding {
  if (options.ignoreText) descriptor = { ...descriptor, text: '', context: undefined, ...(options.ignoreLabel ? { label: undefined } : {}) };
  const rowKeys = (options.rowKeys ?? []).filter((binding) => binding.old.trim() !== '');
  // A label naming the row's item ("Increase Olive oil"): the row is told by its card, the control by its caption (row-keys.ts labelNamesRow).
  if (rowKeys.some((binding) => binding.labelNamed)) descriptor = { ...descriptor, label: undefined };
  /** The demonstrated caption held the key ("Inbox23"): it is the row's data, so rows are told apart by it alone. */
  const keyInText = rowKeys.some((binding) => !binding.labelNamed && ownTextHolds(descriptor, binding.old));
  if (keyInText) descriptor = { ...descriptor, text: '', ...(rowKeys.some((binding) => ownTextHolds({ text: descriptor.label ?? '' }, binding.old)) ? { label: undefined } : {}) };
  // The caption was the row's data (rules/row-choice.ts): the row's own caption, whatever it is — unless the task names it
  // too (a slot rewrites it: the sender "Ben" of the message the task quotes), which the new row must then show.
  const captionData = rowKeys.some((binding) => binding.captionData);
  if (captionData && !keyInText && !substitute(descriptor.text, bindings).changed) {
    descriptor = { ...descriptor, text: '', ...(normalizeText(descriptor.label) === normalizeText(descriptor.text) || normalizeText(descriptor.label) === '' ? { label: undefined } : {}) };
  }
  const rowData = keyInText || captionData;
  const byId = new Map(elements.map((element) => [element.id, element]));
  const text = substitute(descriptor.text, bindings);
  const label = substitute(descriptor.label ?? '', bindings);
  const context = substitute(descriptor.context ?? '', bindings);
  const newValues = bindings.filter((binding) => binding.old !== binding.new).map((binding) => binding.new);
  const wantText = normalizeText(text.text);
  // A number in the task names a position only when the task does not name the target by its text — or by the
  // date or time its text writes ("1:30pm" names the slot "1:30 PM"; its day "13" is then no 13th place).
  const namedByTask =
    wantText !== '' &&
    options.demoTask !== undefined &&
    (containsWhole(options.demoTask, descriptor.text.trim()) || writesTaskDateOrTime(descriptor.text, options.demoTask));
  // A number the demonstration typed is a value, not a place (rules/typed-not-place.ts).
  let slottedOrdinal = namedByTask ? undefined : ordinalFromBindings(descriptor.ordinal, placeBindings(bindings, options.typedValues));
  const wantLabel = normalizeText(label.text);
  const centre = boxCentre(descriptor.box);
  // Slot values inside a word ("Ba…desh" for starts with "Ba", ends with "desh"), when the text itself is gone.
  // The text may still be on screen by chance (another suggestion), so a value that starts or ends it counts too.
  const textGone = wantText !== '' && !text.changed && !elements.some((element) => normalizeText(element.text) === wantText);
  const candidatePattern = wantText !== '' && !text.changed ? substringPattern(descriptor.text, bindings) : undefined;
  const pattern = candidatePattern && (textGone || candidatePattern.anchored) ? candidatePattern : undefined;
  // Words of a vanished text that the task itself names ("the email by Rosa" → "Rosa …") find it again; the task's verb
  // ("Delete" in "Yes, delete"), or a row's deed ("reorder", rules/row-action.ts), names what to do, not which element.
  const rowDeed = rowKeys.length > 0 && namesRowDeed(descriptor.text);
  const namedWords =
    textGone && !pattern && options.demoTask && !rowDeed
      ? wordsOnControls(descriptor, elements, text.text.split(/\s+/).filter((word) => word.length > 1 && containsWhole(options.demoTask, word.replace(/[^\p{L}\p{N}]+$/u, '')) && !isIntentWord(word)))
      : [];
  // The element the demonstration hit is gone, and a number both tasks share ("the 4th position") was its
  // place among its siblings: that place, not the text that happened to be there, is what the task names.
  if (slottedOrdinal === undefined && textGone && !pattern && namedWords.length === 0 && !namedByTask) {
    slottedOrdinal = sharedOrdinal(descriptor.ordinal, bindings, options.demoTask);
  }
  /** The text is incidental when a number in the task names the place and the task does not name the text. */
  const incidentalText = slottedOrdinal !== undefined && !text.changed && !namedByTask;
  const candidates: Candidate[] = [];
  /** Elements that stand in for the demonstrated control by purpose only (its caption is not on screen). */
  const purposeStandIns = new Map<number, ControlPurpose | 'advance'>();
  /** Of those, the ones that stand in by their place as the one sender on screen: the evidence in words (rules/sender-place.ts). */
  const placeStandIns = new Map<number, string>();
  /** Elements that stand in by kind and place though captioned anew: the one menu toggle, a row's one action (rules/menu-toggle.ts, rules/row-action.ts). */
  const kindStandIns = new Map<number, string>();
  const textShown = wantText !== '' && elements.some((element) => !element.states.hidden && [element.text, element.label ?? ''].some((field) => normalizeText(field) === wantText));
  if (options.inDialog && !dialogShown(elements)) {
    return { score: 0, reason: `the demonstrated ${descriptor.role} ${JSON.stringify(descriptor.text || descriptor.label || '')} was in a dialog, and no dialog shows here` };
  }
  for (const element of elements) {
    if (element.states.hidden) continue;
    if (options.inDialog && !dialogOf(element, elements)) continue;
    // A heart is no stand-in for the demonstrated "⋯": wordless controls are told by their class words (rules/wordless-class.ts).
    if (otherWordlessControl(descriptor, element)) continue;
    const evidence: Evidence[] = [];
    let capped: string | undefined;
    const fields = [element.text, element.label ?? '', element.value ?? ''];
    // A caption that was row data leaves kind to tell the control: the demonstrated one's role, tag and class.
    if (captionData && controlKind(element) !== controlKind(descriptor)) continue;
    if (rowKeys.length > 0) {
      if (!rowKeys.every((binding) => (binding.labelNamed ? cardShows(element, elements, binding.new) : rowShows(element, elements, binding.new, rowData, binding.place)))) continue;
      evidence.push({ name: `row with ${rowKeys.map((binding) => JSON.stringify(binding.new)).join(', ')} (row key)`, weight: 4, credit: 1 });
    }

    if (pattern) {
      if (!fields.some((field) => pattern.regex.test(field.trim()))) continue;
      evidence.push({ name: `text like ${pattern.shown} (slots inside the word)`, weight: 6, credit: 1 });
    } else if (namedWords.length > 0) {
      if (!fields.some((field) => namedWords.every((word) => containsWhole(field, word.replace(/[^\p{L}\p{N}]+$/u, ''))))) continue;
      evidence.push({ name: `text with ${namedWords.map((word) => JSON.stringify(word)).join(', ')} (named in the task)`, weight: 6, credit: 0.6 + 0.4 * wordSimilarity(text.text, element.text) });
    } else if (wantText) {
      const best = Math.max(...fields.map((field) => (normalizeText(field) === wantText ? 1 : 0)));
      if (text.changed) {
        // The old target carried a slot: the new element must show the new value — every one written
        // into the text ("November 3, 2015" is not shown by "November 13, 2015").
        // A close glyph ("x") names an icon-only close button by its purpose (rules/control-purpose.ts).
        // A time slot written on the other clock ("14:30" for "2:30 PM") shows the same time (rules/date-formats.ts).
        const shows =
          fields.some((field) => text.inserted.every((value) => containsWhole(field, value) || sameTimeOfDay(field, value))) ||
          namesClosePurpose(text.inserted, element);
        // "Pay $117.00" rewritten "Pay $6.15": a sender carrying the amount it sends stands for the one sender shown
        // here ("Confirm"), as an unchanged caption does (rules/control-purpose.ts) — only when the slot wrote amounts in,
        // never a whole caption ("OK" rewritten "Find").
        const amountsOnly = text.inserted.every((value) => /^\d+(?:[.,]\d+)?$/u.test(value.trim()));
        // Only a caption that shows no amount stands in: "Pay $7.00" shows another sum than the one asked.
        const showsAmount = carriesAmount(element.text) || carriesAmount(element.label);
        const carried = !shows && best < 1 && slottedOrdinal === undefined && amountsOnly && !showsAmount ? sharedPurposeOf({ ...descriptor, text: text.text, label: undefined }, element) : undefined;
        if (carried === 'commit') {
          evidence.push({ name: `purpose "${carried}" (${JSON.stringify(element.text || element.label || '')} for ${JSON.stringify(text.text)})`, weight: 4, credit: PURPOSE_CREDIT });
          purposeStandIns.set(element.id, carried);
        } else {
          if (!shows && best < 1) continue;
          // A name that opens the caption, the rest a line that says what it is for ("Location" over "Find places near you").
          const opens = best < 1 && fields.some((field) => findWhole(field, text.text)?.start === 0);
          const credit = best === 1 ? 1 : Math.max(opens ? OPENING_NAME_CREDIT : 0, 0.6 + 0.4 * wordSimilarity(text.text, element.text));
          evidence.push({ name: `text ${JSON.stringify(text.text)} (slot${opens ? ', opening the caption' : ''})`, weight: 6, credit });
        }
      } else if (!incidentalText) {
        const similar = best === 1 ? 1 : Math.max(...fields.map((field) => captionSimilarity(text.text, field)));
        const purpose = similar < 0.5 && slottedOrdinal === undefined && !textShown ? sharedPurposeOf(descriptor, element) : undefined;
        // "Update profile" there, "Save" here: the one sender in the demonstrated one's place (rules/sender-place.ts).
        const byPlace = similar < 0.5 && slottedOrdinal === undefined && !textShown && !namedByTask && !purpose ? senderByPlace(descriptor, element, elements, options.demoElements) : undefined;
        // "All courses ▾" there, "Explore ▾" here: the one menu toggle of the demonstrated kind (rules/menu-toggle.ts).
        const toggle =
          similar < 0.5 && slottedOrdinal === undefined && !textShown && !namedByTask && !purpose && !byPlace ? menuToggleStandIn(descriptor, element, elements, options.demoTask) : undefined;
        // "Sign up" there, "Start learning" here: the one action of the row the task's property chose (rules/row-action.ts).
        const rowAction = similar < 0.5 && slottedOrdinal === undefined && !textShown && !purpose && !byPlace && !toggle ? (rowKeys.length > 0 ? (!namedByTask || rowDeed ? rowActionStandIn(descriptor, element, elements) : undefined) : !namedByTask ? soleRowActionStandIn(descriptor, element, elements, options.demoElements) : undefined) : undefined; // no row key: one tile there, one here
        const transfer = similar < 0.5 && slottedOrdinal === undefined && !textShown && !namedByTask && !purpose && !byPlace && !toggle && !rowAction ? transferButtonStandIn(descriptor, element, elements, options.demoElements) : undefined; // "Add to bag ↓" there, "Pack selected" here (rules/transfer-button.ts)
        if (similar < 0.5 && (saysIconName(text.text, label.text, descriptor.role, element) || iconSaysCaption(text.text, descriptor.role, element))) {
          // "▣" labelled "Archive" is the control captioned "Archive", "Remove" the "🗑" titled "Remove from basket" (rules/icon-named.ts).
          evidence.push({ name: `text ${JSON.stringify(text.text)} (an icon's name, said in words: ${JSON.stringify(label.text || element.label || '')})`, weight: 4, credit: 1 });
        } else if (purpose) {
          // Submit / Go / OK: the caption varies, the purpose does not (rules/control-purpose.ts).
          evidence.push({ name: `purpose "${purpose}" (${JSON.stringify(element.text || element.label || '')} for ${JSON.stringify(text.text)})`, weight: 4, credit: PURPOSE_CREDIT });
          purposeStandIns.set(element.id, purpose);
        } else if (rowAction) {
          evidence.push({ name: `row action (${JSON.stringify(element.text || element.label || '')} for ${JSON.stringify(text.text)})`, weight: 4, credit: PURPOSE_CREDIT });
          kindStandIns.set(element.id, rowAction);
        } else if (toggle || transfer) {
          evidence.push({ name: `${toggle ? 'menu toggle' : 'transfer button'} (${JSON.stringify(element.text || element.label || '')} for ${JSON.stringify(text.text)})`, weight: 4, credit: PURPOSE_CREDIT });
          kindStandIns.set(element.id, (toggle ?? transfer)!);
        } else if (byPlace) {
          evidence.push({ name: `place of the sender (${JSON.stringify(element.text || element.label || '')} for ${JSON.stringify(text.text)})`, weight: 4, credit: PURPOSE_CREDIT });
          purposeStandIns.set(element.id, 'commit');
          placeStandIns.set(element.id, byPlace);
        } else {
          evidence.push({ name: `text ${JSON.stringify(text.text)}`, weight: 4, credit: similar });
          if (similar < 0.5 && slottedOrdinal === undefined) capped = `its text ${JSON.stringify(text.text)} is not on screen`;
          else if (similar < 1 && namesOtherPlace(text.text, element.text || element.label || '')) capped = `it puts things into another place than the demonstrated ${JSON.stringify(text.text)}`; // "Add to wishlist" for "Add to bag" (rules/transfer-button.ts)
        }
      }
    }
    if (wantLabel && wantLabel !== wantText) {
      const same = normalizeText(element.label) === wantLabel || normalizeText(element.text) === wantLabel;
      if (label.changed && !same && !label.inserted.every((value) => containsWhole(element.label, value))) continue;
      evidence.push({ name: `label ${JSON.stringify(label.text)}${label.changed ? ' (slot)' : ''}`, weight: label.changed ? 4 : 2, credit: same ? 1 : wordSimilarity(label.text, element.label) });
    }
    evidence.push({ name: `role ${descriptor.role}`, weight: 2, credit: element.role === descriptor.role ? 1 : 0 });
    capped ??= otherKindOfControl(descriptor.role, element);
    // A heading whose words the task says is no button: a click on it changes nothing (rules/inert-stand-in.ts).
    capped ??= inertStandIn(descriptor, element);
    if (descriptor.tag) evidence.push({ name: `tag ${descriptor.tag}`, weight: 0.5, credit: element.tag === descriptor.tag ? 1 : 0 });
    if (descriptor.inputType) {
      evidence.push({ name: `input type ${descriptor.inputType}`, weight: 1, credit: element.inputType === descriptor.inputType ? 1 : 0 });
    }
    for (const [key, value] of Object.entries(descriptor.attributes ?? {})) {
      const weight = ATTRIBUTE_WEIGHTS[key];
      if (weight === undefined || !value) continue;
      const expected = substitute(value, bindings).text;
      const actual = element.attributes?.[key];
      const credit = key === 'class' ? wordSimilarity(expected, actual) : actual === expected ? 1 : 0;
      evidence.push({ name: `${key}=${JSON.stringify(expected)}`, weight, credit });
    }
    if (slottedOrdinal !== undefined) {
      if (element.ordinal !== slottedOrdinal) continue;
      evidence.push({ name: `ordinal ${slottedOrdinal + 1} (slot)`, weight: 6, credit: 1 });
    } else if (descriptor.ordinal !== undefined) {
      evidence.push({ name: `ordinal ${descriptor.ordinal + 1}`, weight: 1, credit: element.ordinal === descriptor.ordinal ? 1 : 0 });
    }
    if (context.text) {
      const parent = element.parentId === undefined ? undefined : byId.get(element.parentId);
      // The demonstrated target sat in the row of a value the task names ("the email from Lara"): the new
      // target must sit in the row of the new value — the row is chosen by that property, never by its place.
      // The recorded context may be an ancestor's text rather than the parent's; a cut text ("…") may hide the value.
      // A list control's surroundings show its own options, which hold the slot values by nature: not a row's property.
      // A control of the demonstrated kind whose container is not in the observation cannot be placed in a row:
      // the other evidence decides for it.
      if (
        context.changed &&
        !text.changed &&
        rowKeys.length === 0 &&
        (element.parentId !== undefined || element.role !== descriptor.role) &&
        !showsOptions(descriptor, context.inserted) &&
        !context.inserted.every((value) => ancestorShows(element, byId, value))
      ) {
        continue;
      }
      evidence.push({
        name: `in ${JSON.stringify(context.text.slice(0, 30))}${context.changed ? ' (slot)' : ''}`,
        weight: context.changed ? 2 : 1,
        credit: wordSimilarity(context.text, parent?.text),
      });
    }
    const here = boxCentre(element.box);
    const distance = Math.hypot(here.x - centre.x, here.y - centre.y);
    evidence.push({ name: 'position', weight: 1.5, credit: Math.exp(-distance / POSITION_SCALE_PX) });

    const total = evidence.reduce((sum, item) => sum + item.weight, 0);
    let score = evidence.reduce((sum, item) => sum + item.weight * item.credit, 0) / total;
    if (element.states.disabled && !options.scrolling) score *= 0.5;
    if (capped) score = Math.min(score, UNEXPLAINED_TEXT_CAP);
    candidates.push({ element, score, evidence, capped });
  }

  const wanted = `${descriptor.role}${descriptor.text ? ` ${JSON.stringify(text.text)}` : ''}${descriptor.label ? ` labelled ${JSON.stringify(label.text)}` : ''}`;
  if (candidates.length === 0) {
    const missing = text.changed || label.changed ? `no element shows the new value (${newValues.map((value) => JSON.stringify(value)).join(', ')})` : 'no candidate element';
    return { score: 0, reason: `${missing} for the demonstrated ${wanted}` };
  }
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0]!;
  // The nearest rival is the first candidate that is not the best control seen again (its OCR reading, its label):
  // a duplicate in second place must not hide a different element tied in third.
  const rival = candidates.slice(1).find((candidate) => !seenTwice(best.element, candidate.element));
  const runnerUp = rival && rival.score > best.score - TIE_MARGIN ? rival : candidates[1];
  const agreeing = best.evidence
    .filter((item) => item.credit >= 0.99 && item.name !== 'position')
    .map((item) => item.name);
  let score = best.score;
  let reason = `${describe(best.element)} for the demonstrated ${wanted}: ${agreeing.length > 0 ? `same ${agreeing.join(', ')}` : 'no field agrees'}`;
  if (best.capped) reason += `; ${best.capped}`;
  const standsIn = purposeStandIns.get(best.element.id);
  const byPlace = placeStandIns.get(best.element.id);
  if (byPlace) reason += `; its caption differs, but it is in the place of the demonstrated sender: ${byPlace}`;
  else if (standsIn) reason += `; its caption differs but it serves the same purpose ("${standsIn}")`;
  const byKind = kindStandIns.get(best.element.id);
  if (byKind) reason += `; its caption differs, but it is ${byKind}`;
  if (standsIn && purposeStandIns.size > 1) {
    // Go and Search both send a form: which one the demonstration meant is a guess.
    score = Math.min(score, UNEXPLAINED_TEXT_CAP);
    reason += `; ${purposeStandIns.size} controls serve that purpose here, so which one is meant is a guess`;
  }
  // OCR's guess where a tree was not read is no certain stand-in for a control the demonstration knew (rules/tree-guess.ts).
  const guess = treeGuessProblem(best.element, options.demonstratedOnOcr);
  if (guess) {
    score = Math.min(score, UNEXPLAINED_TEXT_CAP);
    reason += `; ${guess}`;
  }
  let nearTie = false;
  if (runnerUp && runnerUp.score > best.score - TIE_MARGIN) {
    const alike = `${describe(runnerUp.element)} (${runnerUp.score.toFixed(2)})`;
    if (seenTwice(best.element, runnerUp.element)) {
      // One control seen twice (a button and the caption inside it, a box and its label): either is the one click.
      score *= 0.8;
      reason += `; nearly tied with ${alike}, the same control seen twice`;
    } else {
      // Two different elements fit the demonstration about equally well: which one is meant is a guess, and a guess
      // may be the wrong row ("Sara" in two cards). Capped below any sensible threshold — the ×0.8 a near tie once
      // had still let 0.80 against 0.79 act at 0.64.
      score = Math.min(score, UNEXPLAINED_TEXT_CAP);
      reason += `; nearly tied with ${alike}: two different elements fit the demonstrated ${wanted} about equally well, so which one is meant is a guess`;
      nearTie = true;
      // A weekday alone shown by two day chips ("Sat 14", "Sat 21"): which week is meant (rules/day-options.ts).
      if (text.changed && text.inserted.length > 0 && text.inserted.every(isWeekdayAlone)) {
        reason += `; both show ${JSON.stringify(text.inserted.join(' '))}, so which day is meant is a guess`;
      }
    }
  }
  return { element: best.element, score, reason: `${reason} (score ${score.toFixed(2)})`, ...(nearTie ? { nearTie } : {}), ...(guess ? { guess } : {}) };
}

/**
 * Why a caller taking the element without weighing its score must not act:
 * another fit about as well (both named), or the element is OCR's guess where
 * an accessibility tree was not read.
 */
export function nearTieRefusal(grounding: TargetGrounding, what: string): string | undefined {
  if (grounding.nearTie) return `${what} is a guess between two elements: ${grounding.reason}`;
  return grounding.guess ? `${what} is not certain: ${grounding.guess}` : undefined;
}

/** Credit of a caption that names the same purpose as the demonstrated one (Go for Submit). */
const PURPOSE_CREDIT = 0.75;

/** Levels of containers above an element searched for the value of its row. */
const ROW_LEVELS = 4;

/** Does a container of the element (up to a few levels up) show this value, or might it (its text is cut)? */
/** A control that lists options (a drop-down, a list box): the text around it is its options, not a row. */
/** A list control, or one whose recorded surroundings showed the new values beside the old (a styled drop-down's options). */
function showsOptions(descriptor: TargetDescriptor, inserted: readonly string[]): boolean {
  if (descriptor.tag === 'select' || descriptor.role === 'combobox' || descriptor.role === 'listbox') return true;
  return inserted.length > 0 && inserted.every((value) => containsWhole(descriptor.context ?? '', value));
}

function ancestorShows(element: UIElement, byId: ReadonlyMap<number, UIElement>, value: string): boolean {
  let current = element.parentId === undefined ? undefined : byId.get(element.parentId);
  for (let level = 0; current && level < ROW_LEVELS; level++) {
    if (containsWhole(current.text, value) || current.text.endsWith('…')) return true;
    current = current.parentId === undefined ? undefined : byId.get(current.parentId);
  }
  return false;
}

/**
 * A pattern for a text that contains old slot values as parts of words:
 * "Bangladesh" with Ba → An and desh → ola gives /^An.*ola$/i. The parts
 * between the values are the instance's own, so they become wildcards.
 */
export function substringPattern(
  text: string,
  bindings: readonly Binding[],
): { regex: RegExp; shown: string; /** A value of ≥ 3 characters starts or ends the text. */ anchored: boolean } | undefined {
  const lower = text.toLowerCase();
  const found: { start: number; end: number; value: string }[] = [];
  for (const binding of bindings) {
    const old = binding.old.trim().toLowerCase();
    if (old.length < 2 || binding.old === binding.new) continue;
    let from = 0;
    for (;;) {
      const start = lower.indexOf(old, from);
      if (start < 0) break;
      if (!found.some((other) => start < other.end && start + old.length > other.start)) found.push({ start, end: start + old.length, value: binding.new.trim() });
      from = start + old.length;
    }
  }
  if (found.length === 0) return undefined;
  found.sort((a, b) => a.start - b.start);
  const anchored = found.some((part) => part.end - part.start >= 3 && (part.start === 0 || part.end === text.length));
  // One lookahead per value, so a prefix and a suffix may overlap ("Mal…lta" is "Malta").
  let source = '^';
  let shown = '';
  for (const [index, part] of found.entries()) {
    const value = escapeRegExp(part.value);
    const atStart = part.start === 0;
    const atEnd = part.end === text.length;
    source += atStart ? `(?=${value})` : atEnd ? `(?=.*${value}$)` : `(?=.+${value}.)`;
    shown += `${!atStart && index === 0 ? '…' : index > 0 ? '…' : ''}${part.value}`;
  }
  if (found[found.length - 1]!.end < text.length) shown += '…';
  source += '.*';
  return { regex: new RegExp(`${source}$`, 'iu'), shown: JSON.stringify(shown), anchored };
}
