/** The audit id in the address, followed as the mentor moves between the history and reports. */
import { useEffect, useState } from 'react';
import { auditIdFromHash } from './route';

export function useHashId(): number | null {
  const [id, setId] = useState(() => auditIdFromHash(location.hash));
  useEffect(() => {
    const follow = () => {
      setId(auditIdFromHash(location.hash));
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return id;
}
