/**
 * The one loader for the prompt templates in this folder (`<name>.md`).
 * Templates use `{{name}}` slots, filled in a single pass (a value that
 * itself contains `{{…}}` is left alone, so observations cannot inject
 * slots). Lines starting with `<!--` at the top of a file are notes for
 * maintainers and are dropped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cache = new Map<string, string>();

export class PromptTemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PromptTemplateError';
  }
}

/** Where the .md files are: next to this module in the source tree, or found from the build output. */
function promptsFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  if (existsSync(join(here, 'system.md'))) return here;
  // Built code runs from dist/agent/prompts; the templates are not compiled, so look up the tree.
  for (let folder = here, depth = 0; depth < 6; depth++, folder = dirname(folder)) {
    const candidate = join(folder, 'agent', 'prompts');
    if (existsSync(join(candidate, 'system.md'))) return candidate;
  }
  throw new PromptTemplateError(`prompt templates not found near ${here}`);
}

/** The template text of `<name>.md`, cached. */
export function loadPrompt(name: string): string {
  const cached = cache.get(name);
  if (cached !== undefined) return cached;
  if (!/^[a-z0-9-]+$/.test(name)) throw new PromptTemplateError(`bad prompt name ${JSON.stringify(name)}`);
  const path = join(promptsFolder(), `${name}.md`);
  if (!existsSync(path)) throw new PromptTemplateError(`no prompt template ${name}.md in ${dirname(path)}`);
  const lines = readFileSync(path, 'utf8').split('\n');
  while (lines[0]?.startsWith('<!--')) lines.shift();
  const text = lines.join('\n').trim();
  cache.set(name, text);
  return text;
}

/** Fill `<name>.md`'s slots. Every slot must get a value; unused values are an error too (a typo guard). */
export function fillPrompt(name: string, values: Record<string, string | number>): string {
  const template = loadPrompt(name);
  const used = new Set<string>();
  const filled = template.replace(/\{\{([a-zA-Z]+)\}\}/g, (_slot, key: string) => {
    const value = values[key];
    if (value === undefined) throw new PromptTemplateError(`prompt ${name}.md needs a value for {{${key}}}`);
    used.add(key);
    return String(value);
  });
  for (const key of Object.keys(values)) {
    if (!used.has(key)) throw new PromptTemplateError(`prompt ${name}.md has no slot {{${key}}}`);
  }
  // Empty optional sections leave runs of blank lines behind; keep at most one.
  return filled.replace(/\n{3,}/g, '\n\n').trim();
}
