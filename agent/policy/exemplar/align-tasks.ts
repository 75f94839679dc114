/**
 * Aligning a demonstration's task text with a new task text: the shared words
 * are the template, the differing spans are the slots (old value → new value).
 *
 *   demo: Enter "Kasie" into the text field and press Submit.
 *   new:  Enter "Lon"   into the text field and press Submit.
 *   → slot "Kasie" → "Lon"
 *
 * A longest-common-subsequence over tokens finds the template. List
 * separators never anchor, so "Select A, B and C" vs "Select D and E" leaves
 * one gap that splits into a list slot [A, B, C] → [D, E]. A token equal in
 * both texts is normally template, but when the demonstration acted on it
 * (it is data: a clicked label, a typed text) and it sits next to a list, it
 * joins the list — "Select 5 and 7" vs "Select 5 and 9" is the list [5, 7] → [5, 9],
 * and reordered lists ("A, B, C" vs "C, A, B") stay one list.
 *
 * Function words anchor only weakly: "give everything the style" vs "give the
 * text non the style" must not pair the new task's first "the" with the
 * demonstration's, leaving "everything" and "the text non" each alone; words
 * differing across function-word anchors are re-read as one slot
 * ("everything" → "the text non"). Plain words that remain in one text only
 * are never dropped: unless harmless ("please", "the"), each lowers the score
 * as much as a word replaced.
 */
import { isFunctionWord, isHarmlessAlone, spanText, tokenizeTask, tokensText, type TaskToken } from './task-tokens.js';
import { reconcileWording } from './paraphrase-align.js';
import { withoutCourtesyEnds } from './closing-courtesy.js';
import { pairByContext } from './rules/value-context.js';
import { intentOfPhrase } from './intent-words.js';
import { joinPageNames } from './rules/and-names.js';
import { gluedToDemonstratedValue } from './rules/glued-values.js';
import { cutAtClauseJoiners } from './rules/clause-tail.js';
import { isListGap, joinedBySeparator, listShape, mergeListNeighbours, splitItems, trimSeparators, type Segment } from './list-gaps.js';

export interface TaskSlot {
  /** The value(s) in the demonstration's task: one item for a scalar slot, the items of a list. */
  old: string[];
  /** The value(s) in the new task. */
  new: string[];
  /** True when either side is a list of several items (the demonstration's pattern repeats per item). */
  list: boolean;
  /** quoted / number when every item on both sides is one token of that kind, else text. */
  kind: 'quoted' | 'number' | 'text';
  /** Read across function words ("everything" → "the text non"): not value-like, so unused it cannot be followed. */
  reanchored?: true;
  /** Set on what a count counted ("mugs" of "two mugs", count-slots.ts): a value, lower-case or not. */
  counted?: true;
  /** Set on a count given with what it counts ("2 adults", "Adults: 2", counted-items.ts): that noun, whose field alone takes it (rules/counted-fields.ts). */
  countOf?: string;
}

export interface TaskAlignment {
  /** Template similarity, 0..1: 1 when the texts differ only inside well-formed slots. */
  score: number;
  slots: TaskSlot[];
  /** Tokens shared as template. */
  anchors: number;
  /**
   * Values (quoted strings, numbers, e-mail addresses) that sit in a gap with
   * nothing on the other side: a value of the new task the demonstration has
   * no counterpart for ('new'), or one of the demonstration's with none in the
   * new task ('old').
   */
  unpaired: { side: 'old' | 'new'; text: string }[];
  /**
   * Lists of the new task the page reads more than one way ("Fish and Chips"
   * where it names "Fish", "Chips" and "Fish and Chips"): each entry the
   * possible readings (rules/and-names.ts). The plan is refused.
   */
  ambiguousLists?: string[][][];
}

export interface AlignOptions {
  /**
   * Tells whether a (lower-cased) token is data the demonstration acted on;
   * such tokens may join an adjacent list slot instead of anchoring the template.
   */
  isData?: (norm: string) => boolean;
  /**
   * Names shown whole, as a phrase of each text is written: for the
   * demonstration's task (`old`) the texts its steps acted on, for the new one
   * (`new`) the current page's. They decide where a list with "and" splits
   * (rules/and-names.ts); without them it splits as the words say.
   * `leads` are names controls' captions lead with before a describing line
   * ("Location Find places near you", rules/leading-name.ts): they count as
   * shown apart when a list with "and" splits, never to join words.
   */
  names?: {
    old?: (phrase: string) => boolean;
    new?: (phrase: string) => boolean;
    leads?: { old?: (phrase: string) => boolean; new?: (phrase: string) => boolean };
  };
}

