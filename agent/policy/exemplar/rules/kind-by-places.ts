/**
 * The same kind of task, worded another way, on the same page: "Schedule
 * "Parent evening" starting at 9:00 and ending at 9:30. Save with Apply." and
 * "New event "Dentist": 09:00 until 10:00. Click Confirm." share almost no
 * wording, so neither the word template (align-tasks.ts) nor the paraphrase
 * (paraphrase-align.ts: same intents, every acted-on word accounted for) finds
 * them alike. A person sees the same task: the same page, and values of the
 * same kinds standing in the same places on it — a quoted title typed into a
 * field, two times typed, a caption that was one of the page's buttons and
 * now names another button of that kind.
 *
 * The judgement, when the demonstration was recorded on the page the task
 * runs on:
 *
 * - every value of either text has one counterpart of the same type
 *   (value-spans.ts; two names joined by "and" that the page names whole,
 *   "Mac and Cheese", are one, and a list the page reads both ways refuses:
 *   rules/and-names.ts): none of the new task's left over, none of the
 *   demonstration's missing (a capital opening a sentence, "Tara wrote …",
 *   counts as a name when the page shows it where the demonstration clicked one;
 *   a quoted text and a name the demonstration typed are both free texts, a
 *   name after "called" runs to its clause's end: rules/free-texts.ts);
 * - a value the demonstration clicked or chose stood somewhere on its page
 *   (an element's role, tag and class, or a list's options — the page's one
 *   list, whatever it is labelled this time: value-places.ts): its counterpart
 *   is shown in that same kind of place on the current page, and values of
 *   one type pair by those places; of the values it typed or never acted
 *   on, one its page showed as text (a message it replied to) pairs with one
 *   this page shows, one it did not show with one not shown here, each by
 *   the words before them, then in order (rules/value-context.ts);
 * - no verb contradicts (add / remove, enable / disable, check / uncheck,
 *   show / hide …: intent-words.ts), no verb of a distinct request (delete,
 *   search, reply …) stands in one text only, the direction words (before /
 *   after, largest / smallest, first / last …) are the same, and the new
 *   task adds no negation;
 * - the new task adds no word, outside its values, that the demonstration's
 *   task did not say and that names a choice this page offers which no step
 *   made ("an urgent bug" beside a severity radio "Urgent": rules/added-choice.ts);
 * - every word of the demonstration's task its steps acted on, outside its
 *   values, is in the new task too — but for the label of a field that took
 *   a value which is its task's only one of that type, when the new task has
 *   one of that type too ("8 guests" / "for 2": the number goes nowhere else),
 *   for the caption of the control that sent the form ("Place hold" for
 *   "reserve …": rules/closing-control.ts), whose press asking for the form's
 *   task implies, and for a word of a control's fixed caption this page shows
 *   too (the page's one worded sender, the opener of the form sent, a word
 *   every rival option shows: rules/page-captions.ts) — the verb checks above
 *   still judge what the texts ask.
 *
 * Anything else — or two ways of pairing — refuses, with what did not align.
 * Pure functions, no task knowledge.
 */
import type { Trajectory } from '../../../core/trajectory.js';
import type { UIElement } from '../../../core/observation.js';
import type { TaskAlignment, TaskSlot } from '../align-tasks.js';
import { valueSpans, type ValueSpan, type ValueType } from '../value-spans.js';
import { captionRanges, intentOfPhrase, isActionVerb, stateKey, verbKeyOf, wordsOf } from '../intent-words.js';
import { assignments, cueConflict, pairByContext } from './value-context.js';
import { samePlacedNames } from './same-names.js';
import { asFreeTexts, withNamedExtents } from './free-texts.js';
import { actedNames, pageNames, withNamedSpans } from '../page-named-values.js';
import { withAddedItems } from './spoken-list-edits.js';
import { containsWhole, normalizeText } from '../text-match.js';
import { sendingClicks } from './closing-control.js';
import { pageCaptionWords } from './page-captions.js';
import { EDITABLE_ROLES, stepStrings, targetDescriptorsOf } from '../planned-step.js';
import { sameStem, stem } from '../word-forms.js';
import { enteredValue } from '../../../core/action.js';
import { copiesIntoField } from './pointing-verbs.js';
import { askedStates, withoutSameStates, withoutStateValues } from './switch-states.js';
import { figureValues, withoutFigureWords } from './figure-values.js';
import { tokenizeTask, COMMON_WORDS, FUNCTION_WORDS, PRONOUNS } from '../task-tokens.js';
import { controlWords, withoutReasonAside } from './reason-aside.js';
import { exclusiveListSlot } from './exclusive-set.js';
import { placedListSlot } from './placed-list.js';
import { replacingListBoxes } from './list-picks.js';
import { asSoleListPlaces, demonstratedUse, isNoField, placeWords, revealedOnly, shownAsText, shownPlaces, type DemonstratedUse } from './value-places.js';
import { withShortWeekdays } from './short-weekdays.js';
import { showsDayToggles, withDaySets } from './day-set.js';
import { valueChosenGroups } from './chosen-group.js';
import { relaySenders } from '../quoted-messages.js';
import { NEUTRAL_VERBS, outsideValues, verbGap, verbKeys } from './verb-gap.js';
import { pressedVerbOf, pressedVerbs } from './pressed-verbs.js';
import { effectObjectStranger, effectVerbs } from './step-effects.js';
import { splitClauses } from '../task-clauses.js';
import { withComparisonValues } from './comparison-values.js';
import { addedChoice } from './added-choice.js';
import { actedWholeNames, ambiguousReadingText, joinNameSpans, joinPageNames, shownWholeNames } from './and-names.js';

