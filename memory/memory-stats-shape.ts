/**
 * What `understudy memory stats` and the app's Memory screen report of a
 * memory: the one statement of that shape. No imports, so the app's contract
 * (main/api/contract.ts, also compiled for the web renderer) can name it.
 */
export interface MemoryStats {
  path: string;
  schemaVersion: number;
  trajectories: number;
  steps: number;
  successful: number;
  bySource: Record<string, number>;
  byEnvironment: Record<string, number>;
  screenshots: number;
  /** Sum of stored PNG sizes, bytes. */
  screenshotBytes: number;
  /** The embedder the stored vectors came from. */
  embedder: { name: string; dimension: number };
  /** Database file plus its write-ahead log, bytes. */
  fileBytes: number;
}