/** Credit a slot earns as one aligned pair, relative to 1 for a shared template token. */
const SLOT_CREDIT = 0.8;
/** Longest scalar gap, in tokens, still credited as a slot rather than as differing template. */
const MAX_SCALAR_SLOT_TOKENS = 4;

export function alignTasks(demoTask: string, newTask: string, options: AlignOptions = {}): TaskAlignment {
  // A name the page shows whole across an "and" ("Spaghetti and Meatballs") is one item (rules/and-names.ts).
  const oldJoined = options.names?.old ? joinPageNames(demoTask, tokenizeTask(demoTask), options.names.old) : undefined;
  const newJoined = options.names?.new ? joinPageNames(newTask, tokenizeTask(newTask), options.names.new) : undefined;
  const oldTokens = oldJoined?.tokens ?? tokenizeTask(demoTask);
  const newTokens = newJoined?.tokens ?? tokenizeTask(newTask);
  const ambiguousLists = newJoined?.ambiguous ?? [];
  // A name written inside a list ("Chad, Nicaragua and Peru") is data even when no step acted on it.
  const isData = options.isData ?? (() => false);
  const merged = mergeListNeighbours(reanchorAcrossFunctionWords(segmentsOf(oldTokens, newTokens)), (norm, token) => isData(norm) || nameInList(token, demoTask));
  // A value ends where a clause begins ("to Otter_pepper77 but keep me signed in …"): rules/clause-tail.ts.
  const segments = cutAtClauseJoiners(merged);

  const slots: TaskSlot[] = [];
  const unpaired: { side: 'old' | 'new'; token: TaskToken }[] = [];
  let anchors = 0;
  /** Credit each slot earns as aligned pairs (a slot-sized gap, a list's items); a wider gap earns none. */
  const credits = new Map<TaskSlot, number>();
  let lone = 0;
  for (const segment of segments) {
    if (segment.anchor) {
      anchors++;
      continue;
    }
    const oneValue = oneValueWithAnd(segment, options.names);
    const oldItems = oneValue ? [trimSeparators(segment.old)] : splitItems(segment.old);
    const newItems = oneValue ? [trimSeparators(segment.new)] : splitItems(segment.new);
    if (oldItems.length === 0 || newItems.length === 0) {
      for (const side of ['old', 'new'] as const) {
        for (const token of segment[side]) if (isValue(token)) unpaired.push({ side, token });
        // A name among list separators with nothing across is an item the other task lacks: never dropped.
        if (segment[side].some((token) => token.kind === 'separator')) {
          const source = side === 'old' ? demoTask : newTask;
          for (const item of splitItems(segment[side])) {
            if (item.length > 0 && !item.some(isValue) && item.every((token) => nameInList(token, source))) {
              unpaired.push({ side, token: { ...item[0]!, kind: 'word', text: spanText(source, item) } });
            }
          }
        }
        // Plain words in one text only ("red" ball) may ask for something the other does not: they lower the score.
        lone += loneWords(segment[side])?.filter((token) => !isHarmlessAlone(token)).length ?? 0;
      }
      continue;
    }
    // The same values on both sides (a data word folded next to a separator) are no slot.
    const same = (a: TaskToken[], b: TaskToken[]) => a.length === b.length && a.every((token, index) => token.norm === b[index]!.norm);
    if (oldItems.length === newItems.length && oldItems.every((item, index) => same(item, newItems[index]!))) {
      anchors += oldItems.reduce((sum, item) => sum + item.length, 0);
      continue;
    }
    const hasInnerSeparator = (tokens: TaskToken[]) => trimSeparators(tokens).some((token) => token.kind === 'separator');
    const list = !oneValue && (oldItems.length > 1 || newItems.length > 1 || hasInnerSeparator(segment.old) || hasInnerSeparator(segment.new));
    const items = (source: string, groups: TaskToken[][]) => groups.map((group) => spanText(source, group));
    const allOfKind = (kind: TaskToken['kind']) =>
      [...oldItems, ...newItems].every((group) => group.length === 1 && group[0]!.kind === kind);
    // Differently worded around one value of one type ("to bob@x.org" / "on to ann@y.org please"): the value is the slot.
    // A value the demonstration's task glued a place to (""Kasie" into the text field" / "Z"): the values (rules/glued-values.ts).
    const glued = list ? undefined : gluedToDemonstratedValue(segment.old, segment.new, isData);
    if (glued) {
      const slot: TaskSlot = { old: [glued.old.text], new: [glued.new.text], list: false, kind: glued.old.kind === glued.new.kind ? slotKind(glued.old) : 'text' };
      slots.push(slot);
      credits.set(slot, 2 * SLOT_CREDIT);
      continue;
    }
    const typed = list ? undefined : sameTypeValues(trimSeparators(segment.old), trimSeparators(segment.new));
    const slot: TaskSlot = typed
      ? { old: [typed.old.text], new: [typed.new.text], list: false, kind: slotKind(typed.old) }
      : {
          old: list ? items(demoTask, oldItems) : [spanText(demoTask, trimSeparators(segment.old))],
          new: list ? items(newTask, newItems) : [spanText(newTask, trimSeparators(segment.new))],
          list,
          kind: allOfKind('quoted') ? 'quoted' : allOfKind('number') ? 'number' : 'text',
          ...(segment.reanchored && !list ? { reanchored: true as const } : {}),
        };
    slots.push(slot);
    // A slot-sized gap (a value, not a different sentence) counts as one aligned pair.
    const contentCount = (tokens: TaskToken[]) => tokens.filter((token) => token.kind !== 'separator').length;
    // A path ("File>Save") and an enumeration ("A, B and C") are different kinds of value: no credit.
    const shapeOld = listShape(segment.old);
    const shapeNew = listShape(segment.new);
    if (shapeOld && shapeNew && shapeOld !== shapeNew) continue;
    if (list) credits.set(slot, 2 * SLOT_CREDIT * Math.min(oldItems.length, newItems.length));
    else if (Math.max(contentCount(segment.old), contentCount(segment.new)) <= MAX_SCALAR_SLOT_TOKENS) credits.set(slot, 2 * SLOT_CREDIT);
  }
  const beforeQuoted = new Set(slots);
  const quotedPairing = pairQuotedStrings(segments, slots, demoTask, newTask);
  if (quotedPairing) {
    // The replaced slots' other values ("priority High" / "priority Normal" beside the quoted subject) stay slots, or
    // unpaired when no item pairs with them: never dropped, lest the demonstration's value be clicked again.
    for (const lost of quotedPairing.lost) unpaired.push({ side: lost.side, token: { kind: 'word', text: lost.text, norm: lost.text.toLowerCase(), start: 0, end: 0 } });
    // A slot the quoted pairs replaced keeps no credit: only its quoted strings are aligned, the words
    // around them ("Drag … to the 4th position" / "Select the tags … (and no others)") differ as wording.
    // Never more than the replaced slots held: pairing the quoted strings alone makes no texts more alike.
    const removed = [...beforeQuoted].filter((slot) => !slots.includes(slot)).reduce((sum, slot) => sum + (credits.get(slot) ?? 0), 0);
    const added = slots.filter((slot) => !beforeQuoted.has(slot) && !quotedPairing.kept.includes(slot));
    for (const slot of added) credits.set(slot, Math.min(2 * SLOT_CREDIT, removed / added.length));
    // Slots the quoted pairs replaced may have held other values ("…", send it to al@x.org): pair those by type.
    const slottedText = slots.flatMap((slot) => [...slot.old, ...slot.new]);
    for (const segment of segments) {
      if (segment.anchor) continue;
      for (const side of ['old', 'new'] as const) {
        for (const token of segment[side]) {
          if (!isValue(token) || token.kind === 'quoted' || unpaired.some((value) => value.token === token)) continue;
          if (!slottedText.some((text) => text.includes(token.text))) unpaired.push({ side, token });
        }
      }
    }
  }
  pairByType(unpaired, slots);
  // A value paired up after all is no longer unpaired.
  const slotted = new Set(slots.flatMap((slot) => [...slot.old, ...slot.new]));
  const stillUnpaired = unpaired.filter((value) => !slotted.has(value.token.text)).map((value) => ({ side: value.side, text: value.token.text }));
  const total =
    oldTokens.filter((token) => token.kind !== 'separator').length +
    newTokens.filter((token) => token.kind !== 'separator').length;
  // A word one text has alone counts as differing on both sides: as far from the template as a word replaced.
  const slotCredit = slots.reduce((sum, slot) => sum + (credits.get(slot) ?? 0), 0);
  const score = total === 0 ? 1 : Math.min(1, (2 * anchors + slotCredit) / (total + lone));
  // Worded differently ("Get rid of X" for "Delete Y"): judged by intents and typed values (paraphrase-align.ts).
  const reconciled = reconcileWording(demoTask, newTask, { score, slots, anchors, unpaired: stillUnpaired }, options.isData ?? (() => false), options.names);
  return ambiguousLists.length > 0 ? { ...reconciled, ambiguousLists } : reconciled;
}

