/**
 * `understudy export <trajectory-id | --task name> --to script.mjs | task.md`:
 * a stored demonstration as a standalone Playwright script (parameters for
 * its values, locators by role/label/text, refusal on a missing or ambiguous
 * target), or as a skill file describing it.
 */
import { chmodSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { UserFacingError } from '../../agent/core/errors.js';
import { configuredMemoryPath, openConfiguredMemory } from '../../main/service/configured-memory.js';
import { loadConfig } from '../../agent/config/load-config.js';
import { exportSource } from '../../main/service/export-source.js';
import { renderExportScript } from '../../main/service/export-script.js';
import { renderSkillFile } from '../../main/service/export-skill.js';
import type { Trajectory } from '../../agent/core/trajectory.js';
import { recordedPagesFolder } from '../../harness/replay.js';
import { suiteDirectory } from '../../harness/tasks/catalog.js';

interface ExportFlags {
  task?: string;
  to: string;
  memory?: string;
  config?: string;
}

const SCRIPT_EXTENSIONS = new Set(['.mjs', '.js']);
const SKILL_EXTENSIONS = new Set(['.md', '.markdown']);

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write a stored demonstration as a standalone Playwright script (.mjs) or a skill file (.md)')
    .argument('[trajectory-id]', 'id of one stored trajectory')
    .option('--task <name>', 'export the learned task of this name (its most recent verified demonstration)')
    .requiredOption('--to <file>', 'where to write: script.mjs (runnable with node) or task.md (a skill file)')
    .option('--memory <file>', 'the exemplar memory (default: memory.path in the config, $UNDERSTUDY_MEMORY or the XDG data folder)')
    .option('--config <file>', 'config file (default: ~/.config/understudy/config.json)')
    .action((id: string | undefined, flags: ExportFlags) => {
      if (Boolean(id) === Boolean(flags.task)) throw new UserFacingError('say what to export: a trajectory id or --task <name> (one of them)');
      const extension = extname(flags.to).toLowerCase();
      if (!SCRIPT_EXTENSIONS.has(extension) && !SKILL_EXTENSIONS.has(extension)) {
        throw new UserFacingError(`--to ${flags.to}: unknown kind of file`, 'use a .mjs file for a script or a .md file for a skill file');
      }
      const { config } = loadConfig({ configPath: flags.config });
      const memory = openConfiguredMemory(flags.memory ?? configuredMemoryPath(config), config, { readonly: true });
      try {
        const source = exportSource(memory, { id, task: flags.task });
        if (SCRIPT_EXTENSIONS.has(extension)) {
          writeFileSync(flags.to, renderExportScript(source, { defaultUrl: miniwobPageUrl(source.trajectory) }));
          chmodSync(flags.to, 0o755);
        } else {
          writeFileSync(flags.to, renderSkillFile(source, { scriptName: `${basename(flags.to, extension)}.mjs` }));
        }
        const parameters = source.slots.map((slot) => `--${slot.name.replace(/_/g, '-')} <${slot.type}>`).join(' ');
        process.stdout.write(`wrote ${flags.to}: ${source.template} (from ${source.trajectory.id}${parameters ? `; parameters ${parameters}` : ''})\n`);
      } finally {
        memory.close();
      }
    });
}

/**
 * A MiniWoB demonstration was served from a short-lived local server: the
 * script opens its page from the pages folder instead (file://, which the
 * protocol pages support), where --seed starts an episode.
 */
function miniwobPageUrl(trajectory: Trajectory): string | undefined {
  const { benchmark, task } = trajectory.metadata as { benchmark?: unknown; task?: unknown };
  if (benchmark !== 'miniwob' || typeof task !== 'string') return undefined;
  const folder = recordedPagesFolder(trajectory) ?? suiteDirectory();
  return pathToFileURL(join(folder, 'miniwob', `${task}.html`)).href;
}
