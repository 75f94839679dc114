/**
 * Rule: the agent's own stored run is followed through the demonstration it
 * re-grounded, never by itself.
 *
 * A person who taught a page once and then watched the agent do it on
 * another instance has taught one lesson, not two. What the agent did there
 * is an echo of the person's demonstration, read for that instance: it keeps
 * the steps it took, not the reading that chose them — which set of switches
 * was meant ("exactly these on"), which part of the task was left out, which
 * value came from which slot. Read again as if a person had shown it, the run
 * teaches the accidents of its instance: four day buttons clicked because
 * three were already on ("every day" replayed as M, W, T, F on a page where
 * other days were on), every other switch off because it happened to be off
 * (read as "the demonstration left such switches unticked"), a note left
 * unwritten because the run's task named it in another way. In the teaching
 * bench of session 31, 4 of the 6 wrong actions came through own runs, and
 * for two of them the person's demonstration would have refused the task
 * (another kind of task) where the own run acted.
 *
 * So each retrieved own run stands for the demonstration(s) its steps
 * followed (each step records the demonstration it came from in its details,
 * `offline.demonstrationId`; a composed plan's id names its parts; an own run
 * of an own run leads back to the person's demonstration). That
 * demonstration takes the own run's place in the retrieved list — planned for
 * the new task and judged for kind like any other — and the own run itself is
 * neither followed nor counted as another demonstration agreeing (it is not
 * independent evidence). The own run still helps: its wording, closer to the
 * new task's, is what brought the demonstration among the closest.
 *
 * Safe because nothing new is acted on: the policy follows only what a person
 * showed, as it would had it retrieved that demonstration directly; where the
 * demonstration cannot do the task, the policy refuses. An own run whose
 * demonstration is no longer in memory (the person deleted it) is left out —
 * deleting a lesson takes its echoes with it. An own run that followed no
 * demonstration at all (every step the hybrid's model's) has no reading to
 * lose and is kept as it was.
 *
 * Pure apart from the memory look-up it is given; no task knowledge.
 */
import type { RetrievalFilters, RetrievedExemplar } from '../../../core/exemplar-memory.js';
import type { Trajectory } from '../../../core/trajectory.js';

/** How an own run's demonstration is found by its id (the memory's `get`); undefined when the memory cannot look one up. */
export type TrajectoryLookup = (id: string) => Trajectory | undefined | Promise<Trajectory | undefined>;

/** Own runs of own runs followed back at most this deep (a chain longer than a person's patience is not expected). */
const MAX_DEPTH = 8;

/** The prefix of a composed plan's id (compose-plans.ts): `composed:<id>+<id>…`. */
const COMPOSED = 'composed:';

/** The ids of the demonstrations an own run's steps followed, in the order first followed (none for a run no demonstration guided). */
export function followedDemonstrationIds(trajectory: Pick<Trajectory, 'steps'>): string[] {
  const ids: string[] = [];
  for (const step of trajectory.steps) {
    const offline = (step.details as { offline?: { demonstrationId?: unknown } } | undefined)?.offline;
    const id = offline?.demonstrationId;
    if (typeof id !== 'string' || id === '') continue;
    const parts = id.startsWith(COMPOSED) ? id.slice(COMPOSED.length).split('+') : [id];
    for (const part of parts) if (part !== '' && !ids.includes(part)) ids.push(part);
  }
  return ids;
}

/** What an own run stands for: the person's demonstrations it leads back to, or why it is left out. */
export type OwnRunSource = { kind: 'demonstrations'; trajectories: Trajectory[] } | { kind: 'unguided' } | { kind: 'missing'; reason: string };