type Step = Trajectory['steps'][number];

/** What the judgement found: an alignment to follow, or why the two tasks did not align. */
export type PlacedAlignment = { alignment: TaskAlignment; note: string } | { gap: string };

/** Score of an alignment read by kinds and places: at the follow line a typed paraphrase starts from (paraphrase-align.ts). */
export const PLACED_SCORE = 0.55;

/**
 * `spans` with the signed numbers of `text` ("Set the counter to -7") that they miss: a minus written against a
 * number is part of it (task-tokens.ts), and "-7" / "-9" are values as "3" / "9" are.
 */
function withSignedNumbers(text: string, spans: readonly ValueSpan[]): ValueSpan[] {
  const signed = tokenizeTask(text).filter((token) => token.kind === 'number' && /^[-−]\d/.test(token.text) && !spans.some((span) => token.start < span.end && token.end > span.start));
  if (signed.length === 0) return [...spans];
  const added = signed.map((token): ValueSpan => ({ type: 'number', text: token.text, value: token.text.replace('−', '-'), words: 1, start: token.start, end: token.end }));
  return [...spans, ...added].sort((a, b) => a.start - b.start);
}

/**
 * The typing or choosing steps whose field the values alone already fix, so
 * that the field's label is a place, not a request, and the new task need not
 * name it:
 *
 * - a step entered a value of the demonstration's task that is its only value
 *   of that type, and the new task names exactly one of that type ("8 guests" /
 *   "a table for 2": the number goes nowhere else); values the steps pressed by
 *   their own words ("press Go") are no field's and do not count, when the new
 *   task names as many of the type in all ("the city to Tallinn, and press Go" /
 *   "from Graz; finish with Go": Graz for City, Go paired where Go stood);
 * - several values of one type, entered one per field, in the order the
 *   demonstration's task gives them and the page lays those fields out (top to
 *   bottom, left to right), and as many in the new task, which names none of
 *   those fields' labels in any form ("begins at 12:00 and ends at 13:00" into
 *   Starts, Ends / "08:30 until 09:30"): read in the page's order, as the
 *   demonstration's were. A new task naming a label ("ending 10:00, starting
 *   9:00") keeps it required.
 *
 * Every other entering step into such a field (a recorder's passing choice of
 * "—" first) goes with it.
 */
