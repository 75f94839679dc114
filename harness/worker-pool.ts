/**
 * Harness workers: N browser contexts (each one page, one environment, one
 * operator), spread over one local browser or several remote browser
 * servers, pulling jobs from one shared queue. A worker whose page hung or
 * crashed gets a fresh context before its next job.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import type { Operator } from '../agent/core/operator.js';
import { MiniwobEnvironment, newTaskContext, type MiniwobEnvironmentOptions } from './miniwob/environment.js';
import type { OperatorFactory } from './operator-factory.js';

export interface HarnessWorker {
  index: number;
  browser: Browser;
  context: BrowserContext;
  environment: MiniwobEnvironment;
  operator: Operator;
}

export class WorkerPool {
  private constructor(
    readonly workers: HarnessWorker[],
    private readonly environmentOptions: MiniwobEnvironmentOptions,
    private readonly createOperator: OperatorFactory,
  ) {}

  /** `count` workers over `browsers`, assigned round-robin. */
  static async start(browsers: readonly Browser[], count: number, environmentOptions: MiniwobEnvironmentOptions, createOperator: OperatorFactory): Promise<WorkerPool> {
    if (browsers.length === 0) throw new Error('the worker pool needs at least one browser');
    const pool = new WorkerPool([], environmentOptions, createOperator);
    try {
      for (let index = 0; index < Math.max(1, count); index++) {
        pool.workers.push(await pool.newWorker(index, browsers[index % browsers.length]!));
      }
    } catch (error) {
      await pool.close();
      throw error;
    }
    return pool;
  }

  private async newWorker(index: number, browser: Browser): Promise<HarnessWorker> {
    const context = await newTaskContext(browser);
    const page = await context.newPage();
    const environment = new MiniwobEnvironment(page, this.environmentOptions);
    const operator = await this.createOperator(page);
    return { index, browser, context, environment, operator };
  }

  /** Replace a worker's context if its page is broken (timed out, crashed, closed). */
  private async heal(worker: HarnessWorker): Promise<HarnessWorker> {
    if (!worker.environment.isBroken) return worker;
    await closeQuietly(worker);
    const fresh = await this.newWorker(worker.index, worker.browser);
    this.workers[worker.index] = fresh;
    return fresh;
  }

  /**
   * Run every job on some worker; results come back in job order. `run`
   * must not throw for ordinary failures (return a failed result instead);
   * if it throws, the pool rethrows after the other workers finish.
   */
  async runAll<J, R>(jobs: readonly J[], run: (worker: HarnessWorker, job: J) => Promise<R>, signal?: AbortSignal): Promise<R[]> {
    const results: R[] = new Array(jobs.length);
    let next = 0;
    let failure: unknown;
    await Promise.all(
      this.workers.map(async (_, slot) => {
        for (;;) {
          if (failure !== undefined || signal?.aborted) return;
          const position = next++;
          if (position >= jobs.length) return;
          try {
            const worker = await this.heal(this.workers[slot]!);
            results[position] = await run(worker, jobs[position]!);
            await this.heal(worker);
          } catch (error) {
            failure ??= error;
          }
        }
      }),
    );
    if (failure !== undefined) throw failure;
    return results;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => closeQuietly(worker)));
  }
}

async function closeQuietly(worker: HarnessWorker): Promise<void> {
  try {
    await worker.operator.close();
  } catch {
    // the context goes anyway
  }
  // A hung renderer can make a polite close wait forever: give it a few seconds.
  await Promise.race([worker.context.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
}
