/**
 * An extreme pick: "the cheapest flight" — a click on one of several alike
 * rows that held the extreme of the quantity a superlative of the task names
 * becomes a comparison by the new task's superlative (superlatives.ts); so
 * does a click in the row a name chose, where the new task compares instead.
 */
import type { UIElement } from '../../../core/observation.js';
import type { StepGrounding } from '../ground-step.js';
import { containsWhole, normalizeText, type Binding } from '../text-match.js';
import { tokenizeTask } from '../task-tokens.js';
import { extremeOf, rowText, superlativeOf } from '../superlatives.js';
import { kindOf, targetedElements, type PlannedStep } from '../planned-step.js';
import { comparisonsIn } from './comparison-choice.js';
import { comparisonPhrases, phraseKey } from '../measures.js';
import { rankedBefore } from './comparison-bounds.js';
import { escapeRegExp } from '../../../core/reg-exp.js';

/** Score of a superlative pick: the comparison held in the demonstration; the rows are read from their texts. */
const EXTREME_PICK_SCORE = 0.8;


/** The comparison words of a task that name a choice the vocabulary knows (measures.ts), as written. */
export function knownComparisons(task: string): string[] {
  const phrases = comparisonsIn(task).filter((phrase) => superlativeOf(phrase) !== undefined);
  // Words the phrase finder does not take ("cheapest" with no "the" before it; "gone longest without an
  // update"): a two-word comparison of the vocabulary before its first word alone ("longest" is a duration).
  const twoWord = new Set(comparisonPhrases());
  const words = tokenizeTask(task).filter((token) => token.kind === 'word');
  for (let index = 0; index < words.length; index++) {
    const token = words[index]!;
    const next = words[index + 1];
    const pair = next ? `${token.text} ${next.text}` : '';
    const found = next && twoWord.has(phraseKey(pair)) ? pair : superlativeOf(token.norm) ? token.text : undefined;
    if (found === undefined) continue;
    if (!phrases.some((phrase) => containsWhole(phraseKey(phrase), phraseKey(token.text)))) phrases.push(found);
    if (found === pair) index++;
  }
  return phrases;
}

/**
 * The comparison `task` writes after an ordinal, with it ("second most unread" of "the folder with the second most
 * unread messages", "2nd cheapest"): a rank among the rows, not their extreme, which no pick here serves.
 */
export function rankedComparison(task: string): string | undefined {
  for (const phrase of new Set([...comparisonsIn(task), ...knownComparisons(task)])) {
    for (const match of task.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'giu'))) {
      if (!rankedBefore(task, match.index)) continue;
      const ordinal = /[\p{L}\p{N}]+[\s-]*$/u.exec(task.slice(0, match.index))![0];
      return `${ordinal}${match[0]}`;
    }
  }
  return undefined;
}

/** A control's caption: its name as read — its label, else its text (a word "Archive", an icon titled "Archive"). */
const captionOf = (element: Pick<UIElement, 'text' | 'label'>) => normalizeText(element.label || element.text);

/**
 * Does `element` carry `caption` as the rows' control does: the caption itself, or the caption followed
 * by the name its own line shows ("Archive Data warehouse", an icon's aria-label, on the line of "Data
 * warehouse" is that row's "Archive")?
 */
function carriesCaption(element: UIElement, caption: string, elements: readonly UIElement[]): boolean {
  const own = captionOf(element);
  if (own === caption) return true;
  if (!own.startsWith(`${caption} `)) return false;
  const rest = own.slice(caption.length + 1);
  const middle = element.box.y + element.box.height / 2;
  return elements.some(
    (other) => other.id !== element.id && !other.states.hidden && normalizeText(other.text) === rest && Math.abs(other.box.y + other.box.height / 2 - middle) < Math.max(element.box.height, other.box.height) / 2,
  );
}

/**
 * The rows' controls like `element`: those of its kind, and of its caption
 * too when two or more carry it (each row's "Archive", not the "Edit" beside
 * it, which would put two of them in one row); `caption` is set then.
 */
function rowPeers(element: UIElement, elements: readonly UIElement[]): { peers: UIElement[]; caption?: string } {
  const kind = kindOf(element);
  const peers = elements.filter((other) => kindOf(other) === kind && !other.states.hidden);
  const caption = captionOf(element);
  const captioned = peers.filter((other) => captionOf(other) === caption);
  return captioned.length >= 2 && captioned.length < peers.length ? { peers: captioned, caption } : { peers };
}

const isPlainClick = (planned: PlannedStep) =>
  planned.step.action.type === 'click' && !planned.search && !planned.ensureChecked && !planned.rankedPick && !planned.navigate && planned.intendedChecked === undefined;

/**
 * A click on one of several alike elements (a "Book" button per row) whose
 * row held the lowest or highest quantity that a comparison of the task
 * names ("cheapest" → lowest price): the choice was a comparison, so the new
 * run compares the rows on screen by the new task's comparison — the one
 * the new task writes, else the slot's new words. And a click in the row
 * the demonstration's task named ("Add the Alpine 2") where the new task
 * writes a comparison in that name's place ("Add the lightest"): the rows
 * and the control are the same kind, only the choosing differs, so that
 * click becomes the comparison too. Returns the (lower-cased) words and
 * slot values the comparisons account for.
 */
