/**
 * The `understudy` command's program. Each subcommand lives in cli/commands/<name>.ts
 * and registers itself here.
 */
import { printable } from '../agent/core/printable-text.js';
import { Command, CommanderError } from 'commander';
import { UserFacingError, errorMessage } from '../agent/core/errors.js';
import { packageVersion } from '../main/package-info.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerRunCommand } from './commands/run.js';
import { registerBenchCommand } from './commands/bench.js';
import { registerReplayCommand } from './commands/replay.js';
import { registerConfigCommand } from './commands/config.js';
import { registerRecordCommand } from './commands/record.js';
import { registerMemoryCommand } from './commands/memory.js';
import { registerServeCommand } from './commands/serve.js';
import { registerMcpCommand } from './commands/mcp.js';
import { registerExportCommand } from './commands/export.js';

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('understudy')
    .description('A computer-control agent that learns tasks from demonstrations and checks itself.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
  registerDemoCommand(program);
  registerRunCommand(program);
  registerBenchCommand(program);
  registerReplayCommand(program);
  registerConfigCommand(program);
  registerRecordCommand(program);
  registerMemoryCommand(program);
  registerServeCommand(program);
  registerMcpCommand(program);
  registerExportCommand(program);
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0; // --help, --version
      process.stderr.write(`understudy: ${printable(error.message.replace(/^error: /, ''))}\n`);
      return error.exitCode || 1;
    }
    if (error instanceof UserFacingError) {
      process.stderr.write(`understudy: ${printable(error.message)}\n${error.hint ? `  hint: ${printable(error.hint)}\n` : ''}`);
      return 1;
    }
    process.stderr.write(`understudy: unexpected error: ${printable(errorMessage(error))}\n`);
    if (process.env.UNDERSTUDY_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
