/**
 * The browser recorder's page script (bundled into generated/recorder.ts by
 * scripts/bundle-page-scripts.mjs; Node-side callers use
 * ../recorder-page-script.ts). Installed into every document, it listens in
 * the capture phase, so it sees each input before the page can react to it,
 * describes the target as it is at that moment (before the action takes
 * effect), observes the page with the operator's own extraction pass, and
 * reports through the binding.
 *
 * It keeps no history beyond one pointer gesture and the value of the focused
 * field before an edit; coalescing (typing into one `type`, double clicks,
 * scroll bursts) happens on the Node side (event-coalescer.ts), where it can
 * be tested without a browser.
 *
 * The modules of this folder may import each other and the extraction's
 * modules (agent/operators/browser/page-script/extract/), nothing else at run
 * time (types are fine, they are erased).
 */
import { installBadge } from './badge.js';
import { trackConsumedKeys } from './consumed-keys.js';
import { createSnapshots } from './event-snapshot.js';
import { createFieldMemory } from './field-memory.js';
import { listenToFields } from './field-listeners.js';
import { ADOPT_FRAME, installInFrames } from './frame-installation.js';
import { listenToKeys } from './key-listener.js';
import type { PageWindow } from './page-dom.js';
import { listenToPointer } from './pointer-listeners.js';
import { createRecorder, type RecorderConfig } from './recorder-context.js';
import { trackHovers } from './revealing-hovers.js';
import { listenToWheel } from './wheel-listener.js';

export type { RecorderConfig } from './recorder-context.js';

const INSTALLED = '__understudyRecorderInstalled';

/** Runs in the page. See the file comment. */
export function installRecorder(config: RecorderConfig): void {
  const self = globalThis as unknown as PageWindow;
  // One recorder per tab, in the top document: a same-origin frame asks it to listen there too (its
  // events are recorded in the top viewport's coordinates, its elements observed by the top's extraction).
  if (self.top !== self) {
    try {
      const adopt = self.top && (self.top[ADOPT_FRAME] as ((win: PageWindow) => void) | undefined);
      if (adopt) adopt(self);
    } catch {
      // Cross-origin: not ours to watch.
    }
    return;
  }
  if (self[INSTALLED]) return;
  self[INSTALLED] = true;
  const recorder = createRecorder(config, self);
  const snapshots = createSnapshots(config, self);
  const fields = createFieldMemory(recorder, snapshots);
  const hovers = trackHovers(recorder, snapshots);
  listenToPointer(recorder, snapshots, fields, hovers);
  listenToFields(recorder, snapshots, fields, trackConsumedKeys(recorder, fields));
  listenToKeys(recorder, snapshots, fields);
  listenToWheel(recorder, snapshots);
  installBadge(recorder);
  installInFrames(recorder);
}
