/**
 * Where each slot's old value went in the demonstrated actions, and what it
 * is rewritten to (see plan-demonstration.ts): a scalar binds old → new (a
 * date by its parts, a full name part by part, a value the demonstration
 * found a row by becomes a row key); a list either repeats the per-item block
 * of steps once per new item or, as a tuple, binds item by item; toggles that
 * left exactly the named elements checked become one "ensure checked" step.
 * A slot none of this accounts for is unused.
 */
import type { Step } from '../../core/trajectory.js';
import type { TaskAlignment, TaskSlot } from './align-tasks.js';
import { containsWhole, normalizeText, substitute, type Binding } from './text-match.js';
import { tokenizeTask } from './task-tokens.js';
import type { CalendarDate } from './date-parts.js';
import { dateTimeBindings } from './rules/date-formats.js';
import type { TaskValueProblem } from './rules/task-values.js';
import { rowKeyOf } from './rules/row-choice.js';
import { numberWordValue } from './number-words.js';
import { namedSetOf } from './rules/named-set.js';
import { checkedSetRule } from './rules/checked-set.js';
import { dayPhraseCount, dayPhrasesOf, daySetOf, dayTogglePositions, dayToggleSet } from './rules/day-set.js';
import { pagedItemOf, type PagedItem } from './rules/paged-item.js';
import { closeLastBlock, withoutScrolls } from './rules/item-blocks.js';
import { framedBinding } from './rules/framed-value.js';
import { moneyBindings } from './rules/money-amounts.js';
import { dayOptionBinding, weekdayDayBinding } from './rules/day-options.js';
import { dateTimePieceBindings } from './rules/date-time-pieces.js';
import { stepStrings, targetDescriptorsOf, targetedElements, type RowKey } from './planned-step.js';
import { elementGridCode } from './grid-codes.js';
import { leadsWithName } from './rules/leading-name.js';
import { rowKeySaidAnotherWay, rowKeyWithoutLeadingPreposition } from './rules/row-key-wording.js';

/** The demonstrated steps a plan is made from, with their index in the demonstration. */
export type DemonstratedSteps = readonly { step: Step; index: number }[];

export interface SlotBindings {
  /** Old → new values every copied step is rewritten with. */
  scalarBindings: Binding[];
  /** Dates of the task (old and new), for month navigation and calendar days. */
  dates: { old: CalendarDate; new: CalendarDate }[];
  dateProblems: TaskValueProblem[];
  unusedSlots: TaskSlot[];
  /** Positions (in `demonstrated`) folded into the ensure-checked step. */
  consumed: Set<number>;
  ensure?: { positions: number[]; role: string; names: string[]; slots?: TaskSlot[]; among?: string[]; daySlot?: TaskSlot };
  /** A list slot whose block of steps (`template`, for old item `templateItem`) repeats per new item. */
  repetition?: { slot: TaskSlot; first: number; last: number; template: number[]; templateItem: number };
  /** Demonstrated steps whose target was chosen by the row a slot value showed, with those values. */
  rowKeys: Map<number, RowKey[]>;
  /** Demonstrated steps taken once a pager brought the item showing a slot value (rules/paged-item.ts). */
  pagedItems: Map<number, PagedItem>;
}

/**
 * `sameValues`: values both tasks name alike ("Find Gus …" demonstrated and
 * asked again). They bind nothing, but when the demonstration found a row or
 * paged to an item by one, the new state is searched the same way — the row
 * or card showing it, wherever it now sits — not the demonstrated place.
 * `texts`: the demonstration's task and the new one, read where a slot's values alone do not say all (day-set.ts).
 */