function impliedFields(steps: readonly Step[], oldSpans: readonly ValueSpan[], uses: ReadonlyMap<ValueSpan, DemonstratedUse>, newSpans: readonly ValueSpan[], newWords: ReadonlySet<string>, page: readonly UIElement[]): Set<Step> {
  // A field of this page the demonstration never entered a value into, named by the new task ("Set boxes to 34" where it
  // set Seats): its label says where the value goes, so no label is implied.
  const enteredIds = new Set(steps.filter((step) => step.action.type === 'type' || step.action.type === 'select').flatMap((step) => targetDescriptorsOf(step).map((target) => target.attributes?.id ?? target.label ?? '')));
  const namesAny = (labels: readonly string[]) => labels.some((label) => [...newWords].some((word) => sameStem(word, label) || stem(word) === stem(label)));
  const names = (element: UIElement) => namesAny(wordsOf(element.label ?? ''));
  if (page.some((element) => (EDITABLE_ROLES.has(element.role) || element.tag === 'input' || element.tag === 'select' || element.tag === 'textarea') && !enteredIds.has(element.attributes?.id ?? element.label ?? '') && names(element))) return new Set();
  const ofType = (spans: readonly ValueSpan[], type: ValueType) => spans.filter((span) => span.type === type);
  const entered = (step: Step) => enteredValue(step.action);
  const fieldOf = (step: Step) => targetDescriptorsOf(step).map((target) => `${target.role}/${target.label ?? ''}/${target.attributes?.id ?? ''}`).join('|');
  const spanOf = (step: Step) => {
    const text = entered(step);
    return text === undefined ? undefined : oldSpans.find((candidate) => normalizeText(candidate.value) === normalizeText(text) || normalizeText(candidate.text) === normalizeText(text));
  };
  const fields = new Set<string>();
  for (const type of new Set(oldSpans.map((span) => span.type))) {
    const all = ofType(oldSpans, type);
    if (ofType(newSpans, type).length !== all.length) continue;
    // A value the steps pressed by its own words ("Go" of "and press Go") is paired by where it stood (alignByPlaces),
    // never by a field: the fields belong to the values entered ("the city to Tallinn, and press Go": City alone).
    const olds = all.filter((span) => steps.some((step) => spanOf(step) === span) || uses.get(span)!.places.size === 0);
    if (olds.length === 0) continue;
    const into = olds.map((span) => steps.filter((step) => spanOf(step) === span));
    if (olds.length === 1) {
      for (const step of into[0]!) fields.add(fieldOf(step));
      continue;
    }
    // One field per value, each value entered once, the fields apart and in the text's order on the page.
    if (into.some((found) => found.length !== 1)) continue;
    const placed = into.map((found) => ({ key: fieldOf(found[0]!), target: targetDescriptorsOf(found[0]!)[0] }));
    if (new Set(placed.map((field) => field.key)).size !== placed.length || placed.some((field) => !field.target?.box)) continue;
    const inPageOrder = placed.every((field, index) => {
      if (index === 0) return true;
      const a = placed[index - 1]!.target!.box!;
      const b = field.target!.box!;
      return b.y > a.y || (b.y === a.y && b.x > a.x);
    });
    const labels = placed.flatMap((field) => wordsOf(field.target!.label ?? field.target!.text ?? ''));
    if (inPageOrder && labels.length > 0 && !namesAny(labels)) for (const field of placed) fields.add(field.key);
  }
  return new Set(steps.filter((step) => entered(step) !== undefined && fields.has(fieldOf(step))));
}

/** The texts the steps typed. */
function typedTexts(steps: readonly Step[]): string[] {
  return steps.flatMap((step) => (step.action.type === 'type' ? [step.action.text] : []));
}

/**
 * A name with a possessive and the lower-case words it owns, up to the end of its sentence or a dash:
 * "Dad's birthday gift" of "for Dad's birthday gift."; undefined when no such word follows, a common word stands
 * among them, or anything else follows them.
 */
