/**
 * The exemplar memory seen from the agent: add whole trajectories, retrieve
 * the most similar ones for a task and state. Implemented in memory/.
 */
import type { EnvironmentKind } from './observation.js';
import type { Trajectory, TrajectorySource } from './trajectory.js';

export interface RetrievalQuery {
  /** The task text. */
  task: string;
  /** A compact summary of the current (initial) state, e.g. the abstracted observation. */
  state?: string;
}

export interface RetrievalFilters {
  environment?: EnvironmentKind;
  appKey?: string;
  source?: TrajectorySource;
  /** Only trajectories whose outcome was a success. */
  successOnly?: boolean;
  /** Leave these trajectory ids out (e.g. the run being evaluated). */
  excludeIds?: readonly string[];
  /** Leave out trajectories whose task text equals one of these exactly. */
  excludeTasks?: readonly string[];
}

export interface RetrievedExemplar {
  trajectory: Trajectory;
  /** Higher is more similar; comparable only within one result list. */
  score: number;
  /** Why it matched, e.g. "full-text rank 1 (bm25 -7.2); vector rank 2 (cosine 0.81)". */
  why: string;
}

export interface ExemplarMemory {
  add(trajectory: Trajectory): Promise<void> | void;
  retrieve(
    query: RetrievalQuery,
    k: number,
    filters?: RetrievalFilters,
  ): Promise<RetrievedExemplar[]> | RetrievedExemplar[];
  /**
   * One stored trajectory by its id (undefined when there is none): the
   * demonstration an own run re-grounded is found by it. A memory without it
   * cannot lead an own run back to its demonstration, so such runs are left out.
   */
  get?(id: string): Promise<Trajectory | undefined> | Trajectory | undefined;
}
