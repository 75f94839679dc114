/**
 * Rule: a choice the demonstration made that its task never names was made by
 * what the task meant.
 *
 * "new issue | … | my account page | minor | …" chose the component "Profile"
 * from a drop-down: no word of the task is "Profile", a person read "my
 * account page" and knew. When the new task says "the login screen" there,
 * the words changed but no step used them (an unused slot, which for
 * lower-case wording would only lower the fit: task-values.ts) — following
 * the steps would choose "Profile" again, a wrong value in a form that is then
 * sent. So an unused slot with a content word blocks whenever the
 * demonstration made such an unnamed choice: the changed words may be what
 * chose it, and nothing says what they choose now. The same when the slot's
 * own words were all that named a choice ("the profile page" → "the login
 * screen" where the steps chose "Profile"): the slot's phrase is not the
 * option's text, so no binding rewrites the choice, and it would be made again.
 *
 * A choice is a drop-down's option picked, or a click on a choice control
 * (radio, checkbox, option, switch); it is named when a word of its caption
 * (or its number) stands in the task outside the slot's words, in any form
 * of the word ("minor" for "Minor", "three" for "3", "October" for "Oct").
 * When the new words name that very choice wholly ("rounded" → "round each
 * share", both going on "up", the choice "Round up each share"), nothing
 * blocks: the steps choose what the new words ask. Pure functions, no task knowledge.
 */
import type { Trajectory } from '../../../core/trajectory.js';
import { CHOICE_ROLES, targetDescriptorsOf } from '../planned-step.js';
import { wordsOf } from '../intent-words.js';
import { sameStem } from '../word-forms.js';
import { COURTESY_WORDS, FUNCTION_WORDS } from '../task-tokens.js';
import { valueSpans } from '../value-spans.js';
import { escapeRegExp } from '../../../core/reg-exp.js';

type Step = Trajectory['steps'][number];

const contentWords = (text: string) => wordsOf(text).filter((word) => !FUNCTION_WORDS.has(word) && !COURTESY_WORDS.has(word));

/** The caption a step chose: a drop-down's option, or a choice control's caption; undefined for any other step. */
function chosenCaption(step: Step): string | undefined {
  if (step.action.type === 'select') return step.action.option;
  if (step.action.type !== 'click') return undefined;
  const target = targetDescriptorsOf(step).find((descriptor) => CHOICE_ROLES.has(descriptor.role));
  return target ? target.text || target.label : undefined;
}

/** A caption's word said in the task: in any form ("minor" / "Minor"), or shortened from it ("Oct" of "October"). */
const saysWord = (said: string, word: string) => sameStem(said, word) || (word.length >= 3 && said.length > word.length && said.startsWith(word));

/** Does `task` name `caption`: a word of it in any form, or its number ("three" for "3")? */
export function namedBy(caption: string, task: string): boolean {
  const taskWords = wordsOf(task);
  const numbers = new Set(valueSpans(task).filter((span) => span.type === 'number').map((span) => span.value));
  return contentWords(caption).some((word) => (/^\p{N}+$/u.test(word) ? numbers.has(word) || taskWords.includes(word) : taskWords.some((said) => saysWord(said, word))));
}

/**
 * Do the new task's words name the demonstrated choice `caption` wholly, as the demonstration's did — every content
 * word of it said either by the slot's new words (`saidNew`) or, outside both slots, by both tasks (`keptOld`,
 * `keptNew`)? "rounded" → "round each share", both tasks going on "up", of the choice "Round up each share". Then
 * following the steps chooses what the new words ask.
 */
export function namesWholly(caption: string, saidNew: string, keptOld = '', keptNew = ''): boolean {
  const says = (text: string) => {
    const said = wordsOf(text);
    return (word: string) => said.some((one) => one === word || saysWord(one, word));
  };
  const [inSlot, inOld, inNew] = [says(saidNew), says(keptOld), says(keptNew)];
  const words = contentWords(caption);
  return words.length > 0 && words.some(inSlot) && words.every((word) => inSlot(word) || (inOld(word) && inNew(word)));
}

/** `text` with every occurrence of `phrases` blanked out. */
function without(text: string, phrases: readonly string[]): string {
  let rest = text;
  for (const phrase of phrases) if (phrase.trim() !== '') rest = rest.replace(new RegExp(escapeRegExp(phrase.trim()), 'giu'), ' ');
  return rest;
}

/**
 * The captions the steps chose that `demoTask` never names ("Profile" for "my account page"); with `apart`, never
 * names outside those words ("Profile" of "the profile page", apart from "the profile page").
 */
export function unnamedChoices(demoTask: string, steps: readonly Step[], apart: readonly string[] = []): string[] {
  const told = without(demoTask, apart);
  const captions = steps.map(chosenCaption).filter((caption): caption is string => caption !== undefined && caption.trim() !== '');
  return [...new Set(captions.filter((caption) => !namedBy(caption, told)))];
}

/** Does a slot's demonstration side hold a content word ("my account page"), not only function words? */
export function saysContent(words: readonly string[]): boolean {
  return words.some((text) => contentWords(text).length > 0);
}