/** A token that is a value rather than wording: a quoted string, a number, an e-mail address. */
function isValue(token: TaskToken): boolean {
  return valueType(token) !== undefined;
}

/** The type of a value token: quoted text, e-mail address, date or time, number. */
function valueType(token: TaskToken): 'quoted' | 'email' | 'date' | 'time' | 'number' | undefined {
  if (token.kind === 'quoted') return 'quoted';
  if (token.kind === 'word' && /\S@\S/.test(token.text)) return 'email';
  // A time ("17:07", "5:07 PM") pairs with a time, a date (numeric or written, task-tokens.ts) with a date.
  if (token.kind === 'number' && /^\d{1,2}:\d{2}(?!\d)/.test(token.text)) return 'time';
  if (token.kind === 'number') return /[/:-]|[A-Za-z]/.test(token.text) ? 'date' : 'number';
  return undefined;
}

function slotKind(token: TaskToken): TaskSlot['kind'] {
  return token.kind === 'quoted' ? 'quoted' : token.kind === 'number' ? 'number' : 'text';
}

/** One value of the same type on each side of a wider gap: those two values, else undefined. */
function sameTypeValues(old: readonly TaskToken[], value: readonly TaskToken[]): { old: TaskToken; new: TaskToken } | undefined {
  if (old.length + value.length <= 2) return undefined;
  const oldValues = old.filter(isValue);
  const newValues = value.filter(isValue);
  if (oldValues.length !== 1 || newValues.length !== 1) return undefined;
  const type = valueType(oldValues[0]!);
  if (type !== valueType(newValues[0]!)) return undefined;
  // A number is often part of a value ("Apr 19" → "Jan 25" is one date): it stands alone only in a gap too long for one value.
  const content = (tokens: readonly TaskToken[]) => tokens.filter((token) => token.kind !== 'separator').length;
  // A date or time is one whole token (task-tokens.ts): it stands alone in any gap; a bare number may be a date's part.
  if (type === 'number' && Math.max(content(old), content(value)) <= MAX_SCALAR_SLOT_TOKENS) return undefined;
  return { old: oldValues[0]!, new: newValues[0]! };
}