export function markExtremePicks(steps: PlannedStep[], notes: string[], demoTask: string, task?: string): Set<string> {
  const used = new Set<string>();
  const wanted = task === undefined ? [] : knownComparisons(task);
  const newComparison = wanted.length === 1 ? wanted[0] : undefined;
  const words = knownComparisons(demoTask);
  // Every comparison the new task writes, known or not ("the prettiest" is one, though nothing here compares by it).
  const writes = task === undefined ? [] : [...comparisonsIn(task), ...wanted];
  // "the second most unread": a rank, never the extreme its comparison words name — a pick by it is refused.
  const ranked = task === undefined ? undefined : rankedComparison(task);
  if (words.length === 0) {
    if (newComparison !== undefined && ranked === undefined) markNamedToCompared(steps, notes, newComparison, used);
    return used;
  }
  for (const planned of steps) {
    if (!isPlainClick(planned) || planned.rowKeys) continue;
    const element = targetedElements(planned.step)[0];
    if (!element) continue;
    const elements = planned.step.observation.elements;
    const kind = kindOf(element);
    const { peers, caption } = rowPeers(element, elements);
    for (const word of words) {
      const found = extremeOf(peers, elements, superlativeOf(word)!);
      if (!('element' in found) || found.element.id !== element.id) continue;
      const norm = normalizeText(word);
      const rebound = planned.bindings.find((binding) => normalizeText(binding.old) === norm);
      const newWord = ranked ?? newComparison ?? (rebound ? rebound.new.trim() : word);
      // The new task must write the comparison it is served by: a demonstrated word it does not repeat chooses nothing for it.
      const written = writes.length === 0 || writes.some((phrase) => phraseKey(phrase) === phraseKey(newWord));
      const choice = written && ranked === undefined ? superlativeOf(newWord) : undefined;
      planned.extremePick = { kind, word: newWord, ...(caption !== undefined ? { caption } : {}), ...(choice ? { choice } : {}) };
      used.add(norm);
      // A slot of the phrase's comparing word alone ("fewest" → "most" for "the fewest unread") is the comparison too.
      for (const part of norm.split(' ')) if (part !== norm && superlativeOf(part) !== undefined) used.add(part);
      // A slot that holds the comparison with its noun ("cheapest one" → "best-rated tent") is accounted for too.
      if (newComparison !== undefined) for (const binding of planned.bindings) if (containsWhole(binding.old, word)) used.add(normalizeText(binding.old));
      notes.push(
        `demonstrated step ${planned.sourceIndex + 1} chose the ${word} of ${peers.length} rows (${found.values.join(', ')}): picks the ${newWord} row`,
      );
      break;
    }
  }
  return used;
}

/**
 * The demonstration chose a row by a name its task gave; the new task puts a
 * comparison where the name was (a slot "Alpine 2" → "lightest tent"): the
 * click in that row becomes a comparison of the rows like it.
 */
function markNamedToCompared(steps: PlannedStep[], notes: string[], comparison: string, used: Set<string>): void {
  const choice = superlativeOf(comparison)!;
  const norm = normalizeText(comparison);
  for (const planned of steps) {
    if (!isPlainClick(planned)) continue;
    const element = targetedElements(planned.step)[0];
    if (!element) continue;
    const elements = planned.step.observation.elements;
    const kind = kindOf(element);
    const { peers, caption } = rowPeers(element, elements);
    if (peers.length < 2) continue;
    const keys: readonly Binding[] = planned.rowKeys ?? planned.bindings;
    const named = keys.find(
      (binding) => normalizeText(binding.new).includes(norm) && binding.old.trim() !== '' && containsWhole(rowText(element, elements, peers), binding.old.trim()) && !superlativeOf(binding.old),
    );
    if (!named) continue;
    planned.extremePick = { kind, word: comparison, ...(caption !== undefined ? { caption } : {}), choice };
    delete planned.rowKeys;
    used.add(normalizeText(named.old));
    notes.push(
      `demonstrated step ${planned.sourceIndex + 1} chose the row of ${JSON.stringify(named.old)} by name; this task chooses by comparison (${JSON.stringify(comparison)}): picks the ${comparison} of the ${peers.length} rows like it`,
    );
  }
}

/** Grounding half: the row on screen that holds the extreme the task's superlative asks for. */
export function groundExtremePick(pick: NonNullable<PlannedStep['extremePick']>, elements: readonly UIElement[]): StepGrounding {
  // With a caption the rows' control is the one of that name and role, a word or an icon alike (named for its row too).
  const role = pick.kind.split('|')[0];
  const peers = elements.filter((element) =>
    !element.states.hidden && (pick.caption === undefined ? kindOf(element) === pick.kind : element.role === role && carriesCaption(element, pick.caption, elements)));
  if (!pick.choice) {
    return { ok: false, score: 0, reason: `the demonstration chose by comparing rows, but ${JSON.stringify(pick.word)} names no comparison known here` };
  }
  const found = extremeOf(peers, elements, pick.choice);
  return 'element' in found
    ? {
        ok: true,
        action: { type: 'click', target: { elementId: found.element.id } },
        score: EXTREME_PICK_SCORE,
        reason: `[${found.element.id}] is in the ${pick.word} of ${peers.length} rows (${pick.choice.extreme === 'min' ? 'lowest' : 'highest'} ${pick.choice.quantity} ${found.value} of ${found.values.join(', ')}), as the demonstration chose`,
      }
    : { ok: false, score: 0, reason: `cannot tell the ${pick.word} row: ${found.reason}` };
}