export function possessivePhrase(text: string, span: Pick<ValueSpan, 'start' | 'end'>): string | undefined {
  const start = span.end - (/['’]s$/u.test(text.slice(span.start, span.end)) ? 2 : 0);
  const owned = /^['’]s((?:\s+\p{Ll}+)+)/u.exec(text.slice(start));
  if (!owned) return undefined;
  const words = owned[1]!.trim().split(/\s+/);
  // "Dad's gift and the taxi": a common word may join more to it; where the phrase ends is not said, so no reading.
  if (words.some((word) => COMMON_WORDS.has(word))) return undefined;
  // It ends its sentence, or a dash sets what follows apart ("- please send it"); a comma may lead on to more.
  if (!/^(?:\s*[.!?"”)]|\s+[-–—]\s|\s*$)/u.test(text.slice(start + owned[0].length))) return undefined;
  return `${text.slice(span.start, start)}${text.slice(start, start + 2)} ${words.join(' ')}`;
}


/** Does the page show the value, whole words, within the text of an element that is no field ("Talia Iqbal Lunch on Friday")? */
function shownInText(value: string, elements: readonly UIElement[]): boolean {
  return elements.some((element) => isNoField(element) && containsWhole(element.text ?? '', value));
}

/** The value types that name a row by what it shows whatever the type: a name and a quoted text. */
const ROW_KEY_TYPES: ReadonlySet<ValueType> = new Set(['name', 'quoted']);

/**
 * "Inbox: archive Chiara Ferrara" / "I've dealt with "Quarterly numbers" - archive it.": each text's one value picks a
 * row by what the row shows — a sender there, a subject here — and no step typed or clicked it. Such a value stands for
 * the other of those two types: `newSpans`' one value takes the type of `oldSpans`' one (in place).
 */
function rowKeyOfOtherType(oldSpans: readonly ValueSpan[], uses: ReadonlyMap<ValueSpan, DemonstratedUse>, newSpans: ValueSpan[], demoPage: readonly UIElement[], page: readonly UIElement[]): void {
  if (oldSpans.length !== 1 || newSpans.length !== 1 || oldSpans[0]!.type === newSpans[0]!.type) return;
  const [old, value] = [oldSpans[0]!, newSpans[0]!];
  // Words that say who or what (a sender, a subject): a number, a price or a date shown in a row says something else.
  if (!ROW_KEY_TYPES.has(old.type) || !ROW_KEY_TYPES.has(value.type)) return;
  const use = uses.get(old)!;
  if (use.typed || use.places.size > 0 || !shownInText(old.value, demoPage) || !shownInText(value.value, page)) return;
  newSpans[0] = { ...value, type: old.type };
}

/** Words that open a verb's object, never a subject's verb. */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'it', 'them', 'all', 'every', 'each', 'some', 'any', 'to', 'for', 'with', 'from', 'in', 'on', 'at', 'by', 'and', 'or']);

/**
 * Capitalised words opening a sentence of `text` ("Tara wrote …"), outside its values and no verb or intent,
 * that the page shows whole in one of `places` (where the demonstration clicked its name) and that a verb
 * follows, not an object: names after all.
 */
function placedOpeners(text: string, spans: readonly ValueSpan[], page: readonly UIElement[], places: readonly string[]): ValueSpan[] {
  if (places.length === 0) return [];
  const found: ValueSpan[] = [];
  for (const match of text.matchAll(/(?:^|[.!?;]["”)]?\s+)(\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-])/gu)) {
    const word = match[1]!;
    const start = (match.index ?? 0) + match[0].length - word.length;
    const end = start + word.length;
    if (spans.some((span) => start < span.end && end > span.start) || isActionVerb(word.toLowerCase()) || intentOfPhrase(word) !== undefined) continue;
    // A subject goes on with its verb ("Tara wrote"); a verb of a request with its object ("Review the card", "Review "X"").
    const next = /^\s+(\p{Ll}[\p{L}'’-]*)/u.exec(text.slice(end))?.[1];
    if (next === undefined || OBJECT_OPENERS.has(next)) continue;
    if (![...shownPlaces(word, page)].some((place) => places.includes(place))) continue;
    found.push({ type: 'name', text: word, value: word, words: 1, start, end });
  }
  return found;
}

/**
 * `spans` with the sender of a relayed message ("Message from Dana: "…"", no value by itself: value-spans.ts) that
 * the page shows as one of its own texts or options: there the name may be a choice the task makes, so it counts.
 */
function withShownSenders(text: string, spans: readonly ValueSpan[], page: readonly UIElement[]): ValueSpan[] {
  const shown = relaySenders(text).filter((sender) => shownPlaces(sender.name, page).size > 0);
  if (shown.length === 0) return [...spans];
  const added = shown.map((sender): ValueSpan => ({ type: 'name', text: sender.name, value: sender.name, words: sender.name.split(/\s+/).length, start: sender.start, end: sender.end }));
  return [...spans, ...added].sort((a, b) => a.start - b.start);
}

function slotKindOf(type: ValueType): TaskSlot['kind'] {
  return type === 'quoted' ? 'quoted' : type === 'number' || type === 'date' || type === 'time' ? 'number' : 'text';
}

/**
 * A caption named after a pressing verb that is itself a verb the other text
 * asks with ("…, then press Save." / "…, then save."): one request worded two
 * ways, so no value of its own. Spans of `text` without such captions.
 */
function withoutVerbCaptions(text: string, spans: readonly ValueSpan[], other: string, otherSpans: readonly ValueSpan[]): ValueSpan[] {
  const captions = captionRanges(text);
  const otherWords = new Set(wordsOf(outsideValues(other, otherSpans)));
  return spans.filter((span) => {
    if (span.type !== 'name' || !captions.some(([from, to]) => span.start >= from && span.end <= to)) return true;
    const word = span.value.toLowerCase();
    return !(isActionVerb(word) && otherWords.has(word) && !otherSpans.some((value) => value.value.toLowerCase() === word));
  });
}

/**
 * The demonstration's task and the new one as one kind of task on the same
 * page, read by their values' types and places; or what did not align.
 * `steps`: the demonstrated actions that worked; `page`: the current page's elements.
 */
export function alignByPlaces(demoText: string, newText: string, steps: readonly Step[], page: readonly UIElement[], isData: (norm: string) => boolean = () => false): PlacedAlignment {
  // "I'd like seats C5 and C6 - we came late last time.": the reason after the dash asks nothing (rules/reason-aside.ts).
  const demoTask = withoutReasonAside(demoText, isData);
  const shownWords = controlWords(page);
  const newTask = withoutReasonAside(newText, (word) => shownWords.has(word));
  // "…, then press Save." / "…, then save.": the caption that is the other's verb is no value (withoutVerbCaptions).
  // Lower-case values ("push alerts", "milk") named by what the steps acted on / what this page shows (page-named-values.ts).
  const demoPage = steps[0]?.observation.elements ?? [];
  // "Mac and Cheese, Cola": a name the page shows whole across an "and" is one value, as the plan reads it (rules/and-names.ts):
  // for the demonstration's task the texts its steps acted on, for the new task the names this page shows.
  const [oldNames, newNames] = [actedWholeNames(steps), shownWholeNames(page, newText)];
  const ambiguous = joinPageNames(newTask, tokenizeTask(newTask), newNames).ambiguous;
  if (ambiguous.length > 0) return { gap: ambiguousReadingText(ambiguous[0]!) };
  const oldAll = withSignedNumbers(demoTask, joinNameSpans(demoTask, withNamedSpans(demoTask, withShownSenders(demoTask, withDaySets(demoTask, withShortWeekdays(demoTask, valueSpans(demoTask), demoPage), showsDayToggles(demoPage)), demoPage), actedNames(steps)), oldNames));
  // "fri" is Friday where a page offers days (rules/short-weekdays.ts).
  // "Add cheddar to the list": an item the page does not show yet, typed as the demonstration typed its own (rules/spoken-list-edits.ts).
  // "for pizza night" in both: a text the demonstration typed from its task, which the new task repeats, is that value again.
  const repeatedTyped = typedTexts(steps).filter((text) => containsWhole(demoTask, text));
  const newFound = withSignedNumbers(newTask, withAddedItems(demoTask, newTask, joinNameSpans(newTask, withNamedSpans(newTask, withShownSenders(newTask, withDaySets(newTask, withShortWeekdays(newTask, valueSpans(newTask), page), showsDayToggles(page)), page), [...pageNames(page, steps), ...repeatedTyped]), newNames), typedTexts(steps)));
  // "called Bins out." read as the demonstration's "label it School run!" was: to its clause's end (rules/free-texts.ts).
  const newAll = withNamedExtents(newTask, newFound, demoTask, oldAll);
  // "the purple one of the colours" / "the red swatch": a figure picked by its words is a value of its own (rules/figure-values.ts).
  const figure = figureValues(demoTask, newTask, steps);
  // "push alerts ON": the "ON" tells the state of the value before it, no value of its own (switch-states.ts).
  const oldRead = withoutFigureWords(withoutStateValues(demoTask, withoutVerbCaptions(demoTask, oldAll, newTask, newAll)), figure?.old ?? []);
  const newRead = withoutFigureWords(withoutStateValues(newTask, withoutVerbCaptions(newTask, newAll, demoTask, oldAll)), figure?.new ?? []);
  // "the least unread" / "the fewest unread", "has 23 unread" / "the least unread": the comparison is the value (rules/comparison-values.ts).
  const compared = figure ? { old: oldRead, new: newRead } : withComparisonValues(demoTask, oldRead, newTask, newRead);
  // "label it School run" typed / "\"Piano\"": free texts for a field, one type however written (rules/free-texts.ts).
  const { old: oldSpans, new: newSpans, held: freeTextsHeld } = asFreeTexts(demoTask, compared.old, steps, newTask, compared.new, page);
  if (!figure && (oldSpans.length === 0 || newSpans.length === 0)) return { gap: 'one of the two task texts names no value' };
  const oldMasked = [...oldSpans, ...(figure?.old ?? [])];
  const newMasked = [...newSpans, ...(figure?.new ?? [])];
  // "I need X enabled, but no more Y" / "Please stop the Y. I do want X": the same states asked in other words
  // (switch-states.ts) — the words telling them are no verbs, directions or negations of their own.
  const sameStates = withoutSameStates(demoTask, oldSpans, newTask, newSpans);
  // A request the demonstration's task left to the control it pressed ("… - see what's available", then "Search") is asked by it (rules/pressed-verbs.ts).
  // A verb only the new task says, carried out by a demonstrated step's effect (a box ticked, a search typed): rules/step-effects.ts.
  const pressed = pressedVerbs(steps);
  const done = effectVerbs(steps);
  const verbs = verbGap(demoTask, newTask, oldMasked, newMasked, pressed, done);
  if (verbs && (!sameStates || verbGap(sameStates.a, sameStates.b, oldMasked, newMasked, pressed, done))) return { gap: verbs };
  // A verb met only by a step's effect is asked of what that step acted on: a word the new task adds that no step names
  // asks it of something else ("Delete the account of Ana" where the 🗑 deleted a draft): rules/step-effects.ts.
  const stranger = done.length > 0 && !verbs && verbGap(demoTask, newTask, oldMasked, newMasked, pressed) !== undefined ? effectObjectStranger(demoTask, newTask, newMasked, steps) : undefined;
  if (stranger) return { gap: `the task asks of "${stranger}", which neither the demonstration's task nor the steps whose effect its verb names acted on` };
  // A number read as no value ("the 2nd column") would be followed unchanged: never read past, unless both texts say it ("5mg").
  const numbered = (text: string, spans: readonly ValueSpan[]) => wordsOf(outsideValues(text, spans)).filter((word) => /\p{N}/u.test(word));
  const oldAllWords = new Set(wordsOf(demoTask));
  const newAllWords = new Set(wordsOf(newTask));
  const loose = numbered(demoTask, oldMasked).find((word) => !newAllWords.has(word)) ?? numbered(newTask, newMasked).find((word) => !oldAllWords.has(word));
  if (loose) return { gap: `a task text holds a number this reading takes for no value ("${loose}")` };
  const newWords = new Set(wordsOf(outsideValues(newTask, newMasked)));
  // Words the steps acted on outside the task's own values: "you" of a typed reply "See you then!" is that value's, paired below.
  const valueTexts = new Set(oldSpans.map((span) => normalizeText(span.value)));
  // The field a value was typed into, when that value is its text's only one of its type and the new task has one of
  // that type too: the new value can go nowhere else, so the field's label ("Guests" of "8 guests") need not be named.
  // Where the demonstration clicked, chose or typed each of its values: read once, for the implied fields, the row key
  // and the pairing by places below.
  const oldUses = new Map(oldSpans.map((span) => [span, demonstratedUse(span.value, steps)]));
  const implied = impliedFields(steps, oldSpans, oldUses, newSpans, newWords, page);
  // The press of the control that sends the form ("Place hold", "Request refill": rules/closing-control.ts) is implied
  // by asking for the form's task: its caption is the page's word for sending, not one the request must repeat. A
  // caption naming a value of the task is chosen by that value, and still counts.
  const sending = sendingClicks(steps);
  const namesValue = (step: Step) => stepStrings(step).some((text) => oldSpans.some((span) => containsWhole(normalizeText(text), normalizeText(span.value))));
  const sendsOnly = (step: Step) => sending.has(step) && !namesValue(step);
  // The press of a control captioned by a verb the new task asks ("Find flights" where it says "search …"): the page's
  // way of doing what both ask, its other words the page's (rules/pressed-verbs.ts).
  const newVerbs = new Set(verbKeys(newTask, newMasked));
  const pressesAsked = (step: Step) => newVerbs.has(pressedVerbOf(step) ?? '') && !namesValue(step);
  // The group a choice sits under ("Plan" of the radio "Student $22/mo") is implied by the value that chose it (rules/chosen-group.ts).
  const groups = valueChosenGroups(steps, oldSpans, newSpans, page);
  // A word of a control's fixed caption this page shows too ("flights" of "Show flights"): the page's, not the request's (rules/page-captions.ts).
  const captions = pageCaptionWords(steps, page);
  const actedWords = new Set(steps.flatMap((step) => (implied.has(step) || sendsOnly(step) || pressesAsked(step) ? [] : stepStrings(step)).filter((text) => !valueTexts.has(normalizeText(text)) && groups.get(step) !== text).flatMap((text) => wordsOf(text).filter((word) => !captions.get(step)?.has(word)))));
  // An article or preposition a clicked title holds ("A Map of Small Rivers") names nothing of its own; a state ("on") does.
  // Nor does a pronoun: the "it" of a note field's "What's it for?" and of "please send it" points at what is sent.
  const wording = (word: string) => (FUNCTION_WORDS.has(word) && stateKey(word) === undefined) || PRONOUNS.has(word);
  // The verb opening a clause of the demonstration's task that the new task asks in its own words ("take the tomatoes
  // out" where "Remove the bananas" pressed "Remove"): the caption is the page's word for what both ask (verb-gap.ts
  // verbKeys), no value the new task leaves out. A noun ("the Reply box") still must stand.
  const askedVerbs = new Set(splitClauses(demoTask).flatMap((clause) => (clause.verb && newVerbs.has(verbKeyOf(clause.verb)) ? [clause.verb] : [])));
  const lost = wordsOf(outsideValues(demoTask, oldMasked)).find((word) => isData(word) && actedWords.has(word) && !newWords.has(word) && !NEUTRAL_VERBS.has(verbKeyOf(word)) && !askedVerbs.has(word) && !wording(word));
  if (lost) return { gap: `the demonstration acted on "${lost}", which this task does not name` };

  const slots: TaskSlot[] = [];
  const placedWords: string[] = [];
  // The names of the demonstration's text its page showed on the kinds of element it acted on, where they hold every name read above.
  const shownOldNames = (olds: readonly ValueSpan[]) => {
    const shown = withoutStateValues(demoTask, withNamedSpans(demoTask, valueSpans(demoTask), [...actedNames(steps), ...pageNames(demoPage, steps)])).filter((span) => span.type === 'name');
    return olds.every((old) => shown.some((span) => span.start === old.start && span.end === old.end)) ? shown : olds;
  };
  rowKeyOfOtherType(oldSpans, oldUses, newSpans, demoPage, page);
  // Capitals opening a sentence read as names below ("Tara wrote …"): values of the new task like the rest.
  const readOpeners: ValueSpan[] = [];
  for (const type of new Set([...oldSpans, ...newSpans].map((span) => span.type))) {
    let olds = oldSpans.filter((span) => span.type === type);
    // The options of the page's one list stand where the demonstration's stood, whatever the list is labelled now (value-places.ts).
    let uses = olds.map((span): DemonstratedUse => {
      const use = oldUses.get(span)!;
      return { ...use, places: asSoleListPlaces(use.places, demoPage, page) };
    });
    const written = newSpans.filter((span) => span.type === type);
    // "Tara wrote …": a capital opening the sentence reads as grammar, but this page shows it where the demonstration's name stood.
    const openers = type === 'name' && written.length < olds.length ? placedOpeners(newTask, newSpans, page, uses.flatMap((use) => [...use.places])) : [];
    readOpeners.push(...openers);
    let values = openers.length > 0 ? [...written, ...openers].sort((a, b) => a.start - b.start) : written;
    // "yes to X, Y and Z, nothing else" / "X and W only please": exclusive sets of other sizes, one list (rules/exclusive-set.ts).
    // The demonstration's set is every name its text gives that its page showed, acted on or not (one already on was not).
    const exclusiveList = () => (type === 'name' ? exclusiveListSlot(demoTask, shownOldNames(olds), newTask, values) : undefined);
    if (olds.length !== values.length) {
      const listed = exclusiveList();
      if (listed) {
        slots.push(listed);
        continue;
      }
      // "Mark "onions" and "lentils"" / "Tick off "honey"": one run of items of one kind of place on each side (rules/placed-list.ts); the rest pair below.
      // Items by the words they show only: a wordless seat known by its grid code would pair here and refuse at binding.
      // A list box whose first pick was a plain click makes its picks the whole selection ("exactly …": rules/list-picks.ts).
      const replacing = asSoleListPlaces(replacingListBoxes(steps), demoPage, page);
      const run = placedListSlot(demoTask, olds, uses.map((use) => use.places), newTask, values, values.map((span) => shownPlaces(span.value, page, false)), slotKindOf(type), replacing);
      if (run) {
        slots.push(run.slot);
        placedWords.push(`the list ${run.slot.old.map((item) => JSON.stringify(item)).join(', ')} → ${run.slot.new.map((item) => JSON.stringify(item)).join(', ')}`);
        [olds, uses, values] = [olds.filter((_, index) => !run.oldTaken.has(index)), uses.filter((_, index) => !run.oldTaken.has(index)), values.filter((_, at) => !run.newTaken.has(at))];
      }
    }
    if (olds.length !== values.length) {
      return { gap: `this task names ${values.length} value(s) of type ${type} (${values.map((span) => JSON.stringify(span.text)).join(', ') || 'none'}), the demonstration's ${olds.length} (${olds.map((span) => JSON.stringify(span.text)).join(', ') || 'none'})${freeTextsHeld ? `; ${freeTextsHeld}` : ''}` };
    }
    const shown = values.map((span) => shownPlaces(span.value, page));
    // A value clicked or chosen on the demonstration's page: its counterpart stands in such a place here.
    // One clicked where only the demonstration's earlier steps showed such places (a menu's rows) pairs as the rest do.
    const placed = olds.flatMap((_, index) => (uses[index]!.places.size > 0 && !revealedOnly(uses[index]!.places, demoPage, page) ? [index] : []));
    const fits = (oldIndex: number) => values.flatMap((_, at) => ([...uses[oldIndex]!.places].some((place) => shown[at]!.has(place)) ? [at] : []));
    for (const index of placed) {
      if (fits(index).length === 0) {
        const place = [...uses[index]!.places][0]!;
        return { gap: `the demonstration's ${JSON.stringify(olds[index]!.text)} was ${placeWords(place)} on its page; no ${type} value of this task is one here (${values.map((span) => JSON.stringify(span.text)).join(', ')})` };
      }
    }
    // Values asked into a state ("turn on X", "no more Y": switch-states.ts) pair only with values asked into the same one.
    const [oldStates, newStates] = [askedStates(demoTask, olds), askedStates(newTask, values)];
    const sameState = (oldIndex: number, at: number) => oldStates[oldIndex] === undefined || newStates[at] === undefined || oldStates[oldIndex] === newStates[at];
    const found = assignments(placed.length, (position) => fits(placed[position]!).filter((at) => sameState(placed[position]!, at)));
    // Two ways, yet each value names again what the demonstration named ("contact sync and activity history" both times):
    // a person pairs each with itself (rules/same-names.ts).
    const ways = found.length > 1 ? (samePlacedNames(placed.map((index) => olds[index]!), values, (position, at) => fits(placed[position]!).includes(at) && sameState(placed[position]!, at)) ?? found) : found;
    if (ways.length !== 1) {
      const listed = exclusiveList();
      if (listed) {
        slots.push(listed);
        continue;
      }
      return { gap: ways.length === 0 ? `the ${type} values cannot each stand where the demonstration's stood` : `the ${type} values of this task could stand for the demonstration's in more than one way` };
    }
    const pairs = new Map<number, number>(placed.map((index, position) => [index, ways[0]![position]!]));
    // The rest (typed, or never acted on): by the words before them, then in order; none may be one the page shows where a placed value stood.
    const restOld = olds.flatMap((_, index) => (pairs.has(index) ? [] : [index]));
    const restNew = values.flatMap((_, at) => ([...pairs.values()].includes(at) ? [] : [at]));
    // A value the demonstration's page showed as text (the message it replied to) pairs with one this page shows; one it
    // did not show (the reply it typed) with one this page does not show — whatever order the sentence puts them in.
    const before = demoPage;
    for (const shownThere of [true, false]) {
      const sideOld = restOld.filter((index) => shownAsText(olds[index]!.value, before) === shownThere);
      const sideNew = restNew.filter((at) => shownAsText(values[at]!.value, page) === shownThere);
      if (sideOld.length !== sideNew.length) {
        return { gap: `the demonstration's page showed ${restOld.filter((index) => shownAsText(olds[index]!.value, before)).length} of its ${type} values it did not click, this page shows ${restNew.filter((at) => shownAsText(values[at]!.value, page)).length} of this task's` };
      }
      for (const [a, b] of pairByContext(demoTask, sideOld.map((index) => olds[index]!), newTask, sideNew.map((at) => values[at]!))) pairs.set(sideOld[a]!, sideNew[b]!);
    }
    if (pairs.size !== olds.length) return { gap: `the ${type} values of this task do not pair one to one with the demonstration's` };
    // "titled X" never stands for "Description: Y", whatever their order (rules/value-context.ts); a placed value pairs by its place.
    const crossed = cueConflict(demoTask, olds, newTask, values, [...pairs].filter(([index]) => restOld.includes(index)));
    if (crossed) return { gap: crossed };
    for (const [index, at] of pairs) {
      const old = olds[index]!;
      const value = values[at]!;
      if (!sameState(index, at)) return { gap: `this task asks ${JSON.stringify(value.text)} ${newStates[at]}, where the demonstration's ${JSON.stringify(old.text)} it stands for was asked ${oldStates[index]}` };
      // "for Dad's birthday gift": a possessive names whose the thing after it is; the value typed is the whole phrase.
      // A name both pages show as text ("get Talia Iqbal's message out of my inbox" where the inbox lists her) is typed
      // nowhere: it names the shown thing by whose it is, and its length is the page's.
      const possessive = (text: string, span: ValueSpan) => /^['’]s\s+\p{Ll}/u.test(text.slice(span.end - (/['’]s$/u.test(text.slice(span.start, span.end)) ? 2 : 0)));
      const bothShown = shownInText(old.value, demoPage) && shownInText(value.value, page);
      if (type === 'name' && uses[index]!.places.size === 0 && !bothShown && (possessive(demoTask, old) || possessive(newTask, value))) {
        // "for groceries" typed → "for Dad's birthday gift": the whole possessive phrase is the new text typed.
        const phrase = possessive(demoTask, old) ? undefined : possessivePhrase(newTask, value);
        if (phrase === undefined) return { gap: `the name ${JSON.stringify(possessive(newTask, value) ? value.text : old.text)} says whose the words after it are, no value by itself` };
        slots.push({ old: [old.value], new: [phrase], list: false, kind: slotKindOf(type) });
        continue;
      }
      if (type === 'name' && old.words !== value.words && uses[index]!.places.size === 0 && !bothShown) {
        return { gap: `the demonstration's name ${JSON.stringify(old.text)} and this task's ${JSON.stringify(value.text)} differ in length and the page does not place them` };
      }
      if (uses[index]!.places.size > 0) placedWords.push(`${JSON.stringify(old.text)} → ${JSON.stringify(value.text)} (${placeWords([...uses[index]!.places][0]!)})`);
      if (old.value !== value.value) slots.push({ old: [old.value], new: [value.value], list: false, kind: slotKindOf(type) });
    }
  }
  // "File an urgent bug …" where the demonstration's task said no such thing and the page offers "Urgent": a choice
  // no step makes, which following the steps would silently leave unmade (rules/added-choice.ts).
  const choice = addedChoice(demoTask, newTask, [...newMasked, ...readOpeners], steps, page);
  if (choice) return { gap: `the task asks for "${choice.word}", which the demonstration's task did not say and no step chose (the page offers "${choice.caption}")` };
  if (figure?.slot) slots.push(figure.slot);
  const figureWords = figure ? `, the figure described by ${JSON.stringify(figure.described)} picked as the demonstration's was` : '';
  return {
    alignment: { score: PLACED_SCORE, slots, anchors: oldMasked.length, unpaired: [] },
    note: `the task texts are worded differently; read as one kind of task on this page: every value pairs with one of its type${placedWords.length ? `, standing where the demonstration's stood: ${placedWords.join(', ')}` : ''}${figureWords}, and no verb contradicts`,
  };
}
