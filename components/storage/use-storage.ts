/**
 * Whether Rapi's database can be used on this page: checked once when the page opens, and again
 * false when the browser closes the database under the page (site data cleared). Pages show one
 * plain "storage unavailable" state instead of empty lists or "not found".
 */
import { useEffect, useState } from 'react';
import { checkStorage, type RapiDb } from '../../utils/db';

export type StorageState = 'checking' | 'ready' | 'unavailable';

export function useStorage(db: RapiDb): StorageState {
  const [state, setState] = useState<StorageState>(() => (db.isOpen() ? 'ready' : 'checking'));
  useEffect(() => {
    let live = true;
    void checkStorage(db).then((ok) => live && setState(ok ? 'ready' : 'unavailable'));
    // Dexie's `close` event: the browser closed the database, not the page.
    const closed = () => live && setState('unavailable');
    db.on('close', closed);
    return () => {
      live = false;
      db.on('close').unsubscribe(closed);
    };
  }, [db]);
  return state;
}
