/**
 * Rule: a question that names a thing, then a request about "it", asks for that thing.
 *
 *   "Which folder has 23 unread mails? Open it."  → "Open the folder that has 23 unread mails."
 *   "Which item went up on Feb 16? Open it."       → "Open the item that went up on Feb 16."
 *
 * A person reads the question as the description of what "it" is: the two
 * sentences are one request, the verb of the second acting on the thing the
 * first describes. Read so, the text compares with a request worded in one
 * sentence ("Open the folder that has 14 unread") clause by clause
 * (plan-demonstration.ts plans with the rewritten text).
 *
 * Only "Which / What" + a noun of one or two words + a verb + the rest of the
 * question, then one sentence opening with an action verb whose object is
 * "it" or "that one" and nothing more but a courtesy ("please").
 *
 * Pure; no task knowledge.
 */
import { isActionVerb } from '../intent-words.js';
import { capitaliseWord } from '../text-match.js';

const QUESTION = /^(?:which|what)\s+(\p{L}+(?:\s+\p{L}+)?)\s+(has|have|had|is|was|shows|went|got|gets|costs|cost|says|reads|came|sits|belongs)\b([^?]*)\?\s*(\p{L}+)\s+(?:it|that\s+one)(?:,?\s+please)?\s*([.!]?)\s*$/iu;

/** The question and its "VERB it" read as one request (see above), or undefined. */
export function questionAsRequest(text: string): string | undefined {
  const match = QUESTION.exec(text.trim());
  if (!match) return undefined;
  const [, noun, verb, rest, action, end] = match;
  if (!isActionVerb(action!.toLowerCase())) return undefined;
  return `${capitaliseWord(action!)} the ${noun} that ${verb!.toLowerCase()}${rest}${end || '.'}`;
}

/** Both task texts with such a question read as one request, when either has one; else undefined. */
export function questionRewrite(demoTask: string, task: string): { demoTask: string; task: string; note: string } | undefined {
  const [demo, now] = [questionAsRequest(demoTask), questionAsRequest(task)];
  if (demo === undefined && now === undefined) return undefined;
  const [a, b] = [demo ?? demoTask, now ?? task];
  return { demoTask: a, task: b, note: `a question naming what "it" is, then a request about it, read as one request: compared as ${JSON.stringify(a)} and ${JSON.stringify(b)}` };
}
