/**
 * Paths that are not ordinary files: the kernel's /proc and /sys, and device
 * nodes under /dev. Opening a database or writing an export there hangs or
 * fails in odd ways; refuse them up front with a message.
 */
import { realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserFacingError } from '../agent/core/errors.js';

const SPECIAL = /^\/(proc|sys|dev)(\/|$)/;

/** The path with symbolic links of its existing part resolved (so a link into /proc is seen for what it is). */
function realPathOf(path: string): string {
  let current = resolve(path);
  const rest: string[] = [];
  for (let depth = 0; depth < 64; depth++) {
    try {
      return resolve(realpathSync(current), ...rest.reverse());
    } catch {
      const parent = dirname(current);
      if (parent === current) return resolve(path);
      rest.push(current.slice(parent.length + (parent.endsWith('/') ? 0 : 1)));
      current = parent;
    }
  }
  return resolve(path);
}

/** Throws a UserFacingError when `path` lies under /proc, /sys or /dev. `what` names it ("the memory", "the export file"). */
export function assertOrdinaryPath(path: string, what: string): void {
  const real = realPathOf(path);
  if (SPECIAL.test(resolve(path)) || SPECIAL.test(real)) {
    throw new UserFacingError(`${what} ${resolve(path)} is under /proc, /sys or /dev, not an ordinary file`, 'pass a path in an ordinary folder');
  }
}
