/** The MiniWoB++ harness: public surface for the CLI, benches and tests. */
export { runEvaluation, type EvaluationOptions, type EvaluationResult, type EvaluationProgress } from './evaluation.js';
export { runSuiteDemo, type SuiteDemoOptions, DEMO_DEMONSTRATION_SEEDS, DEMO_EVALUATION_SEEDS } from './demo.js';
export { replayTrajectories, miniwobOrigin, type ReplayOptions, type ReplayOutcome } from './replay.js';
export { openSession, type HarnessSession, type SessionOptions } from './session.js';
export { serveDirectory, type StaticServer } from './static-server.js';
export { MiniwobEnvironment, newTaskContext, HarnessTimeoutError, TaskPageError, TASK_CLIP, PINNED_LOCALE, PINNED_TIMEZONE, type EpisodeStatus } from './miniwob/environment.js';
export { runPolicyEpisode, EPISODE_BUDGETS } from './miniwob/run-episode.js';
export { recordThroughRecorder, type RecorderDemonstrationOptions, type RecorderDemonstration } from './miniwob/record-through-recorder.js';
/** Operator-built demonstrations: unit tests only (the suite's come through the recorder). */
export { recordDemonstration } from './miniwob/record-demonstration.js';
export type { Demonstrator, DemonstratorContext, DemonstratorInput } from './miniwob/demonstrator-context.js';
export { ReplayPolicy } from '../agent/policy/replay/replay-policy.js';
export { regroundAction, groundDescriptor } from '../agent/policy/replay/reground.js';
export type { EpisodeResult, EpisodeRun, EpisodeKind } from './miniwob/episode-result.js';
export { openTaskDirectory, selectTasks, type TaskDirectory } from './miniwob/task-directory.js';
export { defaultPolicyFactory, POLICY_NAMES, type PolicyFactory, type PolicyDependencies } from './policy-registry.js';
export { summarize, formatScoreTable, parsePublishedNumbers, type ScoreSummary, type TaskScore, type PublishedNumbers } from './report/scoring.js';
export { renderHtmlReport } from './report/html-report.js';
export { ResultsStore } from './results/results-store.js';
export { parseSeeds, parseShard, takeShard } from './seeds.js';
