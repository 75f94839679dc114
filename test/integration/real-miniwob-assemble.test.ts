/**
 * bench/real-miniwob/assemble.mjs, run as the docs run it, on a scratch folder of stand-in "upstream" files
 * of our own (never an upstream file): the layout it builds, the libraries it takes from node_modules, and
 * the errors that name a missing upstream file or a file a page loads that nobody supplied.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const script = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'real-miniwob', 'assemble.mjs');
const scratch: string[] = [];

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'assemble-test-'));
  scratch.push(dir);
  return dir;
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function sources(page: string): string {
  const src = folder();
  for (const file of ['core/core.js', 'core/core.css', 'core/jquery-ui-hacks.js', 'common/ui_utils.js']) write(src, file, `/* ${file} */`);
  write(src, 'miniwob/own-task.html', page);
  return src;
}

function assemble(...args: string[]) {
  return spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
}

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('assemble.mjs', () => {
  it('builds core/, common/ and miniwob/ with the libraries from node_modules', () => {
    const page = '<script src="../core/core.js"></script><script src="../core/d3.v3.min.js"></script>'
      + '<script src="../core/jquery-ui/external/jquery/jquery.js"></script><link href="../core/jquery-ui/jquery-ui.min.css">';
    const out = join(folder(), 'pages');
    const result = assemble('--src', sources(page), '--out', out);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n').at(-1)).toBe('tasks: own-task');
    expect(readFileSync(join(out, 'miniwob', 'own-task.html'), 'utf8')).toBe(page);
    expect(readFileSync(join(out, 'common', 'ui_utils.js'), 'utf8')).toBe('/* common/ui_utils.js */');
    expect(readFileSync(join(out, 'core', 'd3.v3.min.js'), 'utf8')).toMatch(/d3/);
    expect(existsSync(join(out, 'core', 'jquery-ui', 'jquery-ui.min.js'))).toBe(true);
    expect(existsSync(join(out, 'core', 'jquery-ui', 'images'))).toBe(true);
  });

  it('names every missing upstream file and asked-for task page', () => {
    const src = sources('<p></p>');
    rmSync(join(src, 'common', 'ui_utils.js'));
    const result = assemble('--src', src, '--out', join(folder(), 'pages'), '--tasks', 'own-task,not-there');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(join(src, 'common', 'ui_utils.js'));
    expect(result.stderr).toContain(join(src, 'miniwob', 'not-there.html'));
    expect(result.stderr).not.toContain('own-task.html');
  });

  it('names a file a page loads that neither the sources nor node_modules supply', () => {
    const result = assemble('--src', sources('<script src="../common/special/plugin.js"></script>'), '--out', join(folder(), 'pages'));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('own-task.html loads common/special/plugin.js');
  });
});
