/**
 * Which option a `select` action means when options are grouped: the option
 * of that text under the named group (an <optgroup> label, a list box's
 * header), matched exactly first, then ignoring case. Without a group the
 * first option of that text, as before.
 */
import type { UIElement } from '../../../core/observation.js';

const same = (a: string | undefined, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();

/** Index into a native select's `options` of `wanted` under `group`; -1 when there is none. */
export function groupedOptionIndex(select: Pick<UIElement, 'options' | 'optionGroups'>, wanted: string, group: string | undefined): number {
  const options = select.options ?? [];
  const inGroup = (index: number) => !group || !select.optionGroups || same(select.optionGroups[index], group);
  let index = options.findIndex((text, at) => text === wanted && inGroup(at));
  if (index < 0) index = options.findIndex((text, at) => same(text, wanted) && inGroup(at));
  return index;
}

/** Of a custom list box's options of the wanted text, those under `group` (all of them when no group is named). */
export function inGroup<T extends Pick<UIElement, 'group'>>(options: readonly T[], group: string | undefined): T[] {
  return group ? options.filter((option) => same(option.group, group)) : [...options];
}
