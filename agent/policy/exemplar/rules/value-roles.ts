/**
 * Rule: two values of one type pair by the part their words give them, not by
 * where they stand in the sentence.
 *
 * "Find flights from Madrid to Prague" and "Look for Oslo flights out of
 * Dublin" each name two cities, in the opposite order. A person reads "from"
 * and "out of" alike — where the trip starts — and "to" as where it ends, so
 * Dublin takes Madrid's part and Oslo Prague's. The same reading pairs the
 * two ends of any range ("from 2 to 5" / "5, up from 2"; "Oct 14 to Oct 20";
 * "Athens → Oslo"). Of two values, the one told nothing standing just before
 * the told one plays the other part ("Oslo flights out of Dublin": Oslo is
 * where it ends; "Madrid to Prague": Madrid where it starts).
 *
 * Only when both texts tell every value's part, each part once, do the roles
 * pair them (`pairByRoles`, asked first by value-context.ts). A role one text
 * tells and the other does not is not guessed for the other: the words around
 * the values, then their order, pair them as before ("begins at 12:00 and
 * ends at 13:00" / "08:30 until 09:30" — people write the start first; a
 * refusal there cost dozens of right plans on the development pages and
 * showed no wrong one). When both tell parts and the parts differ ("to" /
 * "via"), or an alignment put a value whose part is told where the other text
 * told the other part — whether or not every value's part is told ("Oslo
 * flights. I am leaving Dublin." paired by order with "from Madrid to
 * Prague" puts Dublin where Prague ends the trip) —, `valueRoleProblems`
 * refuses the plan (rules/task-values.ts).
 *
 * Safe because: a role is read only from a small closed table of phrases
 * right before the value (or an arrow between two values of one type, a
 * dash between two numbers or days), never guessed from one side; "to"
 * after a verb of going or answering ("go to the page", "respond to "…"")
 * is where to look or what is answered, and a bare "back" before a quote
 * ("write back "Thanks"") what is answered with — no end of anything. Pure functions
 * over the texts and the values' character spans; no task knowledge.
 */
import type { TaskAlignment } from '../align-tasks.js';
import { valueSpans, type ValueSpan } from '../value-spans.js';
import { wordsOf } from '../intent-words.js';

export type ValueRole = 'start' | 'end' | 'via';

/** Phrases before a value that tell its part, the last word nearest the value. Read alike by a person on any site. */
const ROLE_PHRASES: readonly { words: readonly string[]; role: ValueRole }[] = [
  // Where something starts: a trip's origin, a range's first value.
  ...[['from'], ['out', 'of'], ['leaving'], ['departing'], ['starting'], ['starting', 'at'], ['starts', 'at'], ['begins', 'at'], ['since']].map((words) => ({ words, role: 'start' as const })),
  // Where it ends: a trip's destination, a range's last value.
  ...[['to'], ['into'], ['until'], ['till'], ['towards'], ['bound', 'for'], ['heading', 'for'], ['headed', 'for'], ['arriving', 'in'], ['arriving', 'at'], ['back'], ['returning'], ['ending', 'at'], ['ends', 'at'], ['finishes', 'at']].map((words) => ({ words, role: 'end' as const })),
  // A stop between the two.
  ...[['via'], ['stopping', 'in'], ['stopping', 'at']].map((words) => ({ words, role: 'via' as const })),
];
/** Words a role phrase may stand before without changing the value's part: "from the 3rd", "to my Inbox". */
const DETERMINERS = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'their', 'his', 'her']);
/**
 * Verbs after which "to" says where to look or what is answered, not where something ends: "go to the page",
 * "switch to Dark", "respond to "Lunch?"".
 */
