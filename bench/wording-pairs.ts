/**
 * `npm run bench:wording`: which wordings of one page's instruction the
 * offline policy reads as "another kind of task" — a figure on the
 * development pages, with no agent run.
 *
 * For every DEVELOPMENT page of harness/tasks/splits.json (or `--tasks`):
 *
 * 1. Its demonstrations on seeds 1000–1002 are taken from an exemplar memory
 *    (`--memory`, default `/tmp/wording-pairs/memory.db`); a page with none
 *    there is demonstrated first, through the browser recorder as `demo`
 *    does (the suite's scripted person, real input), and kept there, so a
 *    second run after a policy change re-uses them.
 * 2. The page is loaded in real Chromium on each new seed (`--seeds`,
 *    default 0–19): its instruction (core.getUtterance) and its observation
 *    (the browser operator's, abstracted as the Runner does).
 * 3. Each (demonstration, new instruction) pair goes through the policy's
 *    own task-text judgement — `planDemonstration` + `applyPlanRules`, on the
 *    page's elements and URL, as `retrieve-plans.ts` calls them — and is
 *    counted as the refusal would word it: same kind (fit at least the
 *    policy's 0.5 and nothing blocking: followed), "another kind of task"
 *    (fit below, as `explainNoPlan` decides), or "cannot do all this task
 *    asks" (fit enough, a blocking problem).
 *
 * Printed per page: pairs same kind / another kind / cannot do all, the new
 * seeds at least one demonstration pairs with, and each distinct wording
 * template (the instruction with its values masked by type, value-spans.ts)
 * that never paired, with one reason. Totals at the end. Never passes or fails.
 *
 * Usage: tsx bench/wording-pairs.ts [--tasks a,b] [--seeds 0-19] [--memory path] [--workers 2] [--json out.json] [--pairs out.jsonl] [--all]
 *   --all also lists the templates that did pair, and the slots (old → new) of the pairs judged same kind.
 *   --pairs writes every pair judged, one JSON line each (page, seed, both task texts, verdict, reason, fit,
 *   text score, unused slots, slots, the plan's notes): what to group refusals by cause with, and to diff before → after a change.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigSchema } from '../agent/config/config-schema.js';
import type { Trajectory } from '../agent/core/trajectory.js';
import { planDemonstration, type DemonstrationPlan } from '../agent/policy/exemplar/plan-demonstration.js';
import { applyPlanRules } from '../agent/policy/exemplar/rules/plan-rules.js';
import { valueSpans } from '../agent/policy/exemplar/value-spans.js';
import { openConfiguredMemory } from '../main/service/configured-memory.js';
import { defaultAbstraction } from '../harness/abstraction.js';
import { DEMO_DEMONSTRATION_SEEDS } from '../harness/demo.js';
import { loadSuiteDemonstrators } from '../harness/demonstrators.js';
import { runEvaluation } from '../harness/evaluation.js';
import { miniwobAppKey } from '../harness/miniwob/app-key.js';
import { openSession } from '../harness/session.js';
import type { HarnessWorker } from '../harness/worker-pool.js';
import { suiteDirectory } from '../harness/tasks/catalog.js';
import { splitTasks } from '../harness/tasks/splits.js';
import { parseList, parseSeeds } from '../harness/seeds.js';
import { DEFAULT_MIN_FIT } from '../agent/policy/exemplar/exemplar-policy.js';
import { exitOnHelp } from './usage.mjs';

exitOnHelp(import.meta.url);

const { values: args } = parseArgs({
  options: {
    tasks: { type: 'string' },
    seeds: { type: 'string', default: '0-19' },
    memory: { type: 'string', default: '/tmp/wording-pairs/memory.db' },
    workers: { type: 'string', default: '2' },
    json: { type: 'string' },
    pairs: { type: 'string' },
    all: { type: 'boolean', default: false },
  },
});

type Verdict = 'same' | 'another' | 'cannot';

/** How the policy would judge one pair (retrieve-plans.ts: followable, else explainNoPlan's two refusals). */
function verdictOf(plan: DemonstrationPlan): Verdict {
  const blocking = plan.problems.some((problem) => problem.blocking);
  if (plan.fit >= DEFAULT_MIN_FIT && !blocking) return 'same';
  if (plan.fit < DEFAULT_MIN_FIT && (plan.alignment.score < DEFAULT_MIN_FIT || !blocking)) return 'another';
  return 'cannot';
}

function reasonOf(plan: DemonstrationPlan): string {
  const verdict = verdictOf(plan);
  if (verdict === 'another') return `fit ${plan.fit.toFixed(2)} (text ${plan.alignment.score.toFixed(2)})${plan.kindGap ? `; places: ${plan.kindGap}` : ''}`;
  if (verdict === 'cannot') return plan.problems.filter((problem) => problem.blocking).map((problem) => problem.text).join('; ');
  return `fit ${plan.fit.toFixed(2)}`;
}