/**
 * Values left without a counterpart where they stood (the texts are worded
 * differently) pair up by type, in order, when each side has as many of
 * that type: the e-mail address of one task is the e-mail address of the other.
 */
function pairByType(unpaired: readonly { side: 'old' | 'new'; token: TaskToken }[], slots: TaskSlot[]): void {
  for (const type of ['email', 'date', 'time', 'number'] as const) {
    const old = unpaired.filter((value) => value.side === 'old' && valueType(value.token) === type);
    const value = unpaired.filter((candidate) => candidate.side === 'new' && valueType(candidate.token) === type);
    if (old.length === 0 || old.length !== value.length) continue;
    old.forEach((item, index) => slots.push({ old: [item.token.text], new: [value[index]!.token.text], list: false, kind: slotKind(item.token) }));
  }
}

/** Tokens equal for alignment: same lower-cased text, same kind, never separators. */
function sameToken(a: TaskToken, b: TaskToken): boolean {
  // An item of a list of numbers ("[16,5,15]", task-tokens.ts) is compared with its list whole, never alone.
  if (a.inNumberList || b.inNumberList) return false;
  return a.kind !== 'separator' && b.kind !== 'separator' && a.kind === b.kind && a.norm === b.norm;
}

/**
 * The words of a one-sided gap that may ask for something (not only function,
 * courtesy words and marks), trimmed of function words at its edges; undefined
 * when harmless or when the gap holds values or list separators (those are
 * reported on their own).
 */
