/**
 * The walk: one pass over the rendered DOM (into open shadow roots, slots and
 * same-origin frames) deciding for each element what it becomes — a leaf
 * control, a frame, an image, a label standing in for a hidden control, one
 * text element, or a container whose children are walked. In-page code.
 */
import type { DomControl, DomDocument, DomElement, DomIFrame, DomNode, DomSlot, DomStyle } from '../dom-types.js';
import { ELEMENT_NODE, TEXT_NODE, collapse, explicitRole, tagOf } from './dom-text.js';
import { attributesOf } from './attributes.js';
import type { Collector } from './collector.js';
import { fillControlFields, type Naming } from './control-fields.js';
import { statesOf } from './element-states.js';
import { glyphLabel, ownLabelText } from './labels.js';
import {
  CONTAINER_ROLES,
  INTERACTIVE_ROLES,
  LEAF_ROLES,
  SKIP_TAGS,
  STRONG_CONTAINER_ROLES,
  SVG_SHAPES,
  TAG_CONTAINER_ROLES,
  TEXT_LEAF_ROLES,
  controlRole,
  isEditableRoot,
} from './roles.js';
import { svgHasContent, svgName } from './svg.js';
import { FIGURE_SVG_TAGS, figureWords } from './graphics.js';
import { clipsAway, hidesText, seenText } from './seen-text.js';
import { emitTextNode } from './text-node.js';
import { isTransparentControl, labelStandsIn, pressReaches, transparentControlName } from './transparent-controls.js';
import type { ExtractedElement } from './types.js';
import { boxOf, hidesSubtree, intersects, isVisuallyHidden, narrowClip, type Clip, type Region } from './visibility.js';

/** Everything one extraction pass's walk reads and writes. */
export interface WalkContext {
  topDocument: DomDocument;
  region: Region;
  /** Valid CSS selectors whose subtrees are skipped. */
  exclude: string[];
  maxTextLength: number;
  collector: Collector;
  naming: Naming;
  styleOf(element: DomElement): DomStyle;
  hasClickHandler(element: DomElement): boolean;
  isInlineOnly(element: DomElement): boolean;
  isRepeatedSibling(element: DomElement): boolean;
  classToggleState(element: DomElement): boolean | undefined;
  isSuggestionList(list: DomElement | null, document: DomDocument): boolean;
}

export type Visit = (element: DomElement, parentIndex: number, offsetX: number, offsetY: number, clip: Clip, parentCursor: string) => void;

/** The children the page shows: a shadow root's, a slot's assigned nodes, else the element's own. */
export const childNodesOf = (element: DomElement): ArrayLike<DomNode> => {
  if (element.shadowRoot) return element.shadowRoot.childNodes;
  if (tagOf(element) === 'SLOT') {
    const assigned = (element as DomSlot).assignedNodes({ flatten: true });
    if (assigned.length) return assigned;
  }
  return element.childNodes;
};

