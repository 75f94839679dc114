/**
 * A ranked pick: "the 5th result" — a click on the element whose overall
 * position among elements of its kind (counting the pages turned just
 * before) is a number in the task becomes "pick the new Nth", paging as the
 * demonstration did.
 */
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import type { StepGrounding } from '../ground-step.js';
import { groundTarget, nearTieRefusal } from '../ground-target.js';
import { containsWhole, normalizeText } from '../text-match.js';
import { tokenizeTask } from '../task-tokens.js';
import { kindOf, targetDescriptorsOf, targetedElements, type PlannedStep } from '../planned-step.js';
import { isOrdinalWord, ordinalText, ordinalValue, pickIndex, pickIndexOf } from './ordinal-noun.js';
import { clickPicked, groundNumberedPick, numberedLinksOn, numberedPagerOf, slotShownBy } from './numbered-pages.js';
import { groundAcrossPages, pagerClickOf } from './paged-ordinal.js';
import { closingNotRanked, valueNumbers } from './value-not-rank.js';

/** Score of a ranked pick: the position rule held in the demonstration; the page may count differently. */
const RANKED_PICK_SCORE = 0.75;

/** "5", "5th", "fifth": the number; "last": -1 (rules/ordinal-noun.ts); anything else: undefined. */
export function ordinalNumber(text: string): number | undefined {
  return ordinalValue(text);
}

/**
 * A click on an element the task does not name, where a number in the task
 * ("the 5th result") equals the element's overall position among elements of
 * its kind — counting the pages the demonstration turned just before (k
 * clicks on one pager, P elements of the kind per page: n − 1 = k·P + rank).
 * Then the pager clicks and the pick become one step that picks the new
 * number's element, paging as needed.
 */
export function markRankedPicks(steps: PlannedStep[], notes: string[], demoTask: string): Set<number> {
  const used = new Set<number>();
  const values = valueNumbers(demoTask, steps); // "set Adults to 2": a value, not the 2nd element (rules/value-not-rank.ts)
  for (let goal = steps.length - 1; goal >= 0; goal--) {
    const planned = steps[goal]!;
    if (planned.step.action.type !== 'click' || planned.search || planned.ensureChecked || planned.rowKeys) continue;
    // A target the task names outright ("Submit", the slot value itself) is found by its name, not its rank;
    // one that only mentions a value ("Carla jelly" for the term "Carla") may still be the Nth.
    const wholeNamed = targetDescriptorsOf(planned.step).some((target) => {
      const text = normalizeText(target.text);
      return text !== '' && (containsWhole(demoTask, target.text.trim()) || planned.bindings.some((binding) => normalizeText(binding.old) === text));
    });
    // Named through a slot and placed by an ordinal slot (the searched name, the 4th result): both must hold (rules/numbered-pages.ts).
    const alsoShows = wholeNamed ? slotShownBy(planned) : undefined;
    if (wholeNamed && alsoShows === undefined) continue;
    const element = targetedElements(planned.step)[0];
    if (!element || closingNotRanked(element, planned.step.observation.elements, demoTask, goal === steps.length - 1)) continue; // Save is not "the first message" (rules/value-not-rank.ts)
    // A slot's ordinals may be words: "second" → "last" (rules/ordinal-noun.ts); a pick from the end has no pager to page with.
    const numbers = planned.bindings
      .map((binding) => ({ old: ordinalValue(binding.old), new: ordinalValue(binding.new), words: isOrdinalWord(binding.old) || isOrdinalWord(binding.new), plain: /^\s*\d+\s*$/.test(binding.old) }))
      .filter((pair): pair is { old: number; new: number; words: boolean; plain: boolean } => pair.old !== undefined && pair.new !== undefined && pair.old >= 1 && pair.new !== 0 && !(pair.plain && values.has(pair.old)))
      .map(({ old, new: now }) => ({ old, new: now }));
    // A number both tasks share ("the 5th" in each) is no slot but still names the position.
    for (const token of alsoShows === undefined ? tokenizeTask(demoTask) : []) {
      // Shared ordinal words are wording ("first name"): only digits name a position both tasks share.
      const number = isOrdinalWord(token.text) ? undefined : ordinalNumber(token.text);
      const rebound = planned.bindings.some((binding) => normalizeText(binding.old) === token.norm);
      if (number !== undefined && number >= 1 && !rebound && !(/^\d+$/.test(token.text) && values.has(number))) numbers.push({ old: number, new: number });
    }
    if (numbers.length === 0) continue;
    const kind = kindOf(element);
    const rank = planned.step.observation.elements.filter((other) => kindOf(other) === kind).findIndex((other) => other.id === element.id);
    const numbered = numberedPagerOf(steps, goal, kind); // page links that read their page's number (rules/numbered-pages.ts)
    if (numbered && rank >= 0) {
      const perPage = steps[goal - numbered.clicks]!.step.observation.elements.filter((other) => kindOf(other) === kind).length;
      const hit = numbers.find((pair) => pair.old - 1 === (numbered.page - 1) * perPage + rank && pair.new > 0);
      if (hit) {
        const start = goal - numbered.clicks;
        steps.splice(start, numbered.clicks + 1, { ...planned, rankedPick: { kind, index: pickIndexOf(hit.new), pager: numbered.pager, numbered: { perPage }, ...(alsoShows !== undefined ? { alsoShows } : {}) } });
        used.add(hit.old);
        notes.push(`picks the ${ordinalText(pickIndexOf(hit.new))} of the elements like demonstrated step ${planned.sourceIndex + 1}, ${perPage} a page, by the page link that reads its page's number`);
        goal = start;
        continue;
      }
    }
    // Consecutive clicks on one and the same control (a "Next page" link) right before the pick.
    let pages = 0;
    let pager: TargetDescriptor | undefined;
    while (goal - pages - 1 >= 0) {
      const previous = steps[goal - pages - 1]!;
      const target = previous.step.action.type === 'click' ? targetDescriptorsOf(previous.step)[0] : undefined;
      if (!target || previous.search || previous.ensureChecked || kindOf(target) === kind) break;
      if (pager && (pager.role !== target.role || normalizeText(pager.text) !== normalizeText(target.text) || normalizeText(pager.label) !== normalizeText(target.label))) break;
      pager = target;
      pages++;
    }
    const countOn = (position: number) => steps[position]!.step.observation.elements.filter((other) => kindOf(other) === kind).length;
    // A click before which no element of the kind showed (the "Search" button) brought the first page: no page turn.
    if (pages > 0 && countOn(goal - pages) === 0) ({ pages, pager } = { pages: 0, pager: undefined });
    const perPage = countOn(goal - pages);
    const match = numbers.find((pair) => pair.old - 1 === pages * perPage + rank);
    // A pick on the first page that read the task's value too: the page's number links reach the others (rules/numbered-pages.ts).
    const links = match && pages === 0 && alsoShows !== undefined && match.new > 0 ? numberedLinksOn(planned.step.observation, kind) : undefined;
    if (links) pager = links;
    if (!match || rank < 0 || (match.new < 0 && pager)) continue;
    const start = goal - pages;
    steps.splice(start, pages + 1, { ...planned, rankedPick: { kind, index: pickIndexOf(match.new), ...(pager ? { pager } : {}), ...(links ? { numbered: { perPage } } : {}), ...(alsoShows !== undefined ? { alsoShows } : {}) } });
    used.add(match.old);
    notes.push(`picks the ${ordinalText(pickIndexOf(match.new))} of the elements like demonstrated step ${planned.sourceIndex + 1}${pager ? `, paging with ${JSON.stringify(pager.text || pager.label || pager.role)}` : ''}`);
    goal = start;
  }
  return used;
}

