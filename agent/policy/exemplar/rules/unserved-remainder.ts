/**
 * Rule: a part of the task that nothing of the plan accounts for is a clause left undone: refused, naming it.
 *
 *   demonstration: "The breakfast was fair but the value for money was great. We would not stay again."
 *   task:          From Mum: "tell them the wi-fi was poor and the location good - we'd come back"
 *
 * The demonstration's "We would not stay again" found no clause of the task to pair with, so its step (the "No"
 * radio under "Would you stay with us again?") was left out as not asked for (rules/task-clauses.ts narrowToTask) —
 * and the two ratings were clicked and the form sent, "we'd come back" unanswered. The same with "Could you pay Priya
 * Ortiz 66 dollars? Put "concert tickets" as the note." followed for "Priya Ortiz is still waiting on $19 for book
 * club. Can you transfer it?": the note left out, "for book club" paid with an empty memo. A person who leaves out a
 * part of what they were shown does so because nothing of the new request asks for it; when the request still says
 * something the rest of the plan does not do, that may be the left-out part in other words — they ask.
 *
 * A part of the task (a clause, split further at a colon or a spaced dash: "we'd come back") is accounted for word by
 * word: a common, courtesy or function word; a word the plan's task says in any form; a word of a value the alignment
 * rewrites (a slot's new value) or of a text a planned step acts on (label, caption, typed text: planned-step.ts);
 * the verb of another clause of the plan's task said otherwise ("transfer" for "pay": intent-words.ts); the sender
 * and the passing-on verb of a relayed message ("From Mum: "tell them …""); the place a card the plan acts on is taken
 * from, where the page shows it standing ("from Review": rules/source-place.ts); and a verb that gives, picks, moves
 * or finishes (verb-gap.ts NEUTRAL_VERBS: "move" for "should go to") opening a part that holds a value the plan rewrites, when
 * the plan's task says such a verb too — the part is that clause of the plan in other words, its values the slots'.
 * What is left is the remainder.
 *
 * Two readings use it:
 * - narrowedRemainderProblem: when a demonstrated clause is left out, any remainder refuses (above);
 * - unservedClauseProblems: a clause of the task without a verb that pairs with no clause of the demonstration
 *   ("Also, I go by they/them now.") and of which every word is remainder — nothing in it any step does — refuses
 *   when it names a choice the page offers and no step made (a Pronouns list offering "they/them"): a part of the
 *   request the plan would silently leave undone.
 *
 * Why it refuses nowhere it should not: a sentence that is only courtesy is no clause (closing-courtesy.ts); a clause
 * asking for the form as a whole ("Could you fill in the hotel survey?") or saying where the task is done is wording
 * (rules/framing-clause.ts); a part sharing a value with the plan ("I want my profile to say "…" instead of what's
 * there now" beside "Change my bio to "…"") is the plan's, however it words the change; without a left-out clause, a
 * verbless reason ("- we came late last time", "It's for my sister's birthday.") names nothing the page offers and
 * stands. Only ever refuses. Pure, no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import type { Step } from '../../../core/trajectory.js';
import type { TaskSlot } from '../align-tasks.js';
import { compatibleIntents, isActionVerb, verbKeyOf, wordsOf } from '../intent-words.js';
import { stepStrings, targetDescriptorsOf } from '../planned-step.js';
import { relaySenders } from '../quoted-messages.js';
import { COURTESY_HEADS } from '../closing-courtesy.js';
import { splitClauses, type ClausePairing, type TaskClause } from '../task-clauses.js';
import { COMMON_WORDS, POSSESSIVES, PRONOUNS, tokenizeTask, type TaskToken } from '../task-tokens.js';
import { containsWhole, normalizeText } from '../text-match.js';
import { sameStem } from '../word-forms.js';
import { framesWholeTask, namesPlaceOnly } from './framing-clause.js';
import { sourcePlaceSpans } from './source-place.js';
import type { TaskValueProblem } from './task-values.js';
import { NEUTRAL_VERBS, verbKeys } from './verb-gap.js';

/** Verbs that pass a relayed message on ("tell them …", "say …", "let them know …"): they ask nothing of their own. */
const PASSING_ON_VERBS: ReadonlySet<string> = new Set(['tell', 'say', 'let', 'know', 'ask']);

/** A contraction's ending ("we'd", "what's", "we'll"): the word before it is what is said. */
const CONTRACTION = /['’](?:d|s|ll|re|ve|m)$|n['’]t$/u;

