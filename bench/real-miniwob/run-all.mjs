#!/usr/bin/env node
/**
 * The measurement on real MiniWoB++ pages (docs/real-miniwob.md), repeatable from the repository: assemble the
 * pages, record through the real recorder, bench the offline policy, print the table.
 *
 *   1. assemble the pages folder from the upstream files in <src> (assemble.mjs);
 *   2. record every task on the demonstration seeds through the real recorder, one `understudy record --miniwob …
 *      --headless --remote-debugging-port` per demonstration, driven by the scripted person (person.mjs), and
 *      collect its verdict (verified / NOT verified) into <out>/recordings.jsonl;
 *   3. bench the offline policy on unseen seeds with a copy of that memory (`understudy bench miniwob`);
 *   4. print per task: demonstrations recorded / verified, ok / refused / wrong on the unseen seeds (table.ts).
 *
 * Usage: node bench/real-miniwob/run-all.mjs --src /tmp/realwob-src --out /tmp/realwob-run \
 *     [--pages /tmp/realwob] [--tasks a,b] [--rec-seeds 1000-1002] [--seeds 0-9] [--port 9400]
 *     [--workers 1] [--nice 15] [--phases assemble,record,bench,table] [--record-timeout 180] [--append 1]
 *
 * Runs in the checkout it lives in (its cli/understudy.ts, as one node process with tsx's loader: not npx, nor tsx's
 * command-line wrapper, which SIGKILLs a busy child on the SIGINT a timed-out recording gets — DEVELOPERS.md).
 * It refuses an <out> that already holds a memory unless the phases leave out "record" (one run, one folder).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { assemble } from './assemble.mjs';
import { exitOnHelp } from '../usage.mjs';

exitOnHelp(import.meta.url);

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
/** `node` with tsx's loader: TypeScript run in one process (the script and its arguments follow). */
const tsNode = [process.execPath, '--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href];
const cli = join(repo, 'cli', 'understudy.ts');

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, word, i, all) => (word.startsWith('--') ? [...pairs, [word.slice(2), all[i + 1]]] : pairs), []),
);
const DEFAULT_TASKS = [
  'choose-date', 'click-button', 'click-checkboxes', 'click-collapsible-2', 'click-tab', 'click-tab-2', 'enter-date', 'enter-password', 'enter-text',
  'enter-text-2', 'enter-time', 'login-user', 'login-user-popup', 'use-autocomplete',
  // Session 16: variants upstream words like the types above (other layouts, sizes, timing, characters).
  'choose-date-nodelay', 'click-checkboxes-large', 'click-checkboxes-transfer', 'click-collapsible-2-nodelay', 'click-tab-2-easy', 'click-test',
  'enter-text-dynamic', 'unicode-test',
  // Session 17: more first-set variants (upstream's pages, unchanged).
  'choose-date-easy', 'click-test-transfer',
];
const src = args.src ? resolve(args.src) : undefined;
const out = resolve(args.out ?? '/tmp/realwob-run');
const pages = resolve(args.pages ?? '/tmp/realwob');
const tasks = args.tasks ? args.tasks.split(',').map((t) => t.trim()).filter(Boolean) : DEFAULT_TASKS;
const recSeeds = seedsOf(args['rec-seeds'] ?? '1000-1002');
const benchSeeds = args.seeds ?? '0-9';
const port = Number(args.port ?? 9400);
const workers = String(args.workers ?? 1);
const niceness = String(args.nice ?? 15);
const phases = new Set((args.phases ?? 'assemble,record,bench,table').split(','));
const recordTimeoutMs = Number(args['record-timeout'] ?? 180) * 1000;
const memory = join(out, 'memory.db');
const benchMemory = join(out, 'bench.db');
const recordings = join(out, 'recordings.jsonl');

function seedsOf(text) {
  return text.split(',').flatMap((part) => {
    const [a, b] = part.split('-').map(Number);
    return b === undefined ? [a] : Array.from({ length: b - a + 1 }, (_, i) => a + i);
  });
}

