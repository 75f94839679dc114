/**
 * The page changing by itself (a suggestion list opening, a timer filling a
 * field, a section done sliding): tell the Node side, which observes again
 * once the page is quiet (RecordingEngine.changed), so the history holds the
 * state a later input is made in, not only the one a settle timer after the
 * previous input caught. At most one report per REPORT_GAP_MS; changes inside
 * the recorder's own UI (its badge) are not the page's. In-page code.
 */
import type { PageNode } from './page-dom.js';
import type { Recorder } from './recorder-context.js';

/** Reports of changes at most this often, ms (the Node side waits for quiet anyway). */
const REPORT_GAP_MS = 100;

interface MutationLike {
  target: PageNode;
}
type MutationObserverLike = new (callback: (mutations: MutationLike[]) => void) => { observe(target: PageNode, options: Record<string, boolean>): void };

export function listenToMutations(recorder: Recorder): void {
  const Observer = (recorder.window as unknown as { MutationObserver?: MutationObserverLike }).MutationObserver;
  if (!Observer) return;
  let pending = false;
  const observer = new Observer((mutations) => {
    if (pending || mutations.every((mutation) => recorder.isOwn(mutation.target))) return;
    pending = true;
    const changedAt = Date.now();
    setTimeout(() => {
      pending = false;
      recorder.send({ kind: 'mutation', time: changedAt });
    }, REPORT_GAP_MS);
  });
  observer.observe(recorder.document as unknown as PageNode, { childList: true, subtree: true, attributes: true, characterData: true });
}
