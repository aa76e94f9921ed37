/**
 * True while the page is printed. The product table shows one page of rows on screen and every
 * row on paper: `beforeprint` comes before the browser lays the page out for print (from the
 * Print button, Ctrl+P or the menu), and the rows must be in the document by then, so the state
 * change is flushed at once instead of on React's next tick.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
