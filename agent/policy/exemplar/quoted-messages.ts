/**
 * A quoted message is not a quoted value. `Enter "x7Q"` and `titled "Blue
 * Note"` quote a value to type or find; `Message from Dana: "can you get
 * Paper Moons for me? Riverside is closest"` relays what a person asked, and
 * its inside is task text — its values, its verb — not one string to type.
 *
 * A quote reads as a message when its inside is several words and shows a
 * sentence of its own: more than one sentence, a request or courtesy word
 * ("please", "can you", "thanks", "hi"), or two of the weaker signs — it ends
 * with its own sentence mark, the speaker talks as I / we / you ("let's"), a
 * relaying frame introduces it ("… wrote:", "Message from Dana:", "Delivery
 * note:" — not a frame naming a text's source: "Bio from my LinkedIn:"), and,
 * after such a frame only, it opens with an order's verb ("just say yes to
 * …"). A relayed quote that is all the task says (`From the front desk:
 * "Emil Pike wants Basic, …"`: nothing before the frame, nothing after the
 * quote) is the request itself whatever it holds.
 * A quote right after a typing or sending verb, a noun naming a text or a
 * preposition ("type", "reply with", "saying", "the message", "respond to")
 * is the text to type or find, message or not; so is a relayed one whose
 * frame a verb takes ("Send this message: …", "Answer the message from Dana: …").
 *
 * The one who sent a relayed message ("Message from Dana:", "Text from Sam:",
 * "Omar wrote:") is who passes the task on, not a value of it: relaySenders
 * finds where that name stands; quoteSources finds the place or role a quoted
 * text is said to come from ("Bio from my LinkedIn:"). Pure functions.
 */
import { isActionVerb } from './intent-words.js';

export interface QuotedMessage {
  /** The quote, marks included: [start, end). */
  start: number;
  end: number;
  /** The message inside the marks: [innerStart, innerEnd). */
  innerStart: number;
  innerEnd: number;
}

/** Quotes of any kind, as task-tokens reads them: "…", “…”, and '…' standing apart from words. */
const QUOTE_PATTERN = /"([^"]*)"|“([^”]*)”|(?<![\p{L}\p{N}])'([^']*)'(?![\p{L}\p{N}])/gu;

/** Fewest words a message has: shorter quotes are values whatever they hold ("Yes, see you then!"). */
const MIN_MESSAGE_WORDS = 5;

/** Words that ask or thank — a person talking, not a value. */
const REQUEST_WORDS = new Set(['please', 'pls', 'thanks', 'thank', 'hi', 'hello', 'hey', 'dear', 'cheers']);
/** "can you …", "could you …", "would you …", "will you …": a request. */
const REQUEST_PATTERN = /\b(?:can|could|would|will)\s+(?:you|u)\b/i;
/** The speaker and the one spoken to ("let's" is "let us"). "my" alone is not enough: "Cannot reset my password" is a ticket's subject. */
const PERSON_WORDS = new Set(["let's", 'let’s', 'i', "i'm", 'i’m', "i'll", 'i’ll', "i've", 'i’ve', "i'd", 'i’d', 'me', 'we', "we're", 'we’re', "we'll", 'we’ll', 'us', 'you', "you're", 'you’re']);
/**
 * A frame that relays what someone said, ending in a colon: "Dana wrote:", "Message from Dana:", "Patient says:",
 * "Delivery note:", "Text from Sam:", "From the front desk:". It wins over the value frame below ("message:" relays, "the message" names).
 */