/** Runs a command under nice; resolves with its exit code and output. `onLine` sees stdout line by line. */
function run(command, commandArgs, { onLine, timeoutMs, quiet } = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn('nice', ['-n', niceness, command, ...commandArgs], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    let pending = '';
    child.stdout.on('data', (chunk) => {
      const text = chunk.toString();
      stdout += text;
      if (!quiet) process.stdout.write(text.replace(/^/gm, '    '));
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine?.(line, child);
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk.toString();
      if (!quiet) process.stderr.write(chunk.toString().replace(/^/gm, '    '));
    });
    const timer = timeoutMs
      ? setTimeout(() => {
          stderr += `\n(timed out after ${timeoutMs / 1000} s)`;
          try { process.kill(-child.pid, 'SIGINT'); } catch { /* gone */ }
          setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 15000);
        }, timeoutMs)
      : undefined;
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

async function recordOne(task, seed) {
  let person;
  const personDone = new Promise((r) => { person = r; });
  let started = false;
  const result = await run(tsNode[0], [...tsNode.slice(1), cli, 'record', '--miniwob', pages, '--task', task, '--seed', String(seed), '--headless',
    '--remote-debugging-port', String(port), '--memory', memory], {
    timeoutMs: recordTimeoutMs,
    onLine: (line) => {
      if (started || !line.includes('connectOverCDP(')) return;
      started = true;
      run('node', [join(here, 'person.mjs'), '--port', String(port), '--task', task]).then(person);
    },
  });
  const personResult = started ? await personDone : { code: null, stdout: '', stderr: 'the recorder never offered the connection' };
  const verdict = /^verified: it replays/m.test(result.stdout) ? 'verified'
    : /^NOT verified: (.*)$/m.exec(result.stdout)?.[1] ? 'not verified' : 'not saved';
  const why = /^NOT verified: (.*)$/m.exec(result.stdout)?.[1] ?? (verdict === 'not saved' ? (result.stderr.trim().split('\n').pop() ?? '') : '');
  const saved = /^saved (\S+):/m.exec(result.stdout)?.[1];
  const row = { task, seed, verdict, why, trajectoryId: saved, recordExit: result.code, personExit: personResult.code,
    personError: personResult.code === 0 ? undefined : personResult.stderr.trim().split('\n').pop() };
  appendFileSync(recordings, `${JSON.stringify(row)}\n`);
  console.log(`  ${task} seed ${seed}: ${verdict}${why ? ` — ${why}` : ''}${row.personError ? ` (person: ${row.personError})` : ''}`);
}

async function main() {
  mkdirSync(out, { recursive: true });
  if (phases.has('assemble')) {
    if (!src) throw new Error('--src <folder of upstream files> is needed to assemble the pages (or leave "assemble" out of --phases)');
    assemble({ src, out: pages, tasks });
    console.log(`pages assembled in ${pages}: ${tasks.join(', ')}`);
  }
  if (phases.has('record')) {
    if (existsSync(memory) && args.append === undefined) throw new Error(`${memory} exists already: one run, one folder (or leave "record" out of --phases, or --append 1 to add recordings)`);
    console.log(`recording ${tasks.length} task(s) × seeds ${recSeeds.join(',')} into ${memory}`);
    for (const task of tasks) for (const seed of recSeeds) await recordOne(task, seed);
  }
  if (phases.has('bench')) {
    for (const suffix of ['', '-wal', '-shm']) rmSync(benchMemory + suffix, { force: true });
    copyFileSync(memory, benchMemory); // bench stores its episodes in the memory too
    for (const suffix of ['-wal', '-shm']) if (existsSync(memory + suffix)) copyFileSync(memory + suffix, benchMemory + suffix);
    console.log(`benching the offline policy on seeds ${benchSeeds}`);
    const result = await run(tsNode[0], [...tsNode.slice(1), cli, 'bench', 'miniwob', '--dir', pages, '--tasks', tasks.join(','), '--seeds', benchSeeds,
      '--policy', 'offline', '--memory', benchMemory, '--workers', workers, '--report', join(out, 'bench'), '--no-progress'], { quiet: true });
    if (result.code !== 0) throw new Error(`bench failed (${result.code}): ${result.stderr.trim().split('\n').slice(-3).join(' / ')}`);
  }
  if (phases.has('table')) {
    const result = await run(tsNode[0], [...tsNode.slice(1), join(here, 'table.ts'), '--tasks', tasks.join(','), '--recordings', recordings,
      '--episodes', join(out, 'bench', 'episodes.jsonl')], { quiet: true });
    process.stdout.write(result.stdout);
    if (result.code !== 0) throw new Error(`table failed: ${result.stderr.trim()}`);
  }
}

main().catch((error) => {
  console.error(`run-all: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