/**
 * Grounding half: number `pick.index` of the elements of the pick's kind,
 * counting the `seen` ones on pages turned past; when it lies further on,
 * the pager (and `pageAdvance`, the count to remember for this page).
 */
export function groundRankedPick(
  pick: NonNullable<PlannedStep['rankedPick']>,
  planIndex: number,
  elements: readonly UIElement[],
  seen: number,
  demoTask: string,
  visited: ReadonlySet<string> = new Set(),
): { grounding: StepGrounding; pageAdvance?: { planIndex: number; count: number }; visitKey?: string } {
  if (pick.numbered) return groundNumberedPick({ ...pick, numbered: pick.numbered }, planIndex, elements, seen, visited);
  const here = elements.filter((element) => kindOf(element) === pick.kind && !element.states.hidden);
  const local = pickIndex(pick.index, seen, here.length, pick.pager !== undefined) ?? -1; // "last": rules/ordinal-noun.ts
  if (local >= 0 && local < here.length) {
    const element = here[local]!;
    const reason = `[${element.id}] is the ${ordinalText(pick.index)} of the elements like the demonstrated one (${seen} on earlier pages, ${here.length} here)`;
    return { grounding: clickPicked(element, pick.index, pick.alsoShows, RANKED_PICK_SCORE, reason) };
  }
  const acrossPages = (numbersOnly: boolean) =>
    groundAcrossPages({ ...pick, ...(numbersOnly ? { numbersOnly } : {}) }, planIndex, elements, seen, visited, `pages:${planIndex}:`, (element, reason) => clickPicked(element, pick.index, pick.alsoShows, RANKED_PICK_SCORE, reason));
  // A "Next" (whatever its caption now) pages with counting and a check that each turn turned (rules/paged-ordinal.ts).
  if (pick.pager && pagerClickOf(pick.pager) === 'next' && pick.index >= 0 && here.length > 0) return acrossPages(false);
  if (pick.pager && here.length > 0) {
    const pager = groundTarget(pick.pager, [], elements, { demoTask });
    const tie = nearTieRefusal(pager, 'the pager');
    if (tie) return { grounding: { ok: false, score: 0, reason: `number ${pick.index + 1} is not among the ${here.length} here, and ${tie}` } };
    if (pager.element) {
      return {
        pageAdvance: { planIndex, count: here.length },
        grounding: { ok: true, action: { type: 'click', target: { elementId: pager.element.id } }, score: pager.score, reason: `number ${pick.index + 1} is not among the ${here.length} here: next page: ${pager.reason}` },
      };
    }
    // The demonstrated pager's caption changed ("Next" for ">"): the page's own pager, counted (rules/paged-ordinal.ts).
    const turn = acrossPages(false);
    if (turn.grounding.ok) return turn;
    return { grounding: { ok: false, score: 0, reason: `number ${pick.index + 1} is not among the ${seen + here.length} elements seen, and the pager is gone: ${pager.reason}; ${turn.grounding.reason}` } };
  }
  // The demonstration turned no page: a pager with page numbers on this one reaches the others (rules/paged-ordinal.ts).
  if (!pick.pager && pick.index >= 0 && here.length > 0) return acrossPages(true);
  return { grounding: { ok: false, score: 0, reason: `number ${pick.index + 1} is not among the ${here.length} elements like the demonstrated one` } };
}