export function bindSlots(
  demonstrated: DemonstratedSteps,
  alignment: TaskAlignment,
  notes: string[],
  sameValues: readonly string[],
  texts: { old: string; new: string },
): SlotBindings {
  // A number like "3rd" is used when a demonstrated target sat at that position among its siblings.
  const position = (value: string) => {
    const match = /^(\d+)(?:st|nd|rd|th)?$/i.exec(value.trim());
    return match ? Number(match[1]) - 1 : undefined;
  };
  const mentioned = (value: string) =>
    demonstrated.some(
      ({ step }) =>
        stepStrings(step).some((text) => containsWhole(text, value)) ||
        (position(value) !== undefined && targetDescriptorsOf(step).some((target) => target.ordinal === position(value))),
    );

  const rowKeys = new Map<number, RowKey[]>();
  const pagedItems = new Map<number, PagedItem>();
  // Each demonstrated step a value was the row key of (rules/row-choice.ts), with how: where in the row, the caption as row data.
  const rowKeyFindings = (value: string) =>
    demonstrated.flatMap(({ step }, position) => {
      const found = rowKeyOf(step, value);
      return found ? [{ position, ...found }] : [];
    });
  const scalarBindings: Binding[] = [];
  const dates: { old: CalendarDate; new: CalendarDate }[] = [];
  const dateProblems: TaskValueProblem[] = [];
  const unusedSlots: TaskSlot[] = [];
  const consumed = new Set<number>();
  let ensure: SlotBindings['ensure'];
  let repetition: SlotBindings['repetition'];

  // A group of toggles that left exactly the named elements checked becomes one "ensure checked" step.
  for (const slot of alignment.slots) {
    if (ensure) break;
    // The task's other values: one naming another member of the group asks it a state of its own (checked-set.ts).
    const otherValues = [...alignment.slots.filter((other) => other !== slot).flatMap((other) => other.old), ...sameValues];
    const found = checkedSetRule(demonstrated.map(({ step }) => step), slot.old, otherValues);
    if (found) {
      ensure = { ...found, names: slot.new };
      for (const position of found.positions) consumed.add(position);
      notes.push(`makes exactly the ${found.role}es named in the task checked (demonstrated steps ${found.positions.map((position) => demonstrated[position]!.index + 1).join(', ')})`);
      if (!slot.list) scalarBindings.push(refineBinding(slot.old[0]!, slot.new[0]!));
      continue;
    }
    // "every weekday" → "every day", "tue" → "fri": the day toggles left on (rules/day-set.ts).
    // The task texts too: "every day but weekends" is no "day" slot ("but weekends" stands outside it).
    const others = alignment.slots.filter((other) => other !== slot);
    const days = dayToggleSet(demonstrated.map(({ step }) => step), slot.old, slot.new, texts, { old: others.flatMap((other) => other.old), new: others.flatMap((other) => other.new) });
    if (days) {
      ensure = { positions: days.positions, role: days.role, names: days.names, among: days.among, daySlot: slot };
      for (const position of days.positions) consumed.add(position);
      notes.push(`makes exactly the days named in the task (${days.names.join(', ')}) on among the day toggles (demonstrated steps ${days.positions.map((position) => demonstrated[position]!.index + 1).join(', ')})`);
    }
  }
  // "every day" said by both tasks is no slot, yet the presses on the day toggles were about it (rules/day-set.ts).
  const dayPhrases = ensure ? undefined : dayPhrasesOf(texts);
  const sharedDays = dayPhrases && dayToggleSet(demonstrated.map(({ step }) => step), [dayPhrases.old], [dayPhrases.new], texts, { old: alignment.slots.flatMap((slot) => slot.old), new: alignment.slots.flatMap((slot) => slot.new) });
  // Another day set than demonstrated that no reading makes ("weekends left out" beside "every day"): the presses
  // replayed would leave the demonstration's days on, not the asked ones — refused.
  const [oldDays, newDays] = dayPhrases && !sharedDays ? [daySetOf([dayPhrases.old]), daySetOf([dayPhrases.new])] : [];
  if (oldDays && newDays && oldDays.join() !== newDays.join() && dayTogglePositions(demonstrated.map(({ step }) => step)).length > 0) {
    dateProblems.push({ text: `the task says the days as ${JSON.stringify(dayPhrases!.new)} in words that do not make them the repeat days (the demonstration's presses left ${JSON.stringify(dayPhrases!.old)} on)`, blocking: true });
  }
  // One day phrase demonstrated, more said apart now ('mon "Yoga" thu too'): the presses would serve one of them at most.
  else if (!ensure && !dayPhrases && dayPhraseCount(texts.old) === 1 && dayPhraseCount(texts.new) > 1 && dayTogglePositions(demonstrated.map(({ step }) => step)).length > 0) {
    dateProblems.push({ text: 'the task says its days in more than one place, which the demonstration\'s one set of day presses does not serve', blocking: true });
  }
  if (sharedDays) {
    ensure = { positions: sharedDays.positions, role: sharedDays.role, names: sharedDays.names, among: sharedDays.among };
    for (const position of sharedDays.positions) consumed.add(position);
    notes.push(`makes exactly the days the task says (${JSON.stringify(dayPhrases!.new)}: ${sharedDays.names.join(', ')}) on among the day toggles, as the demonstration's presses left its own days (demonstrated steps ${sharedDays.positions.map((position) => demonstrated[position]!.index + 1).join(', ')})`);
  }
  // Names paired one by one ("milk" → "onions", "apples" → "lentils") may be one checked set together.
  ensure ??= namedSetOf(demonstrated.map(({ step }) => step), alignment.slots, (steps, names) => checkedSetRule(steps, names, sameValues));
  if (ensure?.slots) {
    for (const position of ensure.positions) consumed.add(position);
    notes.push(`makes exactly the ${ensure.role}es named in the task checked (demonstrated steps ${ensure.positions.map((position) => demonstrated[position]!.index + 1).join(', ')})`);
    for (const slot of ensure.slots) scalarBindings.push(refineBinding(slot.old[0]!, slot.new[0]!));
  }

  for (const slot of alignment.slots) {
    if (ensure && (ensure.names === slot.new || ensure.slots?.includes(slot) || ensure.daySlot === slot)) continue;
    if (!slot.list) {
      const evidence = demonstrated.flatMap(({ step }) => stepStrings(step));
      // "Friday the 7th" for "Thu 13", a day chip pressed: written as the step wrote the old day, "Fri 7" (rules/day-options.ts).
      const chip = weekdayDayBinding(slot.old[0]!, slot.new[0]!, evidence);
      if (chip) {
        scalarBindings.unshift(chip);
        notes.push(`writes ${JSON.stringify(slot.new[0])} as the steps wrote ${JSON.stringify(slot.old[0])} (${chip.old} → ${chip.new})`);
        continue;
      }
      scalarBindings.push(refineBinding(slot.old[0]!, slot.new[0]!));
      // A date rarely shows whole: its month name, day and year do ("17" in a "March 17, 2010" cell).
      if (!mentioned(slot.old[0]!)) {
        const steps = demonstrated.map(({ step }) => step);
        // "Thursday" or "11/5" for "24 September", chosen from a list of days ("Wednesday, September 24"): rules/day-options.ts.
        const day = dayOptionBinding(slot.old[0]!, slot.new[0]!, steps);
        // "23 May 15:30" for "14 February 12:30pm", set as a day and a time apart: rules/date-time-pieces.ts.
        const pieces = day ? [day] : dateTimePieceBindings(slot.old[0]!, slot.new[0]!, steps, evidence, mentioned);
        if (pieces) {
          scalarBindings.unshift(...pieces);
          notes.push(`reads ${JSON.stringify(slot.old[0])} → ${JSON.stringify(slot.new[0])} as the day${day ? '' : ' and the time'} the steps chose (${pieces.map((part) => `${part.old} → ${part.new}`).join(', ')})`);
          continue;
        }
      }
      // Written another way than demonstrated ("28 January 2011" for "01/28/2010", "5:07 PM" for "17:07"): rules/date-formats.ts.
      const date = dateTimeBindings(slot.old[0]!, slot.new[0]!, evidence);
      if (date && 'problem' in date) dateProblems.push({ text: date.problem, blocking: true });
      else if (date) {
        scalarBindings.unshift(...date.bindings);
        if (date.dates) dates.push(date.dates);
        const usedParts = date.bindings.filter((binding) => mentioned(binding.old));
        if (usedParts.length > 0) notes.push(`reads the date ${slot.old[0]} as its parts (${date.bindings.map((binding) => `${binding.old} → ${binding.new}`).join(', ')})`);
        if (!mentioned(slot.old[0]!) && usedParts.length === 0) unusedSlots.push(slot);
        continue;
      }
      if (mentioned(slot.old[0]!)) continue;
      // "The email from Rhea": the demonstration acted inside the row that shows the value.
      // "at weekends" / "self-paced": the row of "weekends", when one text alone leads its value with a preposition (rules/row-key-wording.ts).
      const asWritten = rowKeyFindings(slot.old[0]!);
      // "weekends" / "the weekend": the same value said another way keys the demonstrated row's value (rules/row-key-wording.ts).
      const reworded = rowKeySaidAnotherWay(slot.old[0]!, slot.new[0]!);
      const unled = asWritten.length === 0 ? (rowKeyWithoutLeadingPreposition(slot.old[0]!, slot.new[0]!) ?? reworded) : undefined;
      const rewordedKey = reworded && asWritten.length > 0 ? { old: slot.old[0]!, new: reworded.new } : undefined;
      const key = unled && rowKeyFindings(unled.old).length > 0 ? unled : rewordedKey ?? { old: slot.old[0]!, new: slot.new[0]! };
      const findings = key === unled ? rowKeyFindings(unled.old) : asWritten;
      const keyed = findings.map((found) => found.position);
      if (keyed.length > 0) {
        for (const { position, ...found } of findings) rowKeys.set(position, [...(rowKeys.get(position) ?? []), { old: key.old, new: key.new, ...found, ...(key === unled || key === rewordedKey ? { unled: true as const } : {}) }]);
        notes.push(`finds the row that shows ${JSON.stringify(key.new)} where the demonstration acted in the row of ${JSON.stringify(key.old)} (demonstrated step(s) ${keyed.map((position) => demonstrated[position]!.index + 1).join(', ')})`);
        continue;
      }
      // "Find Rhea in the contact book": a pager brought on show the one item that shows the value (rules/paged-item.ts).
      const paged = pagedItems.size === 0 ? pagedItemOf(demonstrated.map(({ step }) => step), slot.old[0]!) : undefined;
      if (paged) {
        pagedItems.set(paged.position, { old: slot.old[0]!, new: slot.new[0]!, place: paged.place, ...(paged.dataText ? { dataText: true } : {}) });
        notes.push(`pages until the item that shows ${JSON.stringify(slot.new[0])} is on show, where the demonstration paged to ${JSON.stringify(slot.old[0])} (demonstrated step ${demonstrated[paged.position]!.index + 1})`);
        continue;
      }
      // "$50" for "54.16 dollars": an amount binds its number, a name beside it binds apart (rules/money-amounts.ts).
      const money = moneyBindings(slot.old[0]!, slot.new[0]!, mentioned);
      if (money) {
        scalarBindings.push(...money);
        notes.push(`reads ${JSON.stringify(slot.old[0])} → ${JSON.stringify(slot.new[0])} as amounts of money (${money.map((part) => `${part.old} → ${part.new}`).join(', ')})`);
        continue;
      }
      // A full name typed as its parts ("Ingrid" into Forename, "Kowal" into Surname): bind part by part.
      const parts = partBindings(slot.old[0]!, slot.new[0]!, mentioned);
      if (parts) {
        scalarBindings.push(...parts);
        notes.push(`binds ${JSON.stringify(slot.old[0])} part by part (${parts.map((part) => `${part.old} → ${part.new}`).join(', ')})`);
        continue;
      }
      // "the Double" → "a Twin", "Submit" → "the OK button": the value inside an article or a control noun (rules/framed-value.ts).
      const bare = framedBinding(slot.old[0]!, slot.new[0]!, mentioned);
      if (bare) {
        scalarBindings.push(bare);
        notes.push(`reads ${JSON.stringify(slot.old[0])} → ${JSON.stringify(slot.new[0])} as ${JSON.stringify(bare.old)} → ${JSON.stringify(bare.new)}, the words around them naming no value`);
        continue;
      }
      unusedSlots.push(slot);
      continue;
    }
    // A list: the run of steps that act on its items, split into one block per item.
    const items = demonstrated.map(({ step }, position) => (consumed.has(position) ? undefined : itemOf(step, slot.old)));
    const first = items.findIndex((item) => item !== undefined);
    // The last item's block closed by the steps that closed the first ("pick, Add" each): rules/item-blocks.ts.
    // A scroll between items only brought the next one into view: rules/item-blocks.ts withoutScrolls.
    const demonstratedSteps = demonstrated.map(({ step }) => step);
    const blocks = first < 0 ? [] : closeLastBlock(withoutScrolls(blocksOf(items, first), demonstratedSteps), items, demonstratedSteps);
    const alike = blocks.length > 0 && blocks.every((block) => blockMatches(blocks[0]!, block, slot, demonstrated));
    // An item the demonstration never acted on ("milk" already ticked) means its steps depended on the page it
    // started from: repeating them per new item would leave the new page's own state (another item ticked) as it is.
    const everyItemActedOn = new Set(blocks.map((block) => block.item)).size === slot.old.length;
    // An item the demonstration handled that the new task names too, outside its own list ("sun hat" in both lists, read
    // as no slot value): repeating the blocks for the new list alone would leave it undone (rules/item-blocks.ts).
    const leftOut = slot.old.filter((old) => !slot.new.some((value) => normalizeText(value) === normalizeText(old)) && containsWhole(texts.new, old));
    if (leftOut.length > 0) notes.push(`does not repeat the per-item steps: the task names ${leftOut.map((old) => JSON.stringify(old)).join(', ')} outside the list it reads (${slot.new.map((value) => JSON.stringify(value)).join(', ')})`);
    if (first >= 0 && !repetition && alike && everyItemActedOn && leftOut.length === 0 && (blocks.length > 1 || slot.old.length !== slot.new.length || slot.old.length === 1)) {
      const template = blocks[0]!.positions;
      const last = blocks[blocks.length - 1]!.positions.at(-1)!;
      repetition = { slot, first, last, template, templateItem: blocks[0]!.item };
      notes.push(
        `repeats demonstrated step(s) ${template.map((index) => demonstrated[index]!.index + 1).join(', ')} for each of ${slot.new.length} item(s)`,
      );
    } else if (slot.old.length === slot.new.length) {
      // A fixed-length tuple (name, e-mail, …): item i of the old list becomes item i of the new one; a full name
      // typed as its parts ("Kenji" into First name, "Pike" into Last name) is bound part by part, as a scalar slot's is.
      const byParts = slot.old.map((old, index) => (mentioned(old) ? undefined : partBindings(old, slot.new[index]!, mentioned)));
      const bound = slot.old.map((old, index) => byParts[index] ?? [refineBinding(old, slot.new[index]!)]);
      // An item the demonstration acted on that the new task still names outside the list it reads ("… with the wool
      // socks", read as part of "passport with the wool socks") is rewritten into another item here, and nothing
      // writes it back: it would go undone while the rest is done. The slot is unused, never half-followed.
      const dropped = droppedItems(slot.old, bound.flat(), texts.new, mentioned);
      if (dropped.length > 0) {
        notes.push(`does not bind the list item by item: the task still names ${dropped.map((old) => JSON.stringify(old)).join(', ')}, which the binding would rewrite into another item`);
        unusedSlots.push(slot);
        continue;
      }
      bound.forEach((bindings) => scalarBindings.push(...bindings));
      // An item that changes and that no step used ("No" → "Yes" of "…, Breakfast: No, View" read as a list) would go
      // undone while its neighbours are done: the slot is unused, never half-followed.
      const changedUnused = slot.old.some((old, index) => {
        if (byParts[index]) return false;
        const refined = refineBinding(old, slot.new[index]!); // "department Press" → "Press"
        return normalizeText(refined.old) !== normalizeText(refined.new) && !mentioned(old) && !mentioned(refined.old);
      });
      if (!slot.old.some(mentioned) || changedUnused) unusedSlots.push(slot);
    } else {
      unusedSlots.push(slot);
    }
  }

  const inSlots = new Set(alignment.slots.flatMap((slot) => [...slot.old, ...slot.new]));
  for (const value of sameValues) {
    if (inSlots.has(value) || mentioned(value)) continue;
    const findings = rowKeyFindings(value).filter(({ position }) => !rowKeys.has(position));
    const keyed = findings.map((found) => found.position);
    if (keyed.length > 0) {
      for (const { position, ...found } of findings) rowKeys.set(position, [{ old: value, new: value, ...found }]);
      notes.push(`finds the row that shows ${JSON.stringify(value)}, as the demonstration did (demonstrated step(s) ${keyed.map((position) => demonstrated[position]!.index + 1).join(', ')}), wherever it now is`);
      continue;
    }
    const paged = pagedItems.size === 0 ? pagedItemOf(demonstrated.map(({ step }) => step), value) : undefined;
    if (paged) {
      pagedItems.set(paged.position, { old: value, new: value, place: paged.place, ...(paged.dataText ? { dataText: true } : {}) });
      notes.push(`pages until the item that shows ${JSON.stringify(value)} is on show, as the demonstration did (demonstrated step ${demonstrated[paged.position]!.index + 1}), however many pages away it now is`);
    }
  }

  return { scalarBindings, dates, dateProblems, unusedSlots, consumed, ensure, repetition, rowKeys, pagedItems };
}

