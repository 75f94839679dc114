/**
 * Rule: a task value typed in pieces around another task value.
 *
 * A person formatting while typing ("Type the note "wharf juniper bramble"
 * with "juniper" in bold") types the words before the bold one, switches bold
 * on, types the bold word, switches it off and types the rest: three typed
 * steps into one field whose texts add up to the note, with the word as the
 * middle piece. Only the piece that is a task value is rewritten by the slot
 * bindings; the pieces around it ("wharf ", " bramble") are neither in the new
 * task nor on the page, so the plan refused them — and a plan that typed them
 * word for word would write the demonstration's note.
 *
 * Planning half (this file): a run of typed steps into one field (keys
 * pressed between them, nothing clicked) whose texts join to a slot's old
 * value, where some pieces are other slot values (the anchors): the new value
 * is cut at the new anchors, in order, and each piece types its part
 * (`typeText`). A piece that comes out empty (the bold word now opens the
 * note) is dropped. A part of the new value the demonstration had no piece
 * for (it typed nothing after its bold word; this note goes on) is typed by a
 * piece added where a person would type it — when the keys pressed around
 * the anchor are a toggle pair (Ctrl+B before it, Ctrl+B after it: on, word,
 * off), after the closing keys, or before the opening ones; with no such pair
 * (the word typed last and bold left on) where the text goes is a guess and
 * the plan refuses, as it does for an anchor the new value does not hold once
 * and in order. Grounding needs nothing more: ground-step.ts types `typeText`;
 * every piece after the run's first is marked `addsToTyped`, so the field's
 * text (the run's own earlier pieces) is never typed over (rules/type-afresh.ts).
 *
 * Pure function, no task knowledge.
 */
import type { PlannedStep, RuleContext } from '../planned-step.js';
import { targetDescriptorsOf } from '../planned-step.js';
import type { TaskValueProblem } from './task-values.js';

const HELP = 'a demonstration that types the whole value in one go, or one whose pieces fall where this task\'s do, or a model for the hybrid policy (--policy hybrid)';

/** One typed piece of the run: its plan position and, for an anchor, the slot value it is. */
interface Piece {
  position: number;
  text: string;
  anchor?: { old: string; new: string };
}

/** Part of the old value: a gap between anchors (maybe typed by no step) or an anchor. */
interface Part {
  anchor?: { old: string; new: string };
  /** The piece that typed it; absent for an empty gap the demonstration had no step for. */
  piece?: Piece;
}

