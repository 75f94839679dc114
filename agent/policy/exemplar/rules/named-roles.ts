/**
 * Rule: the people a task names pair up by the part they play, not by where
 * they stand in the sentence.
 *
 * "Forward Lara's email to Bob", "Send Bob the mail from Lara" and "Bob is
 * waiting for the message by Lara" ask for one thing: Lara's message goes to
 * Bob. A person reads who is the SOURCE (the one the thing comes from: "from
 * X", "by X", "X's", "X sent", "X wants his message …") and who is the
 * RECIPIENT ("to X", "Send X the …", "X wants the …", "X is waiting for
 * the …"), and pairs the demonstration's sender with the new sender, its
 * recipient with the new recipient, however either text is worded.
 *
 * Planning half (this file): `byRoles` gives the alignment the policy should
 * judge by when the demonstration's task names a source and a recipient: the
 * names (or e-mail addresses) paired by role, when the new task asks for the
 * same kind of thing — words of passing something on (send, forward, give,
 * "wants", "is waiting for"), of finding it, and nothing else the
 * demonstration's task does not say. `roleProblems` refuses a plan whose
 * names cannot be told apart by role ("Lara and Bob: the email") or whose
 * alignment put a sender where the demonstration had a recipient.
 *
 * Grounding needs no half of its own: the paired names bind the
 * demonstration's steps (bind-slots.ts) like any slot.
 *
 * Pure functions over the two task texts; a small closed vocabulary of
 * English role words, no task knowledge.
 */
import type { TaskAlignment, TaskSlot } from '../align-tasks.js';
import { intentsOf, wordsOf } from '../intent-words.js';
import { valueSpans, type ValueSpan } from '../value-spans.js';
import { pairByContext } from './value-context.js';

export type Role = 'source' | 'recipient';

export interface Participant {
  /** As a step would use it: "Lara", "bo@x.org". */
  value: string;
  type: 'name' | 'email';
  start: number;
  end: number;
  role?: Role;
  /** How the role was told: a word beside the value, the sentence's subject, or the other participant's role. */
  by?: 'word' | 'subject' | 'elimination';
}

/** Words after which a value is where something comes from. */
const FROM_WORDS = new Set(['from', 'by', 'of']);
/** Words after which a value is who gets something. */
const TO_WORDS = new Set(['to', 'for']);
/** Verbs after a value that make it the author: "the mail Lara sent you". */
const AUTHOR_VERBS = new Set(['sent', 'wrote', 'mailed', 'emailed', 'forwarded', 'posted', 'shared']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'some', 'my', 'your', 'our']);
const OWN_PRONOUNS = new Set(['his', 'her', 'their', 'its']);
/** Words before a value that make "verb X the …" no indirect object ("about Lara the …"). */
const PREPOSITIONS = new Set(['about', 'with', 'at', 'in', 'on', 'into', 'onto', 'via', 'under', 'over', 'and', 'or', 'than', 'as']);
/** Verbs a sentence's subject takes when it is to get something: "Bob wants …", "Bob is waiting for …", "Bob should get …". */
const SUBJECT_VERBS = new Set(['is', 'was', 'wants', 'needs', 'expects', 'awaits', 'should', 'would', 'will', 'must', 'can', 'asked', 'asks', 'has']);
/** Capitalised words opening a sentence that are never a name. */
const NOT_NAMES = new Set(['i', 'it', 'this', 'that', 'there', 'he', 'she', 'they', 'we', 'you', 'who', 'what', 'which', 'everyone', 'someone', 'nobody', 'each', 'all', 'the', 'a', 'an']);
/** Words that ask for something to be passed on, in any of their forms. */
const TRANSFER_WORDS = new Set(['send', 'sent', 'sending', 'forward', 'forwarded', 'forwarding', 'give', 'given', 'pass', 'passed', 'hand', 'deliver', 'delivered']);
/** Words that ask to find the thing first. */
const LOCATING_WORDS = new Set(['find', 'locate', 'look', 'search', 'go', 'navigate', 'open', 'get', 'check', 'select', 'pick', 'choose', 'click']);
/** Words for the thing passed on; one stands for another. */
const MESSAGE_WORDS = new Set(['email', 'e-mail', 'mail', 'message', 'information', 'info', 'note', 'letter', 'mails', 'emails', 'messages']);
/** Grammar of asking and of the roles themselves. */
const ROLE_GRAMMAR = new Set([
  'a', 'an', 'the', 'to', 'of', 'for', 'from', 'by', 'on', 'it', 'its', 'his', 'her', 'their', 'this', 'that', 'is', 'be', 'been', 'being',
  'then', 'and', 'or', 'please', 'i', "i'd", 'you', 'your', 'me', 'my', 'want', 'wants', 'like', 'would', 'should', 'will', 'can', 'could', 'must',
  'need', 'needs', 'waiting', 'wait', 'waits', 'awaits', 'expects', 'got', 'get', 'gets', 'received', 'receive', 'receives', 'has', 'have', 'had',
  'at', 'up', 'out', 'which', 'who', 'was', 'over', 'along', 'so', 'as', 'did', 'do', 'asked', 'asks',
]);
/** Intents that say where to act and what to pass on; any other (reply, delete …) must be asked by both texts alike. */
const ROLE_INTENTS = new Set(['send', 'forward', 'search', 'choose', 'click']);

