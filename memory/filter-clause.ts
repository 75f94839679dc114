/** RetrievalFilters as a SQL condition on `trajectories t`, with its parameters. */
import type { RetrievalFilters } from '../agent/core/exemplar-memory.js';

export interface FilterClause {
  /** " AND …" conditions to append after a WHERE, or "" when there is nothing to filter. */
  sql: string;
  params: unknown[];
}

export function filterClause(filters: RetrievalFilters = {}, alias = 't'): FilterClause {
  const parts: string[] = [];
  const params: unknown[] = [];
  if (filters.environment) {
    parts.push(`${alias}.environment = ?`);
    params.push(filters.environment);
  }
  if (filters.appKey !== undefined) {
    parts.push(`${alias}.app_key = ?`);
    params.push(filters.appKey);
  }
  if (filters.source) {
    parts.push(`${alias}.source = ?`);
    params.push(filters.source);
  }
  if (filters.successOnly) parts.push(`${alias}.success = 1`);
  if (filters.excludeIds?.length) {
    parts.push(`${alias}.id NOT IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filters.excludeIds));
  }
  if (filters.excludeTasks?.length) {
    parts.push(`${alias}.task NOT IN (SELECT value FROM json_each(?))`);
    params.push(JSON.stringify(filters.excludeTasks));
  }
  return { sql: parts.map((part) => ` AND ${part}`).join(''), params };
}
