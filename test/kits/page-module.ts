/**
 * Unit-testing one in-page module in real Chromium: a small entry written in
 * the test (importing the module relative to page-script/extract/, exporting
 * a default function of one JSON argument) is bundled by esbuild as the page
 * scripts are, and run in a tab with runInPage.
 */
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageScript, type PageScript } from '../../agent/operators/browser/page-script/run-in-page.js';

const EXTRACT_MODULES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'agent', 'operators', 'browser', 'page-script', 'extract');

/** `entry`: TypeScript with imports like './text-node.js' and `export default (argument) => result`. */
export async function pageModule<Argument, Result>(entry: string): Promise<PageScript<Argument, Result>> {
  const result = await build({
    stdin: { contents: entry, resolveDir: EXTRACT_MODULES, loader: 'ts', sourcefile: 'test-entry.ts' },
    bundle: true,
    format: 'iife',
    globalName: '__understudyTestModule',
    platform: 'browser',
    target: 'chrome110',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  return pageScript<Argument, Result>(`(() => {\n${code}\nreturn __understudyTestModule.default;\n})()`);
}
