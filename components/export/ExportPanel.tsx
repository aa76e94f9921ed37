/**
 * The side panel's "Ekspor" tab (issue 16): choose a destination, see what it asks for that the
 * listing does not show yet, and an English draft beside the original, each copyable. Text only:
 * the listing is shown through React's text nodes, never as HTML. The chosen destination is
 * remembered in extension storage (utils/settings/export-market.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { checkExportReadiness, type EnglishDraft, type ExportMarket, type TranslatorApi } from '../../utils/export';
import { t, type Language, type MessageKey } from '../../utils/i18n';
import type { Listing } from '../../utils/listing';
import { CopyButton, type CopyResult, copyText } from './CopyButton';
import { ExportFindings, kindLabel } from './ExportFindings';
import { MarketPicker } from './MarketPicker';
import { useEnglishDraft } from './use-english-draft';
import { useExportMarket } from './use-export-market';
import './export.css';

export type CopyTarget = 'original-title' | 'original-description' | 'english-title' | 'english-description';

export interface ExportPanelProps {
  listing: Listing;
  language: Language;
  /** Chrome's Translator (from `chromeTranslator()`); absent in Firefox, and then the glossary drafts. */
  translator?: TranslatorApi | null;
  /** Start at this destination instead of the remembered one (it is still remembered when changed). */
  initialMarket?: ExportMarket;
  onMarketChange?: (market: ExportMarket) => void;
  onCopy?: (target: CopyTarget, result: CopyResult) => void;
  onDraft?: (draft: EnglishDraft) => void;
}

const FALLBACK_NOTE: Partial<Record<NonNullable<EnglishDraft['fallback']>, MessageKey>> = {
  failed: 'export_fallback_failed',
  downloadable: 'export_fallback_downloadable',
  downloading: 'export_fallback_downloading',
};

const COPY_NAME: Record<CopyTarget, MessageKey> = {
  'original-title': 'export_copy_original_title',
  'original-description': 'export_copy_original_description',
  'english-title': 'export_copy_english_title',
  'english-description': 'export_copy_english_description',
};

export function ExportPanel(props: ExportPanelProps) {
  const { listing, language, translator, onMarketChange, onCopy, onDraft } = props;
  const [market, setMarket] = useExportMarket(props.initialMarket);
  const [status, setStatus] = useState<CopyResult | null>(null);
  const report = useMemo(
    () =>
      checkExportReadiness(
        { title: listing.title, description: listing.description, category: listing.category, found: listing.found },
        market,
      ),
    [listing.title, listing.description, listing.category, listing.found, market],
  );
  const draft = useEnglishDraft(listing.title, listing.description, translator);
  // The latest callback, so a parent passing a new function each render does not re-announce the same draft.
  const onDraftRef = useRef(onDraft);
  onDraftRef.current = onDraft;
  useEffect(() => {
    if (draft) onDraftRef.current?.(draft);
  }, [draft]);

  const choose = (next: ExportMarket) => {
    setMarket(next);
    onMarketChange?.(next);
  };
  const copy = (target: CopyTarget, text: string) => {
    copyText(text).then((result) => {
      setStatus(result);
      onCopy?.(target, result);
    });
  };
  const copyButton = (target: CopyTarget, text: string) => (
    <CopyButton language={language} nameKey={COPY_NAME[target]} testId={`rapi-export-copy-${target}`} onCopy={() => copy(target, text)} />
  );
  const fallbackNote = draft?.fallback ? FALLBACK_NOTE[draft.fallback] : undefined;
  const noDescription = t(language, 'export_no_description');

  return (
    <section className="rapi-export" data-testid="rapi-export" aria-labelledby="rapi-export-title">
      <h2 id="rapi-export-title" className="rapi-section-title">
        {t(language, 'export_heading')}
      </h2>
      <MarketPicker language={language} market={market} onChange={choose} testId="rapi-export-market" />
      <p className="rapi-note" data-testid="rapi-export-kinds">
        {report.kinds.length > 0
          ? t(language, 'export_kinds', report.kinds.map((kind) => kindLabel(language, kind)).join(', '))
          : t(language, 'export_kinds_none')}
      </p>
      <ExportFindings report={report} language={language} testId="rapi-export-findings" />

      <h2 className="rapi-section-title">{t(language, 'export_draft_heading')}</h2>
      {draft === null ? (
        <p className="rapi-note" data-testid="rapi-export-drafting">
          {t(language, 'export_drafting')}
        </p>
      ) : (
        <>
          <p className="rapi-note" data-testid="rapi-export-path" data-path={draft.path} data-fallback={draft.fallback}>
            {t(language, draft.path === 'translator' ? 'export_path_translator' : 'export_path_glossary')}
            {fallbackNote && ` ${t(language, fallbackNote)}`}
          </p>
          <div className="rapi-export__columns">
            <div className="rapi-export__column" data-testid="rapi-export-original">
              <h3>{t(language, 'export_original')}</h3>
              <h4>{t(language, 'field_title')}</h4>
              <p className="rapi-export__text">{listing.title}</p>
              {copyButton('original-title', listing.title)}
              <h4>{t(language, 'field_description')}</h4>
              <p className="rapi-export__text">{listing.description?.trim() ? listing.description : noDescription}</p>
              {listing.description?.trim() && copyButton('original-description', listing.description)}
            </div>
            <div className="rapi-export__column" data-testid="rapi-export-english" lang="en">
              <h3>{t(language, 'export_english')}</h3>
              <h4>{t(language, 'field_title')}</h4>
              <p className="rapi-export__text" data-testid="rapi-export-english-title">
                {draft.title}
              </p>
              {copyButton('english-title', draft.title)}
              <h4>{t(language, 'field_description')}</h4>
              <p className="rapi-export__text" data-testid="rapi-export-english-description">
                {draft.description.trim() ? draft.description : noDescription}
              </p>
              {draft.description.trim() && copyButton('english-description', draft.description)}
            </div>
          </div>
          {draft.untranslated.length > 0 && (
            <p className="rapi-note" data-testid="rapi-export-untranslated">
              {t(language, 'export_untranslated', draft.untranslated.join(', '))}
            </p>
          )}
        </>
      )}
      <p className="rapi-note" role="status" data-testid="rapi-export-copy-status">
        {status === 'copied' ? t(language, 'export_copied') : status === 'failed' ? t(language, 'export_copy_failed') : ''}
      </p>
    </section>
  );
}
