export const projectTemplates = ['stess', 'vide', 'demonstration'] as const;
export type ProjectTemplate = (typeof projectTemplates)[number];

export interface ProjectCounts {
  documents: number;
  codes: number;
  codings: number;
  cases: number;
  memos: number;
}

/** What can be read from a project file without opening it for work. */
export interface ProjectSummary extends ProjectCounts {
  path: string;
  name: string;
  createdAt: string;
  template: ProjectTemplate | null;
  schemaVersion: number;
  integrity: 'ok';
  /** Bytes of the project file (without its write-ahead log). */
  fileSize: number;
}

export interface ProjectInfo extends ProjectSummary {
  coder: Coder;
  /** Where the automatic rolling backups of this project are kept. */
  backupFolder: string;
}

export interface Coder {
  id: number;
  name: string;
  color: string;
}

export interface RecentProject {
  path: string;
  name: string;
  lastOpenedAt: string;
  exists: boolean;
}

export interface AppInfo {
  version: string;
  language: 'fr' | 'en';
  /** True in Electron: the UI asks the host for native open/save dialogs. */
  nativeDialogs: boolean;
  /** Folder proposed for new projects when there is no native dialog. */
  defaultProjectFolder: string;
  coderName: string;
  project: ProjectInfo | null;
}
