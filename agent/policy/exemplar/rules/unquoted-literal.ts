/**
 * Rule: a text to enter can be given without quotes, after words that
 * announce it, running to the end of what the person says.
 *
 *   "The bio should read: Product designer in Lisbon. Cat person."
 *       → 'The bio should read: “Product designer in Lisbon. Cat person.”'
 *   "please put this as my bio - Coffee, maps and long walks."
 *       → 'please put “Coffee, maps and long walks.” as my bio'
 *   "Set the title to this: Spring sale"  → 'Set the title to “Spring sale”'
 *
 * A person reads both as the quoted text they stand for: "should read:" /
 * "to say -" announce the words that follow, and a "this" that an order puts
 * somewhere, then a colon or a dash, points forward to them. The announced
 * text ends where the text (or the relayed message holding it) ends — the
 * announcement gives no other end — so it is read only when nothing after it
 * is an order of its own ("… Cat person. Then press Save." and "… in Lisbon and
 * click Save" are read as before: where the text to enter ends is not said).
 * A single word is left as it is: a name or a number is found by its type
 * (value-spans.ts).
 *
 * plan-demonstration.ts compares both task texts with such text quoted.
 * Pure; no task knowledge.
 */
import { isActionVerb } from '../intent-words.js';

/** "should read:", "must say -", "to read:", "will now read:": the words after are the text. */
const SAYING_FRAME = /\b(?:should|must|shall|will|would|to)\s+(?:now\s+|just\s+|simply\s+)?(?:read|say)\s*(?::|\s[-–—])\s*/giu;
/** "put this as my bio -", "set it to this:": a "this" an order places, pointing forward past a colon or dash. */
const POINTING_THIS = /\b(\p{L}+)\s+(this)(\s+(?:as|in|into|on|for|to|under|at)\s+[^.:;!?"“”\-–—]{1,40}?)?\s*(?::|\s[-–—])\s*/giu;
/** Words that may open a later order ("And set …", "then press …") before its verb. */
const ORDER_LEAD = new Set(['and', 'then', 'also', 'please', 'now', 'next', 'finally', 'after', 'afterwards']);
/** Quote marks of any kind: a text already quoted is read as it is. */
const QUOTE_MARKS = /["“”]/u;

/** Where each stretch of plain text ends: the end of the text, or the closing mark of the quote holding `at`. */
function scopeEnd(text: string, at: number): number {
  for (const match of text.matchAll(/"[^"]*"|“[^”]*”/gu)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (start < at && at < end) return end - 1;
  }
  return text.length;
}

/** Joints after which an order may follow inside one sentence ("…, and click Save", "…; also turn on …"). */
const ORDER_JOINTS = new Set(['and', 'then', 'also', ';']);

/** Does an order open at `words[at…]`, its lead words ("please", "now") aside? */
function opensOrder(words: readonly string[], at: number): boolean {
  while (ORDER_LEAD.has(words[at] ?? '')) at++;
  return at < words.length && isActionVerb(words[at]!);
}

/**
 * Does the announced text hold an order of its own: a later sentence opening one ("Then press Save.", "And set …"),
 * or one after a joint inside a sentence ("Product designer in Lisbon and click Save", "Spring sale, then publish
 * it", "out of office until Monday; also turn on auto-reply")? Then where the text to enter ends is not said. A joint
 * between nouns ("Coffee, maps and long walks") opens none.
 */
function holdsOrder(literal: string): boolean {
  const sentences = literal.split(/(?<=[.!?])\s+/u);
  return sentences.some((sentence, index) => {
    const words = (sentence.match(/\p{L}+|;/gu) ?? []).map((word) => word.toLowerCase());
    if (index > 0 && opensOrder(words, 0)) return true;
    return words.some((word, at) => ORDER_JOINTS.has(word) && opensOrder(words, at + 1));
  });
}

/** The announced text from `from` to its scope's end, when it reads as one text to enter; else undefined. */
function literalAt(text: string, from: number): { literal: string; end: number } | undefined {
  const end = scopeEnd(text, from);
  const raw = text.slice(from, end);
  const literal = raw.trim();
  if (literal === '' || QUOTE_MARKS.test(literal) || !/\s/u.test(literal) || holdsOrder(literal)) return undefined;
  return { literal, end: from + raw.trimEnd().length };
}

/** Quote marks the text does not use already, so a message's quotes stay whole. */
function marksFor(text: string): [string, string] {
  return text.includes('“') || text.includes('”') ? ['"', '"'] : ['“', '”'];
}

/** The text with an unquoted, announced text to enter put in quotes; undefined when it has none. */
export function quoteAnnouncedText(text: string): string | undefined {
  const [open, close] = marksFor(text);
  for (const match of text.matchAll(SAYING_FRAME)) {
    const from = (match.index ?? 0) + match[0].length;
    if (QUOTE_MARKS.test(text[from] ?? '')) continue;
    const found = literalAt(text, from);
    if (found) return `${text.slice(0, from)}${open}${found.literal}${close}${text.slice(found.end)}`;
  }
  for (const match of text.matchAll(POINTING_THIS)) {
    const verb = match[1]!.toLowerCase();
    // "this" is what the order places: a verb or a preposition of one before it ("put this", "set it to this").
    if (!isActionVerb(verb) && !['put', 'use', 'make', 'to', 'as', 'with'].includes(verb)) continue;
    const from = (match.index ?? 0) + match[0].length;
    if (QUOTE_MARKS.test(text[from] ?? '')) continue;
    const found = literalAt(text, from);
    if (!found) continue;
    const thisAt = (match.index ?? 0) + match[0].toLowerCase().indexOf(' this', match[1]!.length) + 1;
    const place = (match[3] ?? '').trimEnd();
    return `${text.slice(0, thisAt)}${open}${found.literal}${close}${place}${text.slice(found.end)}`;
  }
  return undefined;
}

/** Both task texts with their announced texts quoted, when either has one; else undefined. */
export function announcedTextRewrite(demoTask: string, task: string): { demoTask: string; task: string; note: string } | undefined {
  const [demo, now] = [quoteAnnouncedText(demoTask), quoteAnnouncedText(task)];
  if (demo === undefined && now === undefined) return undefined;
  const [a, b] = [demo ?? demoTask, now ?? task];
  return { demoTask: a, task: b, note: `a text to enter given without quotes is read as quoted: compared as ${JSON.stringify(a)} and ${JSON.stringify(b)}` };
}
