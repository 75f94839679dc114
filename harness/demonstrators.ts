/**
 * The scripted demonstrators of the project's own suite live with the test
 * fixtures (test/fixtures/demonstrators); the demo and `bench --demos` load
 * them from there at run time, so the agent's code never imports them.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UserFacingError, errorMessage } from '../agent/core/errors.js';
import type { Demonstrator } from './miniwob/record-demonstration.js';

export async function loadSuiteDemonstrators(): Promise<Record<string, Demonstrator>> {
  // A computed specifier keeps test fixtures out of the agent's static import graph.
  const specifier = '../test/fixtures/demonstrators/index.js';
  const source = fileURLToPath(new URL('../test/fixtures/demonstrators/index.ts', import.meta.url));
  const built = fileURLToPath(new URL(specifier, import.meta.url));
  if (!existsSync(source) && !existsSync(built)) {
    throw new UserFacingError('the suite demonstrators (test/fixtures/demonstrators) are not in this installation', 'run from a source checkout, or pass --memory with recorded demonstrations and --demos 0');
  }
  try {
    const module = (await import(specifier)) as { demonstrators?: Record<string, Demonstrator> };
    if (!module.demonstrators) throw new Error('the module exports no `demonstrators`');
    return module.demonstrators;
  } catch (error) {
    throw new UserFacingError(`could not load the suite demonstrators: ${errorMessage(error)}`);
  }
}
