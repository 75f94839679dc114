/**
 * Rule: a request said in a person's other words, not by its verb in front.
 *
 * - "the stalest project should be archived", "it needs to be deleted": what
 *   must be done to a thing, said in the passive after an obligation (should
 *   be, must be, needs to be, has to be, ought to be) — the request of the
 *   verb the participle comes from, as "Archive the stalest project" asks.
 *   Only after such an obligation: "the archived project", "a message that is
 *   archived" tell what a thing is, and ask nothing. A participle naming a
 *   control's state ("should be enabled", "must be checked") is left to the
 *   states' readings (switch-states.ts), as "X enabled" is.
 * - "Send Ines's message on to Chiara", "pass it along to Luca": sending a
 *   thing on (or along) to someone asks to forward it, as "Forward the email
 *   from Ines to Chiara" does. "Send $5 to Bob" still sends.
 *
 * verb-gap.ts reads a text's verbs with these; distinct requests stay apart
 * (a forward is no reply, an archive no delete). Pure functions, no task knowledge.
 */
import { stateKey, verbPhraseAt } from '../intent-words.js';

/** Words that oblige what follows them to be done ("should be", "needs to be"), last word "be". */
const OBLIGATIONS: readonly (readonly string[])[] = [
  ['should', 'be'], ['must', 'be'], ['needs', 'to', 'be'], ['need', 'to', 'be'], ['has', 'to', 'be'], ['have', 'to', 'be'], ['ought', 'to', 'be'],
];

/** The verb a past participle comes from when it is an action verb ("archived" → archive, "dropped" → drop), else undefined. */
function verbOfParticiple(word: string): string | undefined {
  if (!word.endsWith('ed')) return undefined;
  const stems = [word.slice(0, -1), word.slice(0, -2), word.slice(0, -3)];
  return stems.find((stem) => stem.length > 1 && verbPhraseAt([stem], 0) === stem);
}

/**
 * The verbs a text asks in the passive after an obligation ("should be archived" → archive), each with the index of
 * its participle in `words` (lower-case words); none for a participle that names a control's state ("enabled").
 */
export function obligedVerbs(words: readonly string[]): { index: number; verb: string }[] {
  const found: { index: number; verb: string }[] = [];
  for (let index = 0; index < words.length; index++) {
    const obliged = OBLIGATIONS.some((phrase) => phrase.every((word, offset) => words[index - phrase.length + offset] === word));
    if (!obliged || stateKey(words[index]!) !== undefined) continue;
    const verb = verbOfParticiple(words[index]!);
    if (verb !== undefined) found.push({ index, verb });
  }
  return found;
}

/**
 * "send" / "pass", its object (at most five words, no "and", "then", "but", "or" opening another request), then "on to"
 * / "along to" one space apart, so that a value blanked out between them ("Send it on Monday to Bob") keeps them apart;
 * the object may end in a blanked value ("Pass the email from Bjorn along to Chiara").
 */
const ONWARD_SEND = /(?<![\p{L}\p{N}])(?:send|pass)((?:\s+(?!(?:and|then|but|or)\b)[\p{L}\p{N}'’-]+){1,5}?)\s* (?:on|along) to(?![\p{L}\p{N}])/giu;
/** Every "send" of a text, as a verb or not. */
const SEND = /(?<![\p{L}\p{N}])send(?![\p{L}\p{N}])/giu;

/**
 * How a text (its values blanked out: verb-gap.ts outsideValues) sends: on to someone ("Send Ines's message on to
 * Chiara", "pass it along to Luca": `forwards`), and whether a "send" of it is no such one ("Send $5 to Bob": `sends`).
 */
export function onwardSends(text: string): { forwards: boolean; sends: boolean } {
  const onward = [...text.matchAll(ONWARD_SEND)];
  const sendsOnward = onward.filter((match) => /^send/i.test(match[0])).length;
  return { forwards: onward.length > 0, sends: [...text.matchAll(SEND)].length > sendsOnward };
}
