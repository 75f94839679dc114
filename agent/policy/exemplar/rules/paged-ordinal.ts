/**
 * Rule: "the 7th search result" counted across pages, read off the page.
 *
 * A demonstration of "click the 2nd search result" never paged (the 2nd was
 * on the first page); one of "the 5th" may have clicked the page link "2",
 * or "Next"; another may have clicked "Next" then "3". A new task names the
 * 7th. Whatever the demonstration did, the page tells the way: the results
 * a page holds are counted on the first page (a page followed by another is
 * full), the page that holds the Nth is ⌈N / per page⌉, and the pager
 * reaches it — by the link that reads its number when one shows, else by
 * "Next" (whatever its caption: "Next", ">", "›", "»", "Next page"), one page
 * at a time, counting what each page held. There the element at its place
 * is clicked.
 *
 * It refuses — never clicks a result it cannot place — when the page shows
 * no pager to further pages (the Nth is beyond the results), when a page
 * turn changed nothing, when the pages hold counts that do not add up to the
 * page the pager says it shows, and on the last page when the place is empty.
 *
 * Planning half: pagerWalkOf (the page a demonstration's mixed page links
 * and Next clicks ended on; called by rules/numbered-pages.ts).
 * Grounding half: groundAcrossPages (called by rules/numbered-pages.ts for
 * every numbered pick, and by rules/ranked-pick.ts for a pick paged with a
 * Next control or made on the first page).
 */
import type { UIElement } from '../../../core/observation.js';
import type { TargetDescriptor } from '../../../core/trajectory.js';
import type { StepGrounding } from '../ground-step.js';
import { groundTarget } from '../ground-target.js';
import { kindOf } from '../planned-step.js';
import { normalizeText } from '../text-match.js';
import { ordinalText } from './ordinal-noun.js';

const ACROSS_PAGES_SCORE = 0.75;

/** Captions and labels of a control that shows the next page; "»" and ">>" only when nothing plainer is there (they may mean "last"). */
const NEXT_PLAIN = /^(?:next(?: page)?|next\s*[>›→]|[>›→]|go to next page|show next page)$/i;
const NEXT_DOUBLE = /^(?:»|>>|next\s*»)$/i;
const PREVIOUS = /^(?:prev(?:ious)?(?: page)?|[<‹←«]|<<|[<‹«]\s*prev(?:ious)?|go to previous page)$/i;
/** Class words that mark the page shown among the page numbers. */
const CURRENT_CLASS = /(?:^|[\s_-])(?:active|current|selected)(?:$|[\s_-])/i;

/** "2" → 2; anything but a whole page number → undefined. */
export function pageNumberOf(text: string | undefined): number | undefined {
  const trimmed = (text ?? '').trim();
  return /^[1-9]\d{0,2}$/.test(trimmed) ? Number(trimmed) : undefined;
}

const clickable = (element: UIElement) => !element.states.hidden && !element.states.disabled && (element.role === 'link' || element.role === 'button');
const captionOf = (element: { text: string; label?: string }) => [element.text, element.label ?? ''].map((text) => normalizeText(text)).filter((text) => text !== '');

/** Is this control a "Next" of a pager (by caption or label), and a plain one (not "»")? */
export function nextKind(element: { text: string; label?: string }): 'plain' | 'double' | undefined {
  const captions = captionOf(element);
  if (captions.some((caption) => NEXT_PLAIN.test(caption))) return 'plain';
  if (captions.some((caption) => NEXT_DOUBLE.test(caption))) return 'double';
  return undefined;
}

/** Is this control a "Previous" of a pager? */
export function isPreviousControl(element: { text: string; label?: string }): boolean {
  return captionOf(element).some((caption) => PREVIOUS.test(caption));
}

/** What a page shows of its pager: the page links by number and the one Next control. */
export interface PagerShown {
  links: Map<number, UIElement>;
  next?: UIElement;
}

/**
 * The elements reading whole page numbers, not of the items' kind, that
 * `keep` accepts, grouped by role and tag (one pager's links share them; the
 * current page's link may carry a class of its own).
 */
