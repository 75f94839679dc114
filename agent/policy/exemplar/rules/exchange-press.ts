/**
 * Rule: a press that exchanged two fields' contents is read by what it did to them.
 *
 *   demonstration: "Find flights from Madrid to Prague on 17 Mar."   From held "Prague (PRG)", To "Madrid (MAD)";
 *                                                                     pressed ⇅ — From now holds "Madrid (MAD)", To "Prague (PRG)"
 *   task:          "Find flights from Athens to Zurich on 16 Mar."
 *
 * The press named no city, yet it is how the demonstration gave From and To
 * the cities its task names: a person reads the button by what it did. A
 * click after which two editable fields hold each other's former contents
 * (and the two differed) is such an exchange; each field's new content
 * holds a value of the demonstration's task (the old side of a slot the
 * steps did not use yet, or a value both tasks name). The new task's values
 * then are what the fields must hold after the press, and the slots are used —
 * when each value stands after the same word in both texts ("from Madrid" /
 * "from Athens"): "Oslo flights out of Dublin" names the two ends the other
 * way round, and is left to refuse as before.
 *
 * Grounding presses again only where the page shows the state the
 * demonstration pressed in: each field holding the value wanted for the
 * other. Fields that already hold what is wanted, or hold anything else (a
 * city an exchange cannot bring), are refused with a reason: another press
 * would give them the wrong values, or none the task names — a refusal
 * rather than a guess.
 *
 * Planning half `markExchangePresses`, grounding half `exchangeProblem`. Pure, no task knowledge.
 */
import type { UIElement } from '../../../core/observation.js';
import { EDITABLE_ROLES, type PlannedStep, type RuleContext } from '../planned-step.js';
import { containsWhole, findWhole, normalizeText } from '../text-match.js';
import { tokenizeTask } from '../task-tokens.js';

/** One of the two fields: how it is found again, and the value it must hold after the press. */
export interface ExchangedField {
  role: string;
  /** The field's name (label, else text), normalised. */
  name: string;
  /** The demonstration's value the press gave it. */
  demonstrated: string;
  /** The new task's value it must hold after the press. */
  wanted: string;
}

export type ExchangePress = readonly [ExchangedField, ExchangedField];

const nameOf = (element: UIElement) => normalizeText(element.label || element.text || '');

/** The editable fields with a name and a value, each by id. */
function fieldsOf(elements: readonly UIElement[]): Map<number, UIElement> {
  return new Map(elements.filter((element) => EDITABLE_ROLES.has(element.role) && (element.value ?? '').trim() !== '' && nameOf(element) !== '').map((element) => [element.id, element]));
}

/** The two fields a click exchanged: before and after, each holding the other's former content. */
export function exchangedFields(before: readonly UIElement[], after: readonly UIElement[]): [UIElement, UIElement] | undefined {
  const [was, now] = [fieldsOf(before), fieldsOf(after)];
  const changed = [...was.values()].filter((field) => now.has(field.id) && now.get(field.id)!.value !== field.value);
  if (changed.length !== 2) return undefined;
  const [a, b] = changed as [UIElement, UIElement];
  const same = (x: string | undefined, y: string | undefined) => normalizeText(x ?? '') === normalizeText(y ?? '');
  if (same(a.value, b.value) || !same(now.get(a.id)!.value, b.value) || !same(now.get(b.id)!.value, a.value)) return undefined;
  return [now.get(a.id)!, now.get(b.id)!];
}

/**
 * The value of the demonstration's task a field's new content holds, with its new counterpart: a slot's old
 * value (the slot is returned to be marked used), else a value both tasks name.
 */
