/**
 * The observations a recorder keeps to pair gestures with: one observation
 * at a time (a request during one runs once more when it ends, however many
 * came), the last SNAPSHOT_HISTORY of them kept with when they started and
 * finished. The browser and desktop recorders share it.
 */
import type { Observation } from '../../agent/core/observation.js';
import type { Snapshot } from './recorded-step.js';

/** Snapshots kept to pair with late gestures. */
const SNAPSHOT_HISTORY = 30;

export interface SnapshotHistoryOptions {
  /** Take one observation; undefined when there is nothing left to observe (the page closed). */
  observe(): Promise<Observation | undefined>;
  onError(error: unknown): void;
  /** False once the recorder stopped: a pending request then does not run again. */
  active(): boolean;
}

export class SnapshotHistory {
  readonly snapshots: Snapshot[] = [];
  private running: Promise<void> | undefined;
  private again = false;

  constructor(private readonly options: SnapshotHistoryOptions) {}

  /** The observation under way, if one is. */
  get observing(): Promise<void> | undefined {
    return this.running;
  }

  /** Observe now, or once more after the observation under way. */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        const startedAt = Date.now();
        try {
          const observation = await this.options.observe();
          if (!observation) break;
          this.snapshots.push({ observation, startedAt, completedAt: Date.now() });
          if (this.snapshots.length > SNAPSHOT_HISTORY) this.snapshots.shift();
        } catch (error) {
          this.options.onError(error);
        }
      } while (this.again && this.options.active());
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }
}
