/**
 * Evaluating the page scripts of this folder.
 *
 * Two kinds: a self-contained function (no imports), serialised with
 * Function.prototype.toString() — under tsx / vitest its source is compiled by
 * esbuild, which may wrap nested functions in a `__name(fn, "name")` helper
 * that does not exist in the page, so the source is sent with that helper
 * defined around it; and a PageScript, a function split over several modules
 * and bundled ahead of time into one source (scripts/bundle-page-scripts.mjs,
 * generated/), which needs no such help.
 */
import type { Frame, Page } from 'playwright-core';

/** A page function bundled ahead of time: the source of a function expression, typed by what it takes and returns. */
export interface PageScript<Argument, Result> {
  readonly source: string;
  /** Never set: carries the signature for type checking only. */
  readonly signature?: (argument: Argument) => Result;
}

export function pageScript<Argument, Result>(source: string): PageScript<Argument, Result> {
  return { source };
}

/** The source of a function expression for either kind of page function. */
function functionSource(fn: ((argument: never) => unknown) | PageScript<unknown, unknown>): string {
  return typeof fn === 'function' ? fn.toString() : fn.source;
}

/**
 * Run `fn(argument)` in the page's main frame and return its result, which
 * must be JSON-serialisable. The result travels as one JSON string: for an
 * observation of a big page (thousands of elements) that is several times
 * faster than Playwright's structured serialisation of the object graph.
 */
export async function runInPage<Argument, Result>(
  target: Page | Frame,
  fn: ((argument: Argument) => Result | Promise<Result>) | PageScript<Argument, Result | Promise<Result>>,
  argument: Argument,
): Promise<Result> {
  const expression =
    `(() => { const __name = (target) => target; ` +
    `return Promise.resolve((${functionSource(fn as PageScript<unknown, unknown>)})(${JSON.stringify(argument) ?? 'undefined'}))` +
    `.then((result) => result === undefined ? undefined : JSON.stringify(result)); })()`;
  const json = (await target.evaluate(expression)) as string | undefined;
  return (json === undefined ? undefined : JSON.parse(json)) as Result;
}

/** The source of a no-argument page function, for addInitScript. */
export function initScriptSource(fn: () => void): string {
  return `(() => { const __name = (target) => target; (${fn.toString()})(); })();`;
}