/** What the plan does, to account for the task's words by. */
export interface PlanFacts {
  /** The task text of the demonstration as planned (narrowed, reworded). */
  planTask: string;
  slots: readonly TaskSlot[];
  /** The demonstrated steps the plan follows. */
  steps: readonly Step[];
  /** The page the plan runs on, when known: where the things it acts on stand. */
  page?: readonly UIElement[];
}

/** A part of the task with words nothing of the plan accounts for. */
export interface TaskRemainder {
  /** The part as written ("we'd come back"). */
  text: string;
  /** Character offsets of the part in the task text, [start, end). */
  start: number;
  end: number;
  /** Its words left over, lower-cased. */
  words: string[];
  /** Does any word of the part stand accounted for (a value, a word of the plan)? */
  anyAccounted: boolean;
}

const sameWord = (a: string, b: string) => a === b || sameStem(a, b);

/** The task's clauses split further at a colon or a spaced dash: a message's frame, an aside. */
function parts(task: string): { text: string; start: number; end: number; clause: TaskClause }[] {
  const found: { text: string; start: number; end: number; clause: TaskClause }[] = [];
  for (const clause of splitClauses(task)) {
    const source = task.slice(clause.start, clause.end);
    let at = 0;
    for (const match of [...source.matchAll(/:\s|\s[-–—]\s/gu), null]) {
      const end = match ? (match.index ?? 0) : source.length;
      const piece = source.slice(at, end);
      const lead = piece.length - piece.trimStart().length;
      const text = piece.trim().replace(/^["“”']+|["“”'\s,.;:!?]+$/gu, '');
      if (/[\p{L}\p{N}]/u.test(text)) found.push({ text, start: clause.start + at + lead, end: clause.start + end, clause });
      if (match) at = end + match[0].length;
    }
  }
  return found;
}

/** Is the token accounted for by the plan (see the head of this file)? */
function accounted(token: TaskToken, facts: PlanFacts, known: { planWords: string[]; planVerbs: string[]; acted: string[]; actedWords: string[]; slotValues: string[]; senders: string[] }): boolean {
  if (token.kind === 'punctuation' || token.kind === 'separator') return true;
  const norm = token.norm;
  if (token.kind === 'quoted' || token.kind === 'number') {
    const value = normalizeText(token.text);
    return value === '' || [...known.slotValues, ...known.acted].some((text) => normalizeText(text) === value || containsWhole(text, token.text)) || containsWhole(facts.planTask, token.text);
  }
  const base = norm.replace(CONTRACTION, '');
  if (COMMON_WORDS.has(norm) || COMMON_WORDS.has(base) || base === '') return true;
  if (known.senders.some((name) => wordsOf(name).includes(norm)) || PASSING_ON_VERBS.has(norm)) return true;
  const texts = [facts.planTask, ...known.acted, ...known.slotValues];
  // A token of common words only ("they/them"): the choice it names is accounted for only where the plan says it whole.
  const words = wordsOf(norm).filter((word) => !COMMON_WORDS.has(word));
  if (words.length === 0) return texts.some((text) => containsWhole(text, token.text));
  const one = (word: string) =>
    known.planWords.some((known) => sameWord(known, word)) ||
    known.actedWords.some((known) => sameWord(known, word)) ||
    known.slotValues.some((value) => containsWhole(value, word)) ||
    known.planVerbs.some((verb) => verbKeyOf(word) !== word && compatibleIntents(verbKeyOf(word), verb));
  return words.every(one);
}

/** The parts of `task` with words the plan does not account for, in order. */
export function taskRemainders(task: string, facts: PlanFacts): TaskRemainder[] {
  const acted = facts.steps.flatMap((step) => [...stepStrings(step), ...targetDescriptorsOf(step).flatMap((target) => [target.label ?? '', target.text ?? ''])]).filter((text) => text !== '');
  const known = {
    planWords: wordsOf(facts.planTask),
    planVerbs: verbKeys(facts.planTask),
    acted,
    actedWords: acted.flatMap(wordsOf),
    slotValues: facts.slots.flatMap((slot) => slot.new),
    senders: relaySenders(task).map((sender) => sender.name),
  };
  const tokens = tokenizeTask(task);
  // "from Review" where the card the plan moves stands in Review: where it is taken from (rules/source-place.ts).
  const sources = sourcePlaceSpans(task, known.slotValues, facts.page ?? []);
  const fromSource = (token: TaskToken) => sources.some((span) => token.start >= span.start && token.end <= span.end);
  // "Move" where the plan's task said "should go to": one request worded with another verb of its kind (verb-gap.ts).
  const planSaysNeutral = known.planVerbs.some((verb) => NEUTRAL_VERBS.has(verb));
  // Only the verb opening the part ("Move …", "please move …"): a noun of the same spelling ("book club") is none.
  const opensPart = (token: TaskToken, inside: readonly TaskToken[]) => inside.find((other) => other.kind === 'word' && !COMMON_WORDS.has(other.norm)) === token;
  const neutralVerb = (token: TaskToken, inside: readonly TaskToken[]) => opensPart(token, inside) && isActionVerb(token.norm) && NEUTRAL_VERBS.has(verbKeyOf(token.norm));
  const remainders: TaskRemainder[] = [];
  for (const part of parts(task)) {
    // "Could you fill in the hotel survey?", "In the editor": the form as a whole, the place — wording (rules/framing-clause.ts).
    if (framesWholeTask(part) || namesPlaceOnly({ text: part.text })) continue;
    const inside = tokens.filter((token) => token.start >= part.start && token.end <= part.end);
    // The part rewrites a clause of the plan: it holds one of the values the alignment rewrites.
    const rewrites = known.slotValues.some((value) => containsWhole(part.text, value));
    const left = inside.filter((token) => !accounted(token, facts, known) && !fromSource(token) && !(planSaysNeutral && rewrites && neutralVerb(token, inside)));
    if (left.length === 0) continue;
    // A common word ("we'd" is "we" said on) accounts for nothing by itself.
    const common = (token: TaskToken) => COMMON_WORDS.has(token.norm) || COMMON_WORDS.has(token.norm.replace(CONTRACTION, ''));
    const anyAccounted = inside.some((token) => token.kind !== 'punctuation' && token.kind !== 'separator' && !common(token) && !left.includes(token));
    remainders.push({ text: part.text, start: part.start, end: part.end, words: left.map((token) => token.norm), anyAccounted });
  }
  return remainders;
}

const quote = (value: string) => JSON.stringify(value);
const lowerFirst = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text);

/**
 * After a demonstrated clause was left out as not asked for (`dropped`): the task's parts the narrowed plan does
 * not account for, as one blocking problem; undefined when the plan accounts for all of the task.
 */
export function narrowedRemainderProblem(task: string, facts: PlanFacts, dropped: TaskClause): TaskValueProblem | undefined {
  const left = taskRemainders(task, facts);
  if (left.length === 0) return undefined;
  const said = left.map((part) => quote(part.text)).join(' and ');
  return {
    text: `the task also says ${said}, which no step of the demonstration does (${left.flatMap((part) => part.words).map(quote).join(', ')}); its ${quote(lowerFirst(dropped.text))} was left out as not asked for, and may be what that says`,
    blocking: true,
  };
}

/** The choices the page offers that stand unchosen: the options of a list other than the one shown. */
function offeredChoices(page: readonly UIElement[]): string[] {
  return page.flatMap((element) => (element.states.hidden || !element.options ? [] : element.options.filter((option) => option !== element.value && /[\p{L}\p{N}]/u.test(option))));
}

/** Words that may stand before a request's verb without changing what it asks ("Also book …", "Please e-mail …"). */
const REQUEST_LEADS: ReadonlySet<string> = new Set([
  'also', 'please', 'and', 'then', 'now', 'just', 'plus', 'kindly',
  // Words that place the deed after the rest ("Afterwards, ring Rossi."), changing when, not what.
  'afterwards', 'afterward', 'after', 'that', 'later', 'next', 'finally', 'lastly', 'additionally',
]);
/** Words that open a verb's object ("… the owner a copy", "… her a check-up", "… me the receipt"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', ...POSSESSIVES, ...PRONOUNS, 'me', 'him', 'us']);
/** Words that may close a request whose object is a name ("Invite Rossi too.", "Ring Rossi back tomorrow."). */
const AFTER_NAMED_OBJECT: ReadonlySet<string> = new Set(['too', 'also', 'again', 'back', 'later', 'tomorrow', 'tonight', 'today', 'now', 'afterwards', 'as']);

/** Is this token written as a name: a capital first letter, and no word too common to be one ("I", "The")? */
function writtenAsName(token: TaskToken | undefined): boolean {
  return token?.kind === 'word' && /^\p{Lu}/u.test(token.text) && !COMMON_WORDS.has(token.norm);
}

/**
 * The word a clause opens with as a request ("Email the owner a copy.", "Also book her a check-up.", "Cancel the
 * Rossi booking."): after leading words that change nothing (REQUEST_LEADS), a word of no common kind followed
 * straight by its object's opener, or by a name the clause ends on or that its next object or a word of when
 * follows ("Email Rossi a copy.", "Invite Rossi too.") — the imperative's shape, whatever the verb, as a person reads it. A statement
 * ("Sam rests at weekends", "It's for my sister's birthday", "Her brother is male") opens with its subject, which a
 * verb follows, not an object; undefined then.
 */
function requestOpening(task: string, clause: TaskClause): TaskToken | undefined {
  const inside = tokenizeTask(task).filter((token) => token.start >= clause.start && token.end <= clause.end);
  let at = 0;
  // "Also, book …": a lead word, and a comma after it. A comma after the opening word ("Pepper, a parrot") is no object.
  while ((inside[at]?.kind === 'word' && REQUEST_LEADS.has(inside[at]!.norm)) || (at > 0 && inside[at]?.text === ',')) at++;
  const [verb, next] = [inside[at], inside[at + 1]];
  if (verb?.kind !== 'word' || next?.kind !== 'word' || COMMON_WORDS.has(verb.norm) || CONTRACTION.test(verb.norm)) return undefined;
  if (OBJECT_OPENERS.has(next.norm)) return verb;
  // A name as the object ("Email Rossi a copy.", "Invite Rossi too.", "ring Rossi."): the name (of one or more words),
  // then the clause's end, the next object's opener or a word of when. A subject the verb follows ("Mr Rossi is
  // coming", "Sam Kim rests") or a courtesy to someone ("Thanks Rossi", "Hi Sam") is none.
  if (!writtenAsName(next) || COURTESY_HEADS.has(verb.norm)) return undefined;
  let after = at + 1;
  while (writtenAsName(inside[after])) after++;
  const closing = inside[after];
  const ends = closing === undefined || (closing.kind === 'punctuation' && /^[.!]$/u.test(closing.text) && inside[after + 1] === undefined);
  return ends || (closing?.kind === 'word' && (OBJECT_OPENERS.has(closing.norm) || AFTER_NAMED_OBJECT.has(closing.norm))) ? verb : undefined;
}

/**
 * Clauses of the task without a verb of the vocabulary and without a counterpart in the demonstration, that the plan
 * leaves undone: blocking. Two kinds:
 * - every word remainder, naming a choice the page offers unchosen ("Also, I go by they/them now." beside a Pronouns list);
 * - opening as a request (requestOpening) with a word nothing of the plan accounts for ("Email the owner a copy.",
 *   "Also book her a check-up." beside a form filled and sent): a second deed the plan never does, whichever reading
 *   planned the rest (a template, the form read field by field, kinds and places).
 */
export function unservedClauseProblems(task: string, pairing: ClausePairing, facts: PlanFacts, page: readonly UIElement[] = []): TaskValueProblem[] {
  const verbless = pairing.taskOnly.filter((clause) => clause.verbKey === undefined); // a clause with a verb: clauseProblems judges it
  if (verbless.length === 0) return [];
  const choices = offeredChoices(page);
  const remainders = taskRemainders(task, facts);
  const planSays = [facts.planTask, ...facts.steps.flatMap((step) => [...stepStrings(step), ...targetDescriptorsOf(step).flatMap((target) => [target.label ?? '', target.text ?? ''])])].flatMap(wordsOf);
  const problems: TaskValueProblem[] = [];
  for (const clause of verbless) {
    const inClause = remainders.filter((part) => part.start >= clause.start && part.end <= clause.end);
    // The opening verb is the plan's only when the plan says it or acts on it ("Save the changes" beside a press on
    // "Save changes"): a verb of a kind the plan's verb is ("book" for "change") asks another deed in a clause of its own.
    const opening = requestOpening(task, clause);
    if (opening && !planSays.some((word) => sameWord(word, opening.norm)) && !facts.slots.some((slot) => slot.new.some((value) => containsWhole(value, opening.text)))) {
      problems.push({ text: `the task also asks ${quote(clause.text)}, which no step of the demonstration does (${quote(opening.text)} opens it as a request)`, blocking: true });
      continue;
    }
    const named = inClause.filter((part) => !part.anyAccounted).flatMap((part) => part.words).find((word) => choices.some((choice) => normalizeText(choice) === normalizeText(word)));
    if (named === undefined) continue;
    problems.push({ text: `the task also says ${quote(clause.text)}, which no step of the demonstration does (the page offers ${quote(named)}, which no step chose)`, blocking: true });
  }
  return problems;
}
