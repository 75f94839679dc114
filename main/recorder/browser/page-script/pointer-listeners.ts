/**
 * Pointer input: a press is described and observed when it starts (before
 * the page reacts), then becomes a click, a right-click or — past a few
 * pixels of travel — a drag with its drop target. A press on a drop-down or a
 * list box starts a selection. In-page code.
 */
import { describe } from './describe-target.js';
import { DragPath, simplifyDragPath } from './drag-path.js';
import type { Snapshots } from './event-snapshot.js';
import type { FieldMemory } from './field-memory.js';
import { chosenOf, isListBox, isTextField, norm } from './fields.js';
import { deepElementFromPoint, originOf, pointOf } from './frames.js';
import { modifiersOf } from './keys.js';
import { isRowOfContainer, meaningfulTarget } from './meaningful-target.js';
import { centreOnAnotherItem } from './centre-item.js';
import type { PageElement } from './page-dom.js';
import { CAPTURE, type Recorder } from './recorder-context.js';
import { selectedWord } from './selected-word.js';
import type { HoverTracker } from './revealing-hovers.js';

/** CSS px the pointer must travel before a press becomes a drag. */
const DRAG_THRESHOLD = 8;
/**
 * The same for a slider's handle or a range input: a step of its value may be a few px of track (one of
 * twenty on a 110 px track is 5.5 px), and a press that moved it that far is a drag, not a click on the handle
 * (a replayed click leaves the value where it was: slider-combo, measured).
 */
const SLIDER_DRAG_THRESHOLD = 2;

const isSlider = (node: PageElement | null): boolean =>
  !!node && (node.getAttribute('role') === 'slider' || (node.tagName === 'INPUT' && (node.getAttribute('type') || '').toLowerCase() === 'range'));

export function listenToPointer(recorder: Recorder, snapshots: Snapshots, fields: FieldMemory, hovers: HoverTracker): void {
  const { listen } = recorder;
  let suppressClick = false;

  listen(
    'pointerdown',
    (event) => {
      const origin = originOf(event);
      if (!event.isTrusted || recorder.isOwn(origin)) {
        recorder.press = null;
        return;
      }
      const node = meaningfulTarget(origin);
      const at = pointOf(event);
      // The pressed element reacted to the pointer (see event-snapshot.ts), unless it is a row whose container did.
      const snapshot = snapshots.take(node, !isRowOfContainer(node));
      hovers.sendRevealing(node, snapshot);
      recorder.lastInputAt = Date.now();
      const target = describe(node);
      // One item of a row the observation folds into one element, whose centre is another item: the point matters.
      if (target && snapshot && snapshot.targetId !== undefined && centreOnAnotherItem(node, snapshots.nodeOf(snapshot.targetId))) target['centreOnAnotherItem'] = true;
      const press = { time: Date.now(), x: at.x, y: at.y, button: event.button, node, target, snapshot, dragging: false, path: new DragPath(at.x, at.y, Date.now()) };
      recorder.press = press;
      if (node && isTextField(node) && !fields.before.has(node)) fields.before.set(node, { target: press.target, snapshot, sent: false });
      const select = node && node.tagName === 'OPTION' ? node.closest('select') : node;
      if (select && select.tagName === 'SELECT' && event.button === 0) {
        if (isListBox(select)) {
          const option = node!.tagName === 'OPTION' ? norm(node!.text) : '';
          fields.pick = { select, option, modifiers: modifiersOf(event), target: describe(select), snapshot };
        } else {
          // A drop-down opened: whatever is chosen next, even the value it already shows, is a step.
          fields.before.set(select, { target: describe(select), snapshot, sent: true });
          recorder.send({ kind: 'select-open', time: press.time, fieldKey: fields.keyOf(select), option: chosenOf(select), target: describe(select), snapshot });
        }
      }
    },
    CAPTURE,
  );
  listen(
    'pointermove',
    (event) => {
      const press = recorder.press;
      if (!press || !(event.buttons & 1)) return;
      const at = pointOf(event);
      if (press.path) press.path.add(at.x, at.y, Date.now());
      if (press.dragging) return;
      if (Math.hypot(at.x - press.x, at.y - press.y) >= (isSlider(press.node) ? SLIDER_DRAG_THRESHOLD : DRAG_THRESHOLD)) press.dragging = true;
    },
    CAPTURE,
  );
  const endDrag = (x: number, y: number): boolean => {
    const press = recorder.press;
    if (!press || !press.dragging) return false;
    const under = deepElementFromPoint(recorder.document, x, y);
    const drop = under && !recorder.isOwn(under) ? meaningfulTarget(under) : null;
    recorder.send({
      kind: 'drag',
      time: press.time,
      snapshot: press.snapshot,
      from: { x: press.x, y: press.y, target: press.target, targetId: press.snapshot && press.snapshot.targetId },
      to: { x, y, target: drop ? describe(drop) : undefined, targetId: drop ? snapshots.idOf(drop) : undefined },
      ...(press.path ? { path: simplifyDragPath(press.path.points, { x, y }, Date.now()) } : {}),
    });
    recorder.press = null;
    suppressClick = true;
    setTimeout(() => {
      suppressClick = false;
    }, 0);
    return true;
  };
  listen(
    'pointerup',
    (event) => {
      if (!event.isTrusted) return;
      const at = pointOf(event);
      endDrag(at.x, at.y);
    },
    CAPTURE,
  );
  listen(
    'dragstart',
    () => {
      if (recorder.press) recorder.press.dragging = true;
    },
    CAPTURE,
  );
  const dropAt: Parameters<typeof listen>[1] = (event) => {
    const at = pointOf(event);
    endDrag(at.x, at.y);
  };
  listen('drop', dropAt, CAPTURE);
  listen('dragend', dropAt, CAPTURE);

  listen(
    'click',
    (event) => {
      if (suppressClick || recorder.isOwn(originOf(event))) return;
      // Clicks without a pointer press are synthetic (a label forwarding its click
      // to its control, a key activating a button); the press/key was recorded.
      const press = recorder.press;
      if (!press || press.button !== 0) return;
      const { target, time, snapshot } = press;
      recorder.press = null;
      if (target && (target['tag'] === 'select' || target['tag'] === 'option')) return; // select-open / change records it
      const at = pointOf(event);
      recorder.send({ kind: 'click', time, x: at.x, y: at.y, detail: event.detail, target, snapshot, targetId: snapshot && snapshot.targetId });
    },
    CAPTURE,
  );
  listen(
    'dblclick',
    (event) => {
      if (recorder.isOwn(originOf(event))) return;
      const at = pointOf(event);
      const selected = selectedWord(meaningfulTarget(originOf(event)));
      recorder.send({ kind: 'dblclick', x: at.x, y: at.y, ...(selected ? { selected } : {}) });
    },
    CAPTURE,
  );
  listen(
    'contextmenu',
    (event) => {
      const press = recorder.press;
      if (recorder.isOwn(originOf(event)) || !press) return;
      const at = pointOf(event);
      recorder.send({ kind: 'right-click', time: press.time, x: at.x, y: at.y, target: press.target, snapshot: press.snapshot, targetId: press.snapshot && press.snapshot.targetId });
      recorder.press = null;
    },
    CAPTURE,
  );
}
