/**
 * An Observation from one in-page extraction pass (page-script/extract-elements.ts):
 * ordinals, chart marks' names and container summaries filled in.
 */
import type { Observation, UIElement } from '../../core/observation.js';
import { labelChartMarks } from '../../observation/chart-marks.js';
import type { ExtractResult } from './page-script/extract-elements.js';

/**
 * An Observation from one extraction pass: ordinals and container summaries
 * filled in. Shared with the recorder, whose page script runs the same
 * extraction at the moment of an input, so recorded targets and observations
 * are described in one vocabulary.
 */
export function observationFromExtract(extracted: ExtractResult, sequence: number, capturedAt = Date.now()): Observation {
  const elements: UIElement[] = extracted.elements.map((element) => ({ ...element, source: 'dom' as const }));
  assignOrdinals(elements);
  // An SVG bar is named by its axis label (agent/observation/chart-marks.ts), for recorded targets and observations alike.
  labelChartMarks(elements);
  summariseContainers(elements);
  return {
    sequence,
    environment: 'browser',
    elements,
    viewport: extracted.viewport,
    page: {
      url: extracted.url,
      title: extracted.title,
      scrollX: extracted.scrollX,
      scrollY: extracted.scrollY,
      ...(extracted.focusedId !== undefined ? { focusedId: extracted.focusedId } : {}),
      ...(extracted.notes.length ? { notes: extracted.notes } : {}),
    },
    capturedAt,
  };
}

/** Ordinal: 0-based position among siblings of the same role under the same parent. */
function assignOrdinals(elements: UIElement[]): void {
  const counters = new Map<string, number>();
  for (const element of elements) {
    const key = `${element.parentId ?? 'root'}\u0000${element.role}`;
    const ordinal = counters.get(key) ?? 0;
    element.ordinal = ordinal;
    counters.set(key, ordinal + 1);
  }
}

/** Longest summary of a container's text, characters (enough to tell list rows apart). */
const CONTAINER_TEXT_LENGTH = 80;

/**
 * Containers without a name of their own get the start of their descendants'
 * text, so a row or list item can be described ("the row that says Alice…").
 * One pass in document order: each text is appended to its ancestors until
 * an ancestor is full (then all above it are full too: they saw at least as much).
 */
function summariseContainers(elements: UIElement[]): void {
  const byId = new Map(elements.map((element) => [element.id, element]));
  const unnamed = new Set<number>();
  const hasChildren = new Set<number>();
  for (const element of elements) if (element.parentId !== undefined) hasChildren.add(element.parentId);
  for (const element of elements) if (hasChildren.has(element.id) && !element.text) unnamed.add(element.id);
  const summaries = new Map<number, string>();
  for (const element of elements) {
    if (unnamed.has(element.id)) continue;
    const text = element.text || element.label || element.value || '';
    if (!text) continue;
    for (let parentId = element.parentId; parentId !== undefined; parentId = byId.get(parentId)?.parentId) {
      if (!unnamed.has(parentId)) continue;
      const summary = summaries.get(parentId) ?? '';
      if (summary.length >= CONTAINER_TEXT_LENGTH) break;
      summaries.set(parentId, summary ? `${summary} ${text}` : text);
    }
  }
  for (const [id, summary] of summaries) {
    byId.get(id)!.text = summary.length > CONTAINER_TEXT_LENGTH ? `${summary.slice(0, CONTAINER_TEXT_LENGTH - 1)}…` : summary;
  }
}

