/**
 * The script the browser recorder injects into every document (Playwright
 * `addInitScript`, so it is back after every navigation and reload). It
 * listens in the capture phase, so it sees each input before the page can
 * react to it, describes the target as it is at that moment (before the
 * action takes effect), and reports through the `__understudyRecord` binding.
 *
 * It keeps no history beyond one pointer gesture and the value of the focused
 * field before an edit; coalescing (typing into one `type`, double clicks,
 * scroll bursts) happens on the Node side (event-coalescer.ts), where it can
 * be tested without a browser.
 *
 * Kept as a string: the Node-side project compiles without DOM types.
 */

import { extractElementsSource } from '../../../agent/operators/browser/page-script/extract-elements-script.js';

/** The binding the page calls with each captured event. */
export const RECORDER_BINDING = '__understudyRecord';
/** Attribute on the recorder's own UI (the badge); events inside it are not recorded. */
export const RECORDER_UI_ATTRIBUTE = 'data-understudy-recorder';
/** The chord that stops a recording, in Action `press` vocabulary. */
export const STOP_HOTKEY = 'Control+Shift+X';

/** Where the recorder's event-time extraction keeps its node registry (apart from the operator's). */
export const RECORDER_REGISTRY = 'understudy.recorder-elements';

export interface RecorderPageScriptOptions {
  /** CSS selectors the observation leaves out (the recorder's own UI is always among them). */
  exclude?: string[];
  /** Only elements meeting this viewport rectangle are observed (MiniWoB's task area). */
  region?: { x: number; y: number; width: number; height: number };
  /** Most elements one event-time observation reports. Default 5000. */
  maxElements?: number;
}

/**
 * The page script with the observation settings of this recording. At every
 * input it runs the operator's own extraction pass (extract-elements.ts)
 * synchronously, before the page reacts, and sends it with the event and the
 * id the target has in it: the step's observation and its target are taken
 * at the same instant, in the same vocabulary as every later observation.
 */
export function recorderPageScript(options: RecorderPageScriptOptions = {}): string {
  const extractOptions = {
    sequence: 0,
    region: options.region,
    exclude: [...(options.exclude ?? []), `[${RECORDER_UI_ATTRIBUTE}]`],
    maxElements: options.maxElements ?? 5000,
    maxTextLength: 300,
    registryKey: RECORDER_REGISTRY,
  };
  return PAGE_SCRIPT_TEMPLATE.replace('__EXTRACT_OPTIONS__', () => JSON.stringify(extractOptions)).replace(
    '__EXTRACT_SOURCE__',
    // Bundled from several modules ahead of time (scripts/bundle-page-scripts.mjs): one function expression.
    () => extractElementsSource,
  );
}