export function markSplitValues(steps: PlannedStep[], context: Pick<RuleContext, 'slots' | 'unusedSlots' | 'notes'>): TaskValueProblem[] {
  const { slots, unusedSlots, notes } = context;
  const problems: TaskValueProblem[] = [];
  const scalars = slots.filter((slot) => !slot.list && slot.old.length === 1 && slot.new.length === 1).map((slot) => ({ slot, old: slot.old[0]!, new: slot.new[0]! }));
  const drop = new Set<number>();
  const inserts: { before: number; planned: PlannedStep }[] = [];
  // Each rewritten run's steps (its pieces kept and added): all but the first add to what the run typed.
  const rewritten: PlannedStep[][] = [];
  for (const run of typedRuns(steps)) {
    if (run.length < 2) continue;
    const joined = run.map((piece) => piece.text).join('');
    const whole = scalars.find((value) => value.old !== '' && value.old === joined);
    if (!whole) continue;
    const others = scalars.filter((value) => value !== whole && value.old.trim() !== '' && whole.old.includes(value.old.trim()));
    for (const piece of run) {
      const anchor = others.find((value) => value.old.trim() === piece.text.trim() && piece.text.trim() !== '');
      if (anchor) piece.anchor = { old: anchor.old.trim(), new: anchor.new.trim() };
    }
    const parts = partsOf(run);
    if (!parts) continue;
    const cut = cutAtAnchors(whole.new, parts);
    const describe = `demonstrated steps ${run.map((piece) => steps[piece.position]!.sourceIndex + 1).join(', ')}`;
    if (typeof cut === 'string') {
      problems.push({ text: `${describe} typed ${JSON.stringify(whole.old)} in pieces around ${parts.filter((part) => part.anchor).map((part) => JSON.stringify(part.anchor!.old)).join(', ')}; ${cut}`, blocking: true, help: HELP });
      continue;
    }
    let missing: string | undefined;
    const added: { before: number; planned: PlannedStep }[] = [];
    parts.forEach((part, index) => {
      const text = cut[index]!;
      if (!part.piece) {
        if (text.trim() === '') return;
        const anchor = parts[index === 0 ? 1 : index - 1]!.piece!;
        const before = toggledAround(steps, anchor.position, index === 0 ? 'before' : 'after');
        if (before === undefined) {
          missing ??= `the demonstration typed nothing ${index === 0 ? 'before' : 'after'} ${JSON.stringify(anchor.anchor?.old ?? '')}, and this task's ${JSON.stringify(whole.new)} has ${JSON.stringify(text.trim())} there (no keys switched on before it and off after it tell where that text goes)`;
          return;
        }
        added.push({ before, planned: { ...steps[anchor.position]!, bindings: [], typeText: text } });
        return;
      }
      const planned = steps[part.piece.position]!;
      if (text === '') drop.add(part.piece.position);
      else planned.typeText = text;
    });
    if (missing) {
      problems.push({ text: `${describe} typed ${JSON.stringify(whole.old)} in pieces; ${missing}`, blocking: true, help: HELP });
      continue;
    }
    inserts.push(...added);
    rewritten.push([...run.filter((piece) => !drop.has(piece.position)).map((piece) => steps[piece.position]!), ...added.map((insert) => insert.planned)]);
    const index = unusedSlots.indexOf(whole.slot);
    if (index >= 0) unusedSlots.splice(index, 1);
    const outside = added.length > 0 ? `, the part the demonstration had no piece for typed outside the keys that switched its word on and off` : '';
    notes.push(`${describe} typed ${JSON.stringify(whole.old)} in pieces around ${parts.filter((part) => part.anchor).map((part) => JSON.stringify(part.anchor!.old)).join(', ')}: types ${JSON.stringify(whole.new)} cut the same way (${cut.map((text) => JSON.stringify(text)).join(' + ')})${outside}`);
  }
  // Pieces with nothing to type now (the anchor opens or closes the new value) are left out; added ones go in.
  const rebuilt = steps.flatMap((planned, position) => [
    ...inserts.filter((insert) => insert.before === position).map((insert) => insert.planned),
    ...(drop.has(position) ? [] : [planned]),
  ]);
  rebuilt.push(...inserts.filter((insert) => insert.before === steps.length).map((insert) => insert.planned));
  steps.splice(0, steps.length, ...rebuilt);
  for (const pieces of rewritten) {
    const first = Math.min(...pieces.map((planned) => steps.indexOf(planned)));
    for (const planned of pieces) if (steps.indexOf(planned) > first) planned.addsToTyped = true;
  }
  return problems;
}

/**
 * Where a piece typed `side` of the anchor at `position` goes, as the plan
 * position to insert it before: the keys pressed right before the anchor end
 * with the keys pressed right after it (a toggle pair: on, anchor, off), and
 * the new piece goes outside the pair — after the closing keys, or before the
 * opening ones. Undefined when no such pair brackets the anchor.
 */
function toggledAround(steps: readonly PlannedStep[], position: number, side: 'before' | 'after'): number | undefined {
  const keysAt = (at: number) => {
    const action = steps[at]?.step.action;
    return action?.type === 'press' ? action.keys : action?.type === 'wait' ? null : undefined;
  };
  const pressed = (from: number, direction: 1 | -1) => {
    const found: { at: number; keys: string }[] = [];
    for (let at = from; at >= 0 && at < steps.length; at += direction) {
      const keys = keysAt(at);
      if (keys === undefined) break;
      if (keys !== null) found.push({ at, keys });
    }
    return found;
  };
  const opening = pressed(position - 1, -1).reverse();
  const closing = pressed(position + 1, 1);
  if (closing.length === 0 || closing.length > opening.length) return undefined;
  const pair = opening.slice(opening.length - closing.length);
  // Toggles close in any order (Ctrl+B Ctrl+I … Ctrl+I Ctrl+B).
  const sorted = (presses: readonly { keys: string }[]) => presses.map((press) => press.keys.toLowerCase()).sort().join(' ');
  if (sorted(pair) !== sorted(closing)) return undefined;
  return side === 'after' ? closing.at(-1)!.at + 1 : pair[0]!.at;
}

