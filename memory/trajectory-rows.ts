/**
 * A Trajectory to table rows and back. Columns hold what is filtered or
 * shown in lists; the rest of a step is JSON text.
 */
import type { Database, Statement } from 'better-sqlite3';
import { parseTrajectory, type Trajectory } from '../agent/core/trajectory.js';

export interface TrajectoryRow {
  rowid: number;
  id: string;
  task: string;
  environment: string;
  app_key: string;
  source: string;
  outcome_status: string;
  outcome_reason: string;
  outcome_answer: string | null;
  reward: number | null;
  success: number;
  created_at: number;
  format_version: number;
  metadata: string;
  key_state: string;
  step_count: number;
}

interface StepRow {
  step_index: number;
  observation_text: string;
  observation_url: string | null;
  observation_title: string | null;
  screenshot_sha256: string | null;
  elements: string;
  action: string;
  targets: string;
  result: string | null;
  thought: string | null;
  plan: string | null;
  critique: string | null;
  details: string | null;
  timings: string;
}

export class TrajectoryRows {
  private readonly insertTrajectory: Statement;
  private readonly insertStep: Statement;
  private readonly selectTrajectory: Statement;
  private readonly selectSteps: Statement;

  constructor(db: Database) {
    this.insertTrajectory = db.prepare(`
      INSERT INTO trajectories (id, task, environment, app_key, source, outcome_status, outcome_reason, outcome_answer,
        reward, success, created_at, format_version, metadata, key_state, step_count)
      VALUES (@id, @task, @environment, @app_key, @source, @outcome_status, @outcome_reason, @outcome_answer,
        @reward, @success, @created_at, @format_version, @metadata, @key_state, @step_count)`);
    this.insertStep = db.prepare(`
      INSERT INTO steps (trajectory_rowid, step_index, observation_text, observation_url, observation_title, screenshot_sha256,
        elements, action, targets, result, thought, plan, critique, details, timings)
      VALUES (@trajectory_rowid, @step_index, @observation_text, @observation_url, @observation_title, @screenshot_sha256,
        @elements, @action, @targets, @result, @thought, @plan, @critique, @details, @timings)`);
    this.selectTrajectory = db.prepare('SELECT rowid, * FROM trajectories WHERE rowid = ?');
    this.selectSteps = db.prepare('SELECT * FROM steps WHERE trajectory_rowid = ? ORDER BY step_index');
  }

  /** Insert the trajectory and its steps (the caller holds the transaction); returns the rowid. */
  insert(trajectory: Trajectory, keyState: string): number {
    const info = this.insertTrajectory.run({
      id: trajectory.id,
      task: trajectory.task,
      environment: trajectory.environment,
      app_key: trajectory.appKey,
      source: trajectory.source,
      outcome_status: trajectory.outcome.status,
      outcome_reason: trajectory.outcome.reason,
      outcome_answer: trajectory.outcome.answer ?? null,
      reward: trajectory.outcome.reward ?? null,
      success: trajectory.outcome.status === 'success' ? 1 : 0,
      created_at: Math.round(trajectory.createdAt),
      format_version: trajectory.formatVersion,
      metadata: JSON.stringify(trajectory.metadata),
      key_state: keyState,
      step_count: trajectory.steps.length,
    });
    const rowid = Number(info.lastInsertRowid);
    for (const step of trajectory.steps) {
      this.insertStep.run({
        trajectory_rowid: rowid,
        step_index: step.index,
        observation_text: step.observation.text,
        observation_url: step.observation.url ?? null,
        observation_title: step.observation.title ?? null,
        screenshot_sha256: step.observation.screenshotSha256 ?? null,
        elements: JSON.stringify(step.observation.elements),
        action: JSON.stringify(step.action),
        targets: JSON.stringify(step.targets),
        result: step.result ? JSON.stringify(step.result) : null,
        thought: step.thought ?? null,
        plan: step.plan ?? null,
        critique: step.critique ?? null,
        details: step.details ? JSON.stringify(step.details) : null,
        timings: JSON.stringify(step.timings),
      });
    }
    return rowid;
  }

  /** The whole trajectory at this rowid (the caller holds a read transaction so steps match). */
  read(rowid: number): Trajectory | undefined {
    const row = this.selectTrajectory.get(rowid) as TrajectoryRow | undefined;
    if (!row) return undefined;
    const steps = (this.selectSteps.all(rowid) as StepRow[]).map((step) => ({
      index: step.step_index,
      observation: {
        text: step.observation_text,
        elements: JSON.parse(step.elements) as unknown,
        ...(step.observation_url !== null && { url: step.observation_url }),
        ...(step.observation_title !== null && { title: step.observation_title }),
        ...(step.screenshot_sha256 !== null && { screenshotSha256: step.screenshot_sha256 }),
      },
      action: JSON.parse(step.action) as unknown,
      targets: JSON.parse(step.targets) as unknown,
      ...(step.result !== null && { result: JSON.parse(step.result) as unknown }),
      ...(step.thought !== null && { thought: step.thought }),
      ...(step.plan !== null && { plan: step.plan }),
      ...(step.critique !== null && { critique: step.critique }),
      ...(step.details !== null && { details: JSON.parse(step.details) as unknown }),
      timings: JSON.parse(step.timings) as unknown,
    }));
    // Parsing again guards against rows edited by hand or written by a buggy build.
    return parseTrajectory({
      formatVersion: row.format_version,
      id: row.id,
      task: row.task,
      environment: row.environment,
      appKey: row.app_key,
      source: row.source,
      outcome: {
        status: row.outcome_status,
        reason: row.outcome_reason,
        ...(row.outcome_answer !== null && { answer: row.outcome_answer }),
        ...(row.reward !== null && { reward: row.reward }),
      },
      createdAt: row.created_at,
      steps,
      metadata: JSON.parse(row.metadata) as unknown,
    });
  }
}
