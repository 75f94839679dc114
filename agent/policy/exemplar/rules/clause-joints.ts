/**
 * Rule: a slot that runs across a clause joint is split there.
 *
 *   demo: Set Balance to 15, then press Apply.
 *   new:  Set Balance to 56 and click Go.
 *
 * One alignment over the whole text anchors "Set Balance to" and leaves
 * "15, then press Apply" → "56 and click Go" as one slot, because the words
 * joining the clauses ("then press" / "and click") differ. No step typed or
 * clicked that whole phrase, so the slot reads as "a value no step used",
 * and as one running across clauses. A person reads two values: 15 → 56,
 * and the button Apply → Go, with "then press" / "click" as wording.
 *
 * A slot whose old value spans as many clauses of the demonstration's task
 * (task-clauses.ts) as its new value spans of the new task is split into its
 * pieces, clause by clause; each pair of pieces is aligned on its own
 * (align-tasks.ts), the verbs opening them as template when they ask the same
 * ("press" / "click" / "hit"). The sub-slots replace the slot. Left as it
 * was — and so still refused where nothing used it — when the pieces do not
 * pair: another count, a verb opening one piece and not the other, verbs
 * asking different things, a value without a counterpart in its piece.
 *
 * A clause inside the slot that only points back with a pronoun to a value
 * of the task and asks to enter it ("Enter it", "Fill it in") says how that
 * value is given, not another thing to do: it is no piece. Any other verb
 * ("delete it") keeps its clause, and the slot stays whole.
 *
 * Pure functions over the two texts and their alignment.
 */
import { alignTasks, type AlignOptions, type TaskAlignment, type TaskSlot } from '../align-tasks.js';
import { compatibleIntents } from '../intent-words.js';
import { splitClauses, type TaskClause } from '../task-clauses.js';
import { accountsForEveryWord } from '../clause-align.js';

interface Piece {
  text: string;
  /** The piece opens its clause, with the clause's verb. */
  verb?: { phrase: string; key: string };
}

/** Intents of a clause that only says how a value of the task is given ("Enter it"). */
const GIVING = new Set(['enter', 'assign']);

/** A clause wholly inside the span that only points back and asks to enter what it points at ("Enter it", "Fill it in"). */
const pointsBack = (clause: TaskClause) => clause.verbKey !== undefined && GIVING.has(clause.verbKey) && clause.words.length === 1 && clause.words[0] === clause.verb;

/** Where the values stand in the text, first to last in order; undefined when one cannot be found. */
function spanOf(text: string, values: readonly string[]): { at: number; end: number } | undefined {
  let from = 0;
  let at = -1;
  for (const value of values) {
    const found = value.trim() === '' ? -1 : text.indexOf(value, from);
    if (found < 0) return undefined;
    if (at < 0) at = found;
    from = found + value.length;
  }
  return at < 0 ? undefined : { at, end: from };
}

/** The pieces of the text the values span, clause by clause (one when it lies in one clause, undefined when it cannot be placed). */
function piecesOf(text: string, values: readonly string[]): Piece[] | undefined {
  const span = spanOf(text, values);
  if (!span) return undefined;
  const { at, end } = span;
  const pieces: Piece[] = [];
  for (const clause of splitClauses(text)) {
    const from = Math.max(at, clause.start);
    const to = Math.min(end, clause.end);
    if (from >= to) continue;
    const piece = text.slice(from, to).replace(/^[\s,.;:!?]+|[\s,.;:!?]+$/g, '');
    if (piece === '') continue;
    const whole = from === clause.start && to === clause.end;
    if (whole && pointsBack(clause)) continue;
    const opens = from === clause.start && clause.verb !== undefined && clause.verbKey !== undefined;
    pieces.push({ text: piece, ...(opens ? { verb: { phrase: clause.verb!, key: clause.verbKey! } } : {}) });
  }
  return pieces;
}

/** The piece with the other piece's verb as written, when both open with verbs asking the same: the verb is template. */
function withVerbOf(piece: Piece, other: Piece): string | undefined {
  if (!piece.verb || !other.verb) return piece.verb || other.verb ? undefined : piece.text;
  if (!compatibleIntents(piece.verb.key, other.verb.key)) return undefined;
  const own = piece.text.slice(0, piece.verb.phrase.length);
  const theirs = other.text.slice(0, other.verb.phrase.length);
  if (own.toLowerCase() !== piece.verb.phrase || theirs.toLowerCase() !== other.verb.phrase) return undefined;
  return theirs + piece.text.slice(piece.verb.phrase.length);
}

/** The slot split at the clause joints it runs across, or undefined when it runs across none or its pieces do not pair. */
export function splitSlotAtJoints(demoTask: string, task: string, slot: TaskSlot, options: AlignOptions = {}): { slots: TaskSlot[]; note: string } | undefined {
  const old = piecesOf(demoTask, slot.old);
  const now = piecesOf(task, slot.new);
  if (!old || !now || old.length < 2 || old.length !== now.length) return undefined;
  const slots: TaskSlot[] = [];
  for (const [index, piece] of old.entries()) {
    const counterpart = now[index]!;
    const text = withVerbOf(counterpart, piece);
    if (text === undefined) return undefined;
    const part = alignTasks(piece.text, text, options);
    // Every word of either piece is template or in a sub-slot: a word the sub-alignment dropped may ask something.
    if (part.unpaired.length > 0 || part.slots.some((sub) => sub.list) || !accountsForEveryWord(piece.text, text, part)) return undefined;
    slots.push(...part.slots);
  }
  const shown = slots.map((sub) => `${JSON.stringify(sub.old.join(', '))} → ${JSON.stringify(sub.new.join(', '))}`).join(', ');
  return { slots, note: `reads ${JSON.stringify(slot.old.join(', '))} → ${JSON.stringify(slot.new.join(', '))} clause by clause: ${shown === '' ? 'the same but for wording' : shown}` };
}

/** The alignment with every slot that runs across clause joints split there (see the head of this file). */
export function splitAtClauseJoints(demoTask: string, task: string, alignment: TaskAlignment, notes: string[], options: AlignOptions = {}): TaskAlignment {
  let changed = false;
  const slots = alignment.slots.flatMap((slot) => {
    const split = splitSlotAtJoints(demoTask, task, slot, options);
    if (!split) return [slot];
    changed = true;
    notes.push(split.note);
    return split.slots;
  });
  return changed ? { ...alignment, slots } : alignment;
}
