/** The database the options page works on: Rapi's own, or a fresh one a test passes in. */
import { createContext, useContext } from 'react';
import { rapiDb, type RapiDb } from '../../utils/db';

export const DbContext = createContext<RapiDb | null>(null);

export function useDb(): RapiDb {
  return useContext(DbContext) ?? rapiDb();
}
