/**
 * A task text as clauses, and the clauses of two task texts paired up.
 *
 *   "Enable Location and Bluetooth, disable Auto-update, then click Save."
 *   → [enable | Location, Bluetooth] [disable | Auto-update] [click | Save]
 *
 * A clause starts at the text's start, after ";" or a sentence's end, after
 * "then", and after "," or "and" when a lower-case action verb follows
 * ("…pencils and add two…"); "and" between objects of one verb
 * ("Location and Bluetooth") joins no clauses; a sentence that is only a
 * courtesy ("Thanks!") is none (closing-courtesy.ts). Verbs are compared by what
 * they ask ("turn on" = "enable", "press" = "click", "take away" =
 * "remove"), some asking the opposite of others ("enable" / "disable").
 *
 * Pairing (pairClauses): a clause of the new task pairs with the
 * demonstration's clauses of the same verb, else with one sharing a word of
 * its object (or a slot's values, old there and new here) whose verb is not
 * the opposite. What stays unpaired on either side is a clause the other task
 * lacks (rules/task-clauses.ts). Pure functions, no task knowledge.
 */
import { gridCodes } from './grid-codes.js';
import { isHarmlessAlone, POSSESSIVES, PRONOUNS, tokenizeTask, type TaskToken } from './task-tokens.js';
import { compatibleIntents, intentInText, oppositeVerbs, verbKeyOf, verbPhraseAt } from './intent-words.js';
import type { TaskSlot } from './align-tasks.js';
import { valueSpans } from './value-spans.js';
import { isCourtesyOnly } from './closing-courtesy.js';
import { spokenDeleteOpening } from './rules/spoken-list-edits.js';

export interface TaskClause {
  /** The clause as written, without its joining words ("and", "then") and closing marks. */
  text: string;
  /** Character offsets in the task text, [start, end). */
  start: number;
  end: number;
  /** The verb phrase opening it, lower-cased ("turn on"), when it opens with a known verb. */
  verb?: string;
  /** What the verb asks, for comparisons: an intent ("click" for "press"), else the phrase. */
  verbKey?: string;
  /** Lower-cased words and values of its object; the verb itself when it has no object ("then Update"). */
  words: string[];
  /** Its values: quoted strings, numbers, capitalised names (not opening the clause). */
  values: string[];
}

// The verbs, their synonyms and opposites are one vocabulary with the intents (intent-words.ts).
export { oppositeVerbs, verbKeyOf } from './intent-words.js';

/** The verb phrase opening tokens[at…] (lower-case words), with how many tokens it covers. */
function verbAt(tokens: readonly TaskToken[], at: number): { verb: string; length: number } | undefined {
  const words = tokens.slice(at, at + 8).map((token) => (token.kind === 'word' ? token.norm : ''));
  // "take the tomatoes out", "drop the bananas": a delete as a person says it, its particle after the object (rules/spoken-list-edits.ts).
  const spoken = spokenDeleteOpening(words.filter((word) => word !== ''));
  // Its length counts words; a mark between the verb and its particle ("take, off") would make tokens and words differ.
  if (spoken !== undefined && words[0] !== '' && (spoken === 1 || words[1] !== '')) return { verb: 'remove', length: spoken };
  const verb = verbPhraseAt(words.slice(0, 4), 0);
  return verb === undefined ? undefined : { verb, length: verb.split(' ').length };
}

/** Is the token a lower-case word (a verb there starts a clause; a capitalised one is a name or caption)? */
const lowerCase = (token: TaskToken | undefined) => token !== undefined && token.kind === 'word' && token.text === token.norm;

/** Split a task text into its clauses. */
export function splitClauses(text: string): TaskClause[] {
  const tokens = tokenizeTask(text);
  const groups: TaskToken[][] = [[]];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!;
    const current = groups[groups.length - 1]!;
    const next = tokens[index + 1];
    const startsClause = () => {
      if (current.length > 0) groups.push([]);
    };
    if (token.text === ';' || (token.kind === 'punctuation' && /^[.!?]$/.test(token.text))) {
      startsClause();
      continue;
    }
    if (token.kind === 'word' && token.norm === 'then') {
      startsClause();
      continue;
    }
    if (token.text === ',' || token.norm === 'and') {
      // ", and then", ", then": the "then" opens the clause.
      if (next?.kind === 'word' && next.norm === 'then') continue;
      if (next?.norm === 'and' && tokens[index + 2]?.norm === 'then') continue;
      const after = next?.norm === 'and' ? index + 2 : index + 1;
      if (lowerCase(tokens[after]) && verbAt(tokens, after) && tokens.length > after + verbAt(tokens, after)!.length) {
        startsClause();
        if (after === index + 2) index++;
        continue;
      }
    }
    current.push(token);
  }
  // A sentence that is only a courtesy ("Thanks!", "Hi!") asks for nothing: no clause (closing-courtesy.ts).
  return groups.filter((group) => group.length > 0 && !isCourtesyOnly(group)).map((group) => clauseOf(text, group));
}

function clauseOf(source: string, tokens: TaskToken[]): TaskClause {
  const opening = verbAt(tokens, 0);
  const rest = tokens.slice(opening?.length ?? 0);
  // A pronoun ("send it", "save them") points back at what another clause named: no object of its own. A possessive
  // ("my bio", "my pronouns") says whose, not which: two clauses sharing only "my" share no object.
  const pointing = (token: TaskToken) => token.kind === 'word' && (PRONOUNS.has(token.norm) || POSSESSIVES.has(token.norm));
  let words = rest.filter((token) => token.kind !== 'separator' && !isHarmlessAlone(token) && !pointing(token)).map((token) => token.norm);
  if (words.length === 0 && opening) words = [opening.verb];
  const values = rest.filter((token) => token.kind === 'quoted' || token.kind === 'number' || (token.kind === 'word' && /^\p{Lu}/u.test(token.text))).map((token) => token.norm);
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  const text = source.slice(start, end).replace(/[\s,.;:!?]+$/, '');
  // The verb read with its object ("Get rid of the notice": clear it away, not delete it): intent-words.ts.
  const verbKey = opening ? (intentInText(opening.verb, text) ?? verbKeyOf(opening.verb)) : undefined;
  return {
    text,
    start,
    end,
    ...(opening ? { verb: opening.verb, verbKey: verbKey! } : {}),
    words,
    values,
  };
}

