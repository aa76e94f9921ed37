/** The one message every Rapi page shows when its database cannot be opened. */
import { t, type Language } from '../../utils/i18n';

export function StorageUnavailable({ language, className = '' }: { language: Language; className?: string }) {
  return (
    <div className={`rapi-storage-unavailable ${className}`.trim()} role="alert" data-testid="storage-unavailable">
      <h2>{t(language, 'storage_unavailable_title')}</h2>
      <p>{t(language, 'storage_unavailable_body')}</p>
      <button type="button" onClick={() => location.reload()} data-testid="storage-retry">
        {t(language, 'storage_unavailable_retry')}
      </button>
    </div>
  );
}
