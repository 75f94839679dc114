/**
 * The in-page extraction pass: one walk of the rendered DOM that returns the
 * visible elements that matter, numbered in document order.
 *
 * This function is serialised by Playwright and runs inside the page, so it
 * must be self-contained: no imports at run time, no references to anything
 * outside its own body (types are fine, they are erased).
 *
 * What is kept:
 * - interactive elements always (native controls, links, ARIA widgets,
 *   contenteditable, elements with click listeners / onclick / a pointer
 *   cursor / a tabindex), each as one element (its inside is not walked,
 *   except for generic clickable containers);
 * - text: an element whose content is only text and inline formatting becomes
 *   one text element; loose text next to other elements becomes one element
 *   per text node;
 * - structure that tells repeated items apart: lists, rows, cells, dialogs,
 *   landmarks, scrollable containers, iframes, and repeated siblings (same tag
 *   and class) — but a weak container with fewer than two kept children is
 *   dissolved into its parent.
 * Dropped: display:none / visibility:hidden / opacity:0 / aria-hidden
 * subtrees, zero-size boxes, content clipped away by overflow:hidden, labels
 * whose text is already the name of the control they label, decoration
 * (images without alt text, svg/canvas that nobody listens to).
 *
 * Coordinates: CSS pixels relative to the top-level viewport (iframe content
 * is offset by its frame's position).
 */
import type {
  DomControl,
  DomDocument,
  DomElement,
  DomIFrame,
  DomNode,
  DomRect,
  DomSlot,
  DomStyle,
  DomWindow,
} from './dom-types.js';

export interface ExtractOptions {
  /** Observation sequence number; stored with the element registry so stale ids are recognised. */
  sequence: number;
  /** Only elements that intersect this rectangle (viewport CSS px) are kept. */
  region?: { x: number; y: number; width: number; height: number };
  /** CSS selectors whose subtrees are skipped entirely. */
  exclude: string[];
  /** Stop after this many elements (a note says so). */
  maxElements: number;
  /** Longest text kept per element, characters (longer text ends in "…"). */
  maxTextLength: number;
  /**
   * Where the node registry is kept (a `Symbol.for` key). Default `understudy.elements`, the operator's;
   * the recorder's event-time extraction keeps its own so it never invalidates the operator's ids.
   */
  registryKey?: string;
  /**
   * Nodes to count as clickable whatever their listeners (in-page callers only: the recorder passes the
   * element a person just pressed, which reacted to input the extraction could not see being bound).
   */
  clickableNodes?: unknown[];
}

export interface ExtractedElement {
  id: number;
  parentId?: number;
  role: string;
  tag: string;
  text: string;
  label?: string;
  value?: string;
  inputType?: string;
  options?: string[];
  /** A list box that allows several: the options selected now, in order. */
  selectedOptions?: string[];
  states: {
    checked?: boolean;
    selected?: boolean;
    focused?: boolean;
    disabled?: boolean;
    expanded?: boolean;
    editable?: boolean;
  };
  box: { x: number; y: number; width: number; height: number };
  interactive: boolean;
  attributes?: Record<string, string>;
}

export interface ExtractResult {
  elements: ExtractedElement[];
  url: string;
  title: string;
  scrollX: number;
  scrollY: number;
  focusedId?: number;
  notes: string[];
  viewport: { width: number; height: number; deviceScaleFactor: number };
}

