/**
 * `npm run web`: the same UI in a browser, for machines where Electron cannot start. Serves the
 * built renderer and the API on 127.0.0.1 only and prints the address (with its secret token).
 *   node dist/electron/web.cjs [--port N] [--data-dir DOSSIER]
 */
import fs from 'node:fs';
import path from 'node:path';
import { translate } from '../shared/i18n';
import { appVersion, defaultDataDir, defaultProjectFolder } from './paths';
import { headlessHost } from './service/host';
import { createThreadedService } from './service/threaded';
import { startHttpTransport } from './transports/http';

const DEFAULT_PORT = 4820;

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  const dataDir = path.resolve(option('--data-dir') ?? defaultDataDir());
  const projectFolder = path.resolve(option('--project-folder') ?? defaultProjectFolder());
  fs.mkdirSync(dataDir, { recursive: true });
  fs.mkdirSync(projectFolder, { recursive: true });
  // The service and its SQLite connection live in a worker thread: the server stays responsive.
  const service = createThreadedService({
    dataDir,
    appVersion,
    host: headlessHost,
    defaultProjectFolder: projectFolder,
    workerFile: path.join(__dirname, 'service-worker.cjs'),
  });
  const staticDir = path.join(__dirname, '..', 'renderer');
  const requested = Number(option('--port') ?? process.env.BALISE_PORT ?? DEFAULT_PORT);
  const transport = await startHttpTransport({ service, staticDir, port: requested }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    return startHttpTransport({ service, staticDir, port: 0 });
  });
  const lang = (await service.call('app:info', {})).language;
  process.stdout.write(`${translate(lang, 'web.ready', { url: transport.url })}\n${translate(lang, 'web.stop')}\n`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    void transport
      .close()
      .then(() => service.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Balise n’a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
