/**
 * The operator the harness acts through: the project's browser operator
 * attached to the task page, with screenshots (and what observe() reports)
 * bounded to the 160×210 task area, as the reference gym crops them; the
 * reward display beside it stays out of the agent's sight.
 */
import type { Page } from 'playwright-core';
import type { Operator } from '../agent/core/operator.js';
import { BrowserOperator } from '../agent/operators/browser/browser-operator.js';
import { TASK_CLIP } from './miniwob/environment.js';

export type OperatorFactory = (page: Page) => Operator | Promise<Operator>;

export const browserOperatorFactory: OperatorFactory = (page) =>
  BrowserOperator.attach(page, { screenshotClip: { ...TASK_CLIP }, exclude: ['#reward-display', '#sync-task-cover'] });