/** Runs in the page. See the file comment. */
export function extractElements(options: ExtractOptions): ExtractResult {
  const topWindow = globalThis as unknown as DomWindow & { document: DomDocument };
  const topDocument = topWindow.document;
  const REGISTRY = Symbol.for(options.registryKey ?? 'understudy.elements');
  const CLICKABLE = Symbol.for('understudy.clickable');

  const TEXT_NODE = 3;
  const ELEMENT_NODE = 1;
  const SKIP_TAGS = new Set([
    'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'META', 'LINK', 'BR', 'WBR', 'DATALIST', 'OPTION', 'OPTGROUP', 'PARAM', 'SOURCE', 'TRACK', 'AREA', 'MAP',
    // SVG's non-rendered parts: a <title> names its parent (see svgName), the rest is never on screen.
    'TITLE', 'DESC', 'DEFS', 'CLIPPATH', 'MASK', 'LINEARGRADIENT', 'RADIALGRADIENT', 'PATTERN', 'SYMBOL', 'MARKER', 'FILTER', 'METADATA',
  ]);
  /** SVG shapes: drawn, never containers of text. A d3 chart's bars are <rect>s with click handlers. */
  const SVG_SHAPES = new Set(['RECT', 'CIRCLE', 'ELLIPSE', 'PATH', 'POLYGON', 'POLYLINE', 'LINE', 'USE', 'IMAGE']);
  const INLINE_TAGS = new Set([
    'B', 'I', 'U', 'S', 'EM', 'STRONG', 'SMALL', 'BIG', 'CODE', 'KBD', 'SAMP', 'VAR', 'SPAN', 'MARK', 'SUP', 'SUB', 'ABBR', 'CITE', 'DFN', 'Q', 'TIME', 'FONT', 'INS', 'DEL', 'BDI', 'BDO', 'TT', 'STRIKE', 'WBR', 'BR', 'DATA',
  ]);
  const INTERACTIVE_ROLES = new Set([
    'button', 'link', 'checkbox', 'radio', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'switch', 'textbox', 'searchbox', 'combobox', 'slider', 'spinbutton', 'treeitem', 'gridcell',
  ]);
  /** Interactive roles whose inside is not walked: their text is their name. */
  const LEAF_ROLES = new Set([
    'button', 'link', 'checkbox', 'radio', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'option', 'switch', 'textbox', 'searchbox', 'combobox', 'slider', 'spinbutton',
  ]);
  const CONTAINER_ROLES = new Set([
    'dialog', 'alertdialog', 'list', 'listbox', 'tablist', 'menu', 'menubar', 'tree', 'grid', 'table', 'row', 'rowgroup', 'cell', 'columnheader', 'rowheader', 'group', 'radiogroup', 'navigation', 'main', 'complementary', 'banner', 'contentinfo', 'region', 'form', 'tabpanel', 'toolbar', 'article', 'listitem', 'search',
  ]);
  /** Containers that stay even with fewer than two kept children. */
  const STRONG_CONTAINER_ROLES = new Set(['dialog', 'alertdialog', 'document', 'tabpanel']);
  const TAG_CONTAINER_ROLES: Record<string, string> = {
    UL: 'list', OL: 'list', MENU: 'list', DL: 'list', LI: 'listitem', TABLE: 'table', THEAD: 'rowgroup', TBODY: 'rowgroup', TFOOT: 'rowgroup', TR: 'row', TD: 'cell', TH: 'columnheader', DIALOG: 'dialog', FORM: 'form', FIELDSET: 'group', NAV: 'navigation', MAIN: 'main', ASIDE: 'complementary', HEADER: 'banner', FOOTER: 'contentinfo', DETAILS: 'group', ARTICLE: 'article', DD: 'listitem', DT: 'listitem',
  };
  const TEXT_LEAF_ROLES: Record<string, string> = {
    H1: 'heading', H2: 'heading', H3: 'heading', H4: 'heading', H5: 'heading', H6: 'heading', LI: 'listitem', TD: 'cell', TH: 'columnheader', DT: 'listitem', DD: 'listitem', LEGEND: 'heading', CAPTION: 'heading',
  };
  const ATTRIBUTE_NAMES = ['id', 'name', 'class', 'href', 'type', 'role', 'title', 'alt', 'placeholder', 'for', 'src', 'aria-label'];
  const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'password', 'tel', 'url', 'number', 'date', 'datetime-local', 'month', 'week', 'time', '']);

  const out: ExtractedElement[] = [];
  const nodes: DomNode[] = [];
  /** Containers whose survival is decided after their subtree: index in `out` → strong? */
  const containerStrength = new Map<number, boolean>();
  const notes: string[] = [];
  /** Frames whose documents could not be read; noted once their final ids are known. */
  const uncapturedFrames: { index: number; src: string }[] = [];
  let truncated = false;
  const region = options.region;
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

  const collapse = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();
  const cut = (text: string, limit = options.maxTextLength): string =>
    text.length > limit ? `${text.slice(0, Math.max(0, limit - 1))}…` : text;
  const tagOf = (element: DomElement): string => element.tagName.toUpperCase();
  const styleOf = (element: DomElement): DomStyle => {
    const view = element.ownerDocument?.defaultView ?? topWindow;
    return view.getComputedStyle(element);
  };
  const classNameOf = (element: DomElement): string =>
    typeof element.className === 'string' ? element.className : element.getAttribute('class') ?? '';
  const explicitRole = (element: DomElement): string => (element.getAttribute('role') ?? '').trim().split(/\s+/)[0]!.toLowerCase();

  // jQuery keeps handlers in its own store. Delegated ones hang off an ancestor with a selector: document and body
  // usually, a widget's own container for jQuery UI (a menu's "click .ui-menu-item").
  const delegated: { container: DomElement | null; selector: string }[] = [];
  const jquery = (topWindow as unknown as { jQuery?: { _data?: (target: unknown, key: string) => unknown } }).jQuery;
  const jqueryEvents = (target: unknown): Record<string, { selector?: string }[]> | undefined => {
    try {
      return jquery?._data?.(target, 'events') as Record<string, { selector?: string }[]> | undefined;
    } catch {
      return undefined;
    }
  };
  const noteDelegated = (target: unknown, container: DomElement | null) => {
    const events = jqueryEvents(target);
    if (!events) return;
    for (const type of ['click', 'mousedown', 'mouseup', 'dblclick']) {
      for (const handler of events[type] ?? []) if (handler.selector) delegated.push({ container, selector: handler.selector });
    }
  };
  if (jquery?._data) {
    noteDelegated(topDocument, null);
    for (const element of Array.from(topDocument.querySelectorAll('*')) as DomElement[]) noteDelegated(element, element);
  }
  const clickableSet = topWindow[CLICKABLE] as { has(value: unknown): boolean } | undefined;

  const forcedClickable = options.clickableNodes ?? [];
  const hasClickHandler = (element: DomElement): boolean => {
    if (forcedClickable.length > 0 && forcedClickable.includes(element)) return true;
    // d3 keeps its listeners on the node: v3 as `__onclick`, v4+ as an `__on` list. Handlers bound
    // before our listener tracker arrived are found there.
    const d3 = element as unknown as Record<string, unknown> & { __on?: { type?: string }[] };
    if (d3.__onclick || d3.__onmousedown || d3.__onmouseup) return true;
    if (Array.isArray(d3.__on) && d3.__on.some((listener) => ['click', 'mousedown', 'mouseup', 'pointerdown'].includes(String(listener?.type)))) return true;
    if (element.hasAttribute('onclick') || element.hasAttribute('onmousedown') || element.hasAttribute('ng-click')) return true;
    const handlerProperty = (element as unknown as { onclick?: unknown }).onclick;
    if (typeof handlerProperty === 'function') return true;
    if (clickableSet?.has(element)) return true;
    const frameClickable = (element.ownerDocument?.defaultView as DomWindow | undefined)?.[CLICKABLE] as
      | { has(value: unknown): boolean }
      | undefined;
    if (frameClickable && frameClickable !== clickableSet && frameClickable.has(element)) return true;
    const events = jquery ? jqueryEvents(element) : undefined;
    if (events && (events.click || events.mousedown || events.mouseup || events.dblclick)) return true;
    for (const { container, selector } of delegated) {
      if (container && (container === element || !container.contains(element))) continue;
      try {
        if (element.matches(selector)) return true;
      } catch {
        // A selector jQuery understands but the DOM does not (":visible"); ignore it.
      }
    }
    return false;
  };

  /** Native role of a control-like element, or '' if it is not one. */
  const controlRole = (element: DomElement, tag: string): string => {
    if (tag === 'INPUT') {
      const type = ((element as DomControl).type || 'text').toLowerCase();
      if (type === 'hidden') return '';
      if (type === 'checkbox') return 'checkbox';
      if (type === 'radio') return 'radio';
      if (type === 'range') return 'slider';
      if (type === 'button' || type === 'submit' || type === 'reset' || type === 'image' || type === 'file' || type === 'color') return 'button';
      return 'textbox';
    }
    if (tag === 'TEXTAREA') return 'textbox';
    if (tag === 'SELECT') {
      const control = element as DomControl;
      return control.multiple || Number(element.getAttribute('size') ?? '0') > 1 ? 'listbox' : 'combobox';
    }
    if (tag === 'BUTTON') return 'button';
    if (tag === 'A' && element.hasAttribute('href')) return 'link';
    if (tag === 'SUMMARY') return 'button';
    return '';
  };

  const isEditableRoot = (element: DomElement): boolean => {
    const attribute = element.getAttribute('contenteditable');
    if (attribute === null || attribute === 'false') return false;
    const parent = element.parentElement;
    return !(parent && parent.isContentEditable);
  };

  /** True if everything inside is text and inline formatting without controls. */
  const inlineOnlyCache = new Map<DomElement, boolean>();
  const isInlineOnly = (element: DomElement, depth = 0): boolean => {
    const cached = inlineOnlyCache.get(element);
    if (cached !== undefined) return cached;
    // Shadow content is not in textContent: an element with a shadow root is walked, never a text leaf.
    let result = depth < 6 && !element.shadowRoot;
    if (result) {
      const children = element.childNodes;
      for (let index = 0; index < children.length && result; index++) {
        const child = children[index]!;
        if (child.nodeType === TEXT_NODE) continue;
        if (child.nodeType !== ELEMENT_NODE) continue;
        const childElement = child as DomElement;
        const tag = tagOf(childElement);
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue;
        if (!INLINE_TAGS.has(tag) || childElement.shadowRoot) result = false;
        else if (controlRole(childElement, tag) || explicitRole(childElement) || hasClickHandler(childElement)) result = false;
        else if (childElement.hasAttribute('tabindex') || childElement.hasAttribute('contenteditable')) result = false;
        else result = isInlineOnly(childElement, depth + 1);
      }
    }
    inlineOnlyCache.set(element, result);
    return result;
  };

  const textOfIds = (document: DomDocument, ids: string): string =>
    ids
      .split(/\s+/)
      .map((id) => collapse(document.getElementById(id)?.textContent))
      .filter(Boolean)
      .join(' ');

  /** A control's label: aria, <label>, placeholder, title, or the text just before it. */
  const labelOf = (element: DomElement, tag: string): string => {
    const document = element.ownerDocument ?? topDocument;
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      const text = textOfIds(document, labelledBy);
      if (text) return text;
    }
    const aria = collapse(element.getAttribute('aria-label'));
    if (aria) return aria;
    const labels = (element as DomControl).labels;
    if (labels && labels.length > 0) {
      const parts: string[] = [];
      for (let index = 0; index < labels.length; index++) {
        const label = labels[index]!;
        // The label's own text, without the text of controls nested in it (a select's options…).
        let text = '';
        const walk = (node: DomNode) => {
          if (node.nodeType === TEXT_NODE) text += ` ${node.nodeValue ?? ''}`;
          else if (node.nodeType === ELEMENT_NODE) {
            const childTag = tagOf(node as DomElement);
            if (childTag === 'SELECT' || childTag === 'TEXTAREA' || childTag === 'SCRIPT' || childTag === 'STYLE') return;
            for (let childIndex = 0; childIndex < node.childNodes.length; childIndex++) walk(node.childNodes[childIndex]!);
          }
        };
        walk(label);
        if (collapse(text)) parts.push(collapse(text));
      }
      if (parts.length) return parts.join(' ');
    }
    if (tag === 'INPUT' || tag === 'TEXTAREA') {
      const placeholder = collapse(element.getAttribute('placeholder'));
      if (placeholder) return placeholder;
    }
    const title = collapse(element.getAttribute('title'));
    if (title) return title;
    // Forms without <label>: "Username: <input>" — the short text right before the control.
    let previous = element.previousSibling;
    for (let steps = 0; previous && steps < 4; steps++, previous = previous.previousSibling) {
      if (previous.nodeType === TEXT_NODE) {
        const text = collapse(previous.nodeValue);
        if (text) return text.length <= 60 ? text.replace(/:$/, '') : '';
        continue;
      }
      if (previous.nodeType !== ELEMENT_NODE) continue;
      const previousElement = previous as DomElement;
      const previousTag = tagOf(previousElement);
      if (previousTag === 'BR') continue;
      if (controlRole(previousElement, previousTag)) return '';
      const text = collapse(previousElement.textContent);
      if (text && text.length <= 60 && isInlineOnly(previousElement)) return text.replace(/:$/, '');
      return '';
    }
    return '';
  };

  /** Visible name of a button/link-like element. */
  const nameOf = (element: DomElement, tag: string): string => {
    const text = collapse(element.textContent);
    if (text) return text;
    if (tag === 'INPUT') {
      const value = (element as DomControl).value;
      if (value) return collapse(value);
    }
    const aria = collapse(element.getAttribute('aria-label')) || collapse(element.getAttribute('title'));
    if (aria) return aria;
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) return textOfIds(element.ownerDocument ?? topDocument, labelledBy);
    const image = (element as unknown as { querySelector?(selector: string): DomElement | null }).querySelector?.('img[alt]');
    return collapse(image?.getAttribute('alt')) || collapse(element.getAttribute('alt'));
  };

  /** An SVG element's name: aria-label, title attribute, or its own <title> child (how icons name themselves). */
  const svgName = (element: DomElement): string => {
    const aria = collapse(element.getAttribute('aria-label')) || collapse(element.getAttribute('title'));
    if (aria) return aria;
    for (let index = 0; index < element.children.length; index++) {
      const child = element.children[index]!;
      if (tagOf(child) === 'TITLE') return collapse(child.textContent);
    }
    return '';
  };
  /** True if an SVG holds something to read or click: text, links, named or clickable parts. */
  const svgHasContent = (svg: DomElement): boolean => {
    const parts = svg.querySelectorAll('*');
    for (let index = 0; index < parts.length && index < 2000; index++) {
      const part = parts[index]!;
      const tag = tagOf(part);
      if (tag === 'TEXT' && collapse(part.textContent)) return true;
      if (tag === 'A' || (tag !== 'TITLE' && SVG_SHAPES.has(tag) && svgName(part))) return true;
      if (tag !== 'TITLE' && tag !== 'SVG' && hasClickHandler(part)) return true;
      if (tag === 'G' && svgName(part)) return true;
    }
    return false;
  };
  /**
   * The label of a control whose visible text is only a glyph ("×", "✎", "↰"): its aria-label, or failing
   * that its title (the tooltip a person reads) or an SVG icon's <title>.
   */
  const glyphLabel = (element: DomElement, text: string): string => {
    const aria = collapse(element.getAttribute('aria-label'));
    if (aria) return aria;
    if (/[\p{L}\p{N}]/u.test(text)) return '';
    const title = collapse(element.getAttribute('title'));
    if (title) return title;
    const icon = element.querySelectorAll('svg')[0];
    return icon ? svgName(icon) : '';
  };

  /** True if `list` floats (absolute / fixed) while a text field outside it has the focus: a suggestion list. */
  const suggestionLists = new Map<DomElement, boolean>();
  const isSuggestionList = (list: DomElement | null, document: DomDocument): boolean => {
    if (!list) return false;
    const cached = suggestionLists.get(list);
    if (cached !== undefined) return cached;
    const position = styleOf(list).position;
    let focused: DomElement | null = document.activeElement;
    for (let depth = 0; focused && focused.shadowRoot && depth < 5; depth++) {
      const inner = (focused.shadowRoot as unknown as DomDocument).activeElement;
      if (!inner || inner === focused) break;
      focused = inner;
    }
    const focusedTag = focused ? tagOf(focused) : '';
    const typing =
      focused !== null &&
      ((focusedTag === 'INPUT' && TEXT_INPUT_TYPES.has(((focused as DomControl).type || 'text').toLowerCase())) || focusedTag === 'TEXTAREA' || focused.isContentEditable === true);
    const result = (position === 'absolute' || position === 'fixed') && typing && !list.contains(focused!);
    suggestionLists.set(list, result);
    return result;
  };

  const attributesOf = (element: DomElement): Record<string, string> | undefined => {
    let result: Record<string, string> | undefined;
    for (const name of ATTRIBUTE_NAMES) {
      const raw = name === 'class' ? classNameOf(element) : element.getAttribute(name);
      if (raw === null || raw === undefined) continue;
      const value = collapse(raw);
      if (!value) continue;
      result ??= {};
      result[name] = value.length > 120 ? value.slice(0, 120) : value;
    }
    return result;
  };

  const round = (value: number) => Math.round(value * 100) / 100;
  const boxOf = (rect: DomRect, offsetX: number, offsetY: number) => ({
    x: round(rect.left + offsetX),
    y: round(rect.top + offsetY),
    width: round(rect.width),
    height: round(rect.height),
  });

  type Clip = { left: number; top: number; right: number; bottom: number } | undefined;
  const intersects = (box: { x: number; y: number; width: number; height: number }, clip: Clip): boolean => {
    if (box.width <= 0 || box.height <= 0) return false;
    if (clip && (box.x >= clip.right || box.y >= clip.bottom || box.x + box.width <= clip.left || box.y + box.height <= clip.top)) return false;
    if (region && (box.x >= region.x + region.width || box.y >= region.y + region.height || box.x + box.width <= region.x || box.y + box.height <= region.y)) return false;
    return true;
  };

  const push = (element: Omit<ExtractedElement, 'id'>, node: DomNode): number => {
    if (out.length >= options.maxElements) {
      truncated = true;
      return -1;
    }
    out.push({ ...element, id: out.length });
    nodes.push(node);
    return out.length - 1;
  };

  const childNodesOf = (element: DomElement): ArrayLike<DomNode> => {
    if (element.shadowRoot) return element.shadowRoot.childNodes;
    if (tagOf(element) === 'SLOT') {
      const assigned = (element as DomSlot).assignedNodes({ flatten: true });
      if (assigned.length) return assigned;
    }
    return element.childNodes;
  };

  /** Per parent: how many children share each tag+class signature (computed once per parent). */
  const signatureCounts = new Map<DomElement, Map<string, number>>();
  const signatureOf = (element: DomElement) => `${tagOf(element)}.${classNameOf(element)}`;
  const isRepeatedSibling = (element: DomElement): boolean => {
    const parent = element.parentElement;
    if (!parent || parent.children.length < 2) return false;
    let counts = signatureCounts.get(parent);
    if (!counts) {
      counts = new Map();
      const siblings = parent.children;
      for (let index = 0; index < siblings.length; index++) {
        const signature = signatureOf(siblings[index]!);
        counts.set(signature, (counts.get(signature) ?? 0) + 1);
      }
      signatureCounts.set(parent, counts);
    }
    // Elements told apart by an id (#query, #area) are parts of a layout, not items of a list.
    if (element.id && !classNameOf(element).trim()) return false;
    return (counts.get(signatureOf(element)) ?? 0) >= 2;
  };

  /**
   * The on/off state a toggle shows by a class (a chip or tag "selected", a button "active" or "on"),
   * for controls with no ARIA state: on when its class has one of these words; off when it has none but
   * an alike sibling (same tag, same other classes) has one; else unknown. Only these common state
   * words count, whole: "ui-state-active" or "online" do not.
   */
  const STATE_CLASSES = new Set(['selected', 'active', 'on', 'checked', 'chosen', 'picked', 'pressed', 'toggled', 'is-selected', 'is-active', 'is-on', 'is-checked', 'is-pressed', 'is-chosen']);
  /** Roles whose "active"/"selected" class means current or chosen-one-of-many, not on/off: no toggle state from a class. */
  const STATELESS_TOGGLE_ROLES = new Set(['tab', 'option', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'treeitem', 'radio', 'checkbox', 'switch', 'textbox', 'searchbox', 'combobox', 'listbox', 'slider', 'spinbutton', 'gridcell', 'row']);
  const toggleSignatures = new Map<DomElement, Set<string>>();
  const classToggleState = (element: DomElement): boolean | undefined => {
    const tokens = classNameOf(element).split(/\s+/).filter(Boolean);
    if (tokens.some((token) => STATE_CLASSES.has(token.toLowerCase()))) return true;
    const parent = element.parentElement;
    if (!parent || parent.children.length < 2) return undefined;
    const baseOf = (words: string[]) => `${words.filter((word) => !STATE_CLASSES.has(word.toLowerCase())).sort().join(' ')}`;
    let onSignatures = toggleSignatures.get(parent);
    if (!onSignatures) {
      onSignatures = new Set();
      for (let index = 0; index < parent.children.length; index++) {
        const sibling = parent.children[index]!;
        const words = classNameOf(sibling).split(/\s+/).filter(Boolean);
        if (words.some((word) => STATE_CLASSES.has(word.toLowerCase()))) onSignatures.add(`${tagOf(sibling)}.${baseOf(words)}`);
      }
      toggleSignatures.set(parent, onSignatures);
    }
    return onSignatures.has(`${tagOf(element)}.${baseOf(tokens)}`) ? false : undefined;
  };

  const emitTextNode = (node: DomNode, parentIndex: number, offsetX: number, offsetY: number, clip: Clip) => {
    const text = collapse(node.nodeValue);
    if (!text) return;
    const range = (node.ownerDocument ?? topDocument).createRange();
    range.selectNodeContents(node);
    // Text that wraps: its first line box, where reading starts and where a click lands on the text
    // (the bounding box of a wrapped run starts at the left margin and covers its neighbours too).
    const lines = range.getClientRects();
    const box = boxOf(lines.length > 1 ? lines[0]! : range.getBoundingClientRect(), offsetX, offsetY);
    if (!intersects(box, clip)) return;
    push(
      {
        parentId: parentIndex >= 0 ? parentIndex : undefined,
        role: 'text',
        tag: '#text',
        text: cut(text),
        states: {},
        box,
        interactive: false,
      },
      node,
    );
  };

  const visit = (element: DomElement, parentIndex: number, offsetX: number, offsetY: number, clip: Clip, parentCursor: string) => {
    if (truncated) return;
    const tag = tagOf(element);
    if (SKIP_TAGS.has(tag)) return;
    for (const selector of exclude) if (element.matches(selector)) return;
    const style = styleOf(element);
    if (style.display === 'none') return;
    if (style.opacity === '0') return;
    if (element.getAttribute('aria-hidden') === 'true') return;
    const invisible = style.visibility === 'hidden' || style.visibility === 'collapse';
    // Layout boxes are read only for what may be kept: most walked elements are plain wrappers.
    let cachedBox: ExtractedElement['box'] | undefined;
    const getBox = () => (cachedBox ??= boxOf(element.getBoundingClientRect(), offsetX, offsetY));
    const isShown = () => !invisible && intersects(getBox(), clip);

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
    if ((clipsX || clipsY) && tag !== 'BODY' && tag !== 'HTML') {
      childClip = {
        left: clipsX ? Math.max(clip?.left ?? -Infinity, getBox().x) : clip?.left ?? -Infinity,
        top: clipsY ? Math.max(clip?.top ?? -Infinity, getBox().y) : clip?.top ?? -Infinity,
        right: clipsX ? Math.min(clip?.right ?? Infinity, getBox().x + getBox().width) : clip?.right ?? Infinity,
        bottom: clipsY ? Math.min(clip?.bottom ?? Infinity, getBox().y + getBox().height) : clip?.bottom ?? Infinity,
      };
    }
    const scrollableY = (style.overflowY === 'auto' || style.overflowY === 'scroll') && element.scrollHeight > element.clientHeight + 1;
    const scrollableX = (style.overflowX === 'auto' || style.overflowX === 'scroll') && element.scrollWidth > element.clientWidth + 1;
    const scrollable = (scrollableX || scrollableY) && tag !== 'BODY' && tag !== 'HTML';

    const statesOf = (): ExtractedElement['states'] => {
      const states: ExtractedElement['states'] = {};
      const control = element as DomControl;
      if (nativeRole === 'checkbox' || nativeRole === 'radio') states.checked = control.checked;
      const ariaChecked = element.getAttribute('aria-checked');
      if (ariaChecked !== null) states.checked = ariaChecked === 'true';
      const ariaSelected = element.getAttribute('aria-selected');
      if (ariaSelected !== null) states.selected = ariaSelected === 'true';
      // A toggle button: pressed is its checked state. Else a control of no state role may show one by a class.
      const ariaPressed = element.getAttribute('aria-pressed');
      if (ariaPressed === 'true' || ariaPressed === 'false') states.checked = ariaPressed === 'true';
      else if (interactive && states.checked === undefined && states.selected === undefined && !STATELESS_TOGGLE_ROLES.has(role) && (!nativeRole || nativeRole === 'button' || nativeRole === 'link')) {
        const toggled = classToggleState(element);
        if (toggled !== undefined) states.checked = toggled;
      }
      if (control.disabled === true || element.getAttribute('aria-disabled') === 'true') states.disabled = true;
      const ariaExpanded = element.getAttribute('aria-expanded');
      if (ariaExpanded !== null) states.expanded = ariaExpanded === 'true';
      if (tag === 'SUMMARY') states.expanded = element.parentElement?.hasAttribute('open') ?? false;
      if (nativeRole === 'textbox' || editableRoot || role === 'textbox' || role === 'searchbox') {
        states.editable = editableRoot || !(control.readOnly || control.disabled);
      }
      return states;
    };

    // 0a. SVG shapes: a clickable one (a chart's bar) is a button, named by its <title> if it has one; a
    //     named one is an image; the rest is drawing.
    if (SVG_SHAPES.has(tag) && !nativeRole) {
      if (!isShown()) return;
      const name = svgName(element);
      if (!interactive && !name) return;
      push(
        {
          parentId: parentIndex >= 0 ? parentIndex : undefined,
          role: interactive ? (INTERACTIVE_ROLES.has(role) ? role : 'button') : 'image',
          tag: tag.toLowerCase(),
          text: cut(name),
          states: statesOf(),
          box: getBox(),
          interactive,
          attributes: attributesOf(element),
        },
        element,
      );
      return;
    }
    // 0b. An SVG holding text, links or clickable parts (a d3 chart) is walked like any container; one
    //     holding only drawing is an image (below) or decoration.
    if (tag === 'SVG' && svgHasContent(element)) {
      if (!isShown()) return;
      const name = svgName(element);
      const index =
        name || interactive
          ? push(
              { parentId: parentIndex >= 0 ? parentIndex : undefined, role: interactive ? 'button' : 'group', tag: 'svg', text: cut(name, 80), states: statesOf(), box: getBox(), interactive, attributes: attributesOf(element) },
              element,
            )
          : -1;
      if (index >= 0) containerStrength.set(index, interactive);
      for (let childIndex = 0; childIndex < element.children.length && !truncated; childIndex++) {
        visit(element.children[childIndex]!, index >= 0 ? index : parentIndex, offsetX, offsetY, childClip, style.cursor);
      }
      return;
    }
    // 0c. A clickable item of a list that floats beside the field being typed in (jQuery UI and most
    //     autocomplete widgets give it no role): a suggestion, an option to pick.
    if (tag === 'LI' && !role && interactive && isSuggestionList(element.parentElement, element.ownerDocument ?? topDocument)) {
      if (!isShown()) return;
      push(
        {
          parentId: parentIndex >= 0 ? parentIndex : undefined,
          role: 'option',
          tag: 'li',
          text: cut(collapse((element as unknown as { innerText?: string }).innerText ?? element.textContent)),
          states: statesOf(),
          box: getBox(),
          interactive: true,
          attributes: attributesOf(element),
        },
        element,
      );
      return;
    }

    // 1. Leaf controls: one element, inside not walked.
    if (interactive && (nativeRole || editableRoot || LEAF_ROLES.has(role) || tag === 'IMG' || tag === 'SVG' || tag === 'CANVAS')) {
      if (!isShown()) return;
      const effectiveRole = role && (INTERACTIVE_ROLES.has(role) || CONTAINER_ROLES.has(role)) ? role : nativeRole || (editableRoot ? 'textbox' : tag === 'IMG' || tag === 'SVG' || tag === 'CANVAS' ? 'image' : 'button');
      const control = element as DomControl;
      const element_: Omit<ExtractedElement, 'id'> = {
        parentId: parentIndex >= 0 ? parentIndex : undefined,
        role: effectiveRole,
        tag: tag.toLowerCase(),
        text: '',
        states: statesOf(),
        box: getBox(),
        interactive: true,
        attributes: attributesOf(element),
      };
      if (tag === 'INPUT' || tag === 'TEXTAREA') {
        const type = (control.type || 'text').toLowerCase();
        if (tag === 'INPUT') element_.inputType = type;
        if (nativeRole === 'textbox') {
          element_.label = labelOf(element, tag) || undefined;
          element_.value = type === 'password' ? '•'.repeat(control.value.length) : control.value;
        } else if (nativeRole === 'checkbox' || nativeRole === 'radio') {
          element_.text = cut(labelOf(element, tag));
          if (control.value && control.value !== 'on') element_.value = control.value;
        } else if (nativeRole === 'slider') {
          element_.label = labelOf(element, tag) || undefined;
          element_.value = control.value;
        } else {
          element_.text = cut(nameOf(element, tag));
          const label = labelOf(element, tag);
          if (label && label !== element_.text) element_.label = label;
        }
      } else if (tag === 'SELECT') {
        const texts: string[] = [];
        for (let index = 0; index < control.options.length; index++) texts.push(collapse(control.options[index]!.text));
        element_.options = texts;
        element_.value = control.selectedIndex >= 0 ? texts[control.selectedIndex] ?? '' : '';
        if (control.multiple) {
          const chosen: string[] = [];
          for (let index = 0; index < control.options.length; index++) if (control.options[index]!.selected) chosen.push(texts[index]!);
          element_.selectedOptions = chosen;
        }
        element_.label = labelOf(element, tag) || undefined;
      } else if (editableRoot || role === 'textbox' || role === 'searchbox') {
        element_.value = cut(collapse(element.textContent));
        element_.label = labelOf(element, tag) || undefined;
      } else {
        element_.text = cut(nameOf(element, tag));
        const label = glyphLabel(element, element_.text);
        if (label && label !== element_.text) element_.label = label;
      }
      push(element_, element);
      return;
    }

    // 2. Iframes: reported; same-origin content walked with the frame's offset.
    if (tag === 'IFRAME' || tag === 'FRAME') {
      if (!isShown()) return;
      const frame = element as DomIFrame;
      const index = push(
        {
          parentId: parentIndex >= 0 ? parentIndex : undefined,
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
        uncapturedFrames.push({ index, src: frame.src || 'no src' });
      }
      return;
    }

    // 3. Images and graphics nobody listens to: kept only when they say what they show.
    if (tag === 'IMG' || tag === 'SVG' || tag === 'CANVAS' || tag === 'VIDEO') {
      const alt = collapse(element.getAttribute('alt')) || collapse(element.getAttribute('aria-label')) || collapse(element.getAttribute('title')) || (tag === 'SVG' ? svgName(element) : '');
      if (isShown() && alt) {
        push(
          { parentId: parentIndex >= 0 ? parentIndex : undefined, role: 'image', tag: tag.toLowerCase(), text: cut(alt), states: {}, box: getBox(), interactive: false, attributes: attributesOf(element) },
          element,
        );
      }
      return;
    }

    // 4. A <label> naming a kept control is that control's name already. A label whose checkbox or
    //    radio is visually hidden (custom-drawn switches) stands in for it: clicking it toggles it.
    let labelWrapsControl = false;
    if (tag === 'LABEL') {
      const visuallyHidden = (control: DomElement) => {
        const controlStyle = styleOf(control);
        const rect = control.getBoundingClientRect();
        return controlStyle.display === 'none' || controlStyle.opacity === '0' || controlStyle.visibility === 'hidden' || rect.width < 2 || rect.height < 2;
      };
      const labelFor = element.getAttribute('for');
      const nested = (element as unknown as { querySelector(selector: string): DomElement | null }).querySelector('input:not([type=hidden]), select, textarea');
      const target = (labelFor ? (element.ownerDocument ?? topDocument).getElementById(labelFor) : null) ?? nested;
      const targetRole = target ? controlRole(target, tagOf(target)) : '';
      if (target && targetRole) {
        if (!visuallyHidden(target)) {
          if (target !== nested) return;
          labelWrapsControl = true;
        } else if (targetRole === 'checkbox' || targetRole === 'radio') {
          if (!isShown()) return;
          const control = target as DomControl;
          push(
            {
              parentId: parentIndex >= 0 ? parentIndex : undefined,
              role: targetRole,
              tag: 'label',
              text: cut(collapse(element.textContent)),
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
      const text = collapse(
        element.children.length > 0 ? (element as unknown as { innerText?: string }).innerText ?? element.textContent : element.textContent,
      );
      if (!isShown()) return;
      if (!text) {
        // An empty box that names itself (a drop zone, a role="img" swatch) is still something to point at.
        const name = collapse(element.getAttribute('aria-label')) || collapse(element.getAttribute('title'));
        if (!name && !role && !interactive) return;
        push(
          {
            parentId: parentIndex >= 0 ? parentIndex : undefined,
            role: role || (interactive ? 'button' : 'group'),
            tag: tag.toLowerCase(),
            text: cut(name),
            states: statesOf(),
            box: getBox(),
            interactive,
            attributes: attributesOf(element),
          },
          element,
        );
        return;
      }
      const glyph = interactive ? glyphLabel(element, text) : '';
      push(
        {
          parentId: parentIndex >= 0 ? parentIndex : undefined,
          role: role && (INTERACTIVE_ROLES.has(role) || CONTAINER_ROLES.has(role)) ? role : interactive ? 'button' : TEXT_LEAF_ROLES[tag] ?? 'text',
          tag: tag.toLowerCase(),
          text: cut(text),
          ...(glyph && glyph !== text ? { label: glyph } : {}),
          states: statesOf(),
          box: getBox(),
          interactive,
          attributes: attributesOf(element),
        },
        element,
      );
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
          { parentId: parentIndex >= 0 ? parentIndex : undefined, role: containerRole ?? (interactive ? 'button' : 'group'), tag: tag.toLowerCase(), text: cut(name, 80), states: statesOf(), box: getBox(), interactive, attributes: withScroll },
          element,
        );
      } else {
        index = push(
          { parentId: parentIndex >= 0 ? parentIndex : undefined, role: containerRole ?? (interactive ? 'button' : 'group'), tag: tag.toLowerCase(), text: cut(name, 80), states: statesOf(), box: getBox(), interactive, attributes },
          element,
        );
      }
      if (index >= 0) containerStrength.set(index, strong);
    }
    const childParent = index >= 0 ? index : parentIndex;
    const children = childNodesOf(element);
    for (let childIndex = 0; childIndex < children.length && !truncated; childIndex++) {
      const child = children[childIndex]!;
      if (child.nodeType === TEXT_NODE) {
        if (!invisible && !labelWrapsControl) emitTextNode(child, childParent, offsetX, offsetY, childClip);
      } else if (child.nodeType === ELEMENT_NODE) {
        visit(child as DomElement, childParent, offsetX, offsetY, childClip, style.cursor);
      }
    }
  };

  const body = topDocument.body;
  if (body) visit(body, -1, 0, 0, undefined, '');
  if (truncated) notes.push(`only the first ${options.maxElements} elements were captured`);

  // Dissolve weak containers with fewer than two kept children into their parents.
  const childCount = new Array<number>(out.length).fill(0);
  for (const element of out) if (element.parentId !== undefined) childCount[element.parentId]!++;
  const removed = new Array<boolean>(out.length).fill(false);
  const parentOf = out.map((element) => element.parentId);
  const resolveParent = (parent: number | undefined): number | undefined => {
    let current = parent;
    while (current !== undefined && removed[current]) current = parentOf[current];
    return current;
  };
  // Children come after their parents, so walk backwards: a container's count is final when reached.
  for (let index = out.length - 1; index >= 0; index--) {
    const strong = containerStrength.get(index);
    if (strong === undefined || strong) continue;
    if (childCount[index]! >= 2) continue;
    removed[index] = true;
    const parent = parentOf[index];
    if (parent !== undefined) childCount[parent] = childCount[parent]! - 1 + childCount[index]!;
  }

  // Renumber from 1 in document order, rewrite parents, record the registry.
  const newId = new Array<number>(out.length).fill(-1);
  const elements: ExtractedElement[] = [];
  const registry: DomNode[] = [];
  let focusedNode: DomElement | null = topDocument.activeElement;
  for (let depth = 0; depth < 8 && focusedNode; depth++) {
    const tag = tagOf(focusedNode);
    if ((tag === 'IFRAME' || tag === 'FRAME') && (focusedNode as DomIFrame).contentDocument) {
      focusedNode = (focusedNode as DomIFrame).contentDocument!.activeElement;
    } else if (focusedNode.shadowRoot && (focusedNode.shadowRoot as unknown as DomDocument).activeElement) {
      focusedNode = (focusedNode.shadowRoot as unknown as DomDocument).activeElement;
    } else break;
  }
  let focusedId: number | undefined;
  for (let index = 0; index < out.length; index++) {
    if (removed[index]) continue;
    const element = out[index]!;
    const id = elements.length + 1;
    newId[index] = id;
    const parent = resolveParent(element.parentId);
    const copy: ExtractedElement = { ...element, id, parentId: parent === undefined ? undefined : newId[parent] };
    if (copy.parentId === undefined) delete copy.parentId;
    if (!copy.attributes) delete copy.attributes;
    if (focusedNode && nodes[index] === focusedNode && focusedNode !== topDocument.body) {
      copy.states = { ...copy.states, focused: true };
      focusedId = id;
    }
    elements.push(copy);
    registry[id] = nodes[index]!;
  }
  topWindow[REGISTRY] = { sequence: options.sequence, nodes: registry };
  for (const frame of uncapturedFrames) {
    const src = frame.src.length > 80 ? `${frame.src.slice(0, 79)}…` : frame.src;
    notes.push(`iframe [${newId[frame.index]}] (${src}) is cross-origin or not loaded: its content was not captured`);
  }

  return {
    elements,
    url: topDocument.location.href,
    title: topDocument.title,
    scrollX: topWindow.scrollX,
    scrollY: topWindow.scrollY,
    focusedId,
    notes,
    viewport: { width: topWindow.innerWidth, height: topWindow.innerHeight, deviceScaleFactor: topWindow.devicePixelRatio },
  };
}
