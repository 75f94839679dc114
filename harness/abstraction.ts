/**
 * The observation abstraction the harness stores in trajectories: the same
 * task-aware `abstractStep` the Runner uses by default, so recorded
 * demonstrations look exactly like the agent's own steps.
 */
import type { Observation } from '../agent/core/observation.js';
import type { StepObservation } from '../agent/core/trajectory.js';
import { abstractStep } from '../agent/observation/abstract.js';

export type Abstraction = (observation: Observation, task: string) => StepObservation;

export const defaultAbstraction: Abstraction = (observation, task) => abstractStep(observation, task);