const PAGE_SCRIPT_TEMPLATE = String.raw`(() => {
  // One recorder per tab, in the top document: a same-origin frame asks it to listen there too (its
  // events are recorded in the top viewport's coordinates, its elements observed by the top's extraction).
  if (window.top !== window) {
    try { if (window.top.__understudyAdoptFrame) window.top.__understudyAdoptFrame(window); } catch (error) { /* cross-origin: not ours to watch */ }
    return;
  }
  if (window.__understudyRecorderInstalled) return;
  window.__understudyRecorderInstalled = true;
  const BINDING = ${JSON.stringify(RECORDER_BINDING)};
  const OWN = ${JSON.stringify(RECORDER_UI_ATTRIBUTE)};
  const STOP = ${JSON.stringify(STOP_HOTKEY)};
  const DRAG_THRESHOLD = 8; // CSS px the pointer must travel before a press becomes a drag
  const send = (payload) => {
    payload.time = payload.time || Date.now();
    payload.url = location.href;
    try { window[BINDING](payload); } catch (error) { /* the binding is gone while the page unloads */ }
  };
  const LISTENERS = []; // [type, handler, options]: installed on the top window and every same-origin frame (below)
  const listen = (type, handler, handlerOptions) => { LISTENERS.push([type, handler, handlerOptions]); };
  const norm = (value) => String(value == null ? '' : value).replace(/\s+/g, ' ').trim();
  const isOwn = (node) => !!(node && node.closest && node.closest('[' + OWN + ']'));
  // The element an input really reached: inside an open shadow root, not the host it is retargeted to.
  const originOf = (event) => { const path = typeof event.composedPath === 'function' ? event.composedPath() : []; return path.length && path[0].nodeType === 1 ? path[0] : event.target; };
  // The focused element, inside same-origin frames and open shadow roots.
  const deepActive = () => {
    let el = document.activeElement;
    for (let depth = 0; el && depth < 10; depth++) {
      let inner = null;
      if (el.shadowRoot && el.shadowRoot.activeElement) inner = el.shadowRoot.activeElement;
      else if (el.tagName === 'IFRAME' || el.tagName === 'FRAME') { try { inner = el.contentDocument && el.contentDocument.activeElement; } catch (error) { inner = null; } }
      if (!inner || inner === el) break;
      el = inner;
    }
    return el;
  };
  // Where a frame's viewport sits in the top one (0, 0 for the top document).
  const offsetOfView = (view) => {
    let x = 0, y = 0;
    try {
      for (let depth = 0; view && view.frameElement && depth < 10; depth++, view = view.parent) {
        const frame = view.frameElement;
        const rect = frame.getBoundingClientRect();
        x += rect.left + frame.clientLeft;
        y += rect.top + frame.clientTop;
      }
    } catch (error) { /* a cross-origin ancestor: as far as we can see */ }
    return { x, y };
  };
  const viewOf = (node) => (node && node.ownerDocument && node.ownerDocument.defaultView) || window;
  const pointOf = (event) => { const offset = offsetOfView(event.view || viewOf(event.target)); return { x: event.clientX + offset.x, y: event.clientY + offset.y }; };
  const styleOf = (el) => viewOf(el).getComputedStyle(el);
  // The element at a top-viewport point, looking into same-origin frames and open shadow roots.
  const deepElementFromPoint = (x, y) => {
    let doc = document, localX = x, localY = y, hit = null;
    for (let depth = 0; depth < 10; depth++) {
      hit = doc.elementFromPoint(localX, localY);
      while (hit && hit.shadowRoot) { const inner = hit.shadowRoot.elementFromPoint(localX, localY); if (!inner || inner === hit) break; hit = inner; }
      if (!hit || (hit.tagName !== 'IFRAME' && hit.tagName !== 'FRAME')) return hit;
      let inner = null;
      try { inner = hit.contentDocument; } catch (error) { inner = null; }
      if (!inner) return hit;
      const rect = hit.getBoundingClientRect();
      localX -= rect.left + hit.clientLeft;
      localY -= rect.top + hit.clientTop;
      doc = inner;
    }
    return hit;
  };
  const TEXT_TYPES = ['text', 'search', 'email', 'password', 'tel', 'url', 'number', 'date', 'time', 'datetime-local', 'month', 'week', ''];
  const isTextField = (el) => !!el && (el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && TEXT_TYPES.includes((el.getAttribute('type') || '').toLowerCase())) || el.isContentEditable === true);
  const INTERACTIVE = 'a[href],button,input,select,textarea,label,summary,option,[role=button],[role=link],[role=checkbox],[role=radio],[role=tab],[role=menuitem],[role=option],[role=treeitem],[onclick],[contenteditable=""],[contenteditable=true],[tabindex]';
  const CONTROL = 'a[href],button,input,select,textarea,label,summary,option,[role=button],[role=link],[role=checkbox],[role=radio],[role=tab],[role=menuitem],[role=menuitemcheckbox],[role=menuitemradio],[role=option],[role=treeitem],[role=switch],[contenteditable=""],[contenteditable=true]';
  const interactiveOf = (el) => (el && el.closest ? el.closest(INTERACTIVE) : null) || el;
  const EXTRACT = __EXTRACT_SOURCE__;
  const EXTRACT_OPTIONS = __EXTRACT_OPTIONS__;
  const REGISTRY = Symbol.for(EXTRACT_OPTIONS.registryKey);
  const CLICKABLE = Symbol.for('understudy.clickable');
  const area = (el) => { const r = el.getBoundingClientRect(); return r.width * r.height; };
  // Signs of a click handler the extraction can read without having watched it being bound.
  const knownClickable = (el) => {
    if (el.hasAttribute('onclick') || el.hasAttribute('onmousedown') || typeof el.onclick === 'function') return true;
    const tracked = window[CLICKABLE];
    if (tracked && tracked.has && tracked.has(el)) return true;
    if (el.__onclick || el.__onmousedown || (Array.isArray(el.__on) && el.__on.some((l) => l && /^(click|mousedown|mouseup|pointerdown)$/.test(l.type)))) return true;
    try {
      const events = window.jQuery && window.jQuery._data && window.jQuery._data(el, 'events');
      if (events && (events.click || events.mousedown || events.mouseup)) return true;
    } catch (error) { /* not jQuery's */ }
    const tabindex = el.getAttribute('tabindex');
    if (tabindex !== null && Number(tabindex) >= 0) return true;
    const parent = el.parentElement;
    return styleOf(el).cursor === 'pointer' && !(parent && styleOf(parent).cursor === 'pointer');
  };
  const named = (el) => !!(norm(el.getAttribute('aria-label')) || norm(el.getAttribute('title')) || norm(el.getAttribute('alt')) || (el.tagName === 'svg' && el.querySelector('title')));
  const ownText = (el) => Array.from(el.childNodes).some((node) => node.nodeType === 3 && norm(node.nodeValue));
  /**
   * The element a press on 'start' means, innermost first: a control (a link, a button, a field, an ARIA
   * widget) around the pointer; else the smallest named or worded element under the pointer — a word link
   * or an icon — unless a clickable element around it is hardly bigger; else the clickable element around it.
   */
  const meaningfulTarget = (start) => {
    let el = start && start.nodeType === 1 ? start : start && start.parentElement;
    if (!el || !el.closest) return el;
    const control = el.closest(CONTROL);
    if (control) return control;
    let inner = null;
    const doc = el.ownerDocument || document;
    for (let node = el; node && node !== doc.body && node !== doc.documentElement; node = node.parentElement) {
      if (!inner && (named(node) || ownText(node) || ['IMG', 'svg', 'CANVAS'].includes(node.tagName))) inner = node;
      if (knownClickable(node)) {
        if (!inner || inner === node) return node;
        // A small icon or word inside a larger clickable row: the inner element is what was aimed at.
        return area(node) > 2 * area(inner) ? inner : node;
      }
    }
    return inner || el;
  };
  // The node registry of the last event-time observation: id → node.
  const idOf = (node) => {
    const registry = window[REGISTRY];
    if (!registry || !node) return undefined;
    for (let current = node; current; current = current.parentNode || current.host) {
      const index = registry.nodes.indexOf(current);
      if (index > 0) return index;
    }
    return undefined;
  };
  // The state at this instant as the operator would observe it (the same extraction pass, run before
  // the page reacts to the input), and the id 'node' has in it.
  // A pressed element reacted to the pointer: it counts as clickable even when its handler was bound
  // before anything could watch (pressed = true); a focused or scrolled one is described as it is.
  // Nodes the last observations (this script's and the operator's) showed: what was on screen before
  // the pointer started hovering.
  const OPERATOR_REGISTRY = Symbol.for('understudy.elements');
  const shownBefore = () => {
    const shown = new Set();
    for (const key of [REGISTRY, OPERATOR_REGISTRY]) {
      const registry = window[key];
      if (registry && registry.nodes) for (const node of registry.nodes) if (node) shown.add(node);
    }
    return shown;
  };
  let lastShown = new Set();
  const snapshotOf = (node, pressed) => {
    try {
      lastShown = shownBefore();
      // Only where the listener tracker arrived late (a page that built itself before the recorder): with it
      // there from the start, the press proves nothing the agent's own observation would not show (a sortable
      // item or a hover menu's title reacts to the press of a handler bound elsewhere), and forcing it would
      // store a role the replay never sees.
      const force = pressed && window[Symbol.for('understudy.clickable-from-start')] !== true && node && node.nodeType === 1 && !node.closest(CONTROL);
      const extracted = EXTRACT(Object.assign({}, EXTRACT_OPTIONS, { clickableNodes: force ? [node] : [] }));
      return { extracted, targetId: idOf(node) };
    } catch (error) {
      return undefined;
    }
  };
  // The elements the pointer rested on since the last input, in order (for hover-opened menus).
  let hovered = [];
  let lastInputAt = 0;
  listen('mouseover', (event) => {
    const origin = originOf(event);
    if (!event.isTrusted || isOwn(origin)) return;
    const node = meaningfulTarget(origin);
    if (!node || node === node.ownerDocument.body || node === node.ownerDocument.documentElement) return;
    if (hovered.length && hovered[hovered.length - 1].node === node) return;
    const at = pointOf(event);
    hovered.push({ node, time: Date.now(), x: at.x, y: at.y });
    if (hovered.length > 12) hovered.shift();
  }, { capture: true, passive: true });
  /**
   * Before a press on 'node' (just observed in 'snapshot'): if what it pressed was not on screen at the
   * last observation and the pointer rested on other elements since the last input, those hovers
   * revealed it — each is a step of its own, sent before the press.
   *
   * Which hovers: the chain that opened the way to the target, found backwards from it. A hovered
   * element reveals 'need' when it is a menu around it with words of its own (File, whose list holds
   * Save), or when it is the trigger beside the submenu that holds it (a menu item's words next to its
   * nested list, a button next to its drop-down): the nearest element around both holds them in two
   * branches that do not look alike. Items merely crossed on the way look like the item that was
   * wanted (list siblings) and are neither, and so is a whole menu without words of its own (the
   * pointer crossing its padding). The chain goes on from each trigger until one was on screen before,
   * so a menu three levels deep gives both of its hovers; a chain that starts at nothing shown before
   * revealed nothing. With no chain, the last trigger hovered that was on screen before (a "Menu"
   * button whose list lies elsewhere) stands for it.
   */
  const wordsOf = (el) => Array.from(el.childNodes).find((child) => child.nodeType === 3 && norm(child.nodeValue));
  const branchUnder = (ancestor, el) => { let node = el; while (node && node.parentElement !== ancestor) node = node.parentElement; return node; };
  const looksAlike = (a, b) => a.tagName === b.tagName && (a.getAttribute('class') || '') === (b.getAttribute('class') || '');
  const reveals = (el, need) => {
    if (el === need) return false;
    // A menu around it: words of its own, and the target in a list of its own that was not on screen (not
    // a word link among the element's words, which a click revealed or was there all along).
    if (el.contains(need)) { const branch = branchUnder(el, need); return !!wordsOf(el) && !!branch && branch !== need && !lastShown.has(branch); }
    if (need.contains(el)) return false;
    let around = el.parentElement;
    while (around && !around.contains(need)) around = around.parentElement;
    if (!around || around === el.ownerDocument.body || around === el.ownerDocument.documentElement) return false;
    const mine = branchUnder(around, el), theirs = branchUnder(around, need);
    return !!mine && !!theirs && mine !== theirs && !looksAlike(mine, theirs);
  };
  const sendRevealingHovers = (node, snapshot) => {
    const candidates = hovered.filter((entry) => entry.time >= lastInputAt && entry.node !== node && !(node && node.contains(entry.node)));
    hovered = [];
    if (!node || !snapshot || snapshot.targetId === undefined || candidates.length === 0) return;
    const registry = window[REGISTRY];
    const represented = registry && registry.nodes[snapshot.targetId];
    if (!represented || lastShown.has(represented)) return;
    const chain = [];
    let need = node;
    for (let index = candidates.length - 1; index >= 0 && need; index--) {
      const entry = candidates[index];
      if (!reveals(entry.node, need)) continue;
      chain.unshift(entry);
      // Shown before the hovers began: this trigger was where the person started.
      if (lastShown.has(entry.node) || (wordsOf(entry.node) && lastShown.has(wordsOf(entry.node)))) break;
      need = entry.node;
    }
    // A chain explains the reveal only if it starts at something that was on screen before: text around
    // a link that a click (not a hover) revealed — an accordion's section, still opening when last
    // observed — is crossed on the way to the link, not rested on to open it.
    const head = chain[0];
    const shownHead = head && (lastShown.has(head.node) || (wordsOf(head.node) && lastShown.has(wordsOf(head.node))));
    const steps = shownHead ? chain : candidates.filter((entry) => lastShown.has(entry.node) && !entry.node.contains(node)).slice(-1);
    const seen = new Set();
    for (const entry of steps) {
      // A menu's own words ("File") rather than the menu, which holds what it revealed: closed, the menu
      // is observed as just those words, and that is what a replay finds and rests the pointer on.
      const words = entry.node.contains(node) ? wordsOf(entry.node) : undefined;
      const id = (words && idOf(words)) || idOf(entry.node);
      if (id === undefined || seen.has(id) || id === snapshot.targetId) continue;
      seen.add(id);
      send({ kind: 'hover', time: entry.time, x: entry.x, y: entry.y, target: describe(entry.node), snapshot, targetId: id });
    }
  };
  const roleOf = (el) => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.split(' ')[0];
    const tag = el.tagName.toLowerCase();
    const type = (el.getAttribute('type') || '').toLowerCase();
    if (tag === 'a') return el.hasAttribute('href') ? 'link' : 'text';
    if (tag === 'button' || tag === 'summary') return 'button';
    if (tag === 'input') {
      if (['button', 'submit', 'reset', 'image'].includes(type)) return 'button';
      if (type === 'checkbox') return 'checkbox';
      if (type === 'radio') return 'radio';
      if (type === 'range') return 'slider';
      return 'textbox';
    }
    if (tag === 'textarea') return 'textbox';
    if (tag === 'select') return el.multiple || el.size > 1 ? 'listbox' : 'combobox';
    if (tag === 'option') return 'option';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'img' || tag === 'svg' || tag === 'canvas') return 'image';
    if (tag === 'li') return 'listitem';
    if (tag === 'label') return 'label';
    if (el.isContentEditable) return 'textbox';
    return 'text';
  };
  const labelOf = (el) => {
    const aria = el.getAttribute('aria-label');
    if (aria) return norm(aria);
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      const root = el.getRootNode && el.getRootNode().getElementById ? el.getRootNode() : document;
      const text = labelledBy.split(/\s+/).map((id) => root.getElementById(id)).filter(Boolean).map((node) => node.textContent).join(' ');
      if (norm(text)) return norm(text);
    }
    if (el.labels && el.labels.length > 0) return norm(el.labels[0].textContent);
    const wrapping = el.closest && el.closest('label');
    if (wrapping && wrapping !== el) return norm(wrapping.textContent);
    return norm(el.getAttribute('placeholder') || el.getAttribute('title') || '') || undefined;
  };
  const textOf = (el) => {
    const tag = el.tagName;
    if (tag === 'INPUT') {
      const type = (el.getAttribute('type') || '').toLowerCase();
      return ['button', 'submit', 'reset'].includes(type) ? norm(el.value) : '';
    }
    if (tag === 'TEXTAREA' || tag === 'SELECT') return '';
    return norm(el.innerText !== undefined ? el.innerText : el.textContent).slice(0, 200);
  };
  const valueOf = (el) => {
    if (el.tagName === 'SELECT') return el.selectedIndex >= 0 ? norm(el.options[el.selectedIndex].text) : '';
    if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') {
      const type = (el.getAttribute('type') || '').toLowerCase();
      if (type === 'checkbox' || type === 'radio') return undefined;
      return el.value;
    }
    if (el.isContentEditable) return el.innerText;
    return undefined;
  };
  const ordinalOf = (el) => {
    const parent = el.parentElement;
    if (!parent) return 0;
    const role = roleOf(el);
    let index = 0;
    for (const sibling of parent.children) {
      if (sibling === el) return index;
      if (roleOf(sibling) === role) index += 1;
    }
    return index;
  };
  const ATTRIBUTES = ['id', 'name', 'class', 'href', 'type', 'placeholder', 'aria-label', 'title', 'value', 'data-wob_ref', 'for'];
  const describe = (el) => {
    if (!el || !el.getBoundingClientRect) return undefined;
    const local = el.getBoundingClientRect();
    const offset = offsetOfView(viewOf(el));
    const rect = { left: local.left + offset.x, top: local.top + offset.y, width: local.width, height: local.height };
    const attributes = {};
    for (const name of ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value !== null && value !== '' && !(name === 'value' && isTextField(el))) attributes[name] = value.slice(0, 200);
    }
    const parent = el.parentElement;
    const type = (el.getAttribute('type') || '').toLowerCase();
    const autocomplete = (el.getAttribute('autocomplete') || '').toLowerCase();
    return {
      tag: el.tagName.toLowerCase(),
      role: roleOf(el),
      text: textOf(el),
      label: labelOf(el),
      value: valueOf(el),
      inputType: el.tagName === 'INPUT' ? type || 'text' : undefined,
      checked: el.tagName === 'INPUT' && (type === 'checkbox' || type === 'radio') ? !!el.checked : undefined,
      editable: isTextField(el),
      secret: type === 'password' || autocomplete.includes('password') || autocomplete.startsWith('cc-'),
      ordinal: ordinalOf(el),
      context: parent ? norm(parent.innerText !== undefined ? parent.innerText : parent.textContent).slice(0, 80) : undefined,
      box: { x: rect.left, y: rect.top, width: rect.width, height: rect.height },
      attributes,
    };
  };
  const chordOf = (event) => {
    const parts = [];
    if (event.ctrlKey) parts.push('Control');
    if (event.altKey) parts.push('Alt');
    if (event.metaKey) parts.push('Meta');
    if (event.shiftKey) parts.push('Shift');
    let key = event.key;
    if (key === ' ') key = 'Space';
    else if (key.length === 1) key = /[a-z]/.test(key) ? key.toUpperCase() : key;
    parts.push(key);
    return parts.join('+');
  };

  // The recorder's own UI: a badge in a closed shadow root, so page scripts and
  // the operator's DOM walk do not see its contents.
  const installBadge = () => {
    if (!document.body || document.querySelector('[' + OWN + ']')) return;
    const host = document.createElement('div');
    host.setAttribute(OWN, 'badge');
    host.style.cssText = 'position:fixed;right:4px;bottom:4px;z-index:2147483647;';
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = '<style>button{font:11px sans-serif;background:#b00020;color:#fff;border:0;border-radius:9px;padding:2px 8px;opacity:.85;cursor:pointer}</style>' +
      '<button title="Stop recording (' + STOP + ')">&#9679; REC · stop</button>';
    root.querySelector('button').addEventListener('click', (event) => { event.stopPropagation(); send({ kind: 'stop', reason: 'badge' }); });
    document.body.appendChild(host);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', installBadge, { once: true });
  else installBadge();

  // Date, time and the like are edited segment by segment (month, day, year): each segment commit fires
  // 'change' with a half-typed value. The edit ends when the field loses focus, with its final value.
  const SEGMENTED = ['date', 'time', 'datetime-local', 'month', 'week'];
  const isSegmented = (el) => !!el && el.tagName === 'INPUT' && SEGMENTED.includes((el.getAttribute('type') || '').toLowerCase());
  const isListBox = (el) => !!el && el.tagName === 'SELECT' && (el.multiple || el.size > 1);
  const modifiersOf = (event) => ['Control', 'Shift', 'Alt', 'Meta'].filter((name, index) => [event.ctrlKey, event.shiftKey, event.altKey, event.metaKey][index]);
  const selectedOf = (select) => Array.from(select.options).filter((option) => option.selected).map((option) => norm(option.text));
  const chosenOf = (select) => (select.selectedIndex >= 0 ? norm(select.options[select.selectedIndex].text) : '');

  let press = null; // the pointer press being tracked: {time, x, y, button, node, target, snapshot, dragging}
  let suppressClick = false;
  let pick = null; // a press on a list box option: {select, option, modifiers, target, snapshot}
  let keyedListBox = null; // a Control+key in a list box (moving its cursor, toggling an option): {el, time, snapshot}
  const selectionBefore = new WeakMap(); // list box → its selected options before the last change
  const fieldBefore = new WeakMap(); // field → { target, snapshot, sent }: its description when it got focus
  const fieldKeys = new WeakMap();
  let nextFieldKey = 1;
  const keyOfField = (el) => {
    if (!fieldKeys.has(el)) fieldKeys.set(el, 'f' + nextFieldKey++);
    return fieldKeys.get(el);
  };
  const rememberField = (el) => {
    if (isListBox(el)) selectionBefore.set(el, selectedOf(el));
    // The press that focused it has just observed the page: no second extraction for the same instant.
    const fresh = press && press.node === el && Date.now() - press.time < 200 ? press.snapshot : undefined;
    fieldBefore.set(el, { target: describe(el), snapshot: fresh || snapshotOf(el), sent: false });
  };
  // The observation travels with the first event of a gesture only (it can be large).
  const takeSnapshot = (entry) => {
    if (!entry || entry.sent) return undefined;
    entry.sent = true;
    return entry.snapshot;
  };
  const options = { capture: true, passive: true };

  listen('pointerdown', (event) => {
    const origin = originOf(event);
    if (!event.isTrusted || isOwn(origin)) { press = null; return; }
    const node = meaningfulTarget(origin);
    const at = pointOf(event);
    const snapshot = snapshotOf(node, true);
    sendRevealingHovers(node, snapshot);
    lastInputAt = Date.now();
    press = { time: Date.now(), x: at.x, y: at.y, button: event.button, node, target: describe(node), snapshot, dragging: false };
    if (isTextField(node) && !fieldBefore.has(node)) fieldBefore.set(node, { target: press.target, snapshot, sent: false });
    const select = node && node.tagName === 'OPTION' ? node.closest('select') : node;
    if (select && select.tagName === 'SELECT' && event.button === 0) {
      if (isListBox(select)) {
        const option = node.tagName === 'OPTION' ? norm(node.text) : '';
        pick = { select, option, modifiers: modifiersOf(event), target: describe(select), snapshot };
      } else {
        // A drop-down opened: whatever is chosen next, even the value it already shows, is a step.
        fieldBefore.set(select, { target: describe(select), snapshot, sent: true });
        send({ kind: 'select-open', time: press.time, fieldKey: keyOfField(select), option: chosenOf(select), target: describe(select), snapshot });
      }
    }
  }, options);
  listen('pointermove', (event) => {
    if (!press || press.dragging || !(event.buttons & 1)) return;
    const at = pointOf(event);
    if (Math.hypot(at.x - press.x, at.y - press.y) >= DRAG_THRESHOLD) press.dragging = true;
  }, options);
  const endDrag = (x, y) => {
    if (!press || !press.dragging) return false;
    const under = deepElementFromPoint(x, y);
    const drop = under && !isOwn(under) ? meaningfulTarget(under) : null;
    send({
      kind: 'drag', time: press.time, snapshot: press.snapshot,
      from: { x: press.x, y: press.y, target: press.target, targetId: press.snapshot && press.snapshot.targetId },
      to: { x, y, target: drop ? describe(drop) : undefined, targetId: drop ? idOf(drop) : undefined },
    });
    press = null;
    suppressClick = true;
    setTimeout(() => { suppressClick = false; }, 0);
    return true;
  };
  listen('pointerup', (event) => { if (event.isTrusted) { const at = pointOf(event); endDrag(at.x, at.y); } }, options);
  listen('dragstart', () => { if (press) press.dragging = true; }, options);
  listen('drop', (event) => { const at = pointOf(event); endDrag(at.x, at.y); }, options);
  listen('dragend', (event) => { const at = pointOf(event); endDrag(at.x, at.y); }, options);

  listen('click', (event) => {
    if (suppressClick || isOwn(originOf(event))) return;
    // Clicks without a pointer press are synthetic (a label forwarding its click
    // to its control, a key activating a button); the press/key was recorded.
    if (!press || press.button !== 0) return;
    const { target, time, snapshot } = press;
    press = null;
    if (target && (target.tag === 'select' || target.tag === 'option')) return; // select-open / change records it
    const at = pointOf(event);
    send({ kind: 'click', time, x: at.x, y: at.y, detail: event.detail, target, snapshot, targetId: snapshot && snapshot.targetId });
  }, options);
  listen('dblclick', (event) => { if (!isOwn(originOf(event))) { const at = pointOf(event); send({ kind: 'dblclick', x: at.x, y: at.y }); } }, options);
  listen('contextmenu', (event) => {
    if (isOwn(originOf(event)) || !press) return;
    const at = pointOf(event);
    send({ kind: 'right-click', time: press.time, x: at.x, y: at.y, target: press.target, snapshot: press.snapshot, targetId: press.snapshot && press.snapshot.targetId });
    press = null;
  }, options);

  const listenedRoots = new WeakSet();
  listen('focusin', (event) => {
    const el = originOf(event);
    if (isOwn(el)) return;
    // 'change' does not leave a shadow root: listen for it inside the root the focus went into.
    const root = el && el.getRootNode ? el.getRootNode() : null;
    if (root && root.host && !listenedRoots.has(root)) { listenedRoots.add(root); root.addEventListener('change', onChange, options); }
    if (isTextField(el) || (el && el.tagName === 'SELECT' && !fieldBefore.has(el))) rememberField(el);
  }, options);
  listen('input', (event) => {
    const el = originOf(event);
    if (!isTextField(el) || isOwn(el)) return;
    // Formatting (Bold, Italic… from a toolbar or a shortcut) changes no text: the command that did it is the step.
    if (typeof event.inputType === 'string' && event.inputType.startsWith('format')) return;
    let entry = fieldBefore.get(el);
    if (!entry) { rememberField(el); entry = fieldBefore.get(el); }
    if (event.inputType === 'insertFromPaste' && pasteSource && Date.now() - pasteSource.time < 2000) {
      // A paste of what was copied from a field: a paste step, so a new instance pastes its own source's text.
      const snapshot = entry.sent ? undefined : entry.snapshot;
      send({ kind: 'paste', fieldKey: keyOfField(el), value: valueOf(el), target: entry.target, snapshot, targetId: snapshot && snapshot.targetId });
      pasteSource = null;
      rememberField(el);
      return;
    }
    const snapshot = takeSnapshot(entry);
    send({ kind: 'input', fieldKey: keyOfField(el), value: valueOf(el), target: entry.target, segmented: isSegmented(el), pasted: event.inputType === 'insertFromPaste', snapshot, targetId: snapshot && snapshot.targetId });
  }, options);
  // Copying a field's whole text is a step of its own (copy from that element); text selected
  // elsewhere on the page is not, and its paste is stored as typed text (the quality check says so).
  let copiedFromField = false;
  let pasteSource = null;
  listen('copy', (event) => {
    const el = deepActive();
    copiedFromField = false;
    if (!event.isTrusted || isOwn(el) || !isTextField(el) || typeof el.selectionStart !== 'number') return;
    if (el.selectionStart !== 0 || el.selectionEnd !== el.value.length || el.value === '') return;
    copiedFromField = true;
    const snapshot = snapshotOf(el);
    send({ kind: 'copy', fieldKey: keyOfField(el), target: describe(el), snapshot, targetId: snapshot && snapshot.targetId });
  }, options);
  listen('paste', (event) => {
    pasteSource = event.isTrusted && copiedFromField && isTextField(originOf(event)) ? { time: Date.now() } : null;
  }, options);
  // A field focused before the script arrived (autofocus): remember its value now, before any edit.
  if (isTextField(deepActive())) rememberField(deepActive());
  listen('focusout', (event) => {
    const el = originOf(event);
    if (isTextField(el)) { fieldBefore.delete(el); send({ kind: 'field-end', fieldKey: keyOfField(el) }); }
    if (el && el.tagName === 'SELECT') fieldBefore.delete(el);
  }, options);
  const onChange = (event) => {
    const el = originOf(event);
    if (isOwn(el)) return;
    if (isTextField(el)) {
      if (isSegmented(el)) return; // a segment was committed, not the edit: it ends on focusout
      rememberField(el);
      send({ kind: 'field-end', fieldKey: keyOfField(el) });
      return;
    }
    if (el.tagName === 'SELECT') {
      const entry = fieldBefore.get(el);
      if (isListBox(el)) {
        const picked = pick && pick.select === el ? pick : null;
        pick = null;
        // Control+Space toggled the option under the list's cursor: the same as a Control-click on that
        // option, and stored as one (a select with the Control modifier), so a new instance picks by name,
        // not by how many rows the cursor travelled.
        const keyed = !picked && keyedListBox && keyedListBox.el === el && Date.now() - keyedListBox.time < 1000 ? keyedListBox : null;
        const before = selectionBefore.get(el) || [];
        const now = selectedOf(el);
        const toggled = now.filter((text) => !before.includes(text)).concat(before.filter((text) => !now.includes(text)));
        selectionBefore.set(el, now);
        if (keyed && toggled.length === 1) {
          keyedListBox = null;
          const snapshot = keyed.snapshot;
          send({ kind: 'select', fieldKey: keyOfField(el), option: toggled[0], selected: now, modifiers: ['Control'], target: describe(el), snapshot, targetId: snapshot && snapshot.targetId });
          rememberField(el);
          return;
        }
        const snapshot = picked ? picked.snapshot : entry && !entry.sent ? entry.snapshot : undefined;
        send({
          kind: 'select', fieldKey: keyOfField(el), option: picked && picked.option ? picked.option : chosenOf(el), selected: selectedOf(el),
          modifiers: picked ? picked.modifiers : [], target: picked ? picked.target : entry ? entry.target : describe(el), snapshot, targetId: snapshot && snapshot.targetId,
        });
      } else {
        const snapshot = takeSnapshot(entry);
        send({ kind: 'select', fieldKey: keyOfField(el), option: chosenOf(el), selected: selectedOf(el), target: entry ? entry.target : describe(el), snapshot, targetId: snapshot && snapshot.targetId });
      }
      rememberField(el);
    }
  };
  listen('change', onChange, options);

  const BROWSER_CHORDS = ['Control+W', 'Control+Shift+W', 'Control+T', 'Control+N', 'Control+Shift+N', 'Control+Q', 'Control+Shift+Q', 'Alt+F4', 'Control+Tab', 'Control+Shift+Tab', 'Control+L', 'F5', 'Control+R'];
  const PLAIN_KEYS_ANYWHERE = ['Enter', 'Tab', 'Escape'];
  const PLAIN_KEYS_OUTSIDE_FIELDS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'PageUp', 'PageDown', 'Home', 'End', 'Backspace', 'Delete', ' '];
  const LIST_CURSOR_KEYS = ['ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown', ' '];
  const RICH_TEXT_KEYS = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'];
  const EDITING_CHORDS = ['Control+A', 'Control+C', 'Control+V', 'Control+X', 'Control+Z', 'Control+Y', 'Control+Shift+Z', 'Control+Backspace', 'Control+Delete', 'Control+ArrowLeft', 'Control+ArrowRight', 'Control+Shift+ArrowLeft', 'Control+Shift+ArrowRight'];
  listen('keydown', (event) => {
    if (!event.isTrusted || ['Control', 'Shift', 'Alt', 'Meta', 'AltGraph', 'CapsLock'].includes(event.key)) return;
    const keys = chordOf(event);
    if (keys === STOP) { event.preventDefault(); event.stopImmediatePropagation(); send({ kind: 'stop', reason: 'hotkey' }); return; }
    if (BROWSER_CHORDS.includes(keys)) return; // the browser's own (close tab, new window…), not the page's
    const el = deepActive();
    if (isOwn(el)) return;
    const inField = isTextField(el) || (el && el.tagName === 'SELECT');
    const chord = event.ctrlKey || event.altKey || event.metaKey;
    // In rich text the selection is what the next toolbar command (Bold, Italic…) acts on: the keys that move
    // or select (arrows, Home/End, Shift+…, Control+A) are steps there. In a plain field only its final value counts.
    const inRichText = !!el && el.isContentEditable === true && el.tagName !== 'INPUT' && el.tagName !== 'TEXTAREA';
    // In a list box, Control+arrows move its cursor without choosing and Control+Space toggles the option
    // under it: no steps of their own; the change that follows is stored as the pick it is (see onChange).
    if (isListBox(el) && event.ctrlKey && LIST_CURSOR_KEYS.includes(event.key)) {
      keyedListBox = { el, time: Date.now(), snapshot: snapshotOf(el) };
      if (!selectionBefore.has(el)) selectionBefore.set(el, selectedOf(el));
      return;
    }
    let record;
    if (inRichText && (RICH_TEXT_KEYS.includes(event.key) || keys === 'Control+A')) record = true;
    else if (chord) record = !(inField && EDITING_CHORDS.includes(keys));
    else if (PLAIN_KEYS_ANYWHERE.includes(event.key)) record = !(event.key === 'Enter' && el && el.tagName === 'TEXTAREA') && !(event.key === 'Tab' && isSegmented(el)); // Tab moves between a date's segments
    else record = !inField && PLAIN_KEYS_OUTSIDE_FIELDS.includes(event.key);
    if (!record) return;
    const target = el && el !== el.ownerDocument.body && el.tagName !== 'IFRAME' && el.tagName !== 'FRAME' ? el : null;
    const snapshot = snapshotOf(target);
    lastInputAt = Date.now();
    send({ kind: 'key', keys, inField, target: target ? describe(target) : undefined, snapshot, targetId: snapshot && snapshot.targetId });
  }, { capture: true });

  let lastWheel = 0;
  listen('wheel', (event) => {
    const origin = originOf(event);
    if (!event.isTrusted || isOwn(origin)) return;
    const scale = event.deltaMode === 1 ? 40 : event.deltaMode === 2 ? window.innerHeight : 1; // lines / pages → CSS px
    const doc = origin.ownerDocument || document;
    let scroller = origin;
    while (scroller && scroller !== doc.body && scroller !== doc.documentElement) {
      const style = styleOf(scroller);
      if (/(auto|scroll)/.test(style.overflowY + style.overflowX) && (scroller.scrollHeight > scroller.clientHeight || scroller.scrollWidth > scroller.clientWidth)) break;
      scroller = scroller.parentElement || (scroller.getRootNode && scroller.getRootNode().host) || null;
    }
    // The page scrolls (a frame's own document counts as the page: its offset is recorded in the top viewport).
    const onPage = !scroller || scroller === doc.body || scroller === doc.documentElement;
    // One observation per burst of wheel events (the coalescer makes one scroll of the burst).
    const now = Date.now();
    const snapshot = now - lastWheel > 400 ? snapshotOf(onPage ? null : scroller) : undefined;
    lastWheel = now;
    const at = pointOf(event);
    send({ kind: 'wheel', x: at.x, y: at.y, deltaX: event.deltaX * scale, deltaY: event.deltaY * scale, target: onPage ? undefined : describe(scroller), snapshot, targetId: snapshot && snapshot.targetId });
  }, options);

  // Every listener above goes on the top window and on each same-origin frame's window (a frame's
  // document.open() erases them, and a navigation brings a new window: each load of a frame listens again).
  const installed = new Map(); // window → the listeners added to it
  const installOn = (win) => {
    const previous = installed.get(win);
    if (previous) for (const [type, handler, handlerOptions] of previous) win.removeEventListener(type, handler, handlerOptions);
    const added = [];
    for (const [type, handler, handlerOptions] of LISTENERS) { win.addEventListener(type, handler, handlerOptions); added.push([type, handler, handlerOptions]); }
    installed.set(win, added);
    win.addEventListener('load', onFrameLoad, true);
    adoptFramesOf(win.document);
  };
  const adoptFramesOf = (doc) => {
    for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
      let win = null;
      try { win = frame.contentWindow; if (win && !win.document) win = null; } catch (error) { win = null; }
      if (win && !installed.has(win)) installOn(win);
    }
  };
  function onFrameLoad(event) {
    const frame = event.target;
    if (!frame || (frame.tagName !== 'IFRAME' && frame.tagName !== 'FRAME')) return;
    try { if (frame.contentWindow && frame.contentWindow.document) installOn(frame.contentWindow); } catch (error) { /* cross-origin */ }
  }
  window.__understudyAdoptFrame = (win) => { try { if (win.top === window) installOn(win); } catch (error) { /* not ours */ } };
  installOn(window);
})();`;

/** The page script with default observation settings. */
export const RECORDER_PAGE_SCRIPT = recorderPageScript();