/**
 * The old items of a list bound item by item that the new task still names (`newText`, whole words) and the
 * demonstration acted on, which `bindings` rewrite into something else while no binding writes them back as
 * themselves: "wool socks" → "beach towel" and "sunglasses" → "passport with the wool socks" for "Pack beach towel
 * and passport with the wool socks". Ticking the rewritten steps would leave them undone.
 */
export function droppedItems(olds: readonly string[], bindings: readonly Binding[], newText: string, acted: (value: string) => boolean): string[] {
  return olds.filter((old) => {
    if (!containsWhole(newText, old) || !acted(old)) return false;
    const rewritten = bindings.some((binding) => containsWhole(old, binding.old) && normalizeText(binding.old) !== normalizeText(binding.new));
    // Written back only as the item itself: "passport with the wool socks" is another item that mentions it.
    const written = bindings.some((binding) => normalizeText(binding.new) === normalizeText(old));
    return rewritten && !written;
  });
}

/** Which old item of a list a step acted on: an exact field match wins over a mention inside longer text. */
function itemOf(step: Step, items: readonly string[]): number | undefined {
  // In a list box, the option a pick chose names its item before the box's value (which shows its first pick).
  const inListBox = step.action.type === 'select' && targetDescriptorsOf(step)[0]?.role === 'listbox';
  const own = inListBox && step.action.type === 'select' ? step.action.option : undefined;
  const ownItem = own === undefined ? -1 : items.findIndex((item) => normalizeText(item) === normalizeText(own));
  if (ownItem >= 0) return ownItem;
  const strings = stepStrings(step);
  const normalized = strings.map(normalizeText);
  const exact = items.findIndex((item) => normalized.includes(normalizeText(item)));
  if (exact >= 0) return exact;
  let best: number | undefined;
  for (const [index, item] of items.entries()) {
    if (strings.some((text) => containsWhole(text, item)) && (best === undefined || item.length > items[best]!.length)) {
      best = index;
    }
  }
  return best;
}

