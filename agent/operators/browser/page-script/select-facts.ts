/**
 * Page functions the operator's select action reads a registered <select>
 * through (self-contained: serialised with Function.prototype.toString(), see
 * run-in-page.ts).
 */

/** Facts about a <select> needed to pick an option by keyboard. Runs in the page. */
export function selectFacts(request: { sequence: number; id: number; index: number }):
  | { listBox: boolean; disabled: boolean; enabledBefore: number; optionBox?: { x: number; y: number; width: number; height: number }; listArea?: { x: number; y: number; width: number; height: number } }
  | null {
  type Option = { disabled: boolean; getBoundingClientRect(): { left: number; top: number; width: number; height: number } };
  const registry = (globalThis as unknown as Record<symbol, { sequence: number; nodes: unknown[] } | undefined>)[Symbol.for('understudy.elements')];
  if (!registry || registry.sequence !== request.sequence) return null;
  const select = registry.nodes[request.id] as
    | { tagName: string; multiple: boolean; size: number; options: ArrayLike<Option>; clientTop: number; clientLeft: number; clientWidth: number; clientHeight: number; getBoundingClientRect(): { left: number; top: number; width: number; height: number } }
    | undefined;
  if (!select || select.tagName !== 'SELECT') return null;
  const option = select.options[request.index];
  if (!option) return null;
  let enabledBefore = 0;
  for (let index = 0; index < request.index; index++) if (!select.options[index]!.disabled) enabledBefore++;
  const listBox = select.multiple || select.size > 1;
  const rect = option.getBoundingClientRect();
  return {
    listBox,
    disabled: option.disabled,
    enabledBefore,
    optionBox: listBox && rect.width > 0 && rect.height > 0 ? { x: rect.left, y: rect.top, width: rect.width, height: rect.height } : undefined,
    // The list's inner area, where its options show: an option outside it is scrolled out of the list.
    listArea: listBox ? (() => {
      const own = select.getBoundingClientRect();
      return { x: own.left + select.clientLeft, y: own.top + select.clientTop, width: select.clientWidth, height: select.clientHeight };
    })() : undefined,
  };
}

/** The selected index of a registered <select>. Runs in the page. */
export function selectedIndex(request: { sequence: number; id: number }): number {
  const registry = (globalThis as unknown as Record<symbol, { sequence: number; nodes: unknown[] } | undefined>)[Symbol.for('understudy.elements')];
  const select = registry?.nodes[request.id] as { selectedIndex: number } | undefined;
  return select ? select.selectedIndex : -1;
}

