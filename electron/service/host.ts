/**
 * What the service needs from the program it runs in. Electron gives native dialogs; the browser
 * transport and the CLI have none, and the UI then asks for paths in its own forms.
 */
export interface Host {
  readonly nativeDialogs: boolean;
  chooseNewProjectPath(suggestedName: string): Promise<string | null>;
  chooseProjectToOpen(): Promise<string | null>;
  chooseCopyPath(suggestedName: string): Promise<string | null>;
  /** Files to import (several may be chosen); empty when cancelled. */
  chooseImportFiles(): Promise<string[]>;
  /** An audio or video file to link to a transcript, starting in `folder`; null when cancelled. */
  chooseMedia(folder: string): Promise<string | null>;
}

export const headlessHost: Host = {
  nativeDialogs: false,
  chooseNewProjectPath: async () => null,
  chooseProjectToOpen: async () => null,
  chooseCopyPath: async () => null,
  chooseImportFiles: async () => [],
  chooseMedia: async () => null,
};