/** Consecutive steps grouped by the list item they act on; steps on no item stay with the block before them. */
function blocksOf(items: readonly (number | undefined)[], first: number): { item: number; positions: number[] }[] {
  const blocks: { item: number; positions: number[] }[] = [];
  let last = first;
  for (let index = first; index < items.length; index++) if (items[index] !== undefined) last = index;
  for (let index = first; index <= last; index++) {
    const item = items[index];
    if (item !== undefined && (blocks.length === 0 || blocks[blocks.length - 1]!.item !== item)) blocks.push({ item, positions: [] });
    blocks[blocks.length - 1]!.positions.push(index);
  }
  return blocks;
}

/**
 * Is `block` the first block done again for another item: the same actions,
 * on targets of the same role whose text and label differ only by the item?
 * (A form that types a name, then an e-mail into another field, is not.)
 */
function blockMatches(
  template: { item: number; positions: number[] },
  block: { item: number; positions: number[] },
  slot: TaskSlot,
  demonstrated: readonly { step: Step }[],
): boolean {
  if (block.positions.length !== template.positions.length) return false;
  const bindings = [{ old: slot.old[template.item]!, new: slot.old[block.item]! }];
  return template.positions.every((position, index) => {
    const a = demonstrated[position]!.step;
    const b = demonstrated[block.positions[index]!]!.step;
    if (a.action.type !== b.action.type) return false;
    const targetsA = targetDescriptorsOf(a);
    const targetsB = targetDescriptorsOf(b);
    if (targetsA.length !== targetsB.length) return false;
    const same = (x: string | undefined, y: string | undefined) => normalizeText(substitute(x ?? '', bindings).text) === normalizeText(y);
    // Two cells of a grid, each showing its item's code ("5" in the line of "C" for C5, "6" for C6): grid-codes.ts.
    const codes = [a, b].map((step) => {
      const element = targetedElements(step)[0];
      return element ? elementGridCode(element, step.observation.elements) : undefined;
    });
    if (codes[0] && codes[1] && same(codes[0], codes[1]) && targetsA.length === 1 && targetsA[0]!.role === targetsB[0]!.role) return true;
    // Two switches each leading with its item's name over its own describing line ("Location Find places near you",
    // "Microphone Record audio"): rules/leading-name.ts.
    const leads = (target: { text?: string; label?: string }, item: string) => [target.text, target.label].some((text) => !!text && leadsWithName(text, item));
    if (targetsA.length === 1 && targetsA[0]!.role === targetsB[0]!.role && leads(targetsA[0]!, slot.old[template.item]!) && leads(targetsB[0]!, slot.old[block.item]!)) return true;
    return targetsA.every((target, targetIndex) => {
      const other = targetsB[targetIndex]!;
      return target.role === other.role && same(target.text, other.text) && same(target.label, other.label);
    });
  });
}