export function pageNumberGroups(elements: readonly UIElement[], itemKind: string, keep: (element: UIElement) => boolean): UIElement[][] {
  const groups = new Map<string, UIElement[]>();
  for (const element of elements) {
    if (!keep(element) || kindOf(element) === itemKind || pageNumberOf(element.text) === undefined) continue;
    const key = `${element.role}|${element.tag ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), element]);
  }
  return [...groups.values()];
}

/**
 * The pager on a page: the links (or buttons) that read whole page numbers —
 * one kind of control by role and tag, each number once, not the items'
 * kind — and the one Next control. Undefined when neither shows.
 */
export function pagerShown(elements: readonly UIElement[], itemKind: string): PagerShown | undefined {
  const distinct = pageNumberGroups(elements, itemKind, clickable).filter((links) => new Set(links.map((link) => pageNumberOf(link.text))).size === links.length);
  const nexts = elements.filter((element) => clickable(element) && kindOf(element) !== itemKind && nextKind(element) !== undefined);
  const plain = nexts.filter((element) => nextKind(element) === 'plain');
  const chosen = plain.length > 0 ? plain : nexts;
  const next = chosen.length === 1 ? chosen[0] : undefined;
  const links = distinct.length === 1 ? new Map(distinct[0]!.map((link) => [pageNumberOf(link.text)!, link] as const)) : new Map<number, UIElement>();
  // One lone number with no Next beside it is no pager (a count, a badge).
  if (!next && links.size < 2) return undefined;
  return { links, ...(next ? { next } : {}) };
}

/**
 * The page number the pager marks as shown (a class such as "active" or
 * "current", a selected state or aria-current, on the number); undefined
 * when no single number is marked.
 */
export function currentPageShown(elements: readonly UIElement[], itemKind: string): number | undefined {
  const marked = new Set<number>();
  for (const element of elements) {
    const number = pageNumberOf(element.text);
    if (number === undefined || element.states.hidden || kindOf(element) === itemKind) continue;
    if (element.states.selected || element.states.current || CURRENT_CLASS.test(element.attributes?.['class'] ?? '')) marked.add(number);
  }
  return marked.size === 1 ? [...marked][0] : undefined;
}

/** The kind of a pager click: a page number, Next or Previous; undefined for any other click. */
export function pagerClickOf(target: TargetDescriptor | undefined): { number: number } | 'next' | 'previous' | undefined {
  if (!target || (target.role !== 'link' && target.role !== 'button')) return undefined;
  const number = pageNumberOf(target.text);
  if (number !== undefined) return { number };
  if (nextKind(target) !== undefined) return 'next';
  if (isPreviousControl(target)) return 'previous';
  return undefined;
}

/**
 * The page a run of pager clicks ends on, starting from the first page:
 * a number goes to its page, Next one on, Previous one back. Undefined when
 * a click is no pager click or the walk leaves the pages.
 */
export function pagerWalkOf(clicks: readonly (TargetDescriptor | undefined)[]): number | undefined {
  let page = 1;
  for (const target of clicks) {
    const click = pagerClickOf(target);
    if (click === undefined) return undefined;
    page = click === 'next' ? page + 1 : click === 'previous' ? page - 1 : click.number;
    if (page < 1) return undefined;
  }
  return page;
}

const rowsKey = (elements: readonly UIElement[]) => elements.map((element) => normalizeText(element.text || element.label)).join('\u0000');
/** Between a page's rows and the page size counted on the first page, in a visit key. */
const SIZE_MARK = '\u0001';

/** The page size counted on the first page of this walk, kept in the keys of the pages turned. */
function countedSize(visited: ReadonlySet<string>, prefix: string): number | undefined {
  for (const key of visited) {
    if (!key.startsWith(prefix) || !key.includes(SIZE_MARK)) continue;
    const size = Number(key.slice(key.lastIndexOf(SIZE_MARK) + 1));
    if (Number.isInteger(size) && size > 0) return size;
  }
  return undefined;
}

/** Were these rows shown on a page turned before (by this walk, or by rules/numbered-pages.ts under the same prefix)? */
const seenBefore = (visited: ReadonlySet<string>, prefix: string, rows: string) => visited.has(`${prefix}${rows}`) || [...visited].some((key) => key.startsWith(`${prefix}${rows}${SIZE_MARK}`));

export interface AcrossPagesPick {
  kind: string;
  /** 0-based overall position. */
  index: number;
  /** The demonstration's own pager control (a "Next page" link), tried first for Next. */
  pager?: TargetDescriptor;
  /**
   * The demonstration turned no page: only a pager with page numbers is
   * taken as one (a lone "Next" may be a wizard's or a carousel's).
   */
  numbersOnly?: boolean;
}

/**
 * Ground "the Nth" on the page as it stands: the element at its place when
 * this page holds it, else a turn towards the page that does; `seen` counts
 * the elements on the pages before this one, `prefix` keys the pages turned.
 */
export function groundAcrossPages(
  pick: AcrossPagesPick,
  planIndex: number,
  elements: readonly UIElement[],
  seen: number,
  visited: ReadonlySet<string>,
  prefix: string,
  click: (element: UIElement, reason: string) => StepGrounding,
): { grounding: StepGrounding; pageAdvance?: { planIndex: number; count: number }; visitKey?: string } {
  const here = elements.filter((element) => kindOf(element) === pick.kind && !element.states.hidden);
  const wanted = ordinalText(pick.index);
  const refuse = (reason: string) => ({ grounding: { ok: false as const, score: 0, reason } });
  const rows = rowsKey(here);
  if (seen > 0 && seenBefore(visited, prefix, rows)) return refuse(`turned the page, but it still shows the same ${here.length} elements like the demonstrated one: the pager did not turn the page`);
  if (pick.index < 0) return refuse(`the ${wanted} element is counted from the end, which pages turned one by one do not tell`);
  const local = pick.index - seen;
  if (local < 0) return refuse(`the ${wanted} element was on an earlier page (${seen} elements passed)`);
  if (here.length === 0) return refuse(`this page shows no elements like the demonstrated one, so the ${wanted} cannot be counted`);
  if (local < here.length) {
    const element = here[local]!;
    return { grounding: click(element, `[${element.id}] is the ${wanted} of the elements like the demonstrated one (${seen} on earlier pages, place ${local + 1} of ${here.length} here)`) };
  }
  // The first page is followed by another, so it is full: its count is the page size, kept for the pages after it.
  const perPage = seen === 0 ? here.length : countedSize(visited, prefix) ?? (seen % here.length === 0 ? here.length : undefined);
  if (perPage === undefined || seen % perPage !== 0 || here.length > perPage) {
    return refuse(`this page holds ${here.length} elements like the demonstrated one and the pages before held ${seen}, so the pages do not hold one count each: the page of the ${wanted} cannot be told`);
  }
  const current = seen / perPage + 1;
  const page = Math.floor(pick.index / perPage) + 1;
  if (page === current || here.length < perPage) {
    return refuse(`the ${wanted} element would be number ${local + 1} on page ${current} (${perPage} a page), which holds ${here.length}: it is beyond the results`);
  }
  const pager = pagerShown(elements, pick.kind);
  if (!pager) return refuse(`the task asks for the ${wanted} element, and the page shows ${seen > 0 ? `${seen + here.length} in all so far` : here.length} and no pager to more: it is beyond the results`);
  const marked = currentPageShown(elements, pick.kind);
  if (pick.numbersOnly && pager.links.size < 2 && !(pager.links.size === 1 && marked !== undefined)) {
    return refuse(`the ${wanted} element is not among the ${here.length} on this page, and the demonstration turned no page: a "Next" without page numbers beside it may not page this list`);
  }
  if (marked !== undefined && marked !== current) return refuse(`the pager marks page ${marked} as shown where the pages counted so far make it page ${current}: the ${wanted} cannot be placed`);
  const key = `${prefix}${rows}${SIZE_MARK}${perPage}`;
  const link = pager.links.get(page);
  if (link) {
    return {
      pageAdvance: { planIndex, count: (page - current) * perPage },
      visitKey: key,
      grounding: { ok: true, action: { type: 'click', target: { elementId: link.id } }, score: ACROSS_PAGES_SCORE, reason: `the ${wanted} element is on page ${page} (${perPage} a page, counted on the first page): click the page link [${link.id}] "${page}"` },
    };
  }
  const demonstrated = pick.pager && pagerClickOf(pick.pager) === 'next' ? groundTarget(pick.pager, [], elements).element : undefined;
  const next = demonstrated && clickable(demonstrated) && nextKind(demonstrated) !== undefined ? demonstrated : pager.next;
  if (!next) {
    const highest = Math.max(0, ...pager.links.keys());
    return refuse(
      highest < page && ![...pager.links.keys()].some((number) => number > current)
        ? `the ${wanted} element would be on page ${page} (${perPage} a page), and the pager goes no further than page ${Math.max(highest, current)}: it is beyond the results`
        : `the ${wanted} element is on page ${page} (${perPage} a page), and no page link reads "${page}" and no Next control shows`,
    );
  }
  return {
    pageAdvance: { planIndex, count: here.length },
    visitKey: key,
    grounding: { ok: true, action: { type: 'click', target: { elementId: next.id } }, score: ACROSS_PAGES_SCORE, reason: `the ${wanted} element is on page ${page} (${perPage} a page, counted on the first page; this is page ${current}) and no link reads "${page}": next page with [${next.id}] ${JSON.stringify(next.text || next.label || '')}` },
  };
}
