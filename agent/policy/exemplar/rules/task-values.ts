/**
 * Rule: every value the task names is used, and only values the task names.
 *
 * Planning half (this file): after a demonstration is planned for a new task,
 * list in plain words what of the new task it cannot account for — a value
 * with no counterpart in the demonstration's task ("tick "Remember me""), a
 * slot whose old value no demonstrated step used, a list longer or shorter
 * than the demonstrated one whose steps cannot be repeated per item, a value
 * the demonstration acted on that this task does not name, or a "value" that
 * is really wording ("your name" where the demonstration had "Kasie").
 * Following such a plan would leave part of the task undone or do something
 * the task did not ask for, so the policy refuses it (exemplar-policy.ts).
 *
 * Grounding half: typed-values.ts checks each value the plan would type.
 */
import type { TaskAlignment, TaskSlot } from '../align-tasks.js';
import { containsWhole } from '../text-match.js';
import { numberWordsIn, numberWordValue } from '../number-words.js';
import { describesValue } from './descriptive-phrase.js';
import { roleProblems } from './named-roles.js';
import { valueRoleProblems } from './value-roles.js';
import { readLastChangeAlike } from './last-change.js';
import { ambiguousReadingText } from './and-names.js';
import { gluedToDemonstratedValue } from './glued-values.js';
import { COMMON_WORDS, isFunctionWord, tokenizeTask } from '../task-tokens.js';
import { wordsOf } from '../intent-words.js';
import { meaningShift, shiftText, slotShift, type MeaningWord } from './meaning-words.js';
import { withoutPresentTime } from './present-time.js';
import { namesChoice } from './choice-captions.js';
import { withoutCaptionEchoes } from './caption-echo.js';
import { withoutPairedStates } from './switch-states.js';
import { withoutReasonAside } from './reason-aside.js';
import { namesWholly, saysContent } from './unnamed-choices.js';

export interface TaskValueProblem {
  /** What is missing, in words a user understands. */
  text: string;
  /**
   * True for values (quoted, numbers, names, e-mail addresses, lists): then
   * the plan is refused. Unused wording ("press" for "click") only lowers the fit.
   */
  blocking: boolean;
  /** What would help, when it is not the usual "a demonstration that uses every value this task names". */
  help?: string;
}

export interface TaskValueInput {
  demoTask: string;
  task: string;
  alignment: TaskAlignment;
  unusedSlots: readonly TaskSlot[];
  /** Strings the demonstrated steps used (typed text, options, target texts). */
  stepStrings: readonly string[];
  /** Captions of the choice controls on the demonstration's pages and this one (rules/choice-captions.ts). */
  choiceCaptions?: ReadonlySet<string>;
  /** Does a page of the demonstration, or this one, offer a day or a time to set (rules/present-time.ts offersDay)? Asked only when needed. */
  dayOffered?: () => boolean;
  /** Choices the demonstration made that its task never names outside the given words ("Profile" for "my account page", or apart from "the profile page": rules/unnamed-choices.ts). */
  unnamedChoices?: (apart: readonly string[]) => readonly string[];
  /** A slot whose days the steps set as one row of day toggles (rules/day-set.ts): its days are its value, no meaning word added. */
  daySlot?: TaskSlot;
}

const quote = (value: string) => JSON.stringify(value);

/** Looks like a value a person would have to supply, not wording: capitals (not starting the sentence), digits, "@". */
function valueLike(value: string, inTask: string): boolean {
  const trimmed = value.trim();
  if (trimmed === '') return false;
  if (/[\d@]/.test(trimmed) || numberWordsIn(trimmed).length > 0) return true;
  if (!/\p{Lu}/u.test(trimmed)) return false;
  // "Press" opening the sentence is capitalised as wording, not as a name.
  return !inTask.trimStart().startsWith(trimmed) || /\p{Lu}/u.test(trimmed.slice(1));
}

