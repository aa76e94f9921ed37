/**
 * One saved audit and, once it is on screen, the same shop's audit before it. The previous
 * audit is read second so the report (hundreds of rows) does not wait for a second parse.
 * Called by the page before the language is known, so reading the settings and the database
 * overlap. `id` null (the history) reads nothing.
 */
import { useEffect, useState } from 'react';
import type { RapiDb, SavedAudit } from '../../utils/db';
import { getAudit, previousAudit } from '../../utils/db/audits';
import { isStorageUnavailable } from '../../utils/db/storage-errors';

export type ReportLoad =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'missing' }
  /** The database could not be opened: not the same as an audit that is not there. */
  | { status: 'unavailable' }
  | {
      status: 'ready';
      saved: SavedAudit /** undefined while reading, null when this is the shop's first audit. */;
      previous: SavedAudit | null | undefined;
    };

export function useReport(db: RapiDb, id: number | null): ReportLoad {
  const [load, setLoad] = useState<ReportLoad>({ status: id === null ? 'idle' : 'loading' });
  useEffect(() => {
    let live = true;
    if (id === null) {
      setLoad({ status: 'idle' });
      return;
    }
    setLoad({ status: 'loading' });
    void (async () => {
      try {
        const saved = await getAudit(db, id);
        if (!live) return;
        if (!saved) return setLoad({ status: 'missing' });
        setLoad({ status: 'ready', saved, previous: undefined });
        const before = await previousAudit(db, saved).catch(() => undefined);
        if (live) setLoad({ status: 'ready', saved, previous: before ?? null });
      } catch (error) {
        if (live) setLoad({ status: isStorageUnavailable(error) ? 'unavailable' : 'missing' });
      }
    })();
    return () => {
      live = false;
    };
  }, [db, id]);
  return load;
}
