/**
 * The recorder's own UI: a badge in a closed shadow root, so page scripts and
 * the operator's DOM walk do not see its contents; a click on it stops the
 * recording. In-page code.
 */
import type { Recorder } from './recorder-context.js';

export function installBadge(recorder: Recorder): void {
  const { document, config } = recorder;
  const install = () => {
    if (!document.body || document.querySelector(`[${config.ownAttribute}]`)) return;
    const host = document.createElement('div');
    host.setAttribute(config.ownAttribute, 'badge');
    host.style.cssText = 'position:fixed;right:4px;bottom:4px;z-index:2147483647;';
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML =
      '<style>button{font:11px sans-serif;background:#b00020;color:#fff;border:0;border-radius:9px;padding:2px 8px;opacity:.85;cursor:pointer}</style>' +
      `<button title="Stop recording (${config.stopHotkey})">&#9679; REC · stop</button>`;
    root.querySelector('button')!.addEventListener('click', (event) => {
      event.stopPropagation();
      recorder.send({ kind: 'stop', reason: 'badge' });
    });
    document.body.appendChild(host);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', install, { capture: false, once: true });
  else install();
}