function loneWords(tokens: readonly TaskToken[]): TaskToken[] | undefined {
  if (tokens.length === 0 || tokens.some((token) => token.kind !== 'word' && token.kind !== 'punctuation') || tokens.some(isValue)) return undefined;
  if (tokens.every(isHarmlessAlone)) return undefined;
  let start = 0;
  let end = tokens.length;
  while (start < end && isHarmlessAlone(tokens[start]!)) start++;
  while (end > start && isHarmlessAlone(tokens[end - 1]!)) end--;
  return tokens.slice(start, end);
}

/**
 * Gaps each one-sided, of plain words, separated only by function-word anchors
 * ("give [everything] the [text non the] style") are one differing phrase: they
 * merge into one gap, and equal tokens at its ends anchor again, the later
 * "the" before "style" rather than the first ("everything" → "the text non").
 * A run whose gaps all lie in the same text, or whose merged phrase is only
 * function words on one side ("on the" / "the tallest"), stays as it is.
 */
function reanchorAcrossFunctionWords(segments: Segment[]): Segment[] {
  const plainOneSided = (segment: Segment | undefined) =>
    segment !== undefined && !segment.anchor && (segment.old.length === 0) !== (segment.new.length === 0) && [...segment.old, ...segment.new].every((token) => token.kind === 'word');
  const result: Segment[] = [];
  for (let k = 0; k < segments.length; ) {
    let end = k;
    if (plainOneSided(segments[k])) {
      for (let next = k + 1; ; ) {
        let after = next;
        while (after < segments.length && segments[after]!.anchor && isFunctionWord(segments[after]!.old[0]!)) after++;
        if (after === next || !plainOneSided(segments[after])) break;
        end = after;
        next = after + 1;
      }
    }
    const run = segments.slice(k, end + 1);
    const gaps = run.filter((segment) => !segment.anchor);
    if (end === k || !gaps.some((gap) => gap.old.length > 0) || !gaps.some((gap) => gap.new.length > 0)) {
      result.push(segments[k]!);
      k++;
      continue;
    }
    const old = run.flatMap((segment) => segment.old);
    const value = run.flatMap((segment) => segment.new);
    const trailing: Segment[] = [];
    while (old.length > 1 && value.length > 1 && sameToken(old[old.length - 1]!, value[value.length - 1]!)) {
      trailing.unshift({ anchor: true, old: [old.pop()!], new: [value.pop()!] });
    }
    const leading: Segment[] = [];
    while (old.length > 1 && value.length > 1 && sameToken(old[0]!, value[0]!)) leading.push({ anchor: true, old: [old.shift()!], new: [value.shift()!] });
    const asks = (tokens: readonly TaskToken[]) => tokens.some((token) => !isHarmlessAlone(token));
    if (!asks(old) || !asks(value)) {
      result.push(segments[k]!);
      k++;
      continue;
    }
    result.push(...leading, { anchor: false, old, new: value, reanchored: true }, ...trailing);
    k = end + 1;
  }
  return result;
}

/** Longest common subsequence → alternating anchor and gap segments. */
function segmentsOf(a: readonly TaskToken[], b: readonly TaskToken[]): Segment[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      table[i * cols + j] = sameToken(a[i]!, b[j]!)
        ? table[(i + 1) * cols + j + 1]! + 1
        : Math.max(table[(i + 1) * cols + j]!, table[i * cols + j + 1]!);
    }
  }
  const segments: Segment[] = [];
  let gap: Segment = { anchor: false, old: [], new: [] };
  const flush = () => {
    if (gap.old.length > 0 || gap.new.length > 0) segments.push(gap);
    gap = { anchor: false, old: [], new: [] };
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && sameToken(a[i]!, b[j]!) && table[i * cols + j] === table[(i + 1) * cols + j + 1]! + 1) {
      flush();
      segments.push({ anchor: true, old: [a[i]!], new: [b[j]!] });
      i++;
      j++;
    } else if (j >= b.length || (i < a.length && table[(i + 1) * cols + j]! >= table[i * cols + j + 1]!)) {
      gap.old.push(a[i]!);
      i++;
    } else {
      gap.new.push(b[j]!);
      j++;
    }
  }
  flush();
  return segments;
}

