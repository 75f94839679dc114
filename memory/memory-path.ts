/** Where the memory lives when no path is given. */
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

/**
 * `$UNDERSTUDY_MEMORY` if set, else `$XDG_DATA_HOME/understudy/memory.db`,
 * else `~/.local/share/understudy/memory.db` (a relative XDG_DATA_HOME is
 * ignored, as the XDG spec asks).
 */
export function defaultMemoryPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.UNDERSTUDY_MEMORY) return env.UNDERSTUDY_MEMORY;
  const dataHome = env.XDG_DATA_HOME && isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : join(env.HOME || homedir(), '.local', 'share');
  return join(dataHome, 'understudy', 'memory.db');
}
