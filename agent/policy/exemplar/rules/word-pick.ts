/**
 * Rule: "the Nth word" of a text on the page. The demonstration typed one
 * word its task did not give; it was the Nth word of a text on its screen
 * (a paragraph, or the text a field is labelled by) and its task named "the
 * Nth word". A new task naming "the Mth word" types the Mth word of that text
 * as it reads now — never the demonstration's word again.
 *
 * Planning half (`markWordPicks`): find the ordinal and the text, store the
 * pick as a page value (`PageValueSource.word`), mark the ordinal's slot used.
 * Grounding half (`wordPickFor`): read the word in the text found now — the
 * grounded field's label, else the one text element like the demonstrated
 * one; refuse when there is none, the text has fewer words, or the word may
 * be cut off where the observation shortened a long text.
 */
import type { UIElement } from '../../../core/observation.js';
import type { PlannedStep, RuleContext } from '../planned-step.js';
import { normalizeText } from '../text-match.js';

/** Observations shorten long texts to about this many characters: a last word there may be cut. */
const SHORTENED_AT = 95;

const ORDINAL_WORD = /\b(\d+)(?:st|nd|rd|th) word\b/i;
const ordinalOf = (text: string | undefined): number | undefined => {
  const match = /^(\d+)(?:st|nd|rd|th)$/i.exec(text?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
};

/** The words of a text, without the punctuation around them. */
export function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => word !== '');
}

export function markWordPicks(steps: readonly PlannedStep[], options: Pick<RuleContext, 'demoTask' | 'task' | 'slots' | 'unusedSlots' | 'notes'>): void {
  const { demoTask, task, slots, unusedSlots, notes } = options;
  const demoMatch = ORDINAL_WORD.exec(demoTask);
  if (!demoMatch) return;
  const old = Number(demoMatch[1]);
  const slot = slots.find((candidate) => !candidate.list && candidate.old.length === 1 && ordinalOf(candidate.old[0]) === old);
  const now = slot ? ordinalOf(slot.new[0]) : ORDINAL_WORD.exec(task) ? Number(ORDINAL_WORD.exec(task)![1]) : undefined;
  if (now === undefined || now < 1) return;
  for (const planned of steps) {
    const action = planned.step.action;
    if (action.type !== 'type' || planned.copyFrom || planned.derived || planned.typeText !== undefined) continue;
    if (!/^[\p{L}\p{N}]+$/u.test(action.text) || normalizeText(demoTask).includes(normalizeText(action.text))) continue;
    const field = planned.step.targets[0];
    const fromLabel = field?.label !== undefined && wordsOf(field.label)[old - 1] === action.text;
    const element = fromLabel ? undefined : planned.step.observation.elements.find((candidate) => !candidate.interactive && !candidate.states.hidden && wordsOf(candidate.text)[old - 1] === action.text);
    if (!fromLabel && !element) continue;
    const source = element ?? { role: 'text', text: field!.label ?? '', box: field!.box };
    planned.copyFrom = { element: { role: source.role, text: source.text, box: source.box, ...('tag' in source && source.tag ? { tag: source.tag } : {}) }, word: { index: now, fromLabel } };
    if (slot) {
      const index = unusedSlots.indexOf(slot);
      if (index >= 0) unusedSlots.splice(index, 1);
    }
    notes.push(`demonstrated step ${planned.sourceIndex + 1} typed the ${old}th word of ${fromLabel ? "the field's label" : 'a text on its page'}: types word ${now} of that text now`);
  }
}

/** Word `index` (1-based) of the text the pick reads now, or why there is none. */
export function wordPickFor(
  source: { element: { role: string; tag?: string | undefined }; word: { index: number; fromLabel: boolean } },
  field: UIElement | undefined,
  elements: readonly UIElement[],
): { ok: true; text: string; score: number; reason: string } | { ok: false; reason: string } {
  const texts: string[] = [];
  if (field?.label) texts.push(field.label);
  if (texts.length === 0 || !source.word.fromLabel) {
    const alike = elements.filter((element) => !element.interactive && !element.states.hidden && element.role === source.element.role && (element.tag ?? '') === (source.element.tag ?? '') && wordsOf(element.text).length > 0);
    if (alike.length === 1) texts.splice(0, texts.length, alike[0]!.text);
    else if (!source.word.fromLabel || texts.length === 0) return { ok: false, reason: `the word is read in a text like the demonstration's, and ${alike.length} such texts show` };
  }
  const text = texts[0]!;
  const words = wordsOf(text);
  const word = words[source.word.index - 1];
  if (word === undefined) return { ok: false, reason: `the text has ${words.length} words, not ${source.word.index}` };
  if (source.word.index === words.length && text.length >= SHORTENED_AT) return { ok: false, reason: `word ${source.word.index} is the last of a shortened text: it may be cut off` };
  return { ok: true, text: word, score: 0.9, reason: `reads word ${source.word.index}, ${JSON.stringify(word)}, of ${JSON.stringify(text.slice(0, 40))}` };
}
