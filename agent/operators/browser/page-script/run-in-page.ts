/**
 * Evaluating the self-contained page scripts of this folder.
 *
 * Playwright serialises a function with Function.prototype.toString(). Under
 * tsx / vitest the source is compiled by esbuild, which may wrap nested
 * functions in a `__name(fn, "name")` helper that does not exist in the page;
 * so the source is sent as an expression with that helper defined around it.
 */
import type { Frame, Page } from 'playwright-core';

/**
 * Run `fn(argument)` in the page's main frame and return its result, which
 * must be JSON-serialisable. The result travels as one JSON string: for an
 * observation of a big page (thousands of elements) that is several times
 * faster than Playwright's structured serialisation of the object graph.
 */
export async function runInPage<Argument, Result>(
  target: Page | Frame,
  fn: (argument: Argument) => Result | Promise<Result>,
  argument: Argument,
): Promise<Result> {
  const expression =
    `(() => { const __name = (target) => target; ` +
    `return Promise.resolve((${fn.toString()})(${JSON.stringify(argument) ?? 'undefined'}))` +
    `.then((result) => result === undefined ? undefined : JSON.stringify(result)); })()`;
  const json = (await target.evaluate(expression)) as string | undefined;
  return (json === undefined ? undefined : JSON.parse(json)) as Result;
}

/** The source of a no-argument page function, for addInitScript. */
export function initScriptSource(fn: () => void): string {
  return `(() => { const __name = (target) => target; (${fn.toString()})(); })();`;
}
