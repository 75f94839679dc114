#!/usr/bin/env node
/**
 * Builds a MiniWoB++ pages folder (docs/real-miniwob.md §1) from a folder of upstream files
 * plus the libraries in this checkout's node_modules (d3 3.x, jquery, jquery-ui-dist).
 * The upstream files are not ours and never enter the repository: they live in a scratch folder.
 *
 * Usage: node bench/real-miniwob/assemble.mjs --src /tmp/realwob-src --out /tmp/realwob [--tasks a,b]
 *
 * <src> holds   core/core.js  core/core.css  core/jquery-ui-hacks.js  common/ui_utils.js  miniwob/<task>.html
 * (and, if a page needs them, further files under common/ or core/: copied as they are).
 * <out> gets    core/ common/ miniwob/ with core/d3.v3.min.js, core/jquery-ui/external/jquery/jquery.js,
 *               core/jquery-ui/jquery-ui.min.js, jquery-ui.min.css, images/ from node_modules.
 * Every file a task page names with a relative src/href is checked; a missing one is an error naming it.
 * Prints the task names built, one per line, on the last line "tasks: a,b,…".
 */
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitOnHelp } from '../usage.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 1) {
    const key = argv[i];
    if (!key.startsWith('--')) throw new Error(`unexpected argument ${JSON.stringify(key)}`);
    const value = argv[i + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${key} needs a value`);
    args[key.slice(2)] = value;
    i += 1;
  }
  return args;
}

/** The upstream files every page set needs, relative to <src>. */
export const UPSTREAM_CORE = ['core/core.js', 'core/core.css', 'core/jquery-ui-hacks.js', 'common/ui_utils.js'];

/** Library files taken from node_modules: [destination under <out>, source under node_modules]. */
export const LIBRARIES = [
  ['core/d3.v3.min.js', 'd3/d3.min.js'],
  ['core/jquery-ui/external/jquery/jquery.js', 'jquery/dist/jquery.js'],
  ['core/jquery-ui/jquery-ui.min.js', 'jquery-ui-dist/jquery-ui.min.js'],
  ['core/jquery-ui/jquery-ui.min.css', 'jquery-ui-dist/jquery-ui.min.css'],
  ['core/jquery-ui/images', 'jquery-ui-dist/images'],
];

/** Relative files a page loads (script src, link href, img src), resolved from miniwob/. */
export function referencedFiles(html) {
  const found = new Set();
  for (const match of html.matchAll(/\b(?:src|href)\s*=\s*["']([^"'#?]+)["']/gi)) {
    const ref = match[1];
    if (/^[a-z]+:/i.test(ref) || ref.startsWith('/') || ref.startsWith('#')) continue;
    found.add(join('miniwob', ref).replace(/\\/g, '/'));
  }
  return [...found];
}

export function assemble({ src, out, tasks, nodeModules = join(repo, 'node_modules') }) {
  const missing = [];
  for (const file of UPSTREAM_CORE) if (!existsSync(join(src, file))) missing.push(`${join(src, file)} (upstream miniwob/html/${file})`);
  for (const [, from] of LIBRARIES) if (!existsSync(join(nodeModules, from))) missing.push(`${join(nodeModules, from)} (npm install)`);
  const d3Version = existsSync(join(nodeModules, 'd3/package.json')) ? JSON.parse(readFileSync(join(nodeModules, 'd3/package.json'), 'utf8')).version : '';
  if (d3Version && !d3Version.startsWith('3.')) missing.push(`d3 3.x in ${join(nodeModules, 'd3')} (found ${d3Version}; the pages call d3 v3's API)`);
  const pagesDir = join(src, 'miniwob');
  const available = existsSync(pagesDir) ? readdirSync(pagesDir).filter((name) => name.endsWith('.html')).map((name) => name.slice(0, -5)).sort() : [];
  const wanted = tasks ?? available;
  if (wanted.length === 0) missing.push(`${pagesDir}/<task>.html (no task page at all)`);
  for (const task of wanted) if (!available.includes(task)) missing.push(`${join(pagesDir, `${task}.html`)} (upstream miniwob/html/miniwob/${task}.html)`);
  if (missing.length > 0) throw new Error(`cannot assemble the pages folder; missing:\n  ${missing.join('\n  ')}`);

  mkdirSync(out, { recursive: true });
  // Everything under <src> as it is (the upstream files, and any extra a page needs) …
  for (const dir of ['core', 'common']) if (existsSync(join(src, dir))) cpSync(join(src, dir), join(out, dir), { recursive: true });
  mkdirSync(join(out, 'miniwob'), { recursive: true });
  for (const task of wanted) cpSync(join(pagesDir, `${task}.html`), join(out, 'miniwob', `${task}.html`));
  // … then the libraries from node_modules.
  for (const [to, from] of LIBRARIES) {
    mkdirSync(dirname(join(out, to)), { recursive: true });
    cpSync(join(nodeModules, from), join(out, to), { recursive: statSync(join(nodeModules, from)).isDirectory() });
  }
  // Every file a page loads must now be there.
  const unresolved = [];
  for (const task of wanted) {
    const html = readFileSync(join(out, 'miniwob', `${task}.html`), 'utf8');
    for (const ref of referencedFiles(html)) if (!existsSync(join(out, ref))) unresolved.push(`${task}.html loads ${ref}: not in ${src} nor node_modules`);
  }
  if (unresolved.length > 0) throw new Error(`pages folder ${out} is incomplete:\n  ${unresolved.join('\n  ')}`);
  return wanted;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  exitOnHelp(import.meta.url);
  try {
    const args = parseArgs(process.argv.slice(2));
    if (!args.src || !args.out) throw new Error('usage: assemble.mjs --src <upstream files> --out <pages folder> [--tasks a,b]');
    const tasks = args.tasks ? args.tasks.split(',').map((t) => t.trim()).filter(Boolean) : undefined;
    const built = assemble({ src: resolve(args.src), out: resolve(args.out), tasks });
    for (const task of built) console.log(task);
    console.log(`tasks: ${built.join(',')}`);
  } catch (error) {
    console.error(`assemble: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
