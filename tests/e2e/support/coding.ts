/**
 * The coding view as a researcher uses it: selecting words with the mouse or the keyboard, coding
 * them, reading highlights and stripes.
 */
import type { Locator, Page } from 'playwright-core';
import { eventually } from './pages';

export class CodingPage {
  constructor(readonly page: Page) {}

  text(): Locator {
    return this.page.getByTestId('document-text');
  }

  /**
   * Drags the mouse from inside the word containing `from` to inside the word containing `to`
   * (both picked by their text in the turn or paragraph that contains `within`), with Alt held
   * if asked.
   */
  async dragSelect(within: string, from: string, to: string, options: { alt?: boolean; fromOffset?: number; toOffset?: number } = {}): Promise<void> {
    // A press on selected text would drag it: start from no selection, as after a click elsewhere.
    await this.page.evaluate(() => document.getSelection()?.removeAllRanges());
    const points = await this.text().evaluate(
      (root, { within, from, to, fromOffset, toOffset }) => {
        const holder = [...root.querySelectorAll<HTMLElement>('.doc-block__main p, .doc-block__main h3, .doc-block__main h4')].find((el) =>
          (el.textContent ?? '').includes(within),
        );
        if (!holder) throw new Error(`no block containing « ${within} »`);
        holder.scrollIntoView({ block: 'center' });
        const point = (needle: string, shift: number) => {
          const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = (node.textContent ?? '').indexOf(needle);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at + shift);
            range.setEnd(node, at + shift + 1);
            const rect = range.getBoundingClientRect();
            return { x: rect.left + 1, y: rect.top + rect.height / 2 };
          }
          throw new Error(`no « ${needle} » in the block`);
        };
        return { a: point(from, fromOffset), b: point(to, toOffset) };
      },
      { within, from, to, fromOffset: options.fromOffset ?? 1, toOffset: options.toOffset ?? 1 },
    );
    if (options.alt) await this.page.keyboard.down('Alt');
    await this.page.mouse.move(points.a.x, points.a.y);
    await this.page.mouse.down();
    await this.page.mouse.move(points.b.x, points.b.y, { steps: 6 });
    await this.page.mouse.up();
    if (options.alt) await this.page.keyboard.up('Alt');
    await eventually(() => this.selectedText(), (text) => text.length > 0);
  }

  async selectedText(): Promise<string> {
    return this.page.evaluate(() => document.getSelection()?.toString() ?? '');
  }

  /** The stretches coded with a code, as shown (one per mark; adjacent marks of one coding joined). */
  async codedWith(codeName: string): Promise<string[]> {
    return this.text()
      .locator('mark.coded')
      .evaluateAll((marks, name) => {
        const out: string[] = [];
        let previous: Element | null = null;
        for (const mark of marks) {
          const names = (mark.getAttribute('title') ?? '').replace(/^[^:]*:\s*/, '').split(', ');
          if (!names.includes(name)) {
            previous = null;
            continue;
          }
          const adjacent = previous !== null && previous.nextSibling === mark;
          if (adjacent) out[out.length - 1] += mark.textContent ?? '';
          else out.push(mark.textContent ?? '');
          previous = mark;
        }
        return out;
      }, codeName);
  }

  /** Titles (code paths) of the stripes beside the block containing `within`. */
  async stripesBeside(within: string): Promise<string[]> {
    return this.text()
      .locator('.doc-block', { hasText: within })
      .locator('.stripe')
      .evaluateAll((stripes) => stripes.map((s) => s.getAttribute('title') ?? ''));
  }

  async palette(codeQuery: string): Promise<void> {
    await this.page.keyboard.press('Control+k');
    const dialog = this.page.getByRole('dialog', { name: 'Coder la sélection' });
    await dialog.waitFor();
    await dialog.getByRole('combobox').fill(codeQuery);
    await this.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
  }

  async announced(text: string | RegExp): Promise<string> {
    return eventually(
      async () => (await this.page.getByTestId('announcer').textContent()) ?? '',
      (value) => (typeof text === 'string' ? value === text : text.test(value)),
    );
  }
}