/** The instruction with its values masked by type: one wording template. */
export function wordingTemplate(text: string): string {
  let out = text;
  for (const span of [...valueSpans(text)].sort((a, b) => b.start - a.start)) out = `${out.slice(0, span.start)}<${span.type}>${out.slice(span.end)}`;
  return out.replace(/"<quoted>"|“<quoted>”/g, '"<quoted>"');
}

interface PageFigures {
  task: string;
  demonstrations: string[];
  pairs: Record<Verdict, number>;
  seedsServed: number;
  seeds: number;
  /** Each wording template met: demonstrated or not, on how many new seeds, how many of them some demonstration paired with. */
  templates: { template: string; example: string; demonstrated: boolean; seeds: number; served: number; reason?: string }[];
  /** Distinct slots (old → new) of the pairs judged same kind: a verb read as a value shows here. */
  slots: Set<string>;
  /** Every pair judged on this page, one JSON line each (--pairs). */
  pairLines: string[];
  /** Why the page could not be measured (it failed twice): its pairs are not counted. */
  error?: string;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

async function main(): Promise<void> {
  const tasks = args.tasks ? parseList(args.tasks) : [...splitTasks('development')];
  const seeds = parseSeeds(args.seeds!);
  const workers = Number(args.workers);
  const memoryPath = resolve(args.memory!);
  mkdirSync(dirname(memoryPath), { recursive: true });
  const demonstrators = await loadSuiteDemonstrators();

  // 1. Demonstrations: those already in the memory, else recorded through the recorder now.
  const demonstrationsOf = (): Map<string, Trajectory[]> => {
    const memory = openConfiguredMemory(memoryPath, ConfigSchema.parse({}));
    try {
      const found = new Map<string, Trajectory[]>();
      for (const task of tasks) {
        const summaries = memory.list({ limit: 100, filters: { appKey: miniwobAppKey(task), successOnly: true, source: 'demonstration' } });
        found.set(task, summaries.map((summary) => memory.get(summary.id)).filter((trajectory): trajectory is Trajectory => trajectory !== undefined));
      }
      return found;
    } finally {
      memory.close();
    }
  };
  let stored = existsSync(memoryPath) ? demonstrationsOf() : new Map<string, Trajectory[]>();
  const missing = tasks.filter((task) => (stored.get(task)?.length ?? 0) === 0 && demonstrators[task]);
  if (missing.length > 0) {
    process.stderr.write(`recording demonstrations of ${missing.length} page(s) through the recorder into ${memoryPath}…\n`);
    await runEvaluation({
      dir: suiteDirectory(),
      tasks: missing,
      seeds: [],
      policy: 'offline',
      demonstrators,
      demoSeeds: DEMO_DEMONSTRATION_SEEDS,
      memoryPath,
      workers,
      reportDir: resolve(dirname(memoryPath), 'recordings-report'),
    });
    stored = demonstrationsOf();
  }

  // 2. Each page on each new seed: its instruction and observation. 3. Each pair judged.
  const session = await openSession({ root: suiteDirectory(), workers });
  const figures: PageFigures[] = [];
  const pairLines: string[] = [];
  try {
    const measure = async (worker: HarnessWorker, task: string): Promise<PageFigures> => {
      const demos = stored.get(task) ?? [];
      const page: PageFigures = { task, demonstrations: demos.map((demo) => demo.task), pairs: { same: 0, another: 0, cannot: 0 }, seedsServed: 0, seeds: seeds.length, templates: [], slots: new Set(), pairLines: [] };
      const lines = page.pairLines;
      const templates = new Map<string, PageFigures['templates'][number]>();
      for (const demo of demos) {
        const template = wordingTemplate(demo.task);
        if (!templates.has(template)) templates.set(template, { template, example: demo.task, demonstrated: true, seeds: 0, served: 0 });
      }
      if (demos.length === 0) return page;
      await worker.environment.ensureOpen(task);
      for (const seed of seeds) {
        await worker.environment.reset(seed);
        const utterance = await worker.environment.utterance();
        const observation = await worker.operator.observe();
        const abstracted = defaultAbstraction(observation, utterance);
        const plans = demos.map((demo) => applyPlanRules(planDemonstration(demo, utterance, observation.elements, abstracted), observation.elements));
        const verdicts = plans.map(verdictOf);
        for (const verdict of verdicts) page.pairs[verdict]++;
        plans.forEach((plan, index) => lines.push(JSON.stringify({ task, seed, demo: plan.trajectory.task, task_text: utterance, verdict: verdicts[index], reason: reasonOf(plan), fit: plan.fit, score: plan.alignment.score, unused: plan.unusedSlots.map((slot) => `${slot.old.join(', ')} → ${slot.new.join(', ')}`), slots: plan.alignment.slots.map((slot) => `${slot.old.join(', ')} → ${slot.new.join(', ')}`), notes: plan.notes })));
        const served = verdicts.includes('same');
        if (served) page.seedsServed++;
        const template = wordingTemplate(utterance);
        const entry = templates.get(template) ?? { template, example: `#${seed}: ${utterance}`, demonstrated: false, seeds: 0, served: 0 };
        templates.set(template, entry);
        entry.seeds++;
        if (served) entry.served++;
        // What the followed pairs rebind: a slot whose old value a step acted on is where a wording slip would show.
        for (const plan of plans) {
          if (verdictOf(plan) !== 'same') continue;
          for (const slot of plan.alignment.slots) page.slots.add(`${slot.old.join(', ')} → ${slot.new.join(', ')}`);
        }
        if (!served && entry.reason === undefined) {
          const best = [...plans].sort((a, b) => b.fit - a.fit)[0]!;
          entry.example = `#${seed}: ${utterance}`;
          entry.reason = `closest ${JSON.stringify(best.trajectory.task)}: ${reasonOf(best)}`;
        }
      }
      page.templates = [...templates.values()];
      return page;
    };
    // A page that fails (it did not load in time on a busy machine, its renderer crashed) is measured once more on a
    // fresh page (the pool replaces a broken one); failing again, it is reported and the other pages still count.
    const failed = (task: string, error: unknown): PageFigures => ({ task, demonstrations: [], pairs: { same: 0, another: 0, cannot: 0 }, seedsServed: 0, seeds: seeds.length, templates: [], slots: new Set(), pairLines: [], error: errorText(error) });
    const attempt = (worker: HarnessWorker, task: string) => measure(worker, task).catch((error: unknown) => failed(task, error));
    const first = await session.pool.runAll(tasks, attempt);
    const retried = new Map<string, PageFigures>();
    const again = first.filter((page) => page.error !== undefined).map((page) => page.task);
    if (again.length > 0) {
      process.stderr.write(`measuring ${again.length} page(s) once more after a failure: ${first.filter((page) => page.error).map((page) => `${page.task} (${page.error})`).join('; ')}\n`);
      for (const page of await session.pool.runAll(again, attempt)) retried.set(page.task, page);
    }
    figures.push(...first.map((page) => retried.get(page.task) ?? page));
    for (const page of figures) pairLines.push(...page.pairLines);
  } finally {
    await session.close();
  }

  const total = { same: 0, another: 0, cannot: 0, served: 0, seeds: 0, neverTemplates: 0, templates: 0 };
  const unmeasured = figures.filter((page) => page.error !== undefined);
  for (const page of figures) {
    if (page.error !== undefined) {
      console.log(`${page.task}: NOT MEASURED — ${page.error}`);
      continue;
    }
    if (page.demonstrations.length === 0) {
      console.log(`${page.task}: no demonstration`);
      continue;
    }
    const met = page.templates.filter((entry) => entry.seeds > 0);
    const never = met.filter((entry) => entry.served === 0);
    total.same += page.pairs.same;
    total.another += page.pairs.another;
    total.cannot += page.pairs.cannot;
    total.served += page.seedsServed;
    total.seeds += page.seeds;
    total.templates += met.length;
    total.neverTemplates += never.length;
    console.log(`${page.task}: pairs same ${page.pairs.same} / another kind ${page.pairs.another} / cannot do all ${page.pairs.cannot}; seeds served ${page.seedsServed}/${page.seeds}; templates met ${met.length}, never paired ${never.length}`);
    for (const entry of page.templates) {
      if (!args.all && (entry.served > 0 || entry.seeds === 0)) continue;
      console.log(`    ${entry.demonstrated ? 'demonstrated' : 'new         '} ${entry.served}/${entry.seeds}  ${entry.template}`);
      if (entry.reason && entry.served < entry.seeds) console.log(`           e.g. ${entry.example}\n           ${entry.reason}`);
    }
    if (args.all && page.slots.size > 0) console.log(`    slots of paired pairs: ${[...page.slots].join('; ')}`);
  }
  console.log(
    `\ntotal: pairs same ${total.same} / another kind ${total.another} / cannot do all ${total.cannot}; seeds served ${total.served}/${total.seeds}; wording templates never paired ${total.neverTemplates}/${total.templates}`,
  );
  if (unmeasured.length > 0) console.log(`${unmeasured.length} page(s) not measured (failed twice, not in the totals): ${unmeasured.map((page) => page.task).join(', ')}`);
  if (args.pairs) writeFileSync(args.pairs, pairLines.map((line) => `${line}\n`).join(''));
  if (args.json) writeFileSync(args.json, JSON.stringify({ seeds, figures: figures.map(({ pairLines: _lines, ...page }) => ({ ...page, slots: [...page.slots] })), total }, null, 2));
}

await main();
