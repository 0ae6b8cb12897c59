import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes a file so that a failed or interrupted export leaves nothing half-written: the bytes go
 * to a temporary file beside the target, which is then renamed over it (atomic on one volume).
 */
export function writeFileAtomically(target: string, bytes: Uint8Array): void {
  const dir = path.dirname(target);
  const temporary = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(temporary, bytes, { flag: 'wx' });
    fs.renameSync(temporary, target);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw error;
  }
}
