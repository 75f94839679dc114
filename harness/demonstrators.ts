/**
 * The scripted demonstrators of the project's own suite (harness/tasks/demonstrators):
 * the "person" the demo and `bench --demos` record through the recorder. They live in
 * harness/, which the agent never imports (test/architecture/import-boundaries.test.ts),
 * so they are imported statically and ship in a built copy (`dist/`).
 */
import { demonstrators } from './tasks/demonstrators/index.js';
import type { Demonstrator } from './miniwob/record-demonstration.js';

/** Every suite task's demonstrator, by task name. Async so callers need not change if loading ever becomes lazy again. */
export async function loadSuiteDemonstrators(): Promise<Record<string, Demonstrator>> {
  return demonstrators;
}
