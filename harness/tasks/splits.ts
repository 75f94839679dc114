/**
 * The fixed development / evaluation split of the suite's tasks (both the
 * first and the second suite), kept in `splits.json` next to this file.
 * Policies are tuned only on the development half; benchmarks report both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserFacingError } from '../../agent/core/errors.js';
import { SUITE_TASKS } from './catalog.js';

export type SplitHalf = 'development' | 'evaluation';

export interface SuiteSplit {
  development: readonly string[];
  evaluation: readonly string[];
}

/**
 * Check a parsed split against the task names it must cover: both halves are
 * lists of strings, no name is unknown, none appears twice, none is missing.
 * Throws a UserFacingError naming every problem found.
 */
export function validateSplit(raw: unknown, taskNames: readonly string[], source = 'the split'): SuiteSplit {
  const problems: string[] = [];
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const half = (name: SplitHalf): string[] => {
    const value = record[name];
    if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'string')) {
      problems.push(`"${name}" must be a list of task names`);
      return [];
    }
    return value as string[];
  };
  const development = half('development');
  const evaluation = half('evaluation');
  const known = new Set(taskNames);
  const seen = new Map<string, SplitHalf>();
  for (const [name, list] of [['development', development], ['evaluation', evaluation]] as const) {
    for (const task of list) {
      if (!known.has(task)) problems.push(`unknown task "${task}" in ${name}`);
      const earlier = seen.get(task);
      if (earlier) problems.push(`"${task}" appears ${earlier === name ? `twice in ${name}` : 'in both halves'}`);
      seen.set(task, name);
    }
  }
  const missing = taskNames.filter((task) => !seen.has(task));
  if (missing.length > 0) problems.push(`not in either half: ${missing.join(', ')}`);
  if (problems.length > 0) {
    throw new UserFacingError(`${source} is not a valid split of the suite: ${problems.join('; ')}`, 'put every catalog task in exactly one of "development" and "evaluation"');
  }
  return { development, evaluation };
}

/** Path of splits.json: next to this module, or back in the source tree when run from a build. */
export function splitFile(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'splits.json'), resolve(here, '..', '..', '..', 'harness', 'tasks', 'splits.json')];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new UserFacingError(`the suite split is missing (looked in ${candidates.join(' and ')})`, 'run Understudy from a full checkout');
  return found;
}

let cached: SuiteSplit | undefined;

/** The suite's split, read and validated against the catalog once. */
export function suiteSplit(): SuiteSplit {
  if (!cached) {
    const path = splitFile();
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new UserFacingError(`cannot read the suite split ${path}: ${(error as Error).message}`);
    }
    cached = validateSplit(parsed, SUITE_TASKS.map((task) => task.name), path);
  }
  return cached;
}

/** Which half a task belongs to; a UserFacingError for a task the catalog does not know. */
export function splitOf(task: string): SplitHalf {
  const split = suiteSplit();
  if (split.development.includes(task)) return 'development';
  if (split.evaluation.includes(task)) return 'evaluation';
  throw new UserFacingError(`unknown suite task "${task}"`, `known tasks: ${SUITE_TASKS.map((entry) => entry.name).join(', ')}`);
}

/** The tasks of one half, in the file's order. */
export function splitTasks(half: SplitHalf): readonly string[] {
  return suiteSplit()[half];
}

/** Both halves as named task groups, for tables that report each half's totals. */
export function splitGroups(): { name: SplitHalf; tasks: readonly string[] }[] {
  return (['development', 'evaluation'] as const).map((half) => ({ name: half, tasks: splitTasks(half) }));
}
