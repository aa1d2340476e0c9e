/**
 * "Delete all my data on this computer": the cases, the other tabs told, and
 * the offline copy of the app (src/storage/offline-copy.ts owns the caches).
 */
import { removeOfflineCopy } from '../storage/offline-copy';
import type { OpenCaseControl } from './open-case';
import type { SessionCore } from './session-state';

export function createPrivacy(core: SessionCore, open: OpenCaseControl) {
  /** Throws when storage refuses (the privacy page shows its failure). */
  async function deleteAllData(): Promise<void> {
    open.stop(false);
    core.store.open(null);
    const result = core.repo.deleteAll();
    core.sync.notifyCleared();
    core.setState({ conflict: null, tooNew: null, save: { kind: 'idle' }, notice: null });
    core.bumpList();
    await removeOfflineCopy();
    if (result.status !== 'ok') throw new Error('storage unavailable');
  }
  return { deleteAllData };
}
