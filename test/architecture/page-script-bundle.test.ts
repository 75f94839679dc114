/**
 * The bundled in-page scripts (agent/operators/browser/page-script/generated/,
 * main/recorder/browser/page-script/generated/) are committed, so that type-checking, tests and the built copy read them with
 * no step first. This test fails when one no longer matches the modules it is
 * bundled from: run `npm run bundle:page-scripts` and commit the result.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractElementsSource } from '../../agent/operators/browser/page-script/generated/extract-elements.js';
import { installRecorderSource } from '../../main/recorder/browser/page-script/generated/install-recorder.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('bundled page scripts', () => {
  it('are up to date with the modules they are bundled from', () => {
    const result = spawnSync(process.execPath, ['scripts/bundle-page-scripts.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each([
    ['extractElements', extractElementsSource],
    ['installRecorder', installRecorderSource],
  ])('evaluate to one self-contained function (%s) that leaves nothing on the global object', (name, source) => {
    const before = new Set(Object.keys(globalThis));
    const fn = (0, eval)(source) as unknown;
    expect(typeof fn).toBe('function');
    expect((fn as { name: string }).name).toBe(name);
    expect(Object.keys(globalThis).filter((key) => !before.has(key))).toEqual([]);
    // No esbuild helper that only exists where it was compiled (keepNames' __name).
    expect(source).not.toMatch(/\b__name\(/);
  });
});