const RELAY_FRAME = /(?:\b(?:wrote|writes|says|said|asked|asks|texted|emailed|messaged|note|memo|message|text|email|e-mail|sms)|\bfrom\s+(?:\p{Lu}[\p{L}'’-]*|(?:the|your|my|our|a|an)(?:\s+\p{L}+){1,2}))\s*:\s*$/iu;
/**
 * A word right before the quote that makes it the text to type, send or find: a typing or sending verb ("type",
 * "reply with", "saying"), a noun naming a text ("the message", "the subject", "titled", "Description:"), a
 * preposition ("respond to", "about"). The quote is a value, message-like or not; so is a quote standing as one field
 * of a record whose fields a bar parts ('new issue | Date format not saved | minor | "The date … after I save."').
 */
const VALUE_FRAME =
  /\b(?:type|types|typing|enter|enters|entering|input|fill|write|writing|reply|replying|respond|answer|send|post|comment|saying|says|reads|read|search|paste|put|titled|named|called|labelled|labeled|subject|message|email|e-mail|text|note|tweet|review|title|caption|body|description|details|summary|back|to|with|as|about|of)\s*:?\s*$|\|\s*$/i;

/**
 * Nouns naming a text that fills a part of a profile or a post — what the quote is, not a note sent to someone: "Bio
 * from my LinkedIn: "…"", "Caption from the photographer: "…"". A frame opening with one names where the text comes
 * from, and relays no request; a message-like inside (a request word, two sentences) is still a message.
 */
const CONTENT_NOUNS: ReadonlySet<string> = new Set(['bio', 'biography', 'caption', 'tagline', 'headline', 'title', 'subtitle', 'subject', 'summary', 'description', 'signature', 'slogan', 'motto', 'blurb']);
/** Words a content noun may follow in its frame ("My bio from …", "The caption from …"). */
const CONTENT_LEAD: ReadonlySet<string> = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'his', 'her', 'their', 'new']);

/** Does the clause's frame open with a content noun the source follows ("Bio from my LinkedIn:", "bio -> from …:")? */
function namesSource(clause: readonly string[]): boolean {
  let at = 0;
  while (CONTENT_LEAD.has(clause[at] ?? '')) at++;
  return CONTENT_NOUNS.has(clause[at] ?? '') && clause[at + 1] === 'from';
}

/** Words before an order's verb that leave it an order: "just say yes to …", "please get …". */
const ORDER_LEAD = new Set(['just', 'please', 'pls', 'now', 'so', 'ok', 'okay', 'and', 'then']);
/** Plain verbs an order opens with, beside the action verbs of intent-words: "say yes to …", "get us …", "do 20% …". */
const PLAIN_VERBS = new Set(['say', 'tell', 'get', 'do', 'let', 'give', 'keep', 'put', 'take', 'leave', 'pick', 'grab']);

/** Does the quote open with a verb telling its reader what to do ("just say yes to …", "book two seats …")? */
function opensWithOrder(lower: readonly string[]): boolean {
  let at = 0;
  while (ORDER_LEAD.has(lower[at] ?? '')) at++;
  const verb = lower[at];
  return verb !== undefined && (PLAIN_VERBS.has(verb) || isActionVerb(verb));
}

function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/** Most words a relaying frame that is all the task says takes ("Message from the front desk:"). */
const MAX_FRAME_WORDS = 5;

/**
 * Does a quote's inside read as a message someone relays, given the text
 * before the quote (and after it, when the caller holds the whole task text)?
 * Exported for tests and for callers that hold one quote.
 */
export function isMessage(inner: string, before: string, after?: string): boolean {
  const innerWords = words(inner);
  if (innerWords.length < MIN_MESSAGE_WORDS) return false;
  const frame = before.slice(-40);
  const clause = words(before.split(/[.!?;]\s/u).pop() ?? '').map((word) => word.toLowerCase());
  // "Bio from my LinkedIn:" says where a text comes from, not who asks: no relaying frame (its inside still judged).
  const relayed = RELAY_FRAME.test(frame) && !namesSource(clause);
  if (!relayed && VALUE_FRAME.test(frame)) return false;
  // A relaying frame inside a clause whose verb acts on the quote ("Send this message: "…"", "Answer the message from
  // Aiko: "…"") names the text to send or find: the quote is that verb's object, a value, message-like or not.
  if (relayed && clause.some((word) => isActionVerb(word))) return false;
  // A relayed quote that is all the task says (`From the front desk: "Emil Pike wants Basic, …"`, nothing before the
  // frame, nothing after the quote) is the request itself: the one relaying it gives no other thing to do with it.
  const alone = relayed && after !== undefined && clause.length <= MAX_FRAME_WORDS && words(before).length === clause.length && words(after).length === 0;
  if (alone) return true;
  const lower = innerWords.map((word) => word.toLowerCase());
  // A second sentence inside ("… for me? Riverside is closest", "We're out of oats. Don't buy …"); a decimal is none.
  const sentences = /[.!?](?:\s+|\s*[-–—]\s*)[\p{L}\p{N}]/u.test(inner.trim());
  const request = lower.some((word) => REQUEST_WORDS.has(word)) || REQUEST_PATTERN.test(inner);
  if (sentences || request) return true;
  // An order a relaying frame introduces (`From Ana: "just say yes to …"`) is what Ana asks: the frame and the order are
  // two signs. Without the frame an order is no sign ('Search for "Make it count!"' names a title).
  const order = relayed && opensWithOrder(lower);
  const weak = [/[.!?]\s*$/.test(inner.trim()), lower.some((word) => PERSON_WORDS.has(word)), relayed, order].filter(Boolean).length;
  return weak >= 2;
}

/**
 * A relaying frame's sender right before a message: "from Dana:", "from Sam Ortiz:", "from the IT desk:", "Omar
 * wrote:" (RELAY_FRAME's senders).
 */
const SENDER_FRAME =
  /(?:\b[Ff]rom\s+(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?|(?:the|your|my|our|a|an)(?:\s+\p{L}+){1,2})|(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+(?:wrote|writes|says|said|asked|asks|texted|emailed|messaged))\s*:\s*$/u;

/** The name a sender frame ends `before` with ("Dana" of "… from Dana:", "Omar" of "Omar wrote:"), where it stands. */
function senderBefore(before: string): { start: number; end: number; name: string } | undefined {
  const frame = SENDER_FRAME.exec(before);
  const name = frame?.[1] ?? frame?.[2];
  if (!frame || !name) return undefined;
  // "from Dana:": the name after "from"; "Omar wrote:": the match opens with the name.
  const start = frame[1] ? frame.index + frame[0].lastIndexOf(name) : frame.index;
  return { start, end: start + name.length, name };
}

/** Where the sender of each relayed message is named ("Dana" of `Message from Dana: "…"`), left to right. */
export function relaySenders(text: string): { start: number; end: number; name: string }[] {
  return quotedMessages(text).flatMap((message) => senderBefore(text.slice(0, message.start)) ?? []);
}

/**
 * Where the source of each quoted text is named, as a place or a role ("my LinkedIn" of `Bio from my LinkedIn: "…"`,
 * "the photographer" of `Caption from the photographer: "…"`): like a sender, where the text comes from is no value
 * of the task.
 */
export function quoteSources(text: string): { start: number; end: number; name: string }[] {
  const sources: { start: number; end: number; name: string }[] = [];
  for (const match of text.matchAll(QUOTE_PATTERN)) {
    const before = text.slice(0, match.index ?? 0);
    const clause = words(before.split(/[.!?;]\s/u).pop() ?? '').map((word) => word.toLowerCase());
    if (!namesSource(clause) || !RELAY_FRAME.test(before.slice(-40))) continue;
    // Only a place or a role ("my LinkedIn", "the photographer"): a person named ("from Ana Costa:") may be typed too, as
    // a credit, and stays a value the alignment pairs.
    const source = senderBefore(before);
    if (source && /^(?:the|your|my|our|a|an)\s/iu.test(source.name)) sources.push(source);
  }
  return sources;
}

/** The quotes of a task text that are messages, left to right. */
export function quotedMessages(text: string): QuotedMessage[] {
  const messages: QuotedMessage[] = [];
  for (const match of text.matchAll(QUOTE_PATTERN)) {
    const inner = match[1] ?? match[2] ?? match[3] ?? '';
    const start = match.index ?? 0;
    if (!isMessage(inner, text.slice(0, start), text.slice(start + match[0].length))) continue;
    messages.push({ start, end: start + match[0].length, innerStart: start + 1, innerEnd: start + match[0].length - 1 });
  }
  return messages;
}

/**
 * The text with each message's quote marks blanked (same length, so every
 * offset still points into the source): read by the tokenizer and the value
 * finder as task text.
 */
export function unquoteMessages(text: string): string {
  const messages = quotedMessages(text);
  if (messages.length === 0) return text;
  // Quote marks are single UTF-16 code units: blanking one keeps every offset.
  let result = text;
  for (const message of messages) {
    result = result.slice(0, message.start) + ' ' + result.slice(message.start + 1, message.end - 1) + ' ' + result.slice(message.end);
  }
  return result;
}
