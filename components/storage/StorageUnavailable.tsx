/** The one message every Rapi page shows when its database cannot be opened. */
import { t, type Language } from '../../utils/i18n';

/** `className` and `buttonClassName` dress it in the page's own card and button styles. */
export function StorageUnavailable({
  language,
  className = '',
  buttonClassName,
}: {
  language: Language;
  className?: string;
  buttonClassName?: string;
}) {
  return (
    <div className={`rapi-storage-unavailable ${className}`.trim()} role="alert" data-testid="storage-unavailable">
      <h2>{t(language, 'storage_unavailable_title')}</h2>
      <p>{t(language, 'storage_unavailable_body')}</p>
      <button type="button" className={buttonClassName} onClick={() => location.reload()} data-testid="storage-retry">
        {t(language, 'storage_unavailable_retry')}
      </button>
    </div>
  );
}
