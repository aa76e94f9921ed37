/** A "Salin" button whose accessible name says what it copies; the result is announced by the caller. */
import { t, type Language, type MessageKey } from '../../utils/i18n';

export type CopyResult = 'copied' | 'failed';

export async function copyText(text: string): Promise<CopyResult> {
  try {
    if (!navigator.clipboard) return 'failed';
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}

export function CopyButton(props: { language: Language; nameKey: MessageKey; testId: string; onCopy: () => void }) {
  const { language, nameKey, testId, onCopy } = props;
  return (
    <button type="button" className="rapi-button rapi-export__copy" aria-label={t(language, nameKey)} data-testid={testId} onClick={onCopy}>
      {t(language, 'export_copy')}
    </button>
  );
}