/** The person's demonstrations an own run leads back to, following own runs of own runs. */
export async function ownRunSource(ownRun: Trajectory, lookup: TrajectoryLookup | undefined): Promise<OwnRunSource> {
  const first = followedDemonstrationIds(ownRun);
  if (first.length === 0) return { kind: 'unguided' };
  if (!lookup) return { kind: 'missing', reason: 'the memory cannot look up the demonstration it re-grounded' };
  const found: Trajectory[] = [];
  const seen = new Set<string>([ownRun.id]);
  let frontier = first;
  for (let depth = 0; frontier.length > 0; depth++) {
    if (depth >= MAX_DEPTH) return { kind: 'missing', reason: `its chain of own runs is longer than ${MAX_DEPTH}` };
    const next: string[] = [];
    for (const id of frontier) {
      if (seen.has(id)) continue;
      seen.add(id);
      const trajectory = await lookup(id);
      if (!trajectory) return { kind: 'missing', reason: `the demonstration it re-grounded (${id}) is no longer in memory` };
      if (trajectory.source === 'demonstration') {
        found.push(trajectory);
        continue;
      }
      const further = followedDemonstrationIds(trajectory);
      // An own run that re-grounded an unguided own run (the model's) has no person's reading behind it either.
      if (further.length === 0) return { kind: 'missing', reason: `the run it re-grounded (${id}) followed no demonstration` };
      next.push(...further);
    }
    frontier = next;
  }
  return found.length > 0 ? { kind: 'demonstrations', trajectories: found } : { kind: 'missing', reason: 'it leads back to no demonstration' };
}

/** Whether a demonstration looked up by id passes the retrieval's filters (the memory applied them to the own run, not to it). */
function withinFilters(trajectory: Trajectory, filters: RetrievalFilters): boolean {
  if (filters.environment && trajectory.environment !== filters.environment) return false;
  if (filters.appKey !== undefined && trajectory.appKey !== filters.appKey) return false;
  if (filters.successOnly && trajectory.outcome.status !== 'success') return false;
  if (filters.excludeIds?.includes(trajectory.id) || filters.excludeTasks?.includes(trajectory.task)) return false;
  return true;
}

export interface ThroughSources {
  /** The retrieved exemplars with each own run replaced by its demonstration(s), in rank order, each once. */
  exemplars: RetrievedExemplar[];
  /** For the retrieval event: what happened to each own run, by the id of the exemplar that now stands in its place (or the own run's id when left out). */
  notes: Map<string, string>;
}

/**
 * Each retrieved own run replaced by the demonstration(s) it re-grounded
 * (see the file comment); demonstrations and unguided runs kept as they are.
 * A demonstration the retrieval's filters exclude stays excluded.
 */
export async function throughOwnRunSources(found: readonly RetrievedExemplar[], lookup: TrajectoryLookup | undefined, filters: RetrievalFilters = {}): Promise<ThroughSources> {
  const exemplars: RetrievedExemplar[] = [];
  const notes = new Map<string, string>();
  const seen = new Set<string>();
  const push = (exemplar: RetrievedExemplar) => {
    if (seen.has(exemplar.trajectory.id)) return false;
    seen.add(exemplar.trajectory.id);
    exemplars.push(exemplar);
    return true;
  };
  for (const exemplar of found) {
    if (exemplar.trajectory.source !== 'agent') {
      push(exemplar);
      continue;
    }
    const source = await ownRunSource(exemplar.trajectory, lookup);
    const ownTask = JSON.stringify(exemplar.trajectory.task);
    if (source.kind === 'unguided') {
      push(exemplar);
      continue;
    }
    if (source.kind === 'missing') {
      notes.set(exemplar.trajectory.id, `the agent's own run ${ownTask} is left out: ${source.reason}`);
      continue;
    }
    for (const demonstration of source.trajectories) {
      if (!withinFilters(demonstration, filters)) continue;
      const why = `in place of the agent's own run ${ownTask}, which re-grounded it: followed through the demonstration, whose reading of its task the own run did not keep`;
      if (push({ trajectory: demonstration, score: exemplar.score, why: exemplar.why })) notes.set(demonstration.id, why);
    }
  }
  return { exemplars, notes };
}
