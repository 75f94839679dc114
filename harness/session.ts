/**
 * A harness session: the pages served on 127.0.0.1 (or as file:// URLs),
 * one local Chromium or connections to remote browser servers, and a pool
 * of workers on them. `close()` releases all of it.
 */
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { connectHarnessBrowser, launchHarnessBrowser } from './browser.js';
import { browserOperatorFactory, type OperatorFactory } from './operator-factory.js';
import { serveDirectory, type StaticServer } from './static-server.js';
import { WorkerPool } from './worker-pool.js';

export interface SessionOptions {
  /** Validated pages folder (holding core/ and miniwob/). */
  root: string;
  workers: number;
  fileUrls?: boolean;
  /**
   * Where the browsers find the pages (a URL of the same folder, ending in '/'), instead of a
   * server on 127.0.0.1: for remote browsers that cannot reach this machine's loopback.
   */
  pagesUrl?: string;
  /** Playwright browser server endpoints; default a local Chromium. */
  connect?: readonly string[];
  maxTimeMs?: number;
  /** Reload the task page before every episode (Synapse's setting). */
  reloadEachEpisode?: boolean;
  /** Most ms one call into a page may take before the page counts as hung. Default 15 000. */
  pageTimeoutMs?: number;
  createOperator?: OperatorFactory;
}

export interface HarnessSession {
  pool: WorkerPool;
  baseUrl: string;
  close(): Promise<void>;
}

export async function openSession(options: SessionOptions): Promise<HarnessSession> {
  let server: StaticServer | undefined;
  const browsers: Browser[] = [];
  let pool: WorkerPool | undefined;
  const close = async () => {
    await pool?.close();
    // Closing a connected browser only disconnects from the remote server.
    await Promise.all(browsers.map((browser) => browser.close().catch(() => undefined)));
    await server?.close();
  };
  try {
    let baseUrl: string;
    if (options.pagesUrl) baseUrl = options.pagesUrl.endsWith('/') ? options.pagesUrl : `${options.pagesUrl}/`;
    else if (options.fileUrls) baseUrl = pathToFileURL(options.root.endsWith('/') ? options.root : `${options.root}/`).href;
    else {
      server = await serveDirectory(options.root);
      baseUrl = server.url;
    }
    if (options.connect?.length) {
      for (const endpoint of options.connect) browsers.push(await connectHarnessBrowser(endpoint));
    } else {
      browsers.push(await launchHarnessBrowser());
    }
    pool = await WorkerPool.start(browsers, options.workers, { baseUrl, maxTimeMs: options.maxTimeMs, timeoutMs: options.pageTimeoutMs, reloadEachEpisode: options.reloadEachEpisode }, options.createOperator ?? browserOperatorFactory);
    return { pool, baseUrl, close };
  } catch (error) {
    await close();
    throw error;
  }
}
