/**
 * A small in-memory ExemplarMemory ranked by word overlap of task texts.
 * For tests and for running the offline policy on a handful of trajectories
 * without a database; the real memory is memory/exemplar-store.ts.
 */
import type { ExemplarMemory, RetrievalFilters, RetrievalQuery, RetrievedExemplar } from '../../core/exemplar-memory.js';
import type { Trajectory } from '../../core/trajectory.js';
import { wordSimilarity } from './text-match.js';

export class InMemoryExemplars implements ExemplarMemory {
  private readonly trajectories: Trajectory[] = [];
  /** Every query received, for assertions. */
  readonly queries: { query: RetrievalQuery; k: number; filters?: RetrievalFilters }[] = [];

  constructor(trajectories: readonly Trajectory[] = []) {
    for (const trajectory of trajectories) this.add(trajectory);
  }

  add(trajectory: Trajectory): void {
    this.trajectories.push(trajectory);
  }

  get(id: string): Trajectory | undefined {
    return this.trajectories.find((trajectory) => trajectory.id === id);
  }

  retrieve(query: RetrievalQuery, k: number, filters: RetrievalFilters = {}): RetrievedExemplar[] {
    this.queries.push({ query, k, filters });
    return this.trajectories
      .filter((trajectory) => {
        if (filters.environment && trajectory.environment !== filters.environment) return false;
        if (filters.appKey && trajectory.appKey !== filters.appKey) return false;
        if (filters.source && trajectory.source !== filters.source) return false;
        if (filters.successOnly && trajectory.outcome.status !== 'success') return false;
        if (filters.excludeIds?.includes(trajectory.id)) return false;
        if (filters.excludeTasks?.includes(trajectory.task)) return false;
        return true;
      })
      .map((trajectory) => ({ trajectory, score: wordSimilarity(query.task, trajectory.task) }))
      .sort((a, b) => b.score - a.score)
      .slice(0, k)
      .map(({ trajectory, score }, rank) => ({ trajectory, score, why: `word overlap ${score.toFixed(2)} (rank ${rank + 1})` }));
  }
}