function quotedIn(text: string, value: string): boolean {
  return [`"${value}"`, `“${value}”`, `'${value}'`].some((form) => text.includes(form));
}

/** Several lower-case words with no quote, digit or capital: wording ("your name"), not a value. */
function isWording(value: string, task: string): boolean {
  const words = value.trim().split(/\s+/);
  return words.length >= 2 && !quotedIn(task, value) && !valueLike(value, task);
}

/** Does the unit word stand after a count in the text ("5 days", "two kg", "per day", "a day")? */
function countedUnit(text: string, word: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}\d]+(?:[.,:/-]\d+)*/gu) ?? [];
  return words.some((at, index) => at === word && index > 0 && (/\d/.test(words[index - 1]!) || numberWordsIn(words[index - 1]!).length > 0 || /^(?:per|a|an|each|every)$/.test(words[index - 1]!)));
}

/**
 * A unit word with no count before it in its task ("Mark … as the day" / "… on the calendar") measures nothing: a slot
 * that differs only by it is wording. A unit after a count ("5 days" / "5 tickets", "in kg" / "in lb" aside) still shifts.
 * Only when the other side says no meaning word of its own.
 */
function countlessUnitsAside(shift: ReturnType<typeof slotShift>, demoTask: string, task: string): ReturnType<typeof slotShift> {
  if (!shift) return shift;
  const countless = (meanings: readonly MeaningWord[], text: string) => meanings.every((meaning) => meaning.kind === 'unit' && !countedUnit(text, meaning.word));
  if (shift.new.length === 0 && countless(shift.old, demoTask)) return undefined;
  if (shift.old.length === 0 && countless(shift.new, task)) return undefined;
  return shift;
}

/**
 * A slot of one function word each side, each followed in its task by a value ("for Tuesday" / "on Tuesday"): a
 * preposition, not a state — "on" before a day, a name or a number switches nothing on.
 */
function prepositionSlot(slot: TaskSlot, demoTask: string, task: string): boolean {
  if (slot.list || slot.old.length !== 1 || slot.new.length !== 1) return false;
  const beforeValue = (text: string, word: string) => {
    const tokens = tokenizeTask(text);
    return tokens.some((token, index) => token.norm === word && isFunctionWord(token) && /^(?:\p{Lu}|\d)/u.test(tokens[index + 1]?.text ?? ''));
  };
  const [old, now] = [slot.old[0]!.trim().toLowerCase(), slot.new[0]!.trim().toLowerCase()];
  return /^\p{L}+$/u.test(old) && /^\p{L}+$/u.test(now) && beforeValue(demoTask, old) && beforeValue(task, now);
}

/**
 * The values of the two tasks paired: each slot's old value with its new one (a list item by item), and each name a
 * demonstrated step used that both texts name unchanged.
 */
function valuePairs(alignment: TaskAlignment, stepStrings: readonly string[], demoTask: string, task: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const slot of alignment.slots) {
    if (slot.old.length !== slot.new.length) return [];
    slot.old.forEach((value, index) => pairs.push([value, slot.new[index]!]));
  }
  const inSlot = (value: string) => pairs.some(([old]) => containsWhole(old, value) || containsWhole(value, old));
  for (const text of new Set(stepStrings)) {
    if (containsWhole(demoTask, text) && containsWhole(task, text) && !inSlot(text)) pairs.push([text, text]);
  }
  return pairs;
}

