/**
 * Rule: "the 7th result" on a list paged by numbered page links.
 *
 * A demonstration of "click the 4th search result" on a list shown three at
 * a time clicked the page link "2", then the first result there: the pick's
 * overall position is (page − 1) · per-page + place, where the page is the
 * number the clicked link reads — not how many times a pager was pressed
 * (pressing "2" twice stays on page 2). On a new task the pick goes straight
 * to the link of the page that holds the new number ("7th" → page 3, first
 * place), then clicks the element at its place. It refuses when no link
 * reads that page's number, when a page holds another count than the
 * demonstrated one (the places would not line up), or when the click on a
 * page link changed nothing.
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

/** How a numbered pager places a pick: the demonstrated count of elements a page holds. */
export interface NumberedPages {
  perPage: number;
}

const NUMBERED_SCORE = 0.75;

/** "2" → 2; anything but a whole page number → undefined. */
export function pageNumberOf(text: string | undefined): number | undefined {
  const trimmed = (text ?? '').trim();
  return /^[1-9]\d{0,2}$/.test(trimmed) ? Number(trimmed) : undefined;
}

/**
 * The numbered page links clicked right before plan step `goal` (one kind of
 * control, each reading a page number, none of the pick's kind): how many
 * steps they took, the page the last one showed and that link. Undefined
 * when the step before the pick was no click on a page number.
 */
export function numberedPagerOf(steps: readonly PlannedStep[], goal: number, kind: string): { clicks: number; page: number; pager: TargetDescriptor } | undefined {
  let clicks = 0;
  let last: { page: number; pager: TargetDescriptor } | undefined;
  while (goal - clicks - 1 >= 0) {
    const previous = steps[goal - clicks - 1]!;
    const target = previous.step.action.type === 'click' ? targetDescriptorsOf(previous.step)[0] : undefined;
    const page = pageNumberOf(target?.text);
    if (!target || page === undefined || previous.search || previous.ensureChecked || kindOf(target) === kind) break;
    if (last && controlKind(last.pager) !== controlKind(target)) break;
    last ??= { page, pager: target };
    clicks++;
  }
  return last ? { clicks, ...last } : undefined;
}

/**
 * The page links a page shows without any having been clicked: one kind of
 * control by role and tag (not the pick's kind), reading exactly 1, 2, … n
 * (n ≥ 2) once each.
 * Only taken for a pick that also read the task's value (a cross-check on
 * every page), and on the first page: the demonstration paged nowhere.
 */
export function numberedLinksOn(observation: StepObservation, kind: string): TargetDescriptor | undefined {
  const groups = new Map<string, UIElement[]>();
  for (const element of observation.elements) {
    if (element.states.hidden || kindOf(element) === kind || pageNumberOf(element.text) === undefined) continue;
    const key = `${element.role}|${element.tag ?? ''}`; // the current page's link may carry a class of its own
    groups.set(key, [...(groups.get(key) ?? []), element]);
  }
  const pagers = [...groups.values()].filter((links) => {
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

const rowsKey = (elements: readonly UIElement[]) => elements.map((element) => normalizeText(element.text || element.label)).join('\u0000');

/**
 * Ground a numbered pick: the element at its place when this page holds the
 * number, else the link of the page that does. `seen` counts the elements
 * on the pages before this one (0 on the first page shown).
 */
export function groundNumberedPick(
  pick: NonNullable<PlannedStep['rankedPick']> & { numbered: NumberedPages },
  planIndex: number,
  elements: readonly UIElement[],
  seen: number,
  visited: ReadonlySet<string>,
): { grounding: StepGrounding; pageAdvance?: { planIndex: number; count: number }; visitKey?: string } {
  const { perPage } = pick.numbered;
  const here = elements.filter((element) => kindOf(element) === pick.kind && !element.states.hidden);
  const prefix = `numbered:${planIndex}:`;
  const rows = rowsKey(here);
  if (seen > 0 && visited.has(`${prefix}${rows}`)) {
    return { grounding: { ok: false, score: 0, reason: `clicked a page link, but the page still shows the same ${here.length} elements: the pager did not turn the page` } };
  }
  if (pick.index < 0) return { grounding: { ok: false, score: 0, reason: `the ${ordinalText(pick.index)} element is counted from the end, which numbered pages do not tell` } };
  const local = pick.index - seen;
  if (local >= 0 && local < perPage) {
    if (here.length !== perPage && local >= here.length) {
      return { grounding: { ok: false, score: 0, reason: `this page holds ${here.length} elements like the demonstrated one, and the ${ordinalText(pick.index)} would be number ${local + 1} here` } };
    }
    const element = here[local]!;
    const reason = `[${element.id}] is the ${ordinalText(pick.index)} of the elements like the demonstrated one (page ${seen / perPage + 1}, ${perPage} a page, place ${local + 1})`;
    return { grounding: clickPicked(element, pick.index, pick.alsoShows, NUMBERED_SCORE, reason) };
  }
  if (here.length !== perPage) {
    return { grounding: { ok: false, score: 0, reason: `this page holds ${here.length} elements like the demonstrated one where the demonstration's held ${perPage}, so the page of the ${ordinalText(pick.index)} cannot be told` } };
  }
  const page = Math.floor(pick.index / perPage) + 1;
  const pager = pick.pager!;
  const links = elements.filter((element) => !element.states.hidden && element.role === pager.role && (element.tag ?? '') === (pager.tag ?? '') && kindOf(element) !== pick.kind && pageNumberOf(element.text) === page);
  if (links.length !== 1) {
    return { grounding: { ok: false, score: 0, reason: `the ${ordinalText(pick.index)} element is on page ${page} (${perPage} a page), and ${links.length === 0 ? 'no' : links.length} page link${links.length === 1 ? '' : 's'} read${links.length === 1 ? 's' : ''} "${page}"` } };
  }
  const link = links[0]!;
  return {
    pageAdvance: { planIndex, count: (page - 1) * perPage - seen },
    visitKey: `${prefix}${rows}`,
    grounding: {
      ok: true,
      action: { type: 'click', target: { elementId: link.id } },
      score: NUMBERED_SCORE,
      reason: `the ${ordinalText(pick.index)} element is on page ${page} (${perPage} a page, as the demonstration's): click the page link [${link.id}] "${page}" (the page links read their page numbers)`,
    },
  };
}
