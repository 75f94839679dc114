/**
 * Wheel input: which element scrolled (the nearest scrollable ancestor, or
 * the page), with one observation per burst (the coalescer makes one scroll
 * of the burst). In-page code.
 */
import { describe } from './describe-target.js';
import type { Snapshots } from './event-snapshot.js';
import { originOf, pointOf, styleOf } from './frames.js';
import type { PageElement } from './page-dom.js';
import { CAPTURE, type Recorder } from './recorder-context.js';

/** A new burst starts after this long without a wheel event, ms. */
const BURST_GAP = 400;

export function listenToWheel(recorder: Recorder, snapshots: Snapshots): void {
  let lastWheel = 0;
  recorder.listen(
    'wheel',
    (event) => {
      const origin = originOf(event);
      if (!event.isTrusted || !origin || recorder.isOwn(origin)) return;
      const scale = event.deltaMode === 1 ? 40 : event.deltaMode === 2 ? recorder.window.innerHeight : 1; // lines / pages → CSS px
      const doc = origin.ownerDocument || recorder.document;
      let scroller: PageElement | null = origin;
      while (scroller && scroller !== doc.body && scroller !== doc.documentElement) {
        const style = styleOf(scroller);
        if (/(auto|scroll)/.test(style.overflowY + style.overflowX) && (scroller.scrollHeight > scroller.clientHeight || scroller.scrollWidth > scroller.clientWidth)) break;
        scroller = scroller.parentElement || (scroller.getRootNode && scroller.getRootNode().host) || null;
      }
      // The page scrolls (a frame's own document counts as the page: its offset is recorded in the top viewport).
      const onPage = !scroller || scroller === doc.body || scroller === doc.documentElement;
      const now = Date.now();
      const snapshot = now - lastWheel > BURST_GAP ? snapshots.take(onPage ? null : scroller) : undefined;
      lastWheel = now;
      const at = pointOf(event);
      recorder.send({ kind: 'wheel', x: at.x, y: at.y, deltaX: event.deltaX * scale, deltaY: event.deltaY * scale, target: onPage ? undefined : describe(scroller), snapshot, targetId: snapshot && snapshot.targetId });
    },
    CAPTURE,
  );
}