/**
 * One value with "and" in it ("Heard Island and McDonald Islands", "Bosnia and Herzegovina"): one side names a single item with
 * no separator, the other joins its words (no quotes, no numbers) only by one "and" or "&". A list of the demonstration's kind
 * would have had commas; read as one value, a page with no such item makes the grounding refuse, where cutting it at "and"
 * would pick two wrong things or half a name — unless the page (or the demonstration) shows each part whole and not the phrase
 * (whole, or as the name a control's caption leads with: rules/leading-name.ts).
 */
function oneValueWithAnd(segment: Segment, names?: AlignOptions['names']): boolean {
  const inner = (tokens: readonly TaskToken[]) => trimSeparators(tokens).filter((token) => token.kind === 'separator');
  const single = (tokens: readonly TaskToken[]) => trimSeparators(tokens).length > 0 && inner(tokens).length === 0;
  const joinedByAnd = (tokens: readonly TaskToken[]) => {
    const separators = inner(tokens);
    if (separators.length !== 1 || (separators[0]!.norm !== 'and' && separators[0]!.norm !== '&')) return false;
    // Quoted strings and numbers are values each ("milk" and "eggs", 5 and 7): only a run of words is one name.
    return splitItems(tokens).length === 2 && trimSeparators(tokens).every((token) => token.kind === 'word' || token.kind === 'separator');
  };
  const shownApart = (tokens: readonly TaskToken[], side: 'old' | 'new') => {
    const whole = names?.[side];
    const leads = names?.leads?.[side];
    if (!whole && !leads) return false;
    const shows = (phrase: string) => !!whole?.(phrase) || !!leads?.(phrase);
    return splitItems([...tokens]).every((item) => shows(tokensText(item))) && !shows(tokensText(trimSeparators([...tokens])));
  };
  return (single(segment.old) && joinedByAnd(segment.new) && !shownApart(segment.new, 'new')) || (single(segment.new) && joinedByAnd(segment.old) && !shownApart(segment.old, 'old'));
}

/** A capitalised word that is not the sentence's first word nor a verb of intent ("Submit"): a name. */
function nameInList(token: TaskToken | undefined, source: string): boolean {
  if (!token || token.kind !== 'word' || !/^\p{Lu}/u.test(token.text) || intentOfPhrase(token.text) !== undefined) return false;
  const before = source.slice(0, token.start).trimEnd();
  return before !== '' && !/[.!?;:]$/.test(before);
}

/**
 * Quoted strings are the surest slots: when the texts' templates differ
 * ("Click on the "OK" button" vs "Click the button in the dialog labeled
 * "Yes""), the gaps around them are not value-sized, but the unmatched quoted
 * strings still pair up in order when both texts have the same number of
 * them. Slots that held them are replaced by those pairs; what else differed
 * in a replaced slot is `kept` as slots of its own, earning no credit
 * (`otherItemSlots`): `lost` are its values no item pairs with. Undefined when the quoted strings do not pair so.
 */
function pairQuotedStrings(segments: readonly Segment[], slots: TaskSlot[], demoTask: string, newTask: string): { kept: TaskSlot[]; lost: { side: 'old' | 'new'; text: string }[] } | undefined {
  const quoted = (side: 'old' | 'new') =>
    segments.filter((segment) => !segment.anchor).flatMap((segment) => segment[side].filter((token) => token.kind === 'quoted'));
  const oldQuoted = quoted('old');
  const newQuoted = quoted('new');
  if (oldQuoted.length === 0 || oldQuoted.length !== newQuoted.length) return undefined;
  const alreadyPaired = slots.filter((slot) => slot.kind === 'quoted' && !slot.list).length;
  if (alreadyPaired === oldQuoted.length) return undefined;
  const texts = new Set([...oldQuoted, ...newQuoted].map((token) => token.text));
  const holdsQuoted = (value: string) => [...texts].some((text) => value.includes(text));
  const lost: { side: 'old' | 'new'; text: string }[] = [];
  const kept: TaskSlot[] = [];
  for (let index = slots.length - 1; index >= 0; index--) {
    const slot = slots[index]!;
    if (![...slot.old, ...slot.new].some(holdsQuoted)) continue;
    slots.splice(index, 1);
    const others = otherItemSlots(slot, holdsQuoted);
    kept.unshift(...others.slots);
    lost.push(...others.lost);
  }
  // By the words before them ("subject", "message"), then in order: rules/value-context.ts.
  for (const [index, at] of pairByContext(demoTask, oldQuoted, newTask, newQuoted)) slots.push({ old: [oldQuoted[index]!.text], new: [newQuoted[at]!.text], list: false, kind: 'quoted' });
  slots.push(...kept);
  return { kept, lost };
}

