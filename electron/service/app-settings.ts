import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { RecentProject } from '../../shared/domain/project';
import { languageSchema } from '../../shared/schemas/common';

/**
 * Settings of the application (not of a project): language, coder name, recent projects, window
 * state. One JSON file in the data folder, written atomically; a damaged file falls back to defaults.
 */
const recentSchema = z.object({ path: z.string(), name: z.string(), lastOpenedAt: z.string() });
const windowStateSchema = z.object({
  x: z.number().optional(),
  y: z.number().optional(),
  width: z.number().min(400),
  height: z.number().min(300),
  maximized: z.boolean(),
});
const settingsSchema = z.object({
  language: languageSchema.default('fr'),
  coderName: z.string().min(1).optional(),
  /** The colour the coder chose at first start (a project keeps its own colour per coder). */
  coderColor: z.string().regex(/^#[0-9a-f]{6}$/).optional(),
  recent: z.array(recentSchema).default([]),
  window: windowStateSchema.optional(),
});

export type AppSettingsData = z.infer<typeof settingsSchema>;
export type WindowState = z.infer<typeof windowStateSchema>;

const MAX_RECENT = 12;
export const SETTINGS_FILE = 'reglages.json';

export class AppSettings {
  private data: AppSettingsData;
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, SETTINGS_FILE);
    this.data = AppSettings.read(this.file);
  }

  private static read(file: string): AppSettingsData {
    try {
      return settingsSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch {
      return settingsSchema.parse({});
    }
  }

  private save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(this.data, null, 2));
    fs.renameSync(temporary, this.file);
  }

  get language(): 'fr' | 'en' {
    return this.data.language;
  }

  set language(language: 'fr' | 'en') {
    this.data.language = language;
    this.save();
  }

  get coderName(): string {
    if (this.data.coderName) return this.data.coderName;
    try {
      return os.userInfo().username || 'Codeur·euse';
    } catch {
      return 'Codeur·euse';
    }
  }

  set coderName(name: string) {
    this.data.coderName = name;
    this.save();
  }

  /** False until the researcher has said who codes (the first-start dialog asks). */
  get coderChosen(): boolean {
    return this.data.coderName !== undefined;
  }

  get coderColor(): string | undefined {
    return this.data.coderColor;
  }

  /** Name and colour at once (one write of the settings file). */
  setCoder(name: string, color: string): void {
    this.data.coderName = name;
    this.data.coderColor = color;
    this.save();
  }

  get window(): WindowState | undefined {
    return this.data.window;
  }

  set window(state: WindowState | undefined) {
    this.data.window = state;
    this.save();
  }

  recent(): RecentProject[] {
    return this.data.recent.map((r) => ({ ...r, exists: fs.existsSync(r.path) }));
  }

  touchRecent(file: string, name: string): void {
    const entry = { path: file, name, lastOpenedAt: new Date().toISOString() };
    this.data.recent = [entry, ...this.data.recent.filter((r) => r.path !== file)].slice(0, MAX_RECENT);
    this.save();
  }

  forgetRecent(file: string): void {
    this.data.recent = this.data.recent.filter((r) => r.path !== file);
    this.save();
  }
}
