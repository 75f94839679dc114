/**
 * Rule: a value framed by an article or a control noun on one side only.
 *
 *   demonstration: "Pick the Double room, set Adults to 4, then click Submit."   (clicked "Double")
 *   task:          "Choose a Twin room, set Adults to 3, then click Submit."
 *   slot:          "the Double" → "a Twin"
 *
 *   demonstration: "Click Submit once it becomes enabled."                        (clicked "Submit")
 *   task:          "Click the OK button once it appears."
 *   slot:          "Submit" → "the OK button"
 *
 * The words that differ around the value are its frame — a leading article
 * ("the", "a", "an"), a trailing noun naming the kind of control or place
 * ("button", "option", "tab", "column", "list", …: control-nouns.ts), the sentence's closing
 * full stop ("should go to Underway." → "Underway") — never the value: no step acted on "the
 * Double", one acted on "Double". So for a one-value slot no step used, the
 * frame is taken off both sides; when what is left of the old value is one a
 * demonstrated step used, the slot binds those bare values ("Double" →
 * "Twin", "Submit" → "OK"). Nothing else changes: a slot whose bare old value
 * no step used stays unused, and a bare value of function words alone is none.
 *
 * Planning half: bind-slots.ts (`framedBinding`), for a slot it would
 * otherwise count unused. Grounding half: none.
 */
import { CAPTION_FRAME_NOUNS } from '../control-nouns.js';
import { FUNCTION_WORDS } from '../task-tokens.js';
import { normalizeText, type Binding } from '../text-match.js';

const ARTICLES = new Set(['the', 'a', 'an']);

/** The value without a leading article, a trailing control or place noun, or the sentence's closing punctuation. */
export function unframed(value: string): string {
  let words = value.trim().replace(/[.,;:!?]+$/u, '').split(/\s+/u);
  if (words.length > 1 && ARTICLES.has(words[0]!.toLowerCase())) words = words.slice(1);
  if (words.length > 1 && CAPTION_FRAME_NOUNS.has(words[words.length - 1]!.toLowerCase())) words = words.slice(0, -1);
  return words.join(' ');
}

/**
 * The binding of a slot's bare values when its frame hid the value a step
 * used (see the file comment); undefined when taking the frame off changes
 * nothing or leaves a bare old value no step used.
 */
export function framedBinding(old: string, value: string, used: (text: string) => boolean): Binding | undefined {
  const bareOld = unframed(old);
  const bareNew = unframed(value);
  if (bareOld === old.trim() && bareNew === value.trim()) return undefined;
  const meaningful = (text: string) => normalizeText(text).split(' ').some((word) => word !== '' && !FUNCTION_WORDS.has(word));
  if (!meaningful(bareOld) || !meaningful(bareNew)) return undefined;
  if (normalizeText(bareOld) === normalizeText(bareNew) || !used(bareOld)) return undefined;
  return { old: bareOld, new: bareNew };
}