export function taskValueProblems(input: TaskValueInput): TaskValueProblem[] {
  const { demoTask, task, alignment, unusedSlots, stepStrings, choiceCaptions = new Set<string>(), unnamedChoices = () => [] } = input;
  const problems: TaskValueProblem[] = [];
  // Quoted values are typed or chosen as written: "No way" is a value, not a negation.
  // So are names ("Closed" a column, not a state): value-like sides are refused or bound as values below.
  const quotedSlot = (slot: TaskSlot) =>
    slot.kind === 'quoted' ||
    (slot.old.every((value) => quotedIn(demoTask, value)) && slot.new.every((value) => quotedIn(task, value))) ||
    [...slot.old.map((value) => valueLike(value, demoTask)), ...slot.new.map((value) => valueLike(value, task))].some(Boolean);
  const used = (value: string) => stepStrings.some((text) => containsWhole(text, value));

  for (const value of alignment.unpaired) {
    if (value.side === 'new') {
      problems.push({ text: `the task names ${quote(value.text)}, and no step of the demonstration has a counterpart for it`, blocking: true });
    } else if (used(value.text)) {
      problems.push({ text: `the demonstration used ${quote(value.text)}, which this task does not name`, blocking: true });
    }
  }

  // A count written as a word that the alignment left as wording ("on March 19 for three of us" beside "on March 17?"):
  // a value with no counterpart, as "3" would be. "one" is left out: as often a pronoun ("the red one") as a count.
  // Only where the demonstration's task has no number the slots leave free: such a number may be the count's
  // counterpart, read by a rule of its own (a count field, a run of presses: count-field.ts, click-count.ts).
  const slotted = alignment.slots.flatMap((slot) => slot.new);
  const oldSlotted = alignment.slots.flatMap((slot) => slot.old);
  const freeOldNumber = tokenizeTask(demoTask).some(
    (token) => (token.kind === 'number' || (token.kind === 'word' && numberWordValue(token.text) !== undefined)) && !oldSlotted.some((value) => containsWhole(value, token.text)),
  );
  for (const token of freeOldNumber ? [] : tokenizeTask(task)) {
    const count = token.kind === 'word' ? numberWordValue(token.text) : undefined;
    if (count === undefined || Number(count) < 2 || containsWhole(demoTask, token.text) || containsWhole(demoTask, count)) continue;
    if (slotted.some((value) => containsWhole(value, token.text) || containsWhole(value, count)) || alignment.unpaired.some((value) => value.side === 'new' && containsWhole(value.text, token.text))) continue;
    problems.push({ text: `the task names ${quote(token.text)}, and no step of the demonstration has a counterpart for it`, blocking: true });
  }

  // A value used inside a word ("sh" ending "Bangladesh") was used: the grounding matches it as part of a word.
  const usedInsideWord = (value: string) => value.trim().length >= 2 && stepStrings.some((text) => text.toLowerCase().includes(value.trim().toLowerCase()));
  for (const slot of unusedSlots) {
    // "off" for "on", "smallest" for "largest", "tomorrow" for "today", "lb" for "kg", "down" for "up": lower-case, yet no
    // wording — the demonstrated steps would do what its task asked (rules/meaning-words.ts; opposite verbs are told apart by
    // the clauses: task-clauses.ts). Before the part-of-a-word use below ("up" in "Group"). The page's names of several
    // words keep their own ordinal and day words ("First aid kit", "Sun hat" as tick boxes): rules/meaning-words.ts.
    // A word of a pressed control's caption ("each share" of "Round up each share") names the control: rules/caption-echo.ts.
    const shift = prepositionSlot(slot, demoTask, task)
      ? undefined
      : withoutCaptionEchoes(countlessUnitsAside(slotShift(slot.old.join(' '), slot.new.join(' '), quotedSlot(slot), choiceCaptions), demoTask, task), demoTask, task, stepStrings);
    if (shift) {
      problems.push({ text: `${shiftText(shift)}, and no step of the demonstration acted on ${quote(slot.old.join(', '))}`, blocking: true });
      continue;
    }
    if (!slot.list && slot.old.every(usedInsideWord)) continue;
    // One phrase where the demonstration had another ("everything" / "the text non", align-tasks.ts) that no step acted on:
    // the steps cannot follow the difference.
    if (slot.reanchored) {
      problems.push({ text: `the task says ${quote(slot.new.join(', '))} where the demonstration said ${quote(slot.old.join(', '))}, and no step of the demonstration acted on ${quote(slot.old.join(', '))}`, blocking: true });
      continue;
    }
    // A lower-case word naming a choice of the page ("monthly" beside a "Monthly" radio) is a value too: rules/choice-captions.ts.
    const namesAChoice = [...slot.old, ...slot.new].some((value) => namesChoice(value, choiceCaptions));
    // Words the demonstration chose by meaning may be these ("my account page" chose "Profile"): rules/unnamed-choices.ts.
    // Unless the new words name that very choice wholly ("rounded" → "round each share", both going on "up": "Round up each share").
    const kept = (text: string, slotWords: readonly string[]) => slotWords.reduce((rest, words) => rest.split(words).join(' '), text);
    const meant = saysContent(slot.old)
      ? unnamedChoices(slot.old).filter((caption) => !namesWholly(caption, slot.new.join(' '), kept(demoTask, slot.old), kept(task, slot.new)))
      : [];
    const choseBy = meant.length > 0;
    const blocking = slot.kind !== 'text' || slot.counted === true || namesAChoice || choseBy || [...slot.old.map((value) => valueLike(value, demoTask)), ...slot.new.map((value) => valueLike(value, task))].some(Boolean);
    if (slot.list && slot.old.length !== slot.new.length) {
      problems.push({
        text:
          `the task names ${slot.new.length} item${slot.new.length === 1 ? '' : 's'} (${slot.new.join(', ')}); ` +
          `the demonstration handled ${slot.old.length} (${slot.old.join(', ')}), each in its own way, so its steps cannot be repeated per item`,
        blocking,
      });
    } else {
      const chose = choseBy ? `; the demonstration chose ${meant.map(quote).join(', ')}, which its task names nowhere else: those words may be what chose ${meant.length === 1 ? 'it' : 'them'}, and nothing says what to choose for ${quote(slot.new.join(', '))}` : '';
      problems.push({
        text: `the task names ${quote(slot.new.join(', '))}, but no step of the demonstration used its counterpart ${quote(slot.old.join(', '))}${chose}`,
        blocking,
      });
    }
  }

  for (const slot of alignment.slots) {
    // A list of quoted values whose new items are not all quoted values took wording in ("Lon", tick "Remember me").
    if (slot.list && slot.old.every((value) => quotedIn(demoTask, value))) {
      const odd = slot.new.filter((value) => !quotedIn(task, value));
      if (odd.length > 0) problems.push({ text: `the task's ${odd.map(quote).join(', ')} ${odd.length === 1 ? 'is' : 'are'} not a value like the demonstration's ${slot.old.map(quote).join(', ')}, so nothing says what to do with ${odd.length === 1 ? 'it' : 'them'}`, blocking: true });
    }
    if (unusedSlots.includes(slot)) continue;
    // "sat/sun" → "fri/sat/sun" set as the row of day toggles: "fri" is one of the days set, not a word the steps cannot follow.
    if (slot === input.daySlot) continue;
    // A slot the steps follow ("cheapest" → "shortest": the pick re-read by the new word, rules/extreme-pick.ts) cannot
    // follow a meaning word added or dropped with nothing in its place: "save" → "do not save" adds a negation no step can follow.
    // Only the words around the value: "green" for "Qw" is another value (a radio named by a colour), not an added word.
    const [oldText, newText] = [slot.old.join(' '), slot.new.join(' ')];
    // "first" of "first aid kit", a tick box the page lists: the item's word, no rank (rules/meaning-words.ts).
    const shifted = quotedSlot(slot) ? undefined : meaningShift(oldText, newText, 'slot', choiceCaptions);
    const added = shifted?.old.length === 0 && containsWhole(newText, oldText);
    const negationDropped = shifted?.new.length === 0 && containsWhole(oldText, newText) && shifted.old.some((meaning) => meaning.kind === 'negation');
    if (shifted && (added || negationDropped)) {
      problems.push({ text: `${shiftText(shifted)}, and the demonstrated steps acted on ${quote(slot.old.join(', '))} only`, blocking: true });
      continue;
    }
    if (slot.list) continue;
    const old = slot.old[0]!;
    const value = slot.new[0]!;
    // The new task glued a place to its value (""Kasie" into the text field" for the demonstration's bare "Z"): not typed whole,
    // and the place may be another field than the demonstrated one (rules/glued-values.ts reads only the other way round).
    const glued = gluedToDemonstratedValue(tokenizeTask(value), tokenizeTask(old), () => false);
    if (glued) {
      problems.push({ text: `the task's ${quote(value)} is the value ${quote(glued.old.text)} with words about where it goes, which the demonstration's task did not have, so nothing says which field takes it`, blocking: true });
      continue;
    }
    if ((quotedIn(demoTask, old) || slot.kind === 'number') && (isWording(value, task) || describesValue(value, quotedIn(task, value))) && used(old)) {
      problems.push({ text: `the task's ${quote(value)} is not a value like the demonstration's ${quote(old)}, so nothing says what to use for it`, blocking: true });
    }
  }
  // Outside the slots (which the steps follow, or which are checked above): a word that stands in one text only and changes
  // what is done ("Do not tick …", "… tomorrow", "… the cheapest …") is never wording, whatever path aligned the texts.
  const inSlot = (side: 'old' | 'new', meaning: MeaningWord) =>
    alignment.slots.some((slot) => slot[side].some((value) => containsWhole(value, meaning.word))) ||
    alignment.unpaired.some((value) => value.side === side && containsWhole(value.text, meaning.word));
  // "I need X enabled, but no more Y" / "Turn on Z and turn off W": each paired value asked the same state in other
  // words (rules/switch-states.ts) — the words telling the states are no words one text says alone.
  // A reason said aside ("I don't want to be tracked more than needed, so …") asks nothing: rules/reason-aside.ts.
  // A word of what the steps acted on or of a choice the pages offer ("… marketing cookies, so …") names a thing: asked.
  const pageWords = new Set([...stepStrings, ...choiceCaptions].flatMap(wordsOf).filter((word) => !COMMON_WORDS.has(word)));
  const shown = (word: string) => pageWords.has(word);
  // "hasn't changed since X" where the other says "last updated on X": one request (rules/last-change.ts).
  const alike = readLastChangeAlike(withoutReasonAside(demoTask, shown), withoutReasonAside(task, shown));
  const [demoRequest, request] = [alike.a, alike.b];
  const states = withoutPairedStates(demoRequest, request, valuePairs(alignment, stepStrings, demoRequest, request));
  const whole = meaningShift(states?.a ?? demoRequest, states?.b ?? request, 'whole');
  if (whole) {
    // "… for dinner tonight" where the task names no day: now, as an undated request means (rules/present-time.ts).
    const outside = { old: withoutPresentTime(whole.old.filter((meaning) => !inSlot('old', meaning)), task, stepStrings, input.dayOffered ?? (() => false)), new: whole.new.filter((meaning) => !inSlot('new', meaning)) };
    if (outside.old.length + outside.new.length > 0) {
      problems.push({ text: `${shiftText(outside)}, and no step of the demonstration shows what that changes`, blocking: true });
    }
  }
  // A list the page reads more than one way ("Fish and Chips" beside "Fish" and "Chips"): rules/and-names.ts.
  for (const readings of alignment.ambiguousLists ?? []) {
    problems.push({ text: ambiguousReadingText(readings), blocking: true, help: 'a task that quotes each item ("Fish and Chips"), or a model for the hybrid policy (--policy hybrid)' });
  }
  // Who sends and who gets must be told apart (rules/named-roles.ts).
  problems.push(...roleProblems(demoTask, task, alignment));
  // Two values of one type pair by the part each plays ("from …" / "out of …"), never by order alone: rules/value-roles.ts.
  problems.push(...valueRoleProblems(demoTask, task, alignment));
  return problems;
}
