#!/usr/bin/env node
/**
 * `npm run build` step: copy the non-TypeScript files the compiled code reads
 * next to it in dist/ (SQL migrations, prompt templates, desktop app scripts).
 * Task pages are served from the source tree (harness/tasks/html).
 */
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const ASSETS = [
  { folder: 'memory/migrations', pattern: /\.sql$/ },
  { folder: 'agent/prompts', pattern: /\.md$/ },
  { folder: 'harness/desktop-app', pattern: /\.tcl$/ },
];

let copied = 0;
for (const { folder, pattern } of ASSETS) {
  const from = join(root, folder);
  if (!existsSync(from)) continue;
  for (const name of readdirSync(from)) {
    if (!pattern.test(name)) continue;
    cpSync(join(from, name), join(root, 'dist', folder, name));
    copied++;
  }
}
process.stdout.write(`copied ${copied} asset files into dist/\n`);