/** Runs of typed steps into one field: keys pressed between them keep the run, anything else ends it. */
function typedRuns(steps: readonly PlannedStep[]): Piece[][] {
  const runs: Piece[][] = [];
  let run: Piece[] = [];
  let field: string | undefined;
  const close = () => {
    if (run.length > 0) runs.push(run);
    run = [];
    field = undefined;
  };
  steps.forEach((planned, position) => {
    const action = planned.step.action;
    if (action.type === 'press' || action.type === 'wait') return;
    if (action.type !== 'type' || planned.item !== undefined || planned.copyFrom || planned.derived || planned.lookup) return close();
    const target = action.target ? targetDescriptorsOf(planned.step)[0] : undefined;
    // One field: the same role and label (a targetless piece types into the field that has focus).
    const key = target ? `${target.role}|${target.label ?? ''}|${target.attributes?.['id'] ?? ''}` : field;
    if (field !== undefined && key !== undefined && key !== field) close();
    field = key;
    run.push({ position, text: action.text });
  });
  close();
  return runs;
}

/**
 * The old value as gaps and anchors, each typed by its piece: gap, anchor,
 * gap, … Two gaps in a row (no anchor between) cannot be told apart now:
 * undefined, and so is a run with no anchor at all.
 */
function partsOf(run: readonly Piece[]): Part[] | undefined {
  if (!run.some((piece) => piece.anchor)) return undefined;
  const parts: Part[] = [];
  for (const piece of run) {
    const last = parts.at(-1);
    if (piece.anchor) {
      if (!last || last.anchor) parts.push({});
      parts.push({ anchor: piece.anchor, piece });
    } else {
      if (last && !last.anchor) return undefined;
      parts.push({ piece });
    }
  }
  if (parts.at(-1)?.anchor) parts.push({});
  return parts;
}

/** The new value cut into the parts' texts, each anchor found once and in order; or why it cannot be. */
function cutAtAnchors(value: string, parts: readonly Part[]): string[] | string {
  const starts: number[] = [];
  let from = 0;
  for (const part of parts) {
    if (!part.anchor) continue;
    const at = wholeOccurrences(value, part.anchor.new);
    if (at.length === 0) return `this task's ${JSON.stringify(part.anchor.new)} is not part of its ${JSON.stringify(value)}`;
    if (at.length > 1) return `this task's ${JSON.stringify(part.anchor.new)} shows ${at.length} times in its ${JSON.stringify(value)}: which one is meant is a guess`;
    if (at[0]! < from) return `this task's ${JSON.stringify(value)} holds its values in another order than the demonstration's`;
    starts.push(at[0]!);
    from = at[0]! + part.anchor.new.length;
  }
  const cut: string[] = [];
  let position = 0;
  let anchor = 0;
  for (const part of parts) {
    if (part.anchor) {
      cut.push(part.anchor.new);
      position = starts[anchor++]! + part.anchor.new.length;
    } else {
      const end = anchor < starts.length ? starts[anchor]! : value.length;
      cut.push(value.slice(position, end));
      position = end;
    }
  }
  return cut;
}

/** Start indexes of `needle` in `text` as whole words. */
function wholeOccurrences(text: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  const letter = /[\p{L}\p{N}]/u;
  for (let index = text.indexOf(needle); index >= 0; index = text.indexOf(needle, index + 1)) {
    const before = index > 0 ? text[index - 1]! : '';
    const after = text[index + needle.length] ?? '';
    if ((before === '' || !letter.test(before)) && (after === '' || !letter.test(after))) found.push(index);
  }
  return found;
}
