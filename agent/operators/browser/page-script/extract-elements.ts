/**
 * The in-page extraction pass: one walk of the rendered DOM that returns the
 * visible elements that matter, numbered in document order.
 *
 * It runs inside the page, bundled with the modules of extract/ into one
 * script (scripts/bundle-page-scripts.mjs → generated/extract-elements.ts;
 * callers use extract-elements-script.ts). The modules may import each other
 * but nothing outside extract/ at run time (types are fine, they are erased).
 *
 * What is kept:
 * - interactive elements always (native controls, links, ARIA widgets,
 *   contenteditable, elements with click listeners / onclick / a pointer
 *   cursor / a tabindex), each as one element (its inside is not walked,
 *   except for generic clickable containers) — extract/walk.ts;
 * - text: an element whose content is only text and inline formatting becomes
 *   one text element (extract/inline-text.ts); loose text next to other
 *   elements becomes one element per text node (extract/text-node.ts);
 * - structure that tells repeated items apart: lists, rows, cells, dialogs,
 *   landmarks, scrollable containers, iframes, and repeated siblings (same tag
 *   and class) — but a weak container with fewer than two kept children is
 *   dissolved into its parent (extract/containers.ts).
 * Dropped: display:none / visibility:hidden / opacity:0 / aria-hidden
 * subtrees (but a checkbox, radio, file input or select made transparent over
 * a painted stand-in is kept where a press reaches it:
 * extract/transparent-controls.ts), zero-size boxes, content clipped away by overflow:hidden
 * (extract/visibility.ts), labels whose text is already the name of the
 * control they label (extract/labels.ts), decoration (images without alt
 * text, svg/canvas that nobody listens to — extract/svg.ts).
 *
 * Coordinates: CSS pixels relative to the top-level viewport (iframe content
 * is offset by its frame's position).
 */
import type { DomDocument, DomWindow } from './dom-types.js';
import { createClickDetector } from './extract/click-handlers.js';
import { createCollector } from './extract/collector.js';
import { createRepeatedSiblingCheck, dissolveWeakContainers } from './extract/containers.js';
import { cut } from './extract/dom-text.js';
import { createClassToggleState } from './extract/element-states.js';
import { createInlineOnlyCheck } from './extract/inline-text.js';
import { declaredLabelOf, labelOf, nameOf, textJustBefore } from './extract/labels.js';
import { deepestFocus, numberElements, storeRegistry } from './extract/registry.js';
import { createSuggestionListCheck } from './extract/suggestion-list.js';
import type { ExtractOptions, ExtractResult } from './extract/types.js';
import { styleIn } from './extract/visibility.js';
import { createWalker } from './extract/walk.js';

export type { ExtractOptions, ExtractResult, ExtractedElement } from './extract/types.js';

/** Runs in the page. See the file comment. */
export function extractElements(options: ExtractOptions): ExtractResult {
  const topWindow = globalThis as unknown as DomWindow & { document: DomDocument };
  const topDocument = topWindow.document;
  const notes: string[] = [];
  // Selectors the page's CSS engine rejects are reported and ignored, not thrown per element.
  const exclude: string[] = [];
  for (const selector of options.exclude) {
    try {
      topDocument.querySelectorAll(selector);
      exclude.push(selector);
    } catch {
      notes.push(`exclude selector ${JSON.stringify(selector)} is not valid CSS and was ignored`);
    }
  }

  const styleOf = styleIn(topWindow);
  const hasClickHandler = createClickDetector(topWindow, topDocument, options.clickableNodes ?? []);
  const isInlineOnly = createInlineOnlyCheck(hasClickHandler);
  const collector = createCollector(options.maxElements);
  const visit = createWalker({
    topDocument,
    region: options.region,
    exclude,
    maxTextLength: options.maxTextLength,
    collector,
    naming: {
      labelOf: (element, tag) => labelOf(element, tag, isInlineOnly, topDocument),
      declaredLabelOf: (element, tag) => declaredLabelOf(element, tag, topDocument),
      textBefore: (element) => textJustBefore(element, isInlineOnly),
      nameOf: (element, tag) => nameOf(element, tag, topDocument),
      cut: (text, limit = options.maxTextLength) => cut(text, limit),
    },
    styleOf,
    hasClickHandler,
    isInlineOnly,
    isRepeatedSibling: createRepeatedSiblingCheck(),
    classToggleState: createClassToggleState(),
    isSuggestionList: createSuggestionListCheck(styleOf),
  });

  const body = topDocument.body;
  if (body) visit(body, -1, 0, 0, undefined, '');
  if (collector.truncated) notes.push(`only the first ${options.maxElements} elements were captured`);

  const parents = collector.out.map((element) => element.parentId);
  const removed = dissolveWeakContainers(parents, collector.containerStrength);
  const numbered = numberElements(collector.out, collector.nodes, removed, deepestFocus(topDocument), topDocument.body);
  storeRegistry(topWindow, options.registryKey ?? 'understudy.elements', options.sequence, numbered.registry);
  for (const frame of collector.uncapturedFrames) {
    const src = frame.src.length > 80 ? `${frame.src.slice(0, 79)}…` : frame.src;
    notes.push(`iframe [${numbered.newId[frame.index]}] (${src}) is cross-origin or not loaded: its content was not captured`);
  }

  return {
    elements: numbered.elements,
    url: topDocument.location.href,
    title: topDocument.title,
    scrollX: topWindow.scrollX,
    scrollY: topWindow.scrollY,
    focusedId: numbered.focusedId,
    notes,
    viewport: { width: topWindow.innerWidth, height: topWindow.innerHeight, deviceScaleFactor: topWindow.devicePixelRatio },
  };
}
