/**
 * The chosen destination, remembered in extension storage. Starts from `initial` (or the default)
 * and switches to the stored choice once read; a failed read or write keeps the choice on screen.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ExportMarket } from '../../utils/export';
import { DEFAULT_EXPORT_MARKET, loadExportMarket, saveExportMarket } from '../../utils/settings/export-market';

export function useExportMarket(initial?: ExportMarket): [ExportMarket, (market: ExportMarket) => void] {
  const [market, setMarket] = useState<ExportMarket>(initial ?? DEFAULT_EXPORT_MARKET);
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if (initial || touched) return;
    let live = true;
    loadExportMarket()
      .then((stored) => {
        if (live) setMarket(stored);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [initial, touched]);
  const choose = useCallback((next: ExportMarket) => {
    setTouched(true);
    setMarket(next);
    saveExportMarket(next).catch(() => undefined);
  }, []);
  return [market, choose];
}