function wantedFor(content: string, context: Pick<RuleContext, 'demoTask' | 'task' | 'unusedSlots'>): { demonstrated: string; wanted: string; slot?: RuleContext['unusedSlots'][number] } | undefined {
  const slot = context.unusedSlots.find((candidate) => !candidate.list && candidate.old.length === 1 && candidate.new.length === 1 && containsWhole(content, candidate.old[0]!));
  if (slot) return { demonstrated: slot.old[0]!, wanted: slot.new[0]!, slot };
  const shared = tokenizeTask(content).find((token) => /^\p{Lu}/u.test(token.text) && containsWhole(context.demoTask, token.text) && containsWhole(context.task, token.text));
  return shared ? { demonstrated: shared.text, wanted: shared.text } : undefined;
}

/** The word just before `value` in `text` (lower-cased), if it stands there after one. */
function wordBefore(text: string, value: string): string | undefined {
  const at = findWhole(text, value);
  return at ? /(\p{L}+)\W*$/u.exec(text.slice(0, at.start))?.[1]?.toLowerCase() : undefined;
}

/** Planning half: a click that exchanged two fields gives them the new task's values (see above). */
export function markExchangePresses(steps: PlannedStep[], context: Pick<RuleContext, 'demoTask' | 'task' | 'unusedSlots' | 'notes' | 'next'>): void {
  for (const planned of steps) {
    if (planned.step.action.type !== 'click') continue;
    const after = context.next(planned);
    const fields = after ? exchangedFields(planned.step.observation.elements, after) : undefined;
    if (!fields) continue;
    const wanted = fields.map((field) => wantedFor(field.value ?? '', context));
    const slots = wanted.flatMap((value) => (value?.slot ? [value.slot] : []));
    if (!wanted[0] || !wanted[1] || slots.length === 0 || slots[0] === slots[1]) continue;
    // Each value told by the same word before it in both texts ("from Madrid" / "from Athens"): "Oslo flights out of
    // Dublin" names the same two ends the other way round, which an exchange would follow wrongly.
    if (!wanted.every((value) => wordBefore(context.demoTask, value!.demonstrated) !== undefined && wordBefore(context.demoTask, value!.demonstrated) === wordBefore(context.task, value!.wanted))) continue;
    const field = (index: 0 | 1): ExchangedField => ({ role: fields[index].role, name: nameOf(fields[index]), demonstrated: wanted[index]!.demonstrated, wanted: wanted[index]!.wanted });
    planned.exchange = [field(0), field(1)];
    for (const slot of slots) context.unusedSlots.splice(context.unusedSlots.indexOf(slot), 1);
    const [a, b] = planned.exchange;
    context.notes.push(
      `demonstrated step ${planned.sourceIndex + 1} exchanged the contents of ${JSON.stringify(a.name)} and ${JSON.stringify(b.name)}, giving them ${JSON.stringify(a.demonstrated)} and ${JSON.stringify(b.demonstrated)}: pressed only where they hold ${JSON.stringify(b.wanted)} and ${JSON.stringify(a.wanted)}`,
    );
  }
}

/** Grounding half: why the exchange must not be pressed on this page, or undefined when the fields hold the wanted values the other way round. */
export function exchangeProblem(exchange: ExchangePress, elements: readonly UIElement[]): string | undefined {
  const found = exchange.map((field) => elements.filter((element) => element.role === field.role && nameOf(element) === field.name));
  if (found.some((matches) => matches.length !== 1)) return `the fields ${exchange.map((field) => JSON.stringify(field.name)).join(' and ')} the demonstration's press exchanged are not each found once on this screen`;
  const [a, b] = [found[0]![0]!, found[1]![0]!];
  const [wantA, wantB] = [exchange[0].wanted, exchange[1].wanted];
  if (containsWhole(a.value, wantB) && containsWhole(b.value, wantA)) return undefined;
  const holds = `${JSON.stringify(exchange[0].name)} holds ${JSON.stringify(a.value ?? '')} and ${JSON.stringify(exchange[1].name)} ${JSON.stringify(b.value ?? '')}`;
  return `the demonstration pressed this to exchange the two fields' contents; here ${holds}, and an exchange would not give them ${JSON.stringify(wantA)} and ${JSON.stringify(wantB)} as the task asks`;
}
