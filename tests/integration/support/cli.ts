import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildQuestionProject } from './question-project';
import { testService } from './temp';

const bin = path.resolve(__dirname, '../../../bin/balise.cjs');

/** Runs `balise …` as a user would (needs `npm run build`), with its own data folder. */
export function balise(args: string[], dataDir: string): { code: number | null; out: string; err: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, BALISE_DATA_DIR: dataDir } });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The fixtures project of the analysts' question (support/question-project.ts), closed, ready for the CLI. */
export async function questionFile(): Promise<string> {
  const { service, folder } = testService();
  const project = await buildQuestionProject(service, folder);
  await service.call('projects:close', {});
  return project.file;
}