export function createWalker(context: WalkContext): Visit {
  const { topDocument, region, exclude, collector, naming, styleOf, hasClickHandler, isInlineOnly, isRepeatedSibling, classToggleState, isSuggestionList } = context;
  const { cut } = naming;
  const push = collector.push;
  const containerStrength = collector.containerStrength;

  const isFigure = (part: DomElement) => FIGURE_SVG_TAGS.has(tagOf(part)) && figureWords(part as unknown as Parameters<typeof figureWords>[0], styleOf(part)) !== '';

  const visit: Visit = (element, parentIndex, offsetX, offsetY, clip, parentCursor) => {
    if (collector.truncated) return;
    const tag = tagOf(element);
    if (SKIP_TAGS.has(tag)) return;
    for (const selector of exclude) if (element.matches(selector)) return;
    const style = styleOf(element);
    // A checkbox, radio, file input or select made transparent over a painted stand-in is still pressed (below).
    const transparent = isTransparentControl(element, tag, style);
    if ((!transparent && hidesSubtree(element, style)) || clipsAway(style)) return;
    const invisible = style.visibility === 'hidden' || style.visibility === 'collapse';
    // Layout boxes are read only for what may be kept: most walked elements are plain wrappers.
    let cachedBox: ExtractedElement['box'] | undefined;
    const getBox = () => (cachedBox ??= boxOf(element.getBoundingClientRect(), offsetX, offsetY));
    const isShown = () => !invisible && intersects(getBox(), clip, region);

    const role = explicitRole(element);
    const nativeRole = controlRole(element, tag);
    const editableRoot = isEditableRoot(element);
    const pointerOrigin = style.cursor === 'pointer' && parentCursor !== 'pointer';
    const tabindex = element.getAttribute('tabindex');
    const clickable = hasClickHandler(element) || pointerOrigin || (tabindex !== null && Number(tabindex) >= 0);
    const interactive =
      Boolean(nativeRole) || editableRoot || INTERACTIVE_ROLES.has(role) || (clickable && tag !== 'BODY' && tag !== 'HTML');

    // Children's clip: overflow:hidden cuts content off for good; auto/scroll keeps it reachable.
    let childClip = clip;
    const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
    const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
    if ((clipsX || clipsY) && tag !== 'BODY' && tag !== 'HTML') childClip = narrowClip(clip, getBox(), clipsX, clipsY);
    const scrollableY = (style.overflowY === 'auto' || style.overflowY === 'scroll') && element.scrollHeight > element.clientHeight + 1;
    const scrollableX = (style.overflowX === 'auto' || style.overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1;
    const scrollable = (scrollableX || scrollableY) && tag !== 'BODY' && tag !== 'HTML';

    const facts = { tag, role, nativeRole, interactive, editableRoot };
    const states = () => statesOf(element, facts, classToggleState);
    const parentId = parentIndex >= 0 ? parentIndex : undefined;
    // What a wordless graphic shows ("red circle"), as its `figure` attribute (extract/graphics.ts).
    const figure = () => figureWords(element as unknown as Parameters<typeof figureWords>[0], style);
    const figuredAttributes = (withFigure: boolean) => {
      const attributes = attributesOf(element);
      const words = withFigure ? figure() : '';
      return words ? { ...attributes, figure: words } : attributes;
    };
    /** This element as one entry of `entryRole` showing `text` (with its own states, box and attributes). */
    const pushAs = (entryRole: string, text: string, label?: string, withFigure = false) =>
      push(
        { parentId, role: entryRole, tag: tag.toLowerCase(), text, ...(label ? { label } : {}), states: states(), box: getBox(), interactive, attributes: figuredAttributes(withFigure) },
        element,
      );

    // 0a. SVG shapes: a clickable one (a chart's bar) is a button, named by its <title> if it has one; a
    //     named one is an image; the rest is drawing.
    if (SVG_SHAPES.has(tag) && !nativeRole) {
      if (!isShown()) return;
      const name = svgName(element);
      // A shape a task can name (a circle, a triangle) is kept even when nobody listens to it.
      const drawn = !name && FIGURE_SVG_TAGS.has(tag) && figure() !== '';
      if (!interactive && !name && !drawn) return;
      pushAs(interactive ? (INTERACTIVE_ROLES.has(role) ? role : 'button') : 'image', cut(name), undefined, drawn);
      return;
    }
    // 0b. An SVG holding text, links or clickable parts (a d3 chart) is walked like any container; one
    //     holding only drawing is an image (below) or decoration.
    if (tag === 'SVG' && svgHasContent(element, hasClickHandler, isFigure)) {
      if (!isShown()) return;
      const name = svgName(element);
      const index = name || interactive ? pushAs(interactive ? 'button' : 'group', cut(name, 80)) : -1;
      if (index >= 0) containerStrength.set(index, interactive);
      for (let childIndex = 0; childIndex < element.children.length && !collector.truncated; childIndex++) {
        visit(element.children[childIndex]!, index >= 0 ? index : parentIndex, offsetX, offsetY, childClip, style.cursor);
      }
      return;
    }
    // 0c. A clickable item of a list that floats beside the field being typed in (jQuery UI and most
    //     autocomplete widgets give it no role): a suggestion, an option to pick.
    if (tag === 'LI' && !role && interactive && isSuggestionList(element.parentElement, element.ownerDocument ?? topDocument)) {
      if (!isShown()) return;
      pushAs('option', cut(collapse((element as unknown as { innerText?: string }).innerText ?? element.textContent)));
      return;
    }

    // 1. Leaf controls: one element, inside not walked.
    if (interactive && (nativeRole || editableRoot || LEAF_ROLES.has(role) || tag === 'IMG' || tag === 'SVG' || tag === 'CANVAS')) {
      if (!isShown()) return;
      // Transparent: kept only where a press on it reaches it and no label of its stands in for it (step 4).
      if (transparent && (labelStandsIn(element, styleOf) || !pressReaches(element))) return;
      const effectiveRole = role && (INTERACTIVE_ROLES.has(role) || CONTAINER_ROLES.has(role)) ? role : nativeRole || (editableRoot ? 'textbox' : tag === 'IMG' || tag === 'SVG' || tag === 'CANVAS' ? 'image' : 'button');
      const element_: Omit<ExtractedElement, 'id'> = {
        parentId,
        role: effectiveRole,
        tag: tag.toLowerCase(),
        text: '',
        states: states(),
        box: getBox(),
        interactive: true,
        attributes: attributesOf(element),
      };
      fillControlFields(element_, element, facts, naming);
      if (transparent) {
        // Named by its label or the text before the face it is laid over, never by the words painted beneath it.
        const name = cut(transparentControlName(element, tag, naming.declaredLabelOf, naming.textBefore));
        if (nativeRole === 'checkbox' || nativeRole === 'radio') element_.text = name;
        else if (name) element_.label = name;
        else delete element_.label;
      }
      // A control's words nobody can see (a face-down card's number) are not its name.
      const seen = element_.text ? seenText(element, styleOf) : undefined;
      if (seen !== undefined) element_.text = cut(seen);
      push(element_, element);
      return;
    }

    // 2. Iframes: reported; same-origin content walked with the frame's offset.
    if (tag === 'IFRAME' || tag === 'FRAME') {
      if (!isShown()) return;
      const frame = element as DomIFrame;
      const index = push(
        {
          parentId,
          role: 'document',
          tag: tag.toLowerCase(),
          text: cut(collapse(element.getAttribute('title')) || collapse(element.getAttribute('name'))),
          states: {},
          box: getBox(),
          interactive: false,
          attributes: attributesOf(element),
        },
        element,
      );
      if (index < 0) return;
      let inner: DomDocument | null = null;
      try {
        inner = frame.contentDocument;
      } catch {
        inner = null;
      }
      if (inner?.body) {
        const innerClip = {
          left: getBox().x + element.clientLeft,
          top: getBox().y + element.clientTop,
          right: getBox().x + element.clientLeft + element.clientWidth,
          bottom: getBox().y + element.clientTop + element.clientHeight,
        };
        visit(inner.body, index, getBox().x + element.clientLeft, getBox().y + element.clientTop, innerClip, '');
      } else {
        collector.uncapturedFrames.push({ index, src: frame.src || 'no src' });
      }
      return;
    }

    // 3. Images and graphics nobody listens to: kept only when they say what they show.
    if (tag === 'IMG' || tag === 'SVG' || tag === 'CANVAS' || tag === 'VIDEO') {
      const alt = collapse(element.getAttribute('alt')) || collapse(element.getAttribute('aria-label')) || collapse(element.getAttribute('title')) || (tag === 'SVG' ? svgName(element) : '');
      if (isShown() && alt) {
        push({ parentId, role: 'image', tag: tag.toLowerCase(), text: cut(alt), states: {}, box: getBox(), interactive: false, attributes: attributesOf(element) }, element);
      }
      return;
    }

    // 4. A <label> naming a kept control is that control's name already. A label whose checkbox or
    //    radio is visually hidden (custom-drawn switches) stands in for it: clicking it toggles it.
    let labelWrapsControl = false;
    if (tag === 'LABEL') {
      const labelFor = element.getAttribute('for');
      const nested = (element as unknown as { querySelector(selector: string): DomElement | null }).querySelector('input:not([type=hidden]), select, textarea');
      const target = (labelFor ? (element.ownerDocument ?? topDocument).getElementById(labelFor) : null) ?? nested;
      const targetRole = target ? controlRole(target, tagOf(target)) : '';
      if (target && targetRole) {
        if (!isVisuallyHidden(target, styleOf(target))) {
          if (target !== nested) return;
          labelWrapsControl = true;
        } else if (targetRole === 'checkbox' || targetRole === 'radio') {
          if (!isShown()) return;
          const control = target as DomControl;
          push(
            {
              parentId,
              role: targetRole,
              tag: 'label',
              // A label with no words of its own (a painted switch) is named as its control would be, else by the text before it.
              // Its words are read part by part ("Photos<small>Share pictures</small>" is "Photos Share pictures", not "PhotosShare").
              text: cut(ownLabelText(element) || naming.declaredLabelOf(target, tagOf(target)) || naming.textBefore(element)),
              ...(control.value && control.value !== 'on' ? { value: control.value } : {}),
              states: { checked: control.checked, ...(control.disabled ? { disabled: true } : {}) },
              box: getBox(),
              interactive: true,
              attributes: attributesOf(element),
            },
            element,
          );
          return;
        }
      }
    }

    // 5. Text-only elements: one text element.
    // A text box that cuts its own text off (overflow:hidden) is walked piece by piece instead.
    const cutsOwnText = (clipsX && element.scrollWidth > element.clientWidth + 1) || (clipsY && element.scrollHeight > element.clientHeight + 1);
    const inlineOnly = isInlineOnly(element);
    if (inlineOnly && !scrollable && !cutsOwnText) {
      // innerText, not textContent: spans laid out as blocks or with <br> between them are separate
      // words on screen ("Rosa <rosa@…>" over "Enim nisi"), which textContent would glue together.
      // Only elements with element children can differ, and innerText costs more: use it only there.
      const seen = seenText(element, styleOf);
      const text =
        seen ??
        collapse(element.children.length > 0 ? (element as unknown as { innerText?: string }).innerText ?? element.textContent : element.textContent);
      if (!isShown()) return;
      if (!text) {
        // An empty box that names itself (a drop zone, a role="img" swatch) is still something to point at.
        const name = collapse(element.getAttribute('aria-label')) || collapse(element.getAttribute('title'));
        if (!name && !role && !interactive) return;
        pushAs(role || (interactive ? 'button' : 'group'), cut(name), undefined, !name);
        return;
      }
      const glyph = interactive ? glyphLabel(element, text) : '';
      pushAs(role && (INTERACTIVE_ROLES.has(role) || CONTAINER_ROLES.has(role)) ? role : interactive ? 'button' : TEXT_LEAF_ROLES[tag] ?? 'text', cut(text), glyph && glyph !== text ? glyph : undefined, FIGURE_SVG_TAGS.has(tag));
      return;
    }

    // 6. Structure: containers that tell repeated items apart, clickable containers, scrollers.
    const containerRole = role && CONTAINER_ROLES.has(role) ? role : TAG_CONTAINER_ROLES[tag];
    const repeated = !containerRole && isRepeatedSibling(element);
    let index = -1;
    if (!labelWrapsControl && (containerRole || repeated || interactive || scrollable) && isShown()) {
      const strong = interactive || scrollable || STRONG_CONTAINER_ROLES.has(containerRole ?? '');
      // A container's own name only; the operator fills in a summary of its children's text
      // afterwards (reading textContent of every nested container here would be quadratic).
      const name = collapse(element.getAttribute('aria-label'));
      const attributes = attributesOf(element);
      if (scrollable) {
        const withScroll = attributes ?? {};
        withScroll.scrollable = scrollableX && scrollableY ? 'xy' : scrollableY ? 'y' : 'x';
        index = push(
          { parentId, role: containerRole ?? (interactive ? 'button' : 'group'), tag: tag.toLowerCase(), text: cut(name, 80), states: states(), box: getBox(), interactive, attributes: withScroll },
          element,
        );
      } else {
        index = push(
          { parentId, role: containerRole ?? (interactive ? 'button' : 'group'), tag: tag.toLowerCase(), text: cut(name, 80), states: states(), box: getBox(), interactive, attributes },
          element,
        );
      }
      if (index >= 0) containerStrength.set(index, strong);
    }
    const childParent = index >= 0 ? index : parentIndex;
    const children = childNodesOf(element);
    for (let childIndex = 0; childIndex < children.length && !collector.truncated; childIndex++) {
      const child = children[childIndex]!;
      if (child.nodeType === TEXT_NODE) {
        if (!invisible && !labelWrapsControl && !hidesText(style)) emitTextNode(collector, child, childParent, offsetX, offsetY, childClip, region, context.maxTextLength, topDocument);
      } else if (child.nodeType === ELEMENT_NODE) {
        visit(child as DomElement, childParent, offsetX, offsetY, childClip, style.cursor);
      }
    }
  };
  return visit;
}
