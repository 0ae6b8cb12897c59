/**
 * Page models for bringing field material in: the import dialog (file chooser, progress, summary),
 * drops on the window, the table dialog, and helpers for the real fixtures of ../shared/fixtures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';

export const fixtures = path.resolve(__dirname, '../../../../shared/fixtures');

export function fixture(name: string): string {
  return path.join(fixtures, name);
}

/** A truncated copy of a real Word file, as a crashed download or a half-copied USB key leaves it. */
export function truncatedDocx(name = 'fiche-tronquee.docx'): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'balise-corrompu-'));
  const bytes = fs.readFileSync(fixture('fiche-observation-j2-mission-locale.docx'));
  const file = path.join(folder, name);
  fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 3)));
  return file;
}

/**
 * Records every value the import progress bar shows, from before the import starts: a batch of
 * small files may finish between two polls of the test.
 */
export async function watchProgress(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { __progress: string[] }).__progress = seen;
    const record = () => {
      const bar = document.querySelector('[role="progressbar"]');
      if (bar) seen.push(`${bar.getAttribute('aria-valuenow')}/${bar.getAttribute('aria-valuemax')}`);
    };
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-valuenow'] });
  });
}

export async function progressSeen(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __progress?: string[] }).__progress ?? []);
}

export class ImportDialog {
  constructor(readonly page: Page) {}

  /** « Importer… » in the project's top bar, then the files in the dialog's file input, then « Importer ». */
  async importThroughDialog(files: string[]): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name: 'Importer…' }).click();
    const chooser = this.page.getByRole('dialog', { name: 'Importer des documents' });
    await chooser.getByLabel('Fichiers à importer').setInputFiles(files);
    await chooser.getByRole('button', { name: 'Importer', exact: true }).click();
  }

  /** The summary at the end of a batch (« Import terminé » or « Import interrompu »). */
  async summary(): Promise<Locator> {
    const dialog = this.page.getByRole('dialog', { name: /^Import (terminé|interrompu)$/ });
    await dialog.getByTestId('import-summary').waitFor();
    return dialog;
  }

  group(summary: Locator, name: string): Locator {
    return summary.getByRole('region', { name });
  }

  async rows(summary: Locator, group: string): Promise<{ name: string; detail: string }[]> {
    return this.group(summary, group)
      .locator('.summary-row')
      .evaluateAll((rows) =>
        rows.map((row) => ({
          name: row.querySelector('.summary-row__name')?.textContent ?? '',
          detail: row.querySelector('.summary-row__detail')?.textContent ?? '',
        })),
      );
  }

  async close(summary: Locator): Promise<void> {
    await summary.getByRole('button', { name: 'Fermer', exact: true }).last().click();
    await summary.waitFor({ state: 'detached' });
  }
}

/**
 * Drops files on the window as the system would: a DataTransfer built in the page from the files'
 * bytes, with dragenter (the overlay shows), then drop.
 */
export async function dropFiles(page: Page, files: string[]): Promise<{ overlayShown: boolean }> {
  const payload = files.map((file) => ({ name: path.basename(file), base64: fs.readFileSync(file).toString('base64') }));
  const transfer = await page.evaluateHandle((items) => {
    const data = new DataTransfer();
    for (const item of items) {
      const bytes = Uint8Array.from(atob(item.base64), (c) => c.charCodeAt(0));
      data.items.add(new File([bytes], item.name));
    }
    return data;
  }, payload);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer });
  const overlayShown = await page.getByTestId('drop-overlay').isVisible();
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
  await transfer.dispose();
  return { overlayShown };
}

/** Closes the messages in the bottom-right corner, which may cover the right-hand panel. */
export async function dismissToasts(page: Page): Promise<void> {
  const buttons = page.locator('.toasts').getByRole('button', { name: 'Masquer le message' });
  for (let n = await buttons.count(); n > 0; n = await buttons.count()) await buttons.first().click();
}
