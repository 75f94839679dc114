/**
 * A folder of MiniWoB-protocol pages: `core/core.js` plus `miniwob/<task>.html`
 * (the layout of Farama-Foundation/miniwob-plusplus `miniwob/html`, and of the
 * project's own suite under harness/tasks/html). Validated once, up front, so
 * a wrong `--dir` is a clear error instead of a page that never loads.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UserFacingError } from '../../agent/core/errors.js';

export interface TaskDirectory {
  /** Absolute path of the folder that holds `core/` and `miniwob/`. */
  root: string;
  /** Task names (page file names without `.html`), sorted. */
  tasks: string[];
}

/**
 * Check a pages folder and list its tasks. Accepts the folder holding `core/`
 * and `miniwob/`, or its `miniwob/` subfolder itself (a common slip).
 */
export function openTaskDirectory(dir: string): TaskDirectory {
  let root = resolve(dir);
  if (!existsSync(root)) {
    throw new UserFacingError(`the MiniWoB pages folder ${root} does not exist`, 'pass --dir <checkout>/miniwob/html (the folder holding core/ and miniwob/)');
  }
  if (!statSync(root).isDirectory()) throw new UserFacingError(`${root} is a file, not a MiniWoB pages folder`);
  if (!existsSync(join(root, 'core', 'core.js')) && existsSync(join(root, '..', 'core', 'core.js'))) root = resolve(root, '..');
  const missing = ['core/core.js', 'miniwob'].filter((part) => !existsSync(join(root, part)));
  if (missing.length > 0) {
    throw new UserFacingError(
      `${root} is not a MiniWoB pages folder: ${missing.join(' and ')} missing`,
      'pass --dir <checkout>/miniwob/html (the folder holding core/core.js and miniwob/<task>.html)',
    );
  }
  const tasks = readdirSync(join(root, 'miniwob'))
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.slice(0, -'.html'.length))
    .sort();
  if (tasks.length === 0) throw new UserFacingError(`${join(root, 'miniwob')} holds no task pages (*.html)`);
  return { root, tasks };
}

/**
 * Resolve a task selection against the folder: every name must exist
 * (unknown names are listed together, with close matches). `undefined` = all.
 */
export function selectTasks(directory: TaskDirectory, names: readonly string[] | undefined): string[] {
  if (!names || names.length === 0) return [...directory.tasks];
  const known = new Set(directory.tasks);
  const unknown = names.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    const hints = unknown.map((name) => {
      const close = directory.tasks.filter((task) => task.includes(name) || name.includes(task) || editDistance(task, name) <= 2);
      return close.length > 0 ? `${name} (did you mean ${close.slice(0, 3).join(', ')}?)` : name;
    });
    throw new UserFacingError(
      `unknown task${unknown.length > 1 ? 's' : ''} ${hints.join('; ')} in ${directory.root}`,
      `the folder has ${directory.tasks.length} tasks, e.g. ${directory.tasks.slice(0, 5).join(', ')}`,
    );
  }
  return [...new Set(names)];
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length]!;
}
