/**
 * Chart marks take their names from the axis. An SVG bar or point has no
 * text of its own: a person reads "the Jun bar" off the category label
 * printed under it (vertical bars) or beside it (horizontal bars). This
 * gives such a mark that label, found by boxes alone: the caption whose
 * centre lies in the mark's x band just below it, or in its y band just to
 * its left. Captions with letters win over bare numbers (the values row
 * under a category row), the nearer over the farther.
 *
 * Shapes that hold a text of their own (a tag cloud's boxes, an SVG
 * button) are no such marks, and their texts name no other shape.
 * All marks of one kind (tag and class) are labelled, or none: a mark
 * without a caption, or a caption under two marks (grouped bars), leaves the
 * whole kind unlabelled, so marks of one kind never split into "named" and
 * "unnamed" ones and every comparison still sees all of them.
 *
 * Pure; mutates the elements' `label` in place (the observation is being built).
 */
import type { UIElement } from '../core/observation.js';

/** SVG shapes that draw data. */
const MARK_TAGS = new Set(['rect', 'circle', 'ellipse', 'path', 'polygon', 'polyline']);
/** Farthest a caption may sit from its mark, logical px (an axis with ticks between). */
const MAX_GAP_PX = 30;
/** Longest caption text: axis labels are short. */
const MAX_CAPTION_CHARS = 40;
/** Slack for boxes that touch or overlap by rounding. */
const SLACK_PX = 2;

export function isChartMark(element: Pick<UIElement, 'tag' | 'text' | 'box'>): boolean {
  return element.tag !== undefined && MARK_TAGS.has(element.tag) && element.text === '' && element.box.width > 0 && element.box.height > 0;
}

interface Aligned {
  caption: UIElement;
  gap: number;
}

/** Captions aligned with a mark: below it in its x band, or left of it in its y band, nearest first, letters first. */
function alignedCaptions(mark: UIElement, captions: readonly UIElement[]): Aligned[] {
  const { x, y, width, height } = mark.box;
  const found: Aligned[] = [];
  for (const caption of captions) {
    const cx = caption.box.x + caption.box.width / 2;
    const cy = caption.box.y + caption.box.height / 2;
    const below = caption.box.y - (y + height);
    if (cx >= x - SLACK_PX && cx <= x + width + SLACK_PX && below >= -SLACK_PX && below <= MAX_GAP_PX) {
      found.push({ caption, gap: Math.max(0, below) });
      continue;
    }
    const left = x - (caption.box.x + caption.box.width);
    if (cy >= y - SLACK_PX && cy <= y + height + SLACK_PX && left >= -SLACK_PX && left <= MAX_GAP_PX) {
      found.push({ caption, gap: Math.max(0, left) });
    }
  }
  const lettered = (aligned: Aligned) => (/\p{L}/u.test(aligned.caption.text) ? 0 : 1);
  return found.sort((a, b) => lettered(a) - lettered(b) || a.gap - b.gap);
}

/** Label every chart mark of a kind whose marks each have a caption of their own. */
export function labelChartMarks(elements: UIElement[]): void {
  const marks = elements.filter((element) => isChartMark(element) && !element.label && !element.states.hidden);
  if (marks.length === 0) return;
  const parents = new Set(elements.map((element) => element.parentId).filter((id) => id !== undefined));
  const captions = elements.filter(
    (element) =>
      !isChartMark(element) &&
      !element.states.hidden &&
      element.text.trim() !== '' &&
      element.text.length <= MAX_CAPTION_CHARS &&
      // A leaf: a container's text repeats its children's.
      !parents.has(element.id),
  );
  // A text drawn inside a shape is that shape's own (a tag, a button drawn in SVG): such shapes are no chart
  // marks named by an axis, and their texts name no other shape.
  const inside = (caption: UIElement, mark: UIElement) => {
    const cx = caption.box.x + caption.box.width / 2;
    const cy = caption.box.y + caption.box.height / 2;
    return cx >= mark.box.x && cx <= mark.box.x + mark.box.width && cy >= mark.box.y && cy <= mark.box.y + mark.box.height;
  };
  const holders = new Set(marks.filter((mark) => captions.some((caption) => inside(caption, mark))));
  const free = captions.filter((caption) => !marks.some((mark) => inside(caption, mark)));
  const kinds = new Map<string, UIElement[]>();
  for (const mark of marks) {
    const key = `${mark.tag}|${mark.attributes?.['class'] ?? ''}`;
    kinds.set(key, [...(kinds.get(key) ?? []), mark]);
  }
  for (const group of kinds.values()) {
    if (group.some((mark) => holders.has(mark))) continue;
    const chosen = new Map<UIElement, UIElement>();
    for (const mark of group) {
      const [first, second] = alignedCaptions(mark, free);
      // A shape as wide as several captions (a chart's background) is no mark of one of them.
      const rival = second !== undefined && Math.abs(second.gap - first!.gap) <= SLACK_PX && /\p{L}/u.test(second.caption.text) === /\p{L}/u.test(first!.caption.text);
      if (first && !rival) chosen.set(mark, first.caption);
    }
    const used = [...chosen.values()];
    const unique = new Set(used).size === used.length;
    if (chosen.size !== group.length || !unique) continue;
    for (const [mark, caption] of chosen) mark.label = caption.text.trim();
  }
}
