/**
 * An exemplar memory held in an array, ranking by shared task words. Enough
 * to test policies and checkers without the SQLite memory.
 */
import type { ExemplarMemory, RetrievalFilters, RetrievalQuery, RetrievedExemplar } from '../../agent/core/exemplar-memory.js';
import type { Trajectory } from '../../agent/core/trajectory.js';

export class InMemoryExemplarMemory implements ExemplarMemory {
  readonly trajectories: Trajectory[] = [];
  readonly queries: { query: RetrievalQuery; k: number; filters?: RetrievalFilters }[] = [];

  constructor(initial: readonly Trajectory[] = []) {
    this.trajectories.push(...initial);
  }

  add(trajectory: Trajectory): void {
    this.trajectories.push(trajectory);
  }

  retrieve(query: RetrievalQuery, k: number, filters: RetrievalFilters = {}): RetrievedExemplar[] {
    this.queries.push({ query, k, filters });
    const words = wordsOf(query.task);
    return this.trajectories
      .filter((trajectory) => !filters.excludeIds?.includes(trajectory.id))
      .filter((trajectory) => !filters.excludeTasks?.includes(trajectory.task))
      .filter((trajectory) => !filters.successOnly || trajectory.outcome.status === 'success')
      .filter((trajectory) => !filters.environment || trajectory.environment === filters.environment)
      .map((trajectory) => {
        const shared = [...wordsOf(trajectory.task)].filter((word) => words.has(word)).length;
        return { trajectory, score: shared, why: `${shared} shared task word(s)` };
      })
      .filter((exemplar) => exemplar.score > 0)
      .sort((a, b) => b.score - a.score)
      .slice(0, k);
  }
}

function wordsOf(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[a-z0-9]+/g) ?? []);
}
