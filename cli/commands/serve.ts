/**
 * `understudy serve`: web mode — the app in your own browser. The same
 * backend the Electron app uses, served on 127.0.0.1 with a random access
 * token in the printed URL; runs until Ctrl+C.
 */
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { wholeNumber } from '../flags.js';
import { ensureRendererBuilt } from '../../main/api/renderer-build.js';
import { startWebServer } from '../../main/api/web-server.js';
import { createAppBackend } from '../../main/service/app-backend.js';

interface ServeFlags {
  port?: string;
  open?: boolean;
  config?: string;
  memory?: string;
  rebuild?: boolean;
}

/** Open a URL in the default browser; failures only print a line (the URL is printed anyway). */
export function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
    child.on('error', () => process.stderr.write(`could not open a browser (${command}); open the URL above yourself\n`));
    child.unref();
  } catch {
    process.stderr.write('could not open a browser; open the URL above yourself\n');
  }
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('web mode: the app in your browser, on 127.0.0.1 with an access token')
    .option('--port <n>', 'port (default: any free one)')
    .option('--open', 'open the default browser at the URL')
    .option('--config <file>', 'config file (default: ~/.config/understudy/config.json)')
    .option('--memory <file>', 'exemplar memory (default: memory.path in the config, $UNDERSTUDY_MEMORY or ~/.local/share/understudy/memory.db)')
    .option('--rebuild', 'rebuild the app before serving')
    .action(async (flags: ServeFlags) => {
      const port = flags.port === undefined ? 0 : wholeNumber(flags.port, '--port', 0);
      const rendererDir = await ensureRendererBuilt({ force: flags.rebuild, log: (line) => process.stderr.write(`${line}\n`) });
      const backend = createAppBackend({ shell: 'web', configPath: flags.config, memoryPath: flags.memory });
      const server = await startWebServer({ backend, rendererDir, port });
      process.stdout.write(`Understudy is at ${server.url}\n(only this machine can reach it; the token in the URL is the key — do not share it. Ctrl+C stops.)\n`);
      if (flags.open) openInBrowser(server.url);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await server.close();
      await backend.close();
    });
}
