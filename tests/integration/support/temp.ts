import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createService, type Service } from '../../../electron/service';
import { headlessHost } from '../../../electron/service/host';

const made: string[] = [];
const services: Service[] = [];

/** A fresh folder removed after the test. */
export function tempDir(prefix = 'balise-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A service on fresh data and project folders, closed after the test. */
export function testService(dataDir = tempDir('balise-data-')): { service: Service; dataDir: string; folder: string } {
  const folder = tempDir('balise-projects-');
  const service = createService({ dataDir, appVersion: 'test', host: headlessHost, defaultProjectFolder: folder });
  services.push(service);
  return { service, dataDir, folder };
}

afterEach(async () => {
  for (const service of services.splice(0)) await service.close();
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
