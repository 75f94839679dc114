/**
 * The document of a test file that runs under `// @vitest-environment jsdom`,
 * typed with the page scripts' own DOM types (the Node-side project compiles
 * without DOM types), for unit tests of in-page code where layout does not
 * matter (jsdom computes no boxes).
 */
import type { DomDocument, DomElement, DomWindow } from '../../agent/operators/browser/page-script/dom-types.js';

export interface TestDocument extends DomDocument {
  body: DomElement & { innerHTML: string };
}

/** Replace the body with `html`; return the document and a query helper that throws when nothing matches. */
export function setBody(html: string): { document: TestDocument; window: DomWindow; $: (selector: string) => DomElement } {
  const scope = globalThis as unknown as { document?: TestDocument; window?: DomWindow };
  if (!scope.document || !scope.window) throw new Error('setBody(): run the test file under // @vitest-environment jsdom');
  const document = scope.document;
  document.body.innerHTML = html;
  const $ = (selector: string): DomElement => {
    const found = document.querySelectorAll(selector)[0];
    if (!found) throw new Error(`no element matches ${selector}`);
    return found;
  };
  return { document, window: scope.window, $ };
}
