/**
 * Rule: a meaning word a task writes as part of the caption of a control the
 * demonstration pressed names that control; it asks for nothing of its own.
 * "round each share up" beside a tick box "Round up each share" says "each"
 * because the box does: it asks for the box, as "rounded up" did — not for
 * something done to every item.
 *
 * Only a word written together with a neighbour as two words of one such
 * caption, in that order ("each share" in "Round up each share"); a lone
 * "all" or "each" elsewhere in the task is still read (meaning-words.ts).
 * Pure; no task knowledge.
 */
import { wordsOf } from '../intent-words.js';
import type { MeaningWord } from './meaning-words.js';

type Shift = { old: MeaningWord[]; new: MeaningWord[] };

/** Does `text` write `word` beside a neighbour, the two words standing together in one of `captions`? */
export function echoesCaption(word: string, text: string, captions: readonly string[]): boolean {
  const words = wordsOf(text);
  const pairs = new Set(captions.flatMap((caption) => {
    const inside = wordsOf(caption);
    return inside.slice(1).map((next, index) => `${inside[index]} ${next}`);
  }));
  return words.some((at, index) => at === word && ((index > 0 && pairs.has(`${words[index - 1]} ${at}`)) || (index + 1 < words.length && pairs.has(`${at} ${words[index + 1]}`))));
}

/** The shift without the words each task writes as part of a demonstrated control's caption; undefined when none is left. */
export function withoutCaptionEchoes(shift: Shift | undefined, demoTask: string, task: string, captions: readonly string[]): Shift | undefined {
  if (!shift) return shift;
  const old = shift.old.filter((meaning) => !echoesCaption(meaning.word, demoTask, captions));
  const now = shift.new.filter((meaning) => !echoesCaption(meaning.word, task, captions));
  return old.length === 0 && now.length === 0 ? undefined : { old, new: now };
}