/** A typed-value alignment scores this, plus up to SPREAD for shared wording (as paraphrase-align.ts). */
const BASE = 0.55;
const SPREAD = 0.1;

interface Word {
  norm: string;
  start: number;
  end: number;
  /** Punctuation (, . ; : ! ?) between this word and the one before. */
  broken: boolean;
}

function wordTokens(text: string): Word[] {
  const words: Word[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)) {
    const start = match.index ?? 0;
    words.push({ norm: match[0].toLowerCase(), start, end: start + match[0].length, broken: words.length === 0 || /[,.;:!?]/.test(text.slice(last, start)) });
    last = start + match[0].length;
  }
  return words;
}

/** Names opening a sentence ("Bob wants …", "Lara's mail …"): a capital there is usually grammar, so only these two shapes count. */
function openingNames(text: string, words: readonly Word[]): Participant[] {
  const found: Participant[] = [];
  for (const [index, word] of words.entries()) {
    const raw = text.slice(word.start, word.end);
    const opens = index === 0 || /[.!?;]["”)]?\s*$/.test(text.slice(words[index - 1]!.end, word.start));
    if (!opens || !/^\p{Lu}/u.test(raw) || NOT_NAMES.has(word.norm) || intentsOf(raw).length > 0) continue;
    const possessive = /['’]s$/u.test(raw);
    const next = words[index + 1];
    if (possessive || (next && !next.broken && SUBJECT_VERBS.has(next.norm) && /^\p{Ll}/u.test(text.slice(next.start, next.end)))) {
      const value = raw.replace(/['’]s$/u, '');
      found.push({ value, type: 'name', start: word.start, end: word.end });
    }
  }
  return found;
}

/** The names and e-mail addresses a text names, left to right, each with the role its words tell. */
export function participantsOf(text: string): Participant[] {
  const words = wordTokens(text);
  const spans = valueSpans(text).filter((span): span is ValueSpan & { type: 'name' | 'email' } => span.type === 'name' || span.type === 'email');
  const participants: Participant[] = spans.map((span) => ({ value: span.value, type: span.type, start: span.start, end: span.end }));
  for (const opening of openingNames(text, words)) {
    if (!participants.some((other) => other.start < opening.end && opening.start < other.end)) participants.push(opening);
  }
  participants.sort((a, b) => a.start - b.start);
  for (const participant of participants) {
    const first = words.findIndex((word) => word.end > participant.start);
    let last = first;
    while (last + 1 < words.length && words[last + 1]!.start < participant.end) last++;
    if (first < 0) continue;
    const told = roleAt(text, words, first, last, participants);
    if (told) Object.assign(participant, told);
  }
  // Two people, one told: the other plays the other part ("Get Lara's email to Bob": Bob by "to", Lara by elimination).
  if (participants.length === 2) {
    const [a, b] = participants as [Participant, Participant];
    if (a.role && !b.role) Object.assign(b, { role: other(a.role), by: 'elimination' });
    else if (b.role && !a.role) Object.assign(a, { role: other(b.role), by: 'elimination' });
  }
  return participants;
}

const other = (role: Role): Role => (role === 'source' ? 'recipient' : 'source');

function roleAt(text: string, words: readonly Word[], first: number, last: number, participants: readonly Participant[]): Pick<Participant, 'role' | 'by'> | undefined {
  const prev = words[first]!.broken ? undefined : words[first - 1];
  const next = words[last + 1] && !words[last + 1]!.broken ? words[last + 1] : undefined;
  const raw = text.slice(words[first]!.start, words[last]!.end);
  if (/['’]s$/u.test(raw)) return { role: 'source', by: 'word' };
  if (prev && FROM_WORDS.has(prev.norm)) return { role: 'source', by: 'word' };
  if (next && AUTHOR_VERBS.has(next.norm)) return { role: 'source', by: 'word' };
  if (prev && TO_WORDS.has(prev.norm)) return { role: 'recipient', by: 'word' };
  // "Send Bob the mail": a value between a verb and the thing's determiner is who gets it.
  const isName = (word: Word) => participants.some((participant) => participant.start <= word.start && word.end <= participant.end);
  if (prev && next && DETERMINERS.has(next.norm) && !PREPOSITIONS.has(prev.norm) && !isName(prev)) return { role: 'recipient', by: 'word' };
  // The sentence's subject: "Bob wants the mail …" gets it, "Lara wants her message sent …" gives it.
  const opensSentence = first === 0 || /[.!?;]["”)]?\s*$/.test(text.slice(words[first - 1]!.end, words[first]!.start));
  if (opensSentence) {
    for (let index = last + 1; index < Math.min(words.length, last + 6); index++) {
      const word = words[index]!;
      if (word.broken) return undefined;
      if (OWN_PRONOUNS.has(word.norm)) return { role: 'source', by: 'subject' };
      if (DETERMINERS.has(word.norm) || isName(word)) return index === last + 1 ? undefined : { role: 'recipient', by: 'subject' };
      if (word.norm === 'to' || word.norm === 'and' || word.norm === 'or' || FROM_WORDS.has(word.norm) || TRANSFER_WORDS.has(word.norm)) return undefined;
    }
  }
  return undefined;
}

/** Each participant told, each role once: who gives and who gets can be told apart. */
export function rolesTold(participants: readonly Participant[]): boolean {
  const roles = participants.map((participant) => participant.role);
  return participants.length === 2 && roles.every(Boolean) && new Set(roles).size === roles.length;
}

/** Does the text ask for something to be passed on (a word of giving, or a subject who is to get it)? */
function asksToPassOn(text: string, participants: readonly Participant[]): boolean {
  return wordsOf(text).some((word) => TRANSFER_WORDS.has(word)) || participants.some((participant) => participant.role === 'recipient' && participant.by === 'subject');
}

/** Words of a text outside its participants. */
function wordsOutside(text: string, participants: readonly Participant[]): string[] {
  return wordTokens(text)
    .filter((word) => !participants.some((participant) => participant.start <= word.start && word.end <= participant.end))
    .map((word) => word.norm);
}

/**
 * The two texts ask for one kind of thing passed from one person to another:
 * both pass something on, neither asks another intent the other does not,
 * and the new one says nothing beyond finding, passing on and the roles.
 */
function sameKind(demoTask: string, newTask: string, olds: readonly Participant[], news: readonly Participant[]): boolean {
  if (!asksToPassOn(demoTask, olds) || !asksToPassOn(newTask, news)) return false;
  const otherIntents = (text: string) => intentsOf(text).filter((intent) => !ROLE_INTENTS.has(intent)).sort().join(' ');
  if (otherIntents(demoTask) !== otherIntents(newTask)) return false;
  const demoWords = new Set(wordsOutside(demoTask, olds));
  const explained = (word: string) => demoWords.has(word) || ROLE_GRAMMAR.has(word) || TRANSFER_WORDS.has(word) || LOCATING_WORDS.has(word) || MESSAGE_WORDS.has(word) || FROM_WORDS.has(word) || TO_WORDS.has(word) || AUTHOR_VERBS.has(word);
  return wordsOutside(newTask, news).every(explained);
}

/** Other values (quoted texts, numbers, dates, files) of both texts, paired by type as paraphrase-align.ts does; undefined when they differ. */
function otherValueSlots(demoTask: string, newTask: string): TaskSlot[] | undefined {
  const rest = (text: string) => valueSpans(text).filter((span) => span.type !== 'name' && span.type !== 'email');
  const olds = rest(demoTask);
  const news = rest(newTask);
  if (olds.map((span) => span.type).sort().join() !== news.map((span) => span.type).sort().join()) return undefined;
  const slots: TaskSlot[] = [];
  for (const type of new Set(olds.map((span) => span.type))) {
    const a = olds.filter((span) => span.type === type);
    const b = news.filter((span) => span.type === type);
    for (const [index, at] of pairByContext(demoTask, a, newTask, b)) {
      if (a[index]!.value !== b[at]!.value) {
        slots.push({ old: [a[index]!.value], new: [b[at]!.value], list: false, kind: type === 'quoted' ? 'quoted' : type === 'number' || type === 'date' || type === 'time' ? 'number' : 'text' });
      }
    }
  }
  return slots;
}

/**
 * The alignment that pairs the demonstration's source and recipient with the
 * new task's, or undefined when the demonstration names no such pair or the
 * new task asks for something else. When the new task's roles cannot be told
 * the names are paired in order, and `roleProblems` refuses the plan.
 */
export function roleAlignment(demoTask: string, newTask: string): TaskAlignment | undefined {
  const olds = participantsOf(demoTask);
  if (!rolesTold(olds)) return undefined;
  const news = participantsOf(newTask);
  if (news.length !== olds.length || !sameKind(demoTask, newTask, olds, news)) return undefined;
  const others = otherValueSlots(demoTask, newTask);
  if (others === undefined) return undefined;
  const told = rolesTold(news);
  const slots: TaskSlot[] = [];
  for (const [index, old] of olds.entries()) {
    const value = told ? news.find((participant) => participant.role === old.role)! : news[index]!;
    if (value.type !== old.type) return undefined;
    if (value.value !== old.value) slots.push({ old: [old.value], new: [value.value], list: false, kind: 'text' });
  }
  const content = (text: string, participants: readonly Participant[]) => new Set(wordsOutside(text, participants).filter((word) => !ROLE_GRAMMAR.has(word)));
  const a = content(demoTask, olds);
  const b = content(newTask, news);
  const shared = [...a].filter((word) => b.has(word)).length;
  const union = a.size + b.size - shared;
  return { score: BASE + SPREAD * (union === 0 ? 1 : shared / union), slots: [...slots, ...others], anchors: shared + olds.length, unpaired: [] };
}

/** Does the alignment pair a participant of the demonstration with one of the new task in another role? */
function crossesRoles(alignment: TaskAlignment, olds: readonly Participant[], news: readonly Participant[]): boolean {
  return alignment.slots.some((slot) => {
    if (slot.list) return false;
    const old = olds.find((participant) => participant.value === slot.old[0]);
    const value = news.find((participant) => participant.value === slot.new[0]);
    return old?.role !== undefined && value?.role !== undefined && old.role !== value.role;
  });
}

/** Does the alignment pair each participant of the demonstration, as one slot of its own, with the new task's of the same role? */
function pairsByRole(alignment: TaskAlignment, olds: readonly Participant[], news: readonly Participant[]): boolean {
  return olds.every((old) => {
    const value = news.find((participant) => participant.role === old.role)!;
    const slot = alignment.slots.find((candidate) => candidate.old.includes(old.value) || candidate.old.some((text) => text.includes(old.value)));
    return slot === undefined ? value.value === old.value : !slot.list && slot.old.length === 1 && slot.old[0] === old.value && slot.new[0] === value.value;
  });
}

/**
 * The alignment to judge by: the one by roles when the demonstration's task
 * names a source and a recipient and the new task asks for the same kind of
 * thing — unless the given one fits better and already pairs each name
 * with its counterpart of the same role, each as a slot of its own.
 */
export function byRoles(demoTask: string, newTask: string, alignment: TaskAlignment): TaskAlignment {
  const roles = roleAlignment(demoTask, newTask);
  if (roles === undefined) return alignment;
  const news = participantsOf(newTask);
  return rolesTold(news) && alignment.score >= roles.score && pairsByRole(alignment, participantsOf(demoTask), news) ? alignment : roles;
}

const quote = (value: string) => JSON.stringify(value);

/**
 * Refusals, in words a user understands: the new task names two people the
 * demonstration's roles need told apart, but its words do not say who gives
 * and who gets; or the alignment put one in the other's part.
 */
export function roleProblems(demoTask: string, task: string, alignment: TaskAlignment): { text: string; blocking: true }[] {
  const olds = participantsOf(demoTask);
  if (!rolesTold(olds)) return [];
  const news = participantsOf(task);
  // Only a task of the same kind (two people, something passed on) is judged here; another kind is refused by its fit.
  if (roleAlignment(demoTask, task) === undefined) return [];
  const source = olds.find((participant) => participant.role === 'source')!;
  const recipient = olds.find((participant) => participant.role === 'recipient')!;
  if (!rolesTold(news)) {
    return [{
      text: `the task names ${news.map((participant) => quote(participant.value)).join(' and ')}, but its words do not say who the message comes from and who is to get it (in the demonstration it came from ${quote(source.value)} and went to ${quote(recipient.value)})`,
      blocking: true,
    }];
  }
  if (crossesRoles(alignment, olds, news)) {
    return [{ text: `the task's words make ${quote(news.find((participant) => participant.role === 'recipient')!.value)} the one to get it, but the plan would put them where the demonstration had ${quote(source.value)}, who sent it`, blocking: true }];
  }
  return [];
}

/**
 * The task text with words of passing on appended when it names who gives
 * and who gets but no such word ("Bob is waiting for the mail by Lara"), so
 * retrieval finds demonstrations worded with "send" or "forward" too.
 */
export function withRoleWords(task: string): string {
  const participants = participantsOf(task);
  if (!rolesTold(participants) || !asksToPassOn(task, participants) || wordsOf(task).some((word) => TRANSFER_WORDS.has(word))) return task;
  return `${task} send forward`;
}
