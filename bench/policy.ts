/**
 * `npm run bench:policy`: what the RCI policy costs per step, on the
 * project's own task suite, with the scripted model (no real model runs
 * here). Prints figures; never passes or fails.
 *
 * 1. Demonstrations of every suite task are recorded in headless Chromium
 *    through the harness (the real browser operator and abstraction), seeds
 *    1..N; they are cached in bench/.cache/.
 * 2. For each task, the last seed's demonstration is replayed as the "current"
 *    episode: at each of its steps the RCI policy decides on the real
 *    abstracted observation, with the other seeds' demonstrations (and every
 *    other task's) in an exemplar memory. The scripted model answers each
 *    phase with the demonstration's own next action.
 * 3. Printed: prompt tokens per step with 0 / 1 / 3 / as-many-as-fit
 *    exemplars, and model calls per step for each RCI setting.
 *
 * Falls back to the in-memory form world when the suite or Chromium is not
 * available (says so).
 *
 * Usage: tsx bench/policy.ts [--tasks click-button,enter-text] [--seeds 4] [--context 8192]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ACTION_TYPES, describeAction } from '../agent/core/action.js';
import { errorMessage } from '../agent/core/errors.js';
import type { Observation } from '../agent/core/observation.js';
import type { PolicyContext } from '../agent/core/policy.js';
import type { Trajectory } from '../agent/core/trajectory.js';
import { parseTrajectory } from '../agent/core/trajectory.js';
import { RciPolicy, type RciPolicyOptions } from '../agent/policy/rci/rci-policy.js';
import { InMemoryExemplars } from '../agent/policy/exemplar/in-memory-exemplars.js';
import { ScriptedModel, answerByPurpose } from '../test/kits/scripted-model.js';
import { signUpExemplar } from '../test/kits/sign-up-exemplar.js';
import { exitOnHelp } from './usage.mjs';

exitOnHelp(import.meta.url);

const { values: args } = parseArgs({
  options: {
    tasks: { type: 'string' },
    seeds: { type: 'string', default: '4' },
    context: { type: 'string', default: '8192' },
  },
});
const seedCount = Math.max(2, Number(args.seeds));
const contextTokens = Number(args.context);
const log = (line: string) => process.stdout.write(`${line}\n`);

/** Demonstrations by task, seeds 1..seedCount, recorded through the harness (cached). */
async function suiteDemonstrations(): Promise<Map<string, Trajectory[]> | undefined> {
  try {
    const { SUITE_TASKS, suiteDirectory } = await import('../harness/tasks/catalog.js');
    const wanted = args.tasks ? args.tasks.split(',') : SUITE_TASKS.map((task) => task.name);
    const cacheFile = join(dirname(fileURLToPath(import.meta.url)), '.cache', 'policy-demonstrations.json');
    const key = JSON.stringify({ version: 1, wanted, seedCount });
    if (existsSync(cacheFile)) {
      const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as { key: string; demos: [string, unknown[]][] };
      if (cached.key === key) return new Map(cached.demos.map(([task, list]) => [task, list.map((value) => parseTrajectory(value))]));
    }
    const { openSession } = await import('../harness/session.js');
    const { loadSuiteDemonstrators } = await import('../harness/demonstrators.js');
    const { recordDemonstration } = await import('../harness/miniwob/record-demonstration.js');
    const demonstrators = await loadSuiteDemonstrators();
    log(`recording ${wanted.length} suite tasks × ${seedCount} seeds in Chromium (cached afterwards in ${cacheFile})`);
    const session = await openSession({ root: suiteDirectory(), workers: 1 });
    const demos = new Map<string, Trajectory[]>();
    try {
      const worker = session.pool.workers[0]!;
      for (const task of wanted) {
        const demonstrator = demonstrators[task];
        if (!demonstrator) continue;
        const list: Trajectory[] = [];
        for (let seed = 1; seed <= seedCount; seed++) {
          const run = await recordDemonstration({ environment: worker.environment, operator: worker.operator, demonstrator, task, seed, screenshots: false });
          if (run.trajectory && run.trajectory.steps.length > 0) list.push(run.trajectory);
        }
        if (list.length >= 2) demos.set(task, list);
      }
    } finally {
      await session.close();
    }
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ key, demos: [...demos] }));
    return demos;
  } catch (error) {
    log(`(the suite could not be recorded: ${errorMessage(error)}; using the form-world fixture instead)`);
    return undefined;
  }
}

function fixtureDemonstrations(): Map<string, Trajectory[]> {
  const names = ['Ada', 'Cy', 'Di', 'Bob'];
  return new Map([['form-world sign-up', names.map((name, index) => signUpExemplar(`fixture-${index}`, name))]]);
}

/** The scripted model for one replayed demonstration: each phase answered with the demonstration's next action. */
function replayModel(demo: Trajectory, stepOf: () => number): ScriptedModel {
  const acted = demo.steps;
  // A plan as a model would write it: each step names the element it uses.
  const plan = acted
    .map((step, index) => {
      const target = step.targets[0];
      const name = target ? (target.label ?? target.text) : '';
      return `${index + 1}. ${step.action.type}${name ? ` ${JSON.stringify(name)}` : ''}${step.action.type === 'type' ? ` ${JSON.stringify(step.action.text)}` : ''}`;
    })
    .join('\n');
  let critiques = 0;
  return new ScriptedModel([], {
    contextTokens,
    fallback: answerByPurpose({
      'plan-propose': plan,
      // The first critique of a plan finds a problem; the next finds none: a typical two-round pattern.
      'plan-critique': () => (critiques++ % 2 === 0 ? 'Step order should be checked against the page.' : 'NO PROBLEMS'),
      'plan-improve': plan,
      'state-grounding': () => describeAction(acted[stepOf()]!.action),
      'agent-grounding': () => JSON.stringify({ thought: 'as demonstrated', actions: [acted[stepOf()]!.action] }),
      // A wheel over a list the compact observation folds away (a feed) names an id it does not show: as a
      // model would when told so, scroll the page instead. (The repair is counted as a call like any other.)
      'agent-grounding-repair': () => {
        const action = acted[stepOf()]!.action;
        const answer = action.type === 'scroll' ? { type: 'scroll', deltaX: action.deltaX, deltaY: action.deltaY } : action;
        return JSON.stringify({ thought: 'as demonstrated, without the id the observation does not show', actions: [answer] });
      },
    }),
  });
}

