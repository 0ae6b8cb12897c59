import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const writer = path.join(__dirname, 'project-writer.ts');

/** Starts the project writer in its own Node process; resolves once it has opened the project. */
export function startWriter(file: string, dataDir: string, mode: 'hold' | 'write'): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, file, dataDir, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`writer exited (${code}) before opening the project: ${err}`)));
  });
}

export function kill(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
