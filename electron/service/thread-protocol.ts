import type { WireResult } from '../../shared/errors';
import type { ServiceOptions } from './context';
import type { MediaFile } from './media';

/** Messages between the main thread and the service's worker thread. */
export type ToWorker =
  | { type: 'init'; options: Omit<ServiceOptions, 'host'>; nativeDialogs: boolean; nativeBinding?: string }
  | { type: 'call'; id: number; name: string; input: unknown }
  | { type: 'host-reply'; id: number; value: string | string[] | null }
  | { type: 'media'; id: number; documentId: number }
  | { type: 'close' };

export type FromWorker =
  | { type: 'result'; id: number; result: WireResult }
  | { type: 'event'; event: string; payload: unknown }
  | { type: 'host'; id: number; method: HostMethod; argument: string }
  | { type: 'media'; id: number; file: MediaFile | null }
  | { type: 'closed' };

export type HostMethod = 'chooseNewProjectPath' | 'chooseProjectToOpen' | 'chooseCopyPath' | 'chooseImportFiles' | 'chooseMedia';