const VERBS_BEFORE_TO = new Set(['go', 'goes', 'went', 'navigate', 'navigates', 'switch', 'switches', 'jump', 'scroll', 'return', 'back', 'come', 'respond', 'reply', 'answer', 'listen', 'talk', 'write']);
/** Of two values, the one with no role word takes the other part only when it stands this close before the told one ("Oslo flights out of Dublin"). */
const ELIMINATION_WORDS = 3;
/** A quote's opening mark: a quoted value's span starts with it (value-spans.ts). */
const QUOTE_OPENING = /^["“'‘]/u;
/** Signs between two values that read "from the first to the second": "Athens → Oslo". */
const ARROW = /^\s*(?:→|->)\s*$/u;
/** A dash reads so only between two numbers, days or times ("9:00–17:00", "4–10"); elsewhere it sets a value aside ("Costa, Lara — Sweden"). */
const DASH = /^\s*[–-]\s*$/u;

export interface Placed {
  start: number;
  end: number;
}

/** The part the phrase right before `value` gives it, if any. */
function phraseRole(text: string, value: Placed, from: number): ValueRole | undefined {
  const words = wordsOf(text.slice(from, value.start).split(/[.;!?:,]\s/u).pop() ?? '');
  while (words.length > 0 && DETERMINERS.has(words.at(-1)!)) words.pop();
  for (const phrase of ROLE_PHRASES) {
    const at = words.length - phrase.words.length;
    if (at < 0 || !phrase.words.every((word, index) => words[at + index] === word)) continue;
    if (phrase.words[0] === 'to' && VERBS_BEFORE_TO.has(words[at - 1] ?? '')) return undefined;
    // "write back "Thanks"": a bare "back" before a quote says what is answered with, no end ("back July 14" is one).
    if (phrase.words.length === 1 && phrase.words[0] === 'back' && QUOTE_OPENING.test(text.slice(value.start, value.start + 1))) return undefined;
    return phrase.role;
  }
  return undefined;
}

/**
 * Each value's part, in the values' order (the values of one type in one text): by the phrase before it, by an
 * arrow (or a dash between numbers) from its neighbour, and of two values one told, the other by elimination.
 */
export function rolesOf(text: string, values: readonly Placed[]): (ValueRole | undefined)[] {
  const sorted = values.map((value, index) => ({ value, index })).sort((a, b) => a.value.start - b.value.start);
  const roles: (ValueRole | undefined)[] = values.map(() => undefined);
  sorted.forEach(({ value, index }, order) => {
    const previous = sorted[order - 1]?.value;
    const between = previous ? text.slice(previous.end, value.start) : '';
    const digits = previous !== undefined && /\d/.test(text.slice(previous.start, previous.end)) && /\d/.test(text.slice(value.start, value.end));
    if (previous && (ARROW.test(between) || (digits && DASH.test(between)))) {
      roles[sorted[order - 1]!.index] ??= 'start';
      roles[index] = 'end';
      return;
    }
    roles[index] ??= phraseRole(text, value, previous?.end ?? 0);
  });
  // "Madrid to Prague", "Oslo flights out of Dublin": the first, told nothing, is the second's other end — only so close,
  // in one sentence ("Lena Tanaka, who lives in Spain, from Norway" tells nothing of Lena).
  if (sorted.length === 2) {
    const [first, second] = sorted as [{ value: Placed; index: number }, { value: Placed; index: number }];
    const between = text.slice(first.value.end, second.value.start);
    const opposite = (role: ValueRole | undefined) => (role === 'start' ? 'end' : role === 'end' ? 'start' : undefined);
    if (!roles[first.index] && roles[second.index] && !/[.;!?:]/.test(between) && wordsOf(between).length <= ELIMINATION_WORDS) roles[first.index] = opposite(roles[second.index]);
  }
  return roles;
}

/** Is every value's part told, each part once? */
function told(roles: readonly (ValueRole | undefined)[]): roles is ValueRole[] {
  return roles.length >= 2 && roles.every(Boolean) && new Set(roles).size === roles.length;
}

/**
 * Pair `olds` (in the demonstration's task) with `news` (in the new task), values of one type and as many, by the
 * part each plays — when both texts tell every part, each once, and the same parts. Index pairs [old, new] in old
 * order; undefined when the roles do not decide.
 */
export function pairByRoles(oldText: string, olds: readonly Placed[], newText: string, news: readonly Placed[]): [number, number][] | undefined {
  if (olds.length !== news.length || olds.length < 2) return undefined;
  const oldRoles = rolesOf(oldText, olds);
  const newRoles = rolesOf(newText, news);
  if (!told(oldRoles) || !told(newRoles) || !oldRoles.every((role) => newRoles.includes(role))) return undefined;
  return oldRoles.map((role, index) => [index, newRoles.indexOf(role)]);
}

const quote = (value: string) => JSON.stringify(value);
const PART_WORDS: Record<ValueRole, string> = { start: 'where it starts (from …)', end: 'where it ends (to …)', via: 'a stop on the way (via …)' };

/** The spans of a text by type, joined to their roles, for types with two values or more. */
function rolesByType(text: string): Map<string, { spans: ValueSpan[]; roles: (ValueRole | undefined)[] }> {
  const byType = new Map<string, { spans: ValueSpan[]; roles: (ValueRole | undefined)[] }>();
  const spans = valueSpans(text);
  for (const type of new Set(spans.map((span) => span.type))) {
    const ofType = spans.filter((span) => span.type === type);
    if (ofType.length >= 2) byType.set(type, { spans: ofType, roles: rolesOf(text, ofType) });
  }
  return byType;
}

/**
 * Refusals, in words a user understands: two values of one type whose parts both texts tell, but not the same parts
 * ("to Prague" / "via Dublin"); or an alignment that put a value whose part is told where the demonstration told the
 * other part (even where some other value's part is untold). A value told no part is judged by the words around the
 * values, then their order, as before.
 */
export function valueRoleProblems(demoTask: string, task: string, alignment: TaskAlignment): { text: string; blocking: true }[] {
  const problems: { text: string; blocking: true }[] = [];
  const olds = rolesByType(demoTask);
  const news = rolesByType(task);
  const matches = (span: ValueSpan, text: string) => span.value === text || span.text === text;
  for (const [type, old] of olds) {
    const now = news.get(type);
    if (!now || now.spans.length !== old.spans.length) continue;
    // The same values in the same order on both sides ask the same whatever their words: no slot, nothing to pair.
    const slotted = alignment.slots.some((slot) => !slot.list && old.spans.some((span) => slot.old.some((text) => matches(span, text))));
    if (!slotted) continue;
    // Both texts tell every part, but not the same parts: nothing says which takes which.
    if (told(old.roles) && told(now.roles) && !old.roles.every((role) => now.roles.includes(role))) {
      const parts = (side: typeof old) => side.spans.map((span, index) => `${quote(span.text)} ${PART_WORDS[side.roles[index]!]}`).join(' and ');
      problems.push({ text: `the task says ${parts(now)}, where the demonstration's said ${parts(old)}: the parts differ, so nothing says which takes which`, blocking: true });
      continue;
    }
    for (const slot of alignment.slots) {
      if (slot.list || slot.old.length !== 1 || slot.new.length !== 1) continue;
      const at = old.spans.findIndex((span) => matches(span, slot.old[0]!));
      const to = now.spans.findIndex((span) => matches(span, slot.new[0]!));
      // A part told on one side only pairs as the words around, then the order, say (value-context.ts); a value whose
      // own words tell a part ("leaving Dublin") is never put where the other text told the other part ("to Prague").
      if (at < 0 || to < 0 || !old.roles[at] || !now.roles[to] || old.roles[at] === now.roles[to]) continue;
      problems.push({
        text: `the task's words make ${quote(now.spans[to]!.text)} ${PART_WORDS[now.roles[to]!]}, but the plan would put it where the demonstration had ${quote(old.spans[at]!.text)}, ${PART_WORDS[old.roles[at]!]}`,
        blocking: true,
      });
    }
  }
  return problems;
}
