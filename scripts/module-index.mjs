#!/usr/bin/env node
/**
 * The module index at the end of ARCHITECTURE.md: every production source
 * file (not tests, not generated bundles), folder by folder, with the first
 * sentence of its header comment. `npm run module-index` rewrites it;
 * `test/architecture/module-index.test.ts` fails while it is stale, so the map
 * names every module that exists and none that does not.
 *
 * Node built-ins only (the scripts/ rule in ARCHITECTURE.md).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FOLDERS = ['agent', 'memory', 'main', 'renderer', 'harness', 'cli', 'bench', 'scripts'];
export const START = '<!-- module-index:start (written by `npm run module-index`; do not edit by hand) -->';
export const END = '<!-- module-index:end -->';

/** Production source files under the folders, relative to `root`, sorted. */
export function productionFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name === 'node_modules' || name === 'generated' || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|tsx|mts|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name) && !/\.d\.m?ts$/.test(name)) out.push(relative(root, path).split('\\').join('/'));
    }
  };
  for (const folder of FOLDERS) {
    try {
      walk(join(root, folder));
    } catch {
      // a folder that does not exist has nothing to list
    }
  }
  const folderOf = (file) => file.split('/').slice(0, -1).join('/');
  return out.sort((a, b) => folderOf(a).localeCompare(folderOf(b)) || a.localeCompare(b));
}

/** The first sentence of a file's leading comment, on one line. */
export function summaryOf(source) {
  const text = source.replace(/^#!.*\n/, '').trimStart();
  let comment = '';
  const block = /^\/\*\*?([\s\S]*?)\*\//.exec(text);
  if (block) comment = block[1].replace(/^\s*\* ?/gm, ' ');
  else {
    const lines = /^(?:\/\/.*\n?)+/.exec(text);
    if (lines) comment = lines[0].replace(/^\s*\/\/ ?/gm, ' ');
  }
  const flat = comment.replace(/\s+/g, ' ').trim();
  if (!flat) return '';
  // A sentence ends at a full stop (not the one of "e.g." or "i.e.").
  const end = flat.search(/(?<!\be\.g|\bi\.e)\.(\s|$)/);
  const sentence = end >= 0 ? flat.slice(0, end + 1) : flat;
  return sentence.length > 160 ? `${sentence.slice(0, 157).trimEnd()}…` : sentence;
}

/** The index as Markdown: a line per folder, then a line per file. */
export function moduleIndex(root) {
  const byFolder = new Map();
  for (const file of productionFiles(root)) {
    const folder = file.split('/').slice(0, -1).join('/');
    if (!byFolder.has(folder)) byFolder.set(folder, []);
    byFolder.get(folder).push(file);
  }
  const lines = [START, ''];
  for (const [folder, files] of byFolder) {
    lines.push(`- \`${folder}/\``);
    for (const file of files) {
      const summary = summaryOf(readFileSync(join(root, file), 'utf8'));
      lines.push(`  - \`${file.split('/').pop()}\`${summary ? ` — ${summary}` : ''}`);
    }
  }
  lines.push('', END);
  return lines.join('\n');
}

/** ARCHITECTURE.md with its index replaced by `index` (appended under a heading when it has none). */
export function withIndex(architecture, index) {
  const start = architecture.indexOf(START);
  const end = architecture.indexOf(END);
  if (start >= 0 && end > start) return architecture.slice(0, start) + index + architecture.slice(end + END.length);
  return `${architecture.trimEnd()}\n\n## Every module\n\nEvery production source file, by folder, with the first sentence of its header comment.\n\n${index}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(fileURLToPath(import.meta.url), '..', '..');
  const path = join(root, 'ARCHITECTURE.md');
  const before = readFileSync(path, 'utf8');
  const after = withIndex(before, moduleIndex(root));
  if (process.argv.includes('--check')) {
    if (after !== before) {
      process.stderr.write('module-index: ARCHITECTURE.md\'s module index is stale: run `npm run module-index`\n');
      process.exit(1);
    }
  } else if (after !== before) {
    writeFileSync(path, after);
    process.stdout.write('module-index: wrote ARCHITECTURE.md\'s module index\n');
  }
}
