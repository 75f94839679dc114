/**
 * The built renderer web mode serves: dist/renderer. From a source checkout
 * it is (re)built with Vite when missing or older than the renderer's
 * sources; an installed package ships it built.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UserFacingError, errorMessage } from '../../agent/core/errors.js';
import { packageRoot } from '../package-info.js';

export function rendererDirectory(): string {
  return join(packageRoot(), 'dist', 'renderer');
}

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether dist/renderer needs a build: missing, or older than renderer/ (in a checkout). */
export function rendererIsStale(root = packageRoot()): boolean {
  const index = join(root, 'dist', 'renderer', 'index.html');
  if (!existsSync(index)) return true;
  const sources = join(root, 'renderer');
  if (!existsSync(sources)) return false;
  return newestSource(sources) > statSync(index).mtimeMs;
}

export async function ensureRendererBuilt(options: { force?: boolean; log?: (line: string) => void } = {}): Promise<string> {
  const root = packageRoot();
  const output = rendererDirectory();
  if (!options.force && !rendererIsStale(root)) return output;
  if (!existsSync(join(root, 'vite.config.ts'))) throw new UserFacingError(`the app is not built (${output} is missing)`, 'run `npm run build` in the Understudy folder');
  options.log?.('building the app (vite build)…');
  // Built aside and moved into place, so a server already serving dist/renderer never sees half a build.
  const aside = `${output}.building-${process.pid}`;
  try {
    const vite = await import('vite');
    await vite.build({ configFile: join(root, 'vite.config.ts'), root: join(root, 'renderer'), logLevel: 'warn', build: { outDir: aside, emptyOutDir: true } });
    rmSync(output, { recursive: true, force: true });
    renameSync(aside, output);
  } catch (error) {
    rmSync(aside, { recursive: true, force: true });
    if (existsSync(join(output, 'index.html')) && !rendererIsStale(root)) return output; // another process built it meanwhile
    throw new UserFacingError(`building the app failed: ${errorMessage(error)}`, 'run `npx vite build` to see the details');
  }
  return output;
}
