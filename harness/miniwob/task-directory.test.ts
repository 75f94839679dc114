import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '../../agent/core/errors.js';
import { openTaskDirectory, selectTasks } from './task-directory.js';

const MINI = fileURLToPath(new URL('../../test/fixtures/miniwob-mini/', import.meta.url));

describe('task pages folder', () => {
  const temp = mkdtempSync(join(tmpdir(), 'understudy-taskdir-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('lists the tasks of a protocol folder, also when given its miniwob/ subfolder', () => {
    const directory = openTaskDirectory(MINI);
    expect(directory.tasks).toEqual(['click-button-mini', 'enter-text-mini', 'hang-mini', 'no-cover-mini']);
    expect(openTaskDirectory(join(MINI, 'miniwob')).root).toBe(directory.root);
  });

  it('a missing or malformed folder is a clear, user-facing error', () => {
    expect(() => openTaskDirectory(join(temp, 'nope'))).toThrow(UserFacingError);
    expect(() => openTaskDirectory(join(temp, 'nope'))).toThrow(/does not exist/);
    mkdirSync(join(temp, 'half', 'miniwob'), { recursive: true });
    expect(() => openTaskDirectory(join(temp, 'half'))).toThrow(/not a MiniWoB pages folder: core\/core.js missing/);
    mkdirSync(join(temp, 'empty', 'core'), { recursive: true });
    mkdirSync(join(temp, 'empty', 'miniwob'));
    writeFileSync(join(temp, 'empty', 'core', 'core.js'), '');
    expect(() => openTaskDirectory(join(temp, 'empty'))).toThrow(/holds no task pages/);
    writeFileSync(join(temp, 'file.txt'), 'x');
    expect(() => openTaskDirectory(join(temp, 'file.txt'))).toThrow(/is a file/);
  });

  it('unknown task names are listed together, with close matches', () => {
    const directory = openTaskDirectory(MINI);
    expect(selectTasks(directory, undefined)).toEqual(directory.tasks);
    expect(selectTasks(directory, ['enter-text-mini', 'enter-text-mini'])).toEqual(['enter-text-mini']);
    expect(() => selectTasks(directory, ['click-buton-mini', 'zzz'])).toThrow(/unknown tasks click-buton-mini \(did you mean click-button-mini\?\); zzz/);
  });
});
