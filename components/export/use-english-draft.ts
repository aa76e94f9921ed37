/**
 * The English draft of the listing, remade when its text changes. The translator is asked a short
 * while after the last change, so typing in the page does not queue a translation per keystroke;
 * an answer for older text is dropped.
 */
import { useEffect, useState } from 'react';
import { draftEnglish, type EnglishDraft, type TranslatorApi } from '../../utils/export';

const SETTLE_MS = 250;

export function useEnglishDraft(title: string, description: string | undefined, translator: TranslatorApi | null | undefined) {
  const [draft, setDraft] = useState<EnglishDraft | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(
      () => {
        draftEnglish({ title, description }, { translator }).then((next) => {
          if (live) setDraft(next);
        });
      },
      translator ? SETTLE_MS : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [title, description, translator]);
  return draft;
}
