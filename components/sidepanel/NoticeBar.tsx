/** The outcome of Rapi's last write into the page: done (with undo), or why it was not done. */
import { t, type Language, type MessageKey } from '../../utils/i18n';
import type { Notice } from '../../utils/panel/panel-store';

function noticeText(language: Language, notice: Notice): string {
  if (notice.kind === 'inserted') return t(language, 'notice_inserted');
  if (notice.kind === 'insert-too-long') return t(language, 'notice_too_long', String(notice.wanted), String(notice.max));
  const field = t(language, `field_${notice.field}` as MessageKey);
  return notice.kind === 'applied'
    ? t(language, 'notice_applied')
    : notice.kind === 'too-long'
      ? t(language, 'notice_too_long', String(notice.wanted), String(notice.max))
      : notice.kind === 'not-found'
        ? t(language, 'notice_not_found', field)
        : t(language, notice.kind === 'stale' ? 'notice_stale' : 'notice_not_accepted');
}

export function NoticeBar({
  language,
  notice,
  onUndo,
  onDismiss,
}: {
  language: Language;
  notice: Notice;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const text = noticeText(language, notice);
  const ok = notice.kind === 'applied' || notice.kind === 'inserted';
  return (
    <div className={`rapi-notice rapi-notice--${ok ? 'ok' : 'warn'}`} role="status" data-testid="rapi-notice" data-kind={notice.kind}>
      <span>{text}</span>
      {notice.kind === 'applied' && notice.undoable && (
        <button type="button" className="rapi-button" data-testid="rapi-undo" onClick={onUndo}>
          {t(language, 'quality_undo')}
        </button>
      )}
      <button
        type="button"
        className="rapi-link"
        // Beside other sections' buttons in the side panel, "Tutup" alone would not say what it closes.
        aria-label={t(language, 'named_button', t(language, 'notice_dismiss'), text)}
        onClick={onDismiss}
      >
        {t(language, 'notice_dismiss')}
      </button>
    </div>
  );
}
