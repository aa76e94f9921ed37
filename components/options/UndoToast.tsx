/** "Teks dihapus. [Urungkan]": a deleted snippet can come back for a few seconds. */
import { t, type Language } from '../../utils/i18n';

export interface UndoToastProps {
  language: Language;
  message: string;
  error: string | null;
  onUndo: () => void;
  onDismiss: () => void;
}

export function UndoToast({ language, message, error, onUndo, onDismiss }: UndoToastProps) {
  return (
    <div className="options-toast" role="status" data-testid="toast">
      <span>{message}</span>
      {error && (
        <span className="options-toast__error" role="alert">
          {error}
        </span>
      )}
      <button type="button" className="options-toast__undo" data-testid="undo" onClick={onUndo}>
        {t(language, 'options_undo')}
      </button>
      <button
        type="button"
        className="options-toast__close"
        // Named apart from the editor's own "Tutup", which may be on screen at the same time.
        aria-label={t(language, 'named_button', t(language, 'options_close'), message)}
        onClick={onDismiss}
      >
        ×
      </button>
    </div>
  );
}