/**
 * A list slot replaced by its quoted pairs ("Subject "Charged twice for May", category Billing, priority High" /
 * "Subject "Export to CSV is empty", category Billing, priority Normal") held other items too. Items alike on both
 * sides ("category Billing") are template; items that differ, side by side in lists of one length, are slots of the
 * words they differ by ("High" → "Normal", the shared "priority" around them left out); a pair whose words differ
 * on one side only, or a quoted item beside a plain one, is lost values, which the plan refuses (rules/task-values.ts).
 * A courtesy closing or opening a list ("…, priority Normal, thanks") is no item (closing-courtesy.ts). Lists of
 * other lengths still pair no item with another: an item of either side that the other side does not say word for
 * word is lost ("priority High" beside "…, priority Low, ta"), lest the demonstration's value be clicked again.
 */
function otherItemSlots(slot: TaskSlot, holdsQuoted: (value: string) => boolean): { slots: TaskSlot[]; lost: { side: 'old' | 'new'; text: string }[] } {
  const slots: TaskSlot[] = [];
  const lost: { side: 'old' | 'new'; text: string }[] = [];
  const words = (text: string) => tokenizeTask(text).map((token) => token.norm).join(' ');
  const same = (a: string, b: string) => words(a) === words(b);
  // Not a list: what differs there is read as wording, as it always was ("I want my profile to say "…" instead of
  // what's there now" / "bio -> "…"").
  if (!slot.list) return { slots, lost };
  const oldItems = withoutCourtesyEnds(slot.old);
  const newItems = withoutCourtesyEnds(slot.new);
  if (oldItems.length !== newItems.length) {
    for (const [side, items, others] of [['old', oldItems, newItems], ['new', newItems, oldItems]] as const) {
      for (const item of items) if (!holdsQuoted(item) && !others.some((other) => same(item, other))) lost.push({ side, text: item });
    }
    return { slots, lost };
  }
  oldItems.forEach((oldItem, index) => {
    const newItem = newItems[index]!;
    if (holdsQuoted(oldItem) || holdsQuoted(newItem) || same(oldItem, newItem)) {
      // A quoted item beside words the other side lacks keeps them unpaired; a quoted pair alone is the quoted slot.
      if (holdsQuoted(oldItem) !== holdsQuoted(newItem)) lost.push({ side: holdsQuoted(oldItem) ? 'new' : 'old', text: holdsQuoted(oldItem) ? newItem : oldItem });
      return;
    }
    const oldTokens = tokenizeTask(oldItem);
    const newTokens = tokenizeTask(newItem);
    let lead = 0;
    while (lead < Math.min(oldTokens.length, newTokens.length) && oldTokens[lead]!.norm === newTokens[lead]!.norm) lead++;
    let tail = 0;
    while (tail < Math.min(oldTokens.length, newTokens.length) - lead && oldTokens.at(-1 - tail)!.norm === newTokens.at(-1 - tail)!.norm) tail++;
    const oldPart = spanText(oldItem, oldTokens.slice(lead, oldTokens.length - tail));
    const newPart = spanText(newItem, newTokens.slice(lead, newTokens.length - tail));
    if (oldPart === '' || newPart === '') {
      if (oldPart !== '') lost.push({ side: 'old', text: oldPart });
      if (newPart !== '') lost.push({ side: 'new', text: newPart });
      return;
    }
    slots.push({ old: [oldPart], new: [newPart], list: false, kind: 'text' });
  });
  return { slots, lost };
}