/** The same object words, its values aside ("the quantity by 2" / "the quantity by 4"). */
function sameWords(a: TaskClause, b: TaskClause): boolean {
  const plain = (clause: TaskClause) => new Set(clause.words.filter((word) => !clause.values.includes(word)));
  const left = plain(a);
  const right = plain(b);
  return left.size > 0 && left.size === right.size && [...left].every((word) => right.has(word));
}

export interface ClausePairing {
  demo: TaskClause[];
  task: TaskClause[];
  /** For each clause of the new task, the indices of the demonstration's clauses it pairs with (empty: none). */
  pairs: number[][];
  /** The demonstration's clauses no clause of the new task pairs with. */
  demoOnly: TaskClause[];
  /** The new task's clauses paired with none of the demonstration's. */
  taskOnly: TaskClause[];
}

/** A slot of typed values, no names: dates, times, numbers, quoted texts, e-mail addresses, handles, file names. */
function typedSlot(slot: TaskSlot): boolean {
  return slot.kind !== 'text' || slot.old.every((value) => valueSpans(value).some((span) => span.type !== 'name' && span.text === value));
}

/** Pair the clauses of the demonstration's task text and the new one (see the head of this file). */
export function pairClauses(demoTask: string, task: string, slots: readonly TaskSlot[] = []): ClausePairing {
  const demo = splitClauses(demoTask);
  const mine = splitClauses(task);
  const lower = (values: readonly string[]) => values.map((value) => value.toLowerCase());
  // A grid's code written apart ("Row C, seat 1" names C1: grid-codes.ts) is in the clause too.
  const inClause = (clause: TaskClause, source: string, value: string) => {
    const text = source.slice(clause.start, clause.end);
    return text.toLowerCase().includes(value.toLowerCase()) || gridCodes(text).some((code) => code.value.toLowerCase() === value.toLowerCase());
  };
  // A slot carried over: its old value in the demonstration's clause, its new one in the task's.
  const slotLinked = (old: TaskClause, now: TaskClause, which: (slot: TaskSlot) => boolean = () => true) =>
    slots.some((slot) => which(slot) && lower(slot.old).some((value) => value !== '' && inClause(old, demoTask, value)) && lower(slot.new).some((value) => value !== '' && inClause(now, task, value)));
  const overlap = (old: TaskClause, now: TaskClause) => now.words.filter((word) => old.words.includes(word)).length + (slotLinked(old, now) ? 1 : 0);
  const pairs = mine.map((clause) => {
    const sameVerb = demo.map((old, index) => ({ old, index })).filter(({ old }) => old.verbKey !== undefined && clause.verbKey !== undefined && compatibleIntents(old.verbKey, clause.verbKey));
    if (sameVerb.length > 0) {
      const best = Math.max(...sameVerb.map(({ old }) => overlap(old, clause)));
      return sameVerb.filter(({ old }) => overlap(old, clause) === best).map(({ index }) => index).slice(0, 1);
    }
    // The opposite of what the demonstration did to the same thing ("lower the quantity" / "increase the quantity")
    // is the same clause asked the other way: rules that know the opposite control follow it, or refuse.
    // Not when another clause of the task does what the demonstration did ("add one more pencils, take away one candles"
    // for "Add one candles"): then this one asks for something the demonstration never showed.
    const doneByAnother = (index: number) => mine.some((other) => other !== clause && other.verbKey !== undefined && demo[index]!.verbKey !== undefined && compatibleIntents(other.verbKey, demo[index]!.verbKey!));
    const sameObject = demo.flatMap((old, index) => (oppositeVerbs(old.verbKey, clause.verbKey) && sameWords(old, clause) && !doneByAnother(index) ? [index] : []));
    if (sameObject.length > 0) return sameObject;
    return demo.flatMap((old, index) => (!oppositeVerbs(old.verbKey, clause.verbKey) && overlap(old, clause) > 0 ? [index] : []));
  });
  const paired = new Set(pairs.flat());
  // A demonstration's clause whose values the task names under a verb that is not the opposite is no clause it lacks
  // ("add the note "rent"" in "Send Bob $50, note: "rent""), nor a statement whose dates, times, numbers, quoted texts
  // into a clause of the task ("The call is on 2011-11-23 at 10:12" for "Set the call for 7:18 AM on 1992-08-07").
  // or e-mail addresses ("her e-mail is p@x.org"). A name is no such value: "From the Dinner menu" is not covered by "… on Friday".
  const covered = (old: TaskClause) =>
    paired.has(demo.indexOf(old)) ||
    mine.some(
      (now) =>
        !oppositeVerbs(old.verbKey, now.verbKey) &&
        (old.values.some((value) => now.values.includes(value)) || (now.verbKey === undefined && overlap(old, now) > 0) || (old.verbKey === undefined && slotLinked(old, now, typedSlot))),
    );
  return {
    demo,
    task: mine,
    pairs,
    demoOnly: demo.filter((old) => !covered(old)),
    taskOnly: mine.filter((_, index) => pairs[index]!.length === 0),
  };
}
