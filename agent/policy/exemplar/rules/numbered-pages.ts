/**
 * Rule: "the 7th result" on a list paged by numbered page links.
 *
 * A demonstration of "click the 4th search result" on a list shown three at
 * a time clicked the page link "2", then the first result there: the pick's
 * overall position is (page − 1) · per-page + place, where the page is the
 * number the clicked link reads — not how many times a pager was pressed
 * (pressing "2" twice stays on page 2; "Next" then "3" is page 3, however
 * many "Next"s came before). On a new task the pick goes straight to the
 * link of the page that holds the new number ("7th" → page 3, first place),
 * or pages with Next where no link reads it, then clicks the element at its
 * place; the page size is counted on the new first page, not taken from the
 * demonstration (rules/paged-ordinal.ts, which also says when it refuses).
 *
 * When the demonstrated element was also the one the task named through a
 * slot (the result reading the searched name), the new element must read the
 * new name too: a place that holds something else is refused, never clicked.
 *
 * Planning half: numberedPagerOf (called by rules/ranked-pick.ts).
 * Grounding half: groundNumberedPick (called by rules/ranked-pick.ts).
 */
import type { UIElement } from '../../../core/observation.js';
import type { StepObservation, TargetDescriptor } from '../../../core/trajectory.js';
import type { StepGrounding } from '../ground-step.js';
import { controlKind, kindOf, targetDescriptorsOf, type PlannedStep } from '../planned-step.js';
import { showsValue } from '../row-keys.js';
import { normalizeText } from '../text-match.js';
import { ordinalText } from './ordinal-noun.js';
import { groundAcrossPages, pageNumberGroups, pageNumberOf, pagerClickOf, pagerWalkOf } from './paged-ordinal.js';

/** How a numbered pager places a pick: the demonstrated count of elements a page holds. */
export interface NumberedPages {
  perPage: number;
}

const NUMBERED_SCORE = 0.75;

/**
 * The pager clicks right before plan step `goal` — page numbers (one kind of
 * control), and Next / Previous between them (rules/paged-ordinal.ts), none
 * of the pick's kind — when at least one read a page number: how many steps
 * they took, the page they ended on (walked from the first page: "Next",
 * "3" → page 3) and the last page link. Undefined when the step before the
 * pick was no pager click or no click read a page number.
 */
export function numberedPagerOf(steps: readonly PlannedStep[], goal: number, kind: string): { clicks: number; page: number; pager: TargetDescriptor } | undefined {
  let clicks = 0;
  let last: TargetDescriptor | undefined;
  while (goal - clicks - 1 >= 0) {
    const previous = steps[goal - clicks - 1]!;
    const target = previous.step.action.type === 'click' ? targetDescriptorsOf(previous.step)[0] : undefined;
    const click = pagerClickOf(target);
    if (!target || click === undefined || previous.search || previous.ensureChecked || kindOf(target) === kind) break;
    if (typeof click === 'object') {
      if (last && controlKind(last) !== controlKind(target) && pageNumberOf(last.text) !== undefined) break;
      last ??= target;
    }
    clicks++;
  }
  if (!last) return undefined;
  const walk = steps.slice(goal - clicks, goal).map((planned) => targetDescriptorsOf(planned.step)[0]);
  const page = pagerWalkOf(walk);
  return page === undefined ? undefined : { clicks, page, pager: last };
}

/**
 * The page links a page shows without any having been clicked: one kind of
 * control by role and tag (not the pick's kind), reading exactly 1, 2, … n
 * (n ≥ 2) once each.
 * Only taken for a pick that also read the task's value (a cross-check on
 * every page), and on the first page: the demonstration paged nowhere.
 */
export function numberedLinksOn(observation: StepObservation, kind: string): TargetDescriptor | undefined {
  const pagers = pageNumberGroups(observation.elements, kind, (element) => !element.states.hidden).filter((links) => {
    const numbers = links.map((link) => pageNumberOf(link.text)!).sort((a, b) => a - b);
    return numbers.length >= 2 && numbers.every((number, index) => number === index + 1);
  });
  // The items of a list and the links inside them read the same numbers: the links are what is clicked.
  const clickable = pagers.filter((links) => links[0]!.role === 'link' || links[0]!.role === 'button');
  const chosen = clickable.length === 1 ? clickable : pagers;
  const second = chosen.length === 1 ? chosen[0]!.find((link) => pageNumberOf(link.text) === 2) : undefined;
  return second ? { role: second.role, tag: second.tag, text: second.text, box: second.box, ...(second.attributes ? { attributes: second.attributes } : {}) } : undefined;
}

/** The value of a slot the demonstrated target read as its whole caption ("Kasie" → "Renda"), when one did. */
export function slotShownBy(planned: PlannedStep): string | undefined {
  const texts = targetDescriptorsOf(planned.step).map((target) => normalizeText(target.text)).filter((text) => text !== '');
  const binding = planned.bindings.find((candidate) => texts.includes(normalizeText(candidate.old)) && normalizeText(candidate.old) !== normalizeText(candidate.new));
  return binding?.new;
}

/**
 * Click the picked element — unless the demonstrated one also read a value the task names through a slot and
 * this one does not read it: then refuse.
 */
export function clickPicked(element: UIElement, index: number, alsoShows: string | undefined, score: number, reason: string): StepGrounding {
  if (alsoShows !== undefined && !showsValue(element.text, alsoShows) && !showsValue(element.label, alsoShows)) {
    return {
      ok: false,
      score: 0,
      reason: `the ${ordinalText(index)} element like the demonstrated one reads ${JSON.stringify((element.text || element.label || '').trim())}, not ${JSON.stringify(alsoShows)} the task names (the demonstrated one read both its place and the task's value)`,
    };
  }
  return { ok: true, action: { type: 'click', target: { elementId: element.id } }, score, reason };
}

/**
 * Ground a numbered pick: the element at its place when this page holds the
 * number, else the link of the page that does (or Next when no link reads
 * it) — the page size counted on the first page (rules/paged-ordinal.ts).
 * `seen` counts the elements on the pages before this one (0 on the first
 * page shown).
 */
export function groundNumberedPick(
  pick: NonNullable<PlannedStep['rankedPick']> & { numbered: NumberedPages },
  planIndex: number,
  elements: readonly UIElement[],
  seen: number,
  visited: ReadonlySet<string>,
): { grounding: StepGrounding; pageAdvance?: { planIndex: number; count: number }; visitKey?: string } {
  return groundAcrossPages(pick, planIndex, elements, seen, visited, `numbered:${planIndex}:`, (element, reason) => clickPicked(element, pick.index, pick.alsoShows, NUMBERED_SCORE, reason));
}