/** Does the task name a planned step's target: its text or label carries a slot value, or appears in the task? */

/**
 * Drop the words an old and a new value share at their ends: "department
 * Press" → "department Legal" binds Press → Legal, so a select option "Press"
 * is rewritten too.
 */
export function refineBinding(old: string, value: string): Binding {
  const a = tokenizeTask(old);
  const b = tokenizeTask(value);
  let start = 0;
  while (start < a.length - 1 && start < b.length - 1 && a[start]!.norm === b[start]!.norm) start++;
  let end = 0;
  while (end < a.length - 1 - start && end < b.length - 1 - start && a[a.length - 1 - end]!.norm === b[b.length - 1 - end]!.norm) end++;
  if (start === 0 && end === 0) return { old, new: value };
  const slice = (source: string, tokens: typeof a) => {
    const kept = tokens.slice(start, tokens.length - end);
    return kept.length === 1 ? kept[0]!.text : source.slice(kept[0]!.start, kept[kept.length - 1]!.end);
  };
  return { old: slice(old, a), new: slice(value, b) };
}

/**
 * A value of several words and its counterpart of as many words, bound word
 * by word: "Ingrid Kowal" → "Sofia Ferrara" when forename and surname were
 * typed apart, "4 large pizzas" → "one small pizza" when the count was typed
 * and the size clicked (a number word becomes its digits). Every word that
 * differs must have been used by the demonstration — except a mere change of
 * form ("pizzas" → "pizza") — else a word of the task would go unused.
 */
function partBindings(old: string, value: string, used: (part: string) => boolean): Binding[] | undefined {
  const a = tokenizeTask(old);
  const b = tokenizeTask(value);
  if (a.length < 2 || a.length !== b.length || [...a, ...b].some((token) => token.kind === 'separator' || token.kind === 'punctuation')) return undefined;
  const bindings: Binding[] = [];
  let usedAny = false;
  for (const [index, token] of a.entries()) {
    const other = b[index]!;
    const before = numberWordValue(token.text) ?? token.text;
    const after = numberWordValue(other.text) ?? other.text;
    if (before.toLowerCase() === after.toLowerCase()) continue;
    if (used(before)) {
      usedAny = true;
      bindings.push({ old: before, new: after });
      continue;
    }
    const lowerWords = token.kind === 'word' && other.kind === 'word' && before === before.toLowerCase() && after === after.toLowerCase();
    let shared = 0;
    while (shared < before.length && before[shared] === after[shared]) shared++;
    if (!(lowerWords && shared >= 4)) return undefined;
  }
  return usedAny ? bindings : undefined;
}

