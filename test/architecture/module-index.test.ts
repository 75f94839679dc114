/**
 * ARCHITECTURE.md names every module that exists and nothing that does not:
 * its module index (scripts/module-index.mjs) lists every production source
 * file, and every source file its prose names is one that exists.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error scripts/ is plain JavaScript (Node built-ins only), without type declarations
import { END, START, moduleIndex, productionFiles, summaryOf, withIndex } from '../../scripts/module-index.mjs';

const root = resolve(import.meta.dirname, '..', '..');
const architecture = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');

describe('ARCHITECTURE.md module index', () => {
  it('is up to date: every production source file is listed, none that is gone (npm run module-index)', () => {
    expect(architecture.includes(START) && architecture.includes(END)).toBe(true);
    expect(withIndex(architecture, moduleIndex(root)), 'the module index is stale: run `npm run module-index`').toBe(architecture);
  });

  it('covers every folder of ours that holds production code, tests and generated files left out', () => {
    const files: string[] = productionFiles(root);
    for (const folder of ['agent/core', 'memory', 'main/recorder/desktop', 'renderer/src/parts', 'harness/tasks/demonstrators', 'cli/commands', 'bench/data', 'scripts']) {
      expect(files.some((file) => file.startsWith(`${folder}/`)), folder).toBe(true);
    }
    expect(files.filter((file) => /\.test\.tsx?$/.test(file) || file.includes('/generated/'))).toEqual([]);
    expect(files).toContain('agent/policy/exemplar/plan-demonstration.ts');
  });

  it('names in its prose only source files that exist', () => {
    const prose = architecture.slice(0, architecture.indexOf(START));
    const tracked = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n');
    const named = [...new Set([...prose.matchAll(/(?<![\w./-])(\w[\w./-]*\.(?:tsx?|mjs|mts))\b/g)].map((match) => match[1]!))];
    expect(named.length).toBeGreaterThan(100);
    const ghosts = named.filter((name) => !tracked.some((file) => file === name || file.endsWith(`/${name}`)));
    expect(ghosts).toEqual([]);
  });

  it('summarises a file by the first sentence of its header comment', () => {
    expect(summaryOf('#!/usr/bin/env node\n/**\n * One thing, e.g. this. Then more.\n */\nexport {}')).toBe('One thing, e.g. this.');
    expect(summaryOf('// A line comment: what it is.\nexport {}')).toBe('A line comment: what it is.');
    expect(summaryOf('export const x = 1;')).toBe('');
  });

  it('says why for every production file over 500 lines (its section "Files over 500 lines, and why")', () => {
    const section = architecture.slice(architecture.indexOf('## Files over 500 lines, and why'), architecture.indexOf('## Every module'));
    // Bullets that say a file is no longer over 500 do not excuse one that is again.
    const reasons = section.split(/\n(?=- )/).filter((bullet) => bullet.startsWith('- ') && !bullet.startsWith('- No longer over 500'));
    expect(reasons.length).toBeGreaterThan(0);
    const long = (productionFiles(root) as string[]).filter((file) => readFileSync(join(root, file), 'utf8').split('\n').length > 500);
    const unexplained = long.filter((file) => !reasons.some((bullet) => bullet.includes(file) || bullet.includes(`\`${file.split('/').pop()}\``)));
    expect(unexplained).toEqual([]);
  });
});