interface StepFigures {
  promptTokens: number;
  groundingPromptTokens: number;
  modelCalls: number;
  exemplars: number;
}

/** Replay `demo` under one policy setting; figures per step. */
async function replay(demo: Trajectory, memory: InMemoryExemplars, setting: Omit<RciPolicyOptions, 'model' | 'memory'>): Promise<StepFigures[]> {
  let current = 0;
  const model = replayModel(demo, () => current);
  const policy = new RciPolicy({ model, memory, retrievalFilters: { excludeIds: [demo.id] }, ...setting });
  policy.reset(demo.task);
  const figures: StepFigures[] = [];
  for (const [index, step] of demo.steps.entries()) {
    current = index;
    const observation: Observation = {
      sequence: index + 1,
      environment: demo.environment,
      elements: step.observation.elements,
      viewport: { width: 400, height: 320, deviceScaleFactor: 1 },
      page: { url: step.observation.url },
      capturedAt: 0,
    };
    const context: PolicyContext = {
      task: demo.task,
      step: index,
      observation,
      abstracted: step.observation,
      history: demo.steps.slice(0, index),
      // The browser operator's action space: the suite's demonstrations copy, paste and hover too.
      actionSpace: { types: ACTION_TYPES, notes: [] },
      signal: new AbortController().signal,
      feedback: [],
      emit: () => undefined,
    };
    const before = model.calls.length;
    const decision = await policy.decide(context);
    const details = decision.details ?? {};
    const calls = (details.calls as { purpose: string; promptTokens: number }[] | undefined) ?? [];
    figures.push({
      promptTokens: Number(details.promptTokens ?? 0),
      groundingPromptTokens: calls.filter((call) => call.purpose === 'agent-grounding').reduce((sum, call) => sum + call.promptTokens, 0),
      modelCalls: model.calls.length - before,
      exemplars: (details.exemplars as unknown[] | undefined)?.length ?? 0,
    });
  }
  return figures;
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
const fmt = (value: number, digits = 0) => value.toFixed(digits).padStart(8);

async function main(): Promise<void> {
  const demos = (await suiteDemonstrations()) ?? fixtureDemonstrations();
  const all = [...demos.values()].flat();
  const memory = new InMemoryExemplars(all);
  const queries = [...demos.entries()].map(([task, list]) => ({ task, demo: list[list.length - 1]! }));
  const stepCount = queries.reduce((sum, query) => sum + query.demo.steps.length, 0);
  log(`\nRCI policy on ${queries.length} task(s), ${stepCount} replayed steps, ${all.length} exemplars in memory, context ${contextTokens} tokens, scripted model\n`);

  log('prompt tokens per step by exemplar count (RCI: 1 critique round, adaptive)');
  log(`${'exemplars'.padEnd(12)}${'kept/step'.padStart(10)}${'all calls'.padStart(10)}${'grounding'.padStart(10)}${'max step'.padStart(10)}`);
  for (const exemplars of [0, 1, 3, 'fit'] as const) {
    const figures: StepFigures[] = [];
    for (const query of queries) figures.push(...(await replay(query.demo, memory, { exemplars, critiqueRounds: 1, adaptive: true })));
    log(
      `${String(exemplars).padEnd(12)}${fmt(mean(figures.map((f) => f.exemplars)), 2).padStart(10)}${fmt(mean(figures.map((f) => f.promptTokens))).padStart(10)}${fmt(mean(figures.map((f) => f.groundingPromptTokens))).padStart(10)}${fmt(Math.max(...figures.map((f) => f.promptTokens))).padStart(10)}`,
    );
  }

  log('\nmodel calls per step by RCI setting (exemplars: fit)');
  log(`${'setting'.padEnd(28)}${'calls/step'.padStart(11)}${'first step'.padStart(11)}${'tokens/step'.padStart(12)}`);
  const settings: [string, Omit<RciPolicyOptions, 'model' | 'memory'>][] = [
    ['0 rounds', { critiqueRounds: 0, adaptive: false }],
    ['1 round', { critiqueRounds: 1, adaptive: false }],
    ['2 rounds', { critiqueRounds: 2, adaptive: false }],
    ['1 round, adaptive', { critiqueRounds: 1, adaptive: true }],
    ['2 rounds, adaptive', { critiqueRounds: 2, adaptive: true }],
  ];
  for (const [label, setting] of settings) {
    const perStep: StepFigures[] = [];
    const firstSteps: number[] = [];
    for (const query of queries) {
      const figures = await replay(query.demo, memory, { exemplars: 'fit', ...setting });
      perStep.push(...figures);
      if (figures[0]) firstSteps.push(figures[0].modelCalls);
    }
    log(`${label.padEnd(28)}${fmt(mean(perStep.map((f) => f.modelCalls)), 2).padStart(11)}${fmt(mean(firstSteps), 2).padStart(11)}${fmt(mean(perStep.map((f) => f.promptTokens))).padStart(12)}`);
  }
  log('\n(the plan is made on the first step and kept; later steps cost state + agent grounding only, unless an action fails)');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:policy failed: ${errorMessage(error)}\n`);
  process.exitCode = 1;
});
