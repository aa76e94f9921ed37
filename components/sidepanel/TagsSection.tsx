/**
 * Local-product tags the listing has earned, each with the words that earned it
 * and one click to add it in the marketplace's own form (a hashtag in the
 * description on Shopee and TikTok Shop, a keyword in the title elsewhere).
 */
import { t, type Language, type MessageKey } from '../../utils/i18n';
import type { TagReason, TagSuggestion } from '../../utils/tags';
import type { TagsPanelState } from '../../utils/panel/section-states';

/** Below this many hashtags left, the panel says how many still fit. */
const FEW_HASHTAGS_LEFT = 5;

const addLabel = (language: Language, tag: TagSuggestion) =>
  t(language, tag.insert.startsWith('#') ? 'tags_add_description' : 'tags_add_title');

const quoteWords = (reasons: readonly TagReason[]) => [...new Set(reasons.map((r) => `“${r.text}”`))].join(', ');

export function TagsSection({
  language,
  state,
  onInsert,
}: {
  language: Language;
  state: TagsPanelState;
  onInsert: (tag: TagSuggestion) => void;
}) {
  const brands = state.importSignals.filter((reason) => reason.signal === 'foreign-brand');
  const importWords = state.importSignals.filter((reason) => reason.signal !== 'foreign-brand');
  const room = state.hashtags;
  return (
    <section className="rapi-tags" data-testid="rapi-tags">
      <h2 className="rapi-section-title">{t(language, 'tags_heading')}</h2>
      {importWords.length > 0 && (
        <p className="rapi-note" data-testid="rapi-tags-import">
          {t(language, 'tags_import_note', quoteWords(importWords))}
        </p>
      )}
      {brands.length > 0 && (
        <p className="rapi-note" data-testid="rapi-tags-foreign-brand">
          {t(language, 'tags_foreign_brand_note', quoteWords(brands))}
        </p>
      )}
      {room && room.left === 0 && (
        <p className="rapi-note" data-testid="rapi-tags-hashtag-full">
          {t(language, 'tags_hashtag_full', String(room.used), String(room.limit))}
        </p>
      )}
      {room && room.left > 0 && room.left < FEW_HASHTAGS_LEFT && (
        <p className="rapi-note" data-testid="rapi-tags-hashtag-left">
          {t(language, 'tags_hashtag_left', String(room.left), String(room.limit))}
        </p>
      )}
      {state.suggestions.length === 0 && state.importSignals.length === 0 && room?.left !== 0 && (
        <p className="rapi-note">{t(language, 'tags_none')}</p>
      )}
      <ul className="rapi-tag-list">
        {state.suggestions.map((tag) => (
          <li key={`${tag.kind}-${tag.insert}`} className="rapi-tag" data-testid="rapi-tag" data-insert={tag.insert} data-kind={tag.kind}>
            <div className="rapi-tag__head">
              <bdi className="rapi-tag__label">{tag.insert}</bdi>
              <span className="rapi-chip">{t(language, `tags_kind_${tag.kind}` as MessageKey)}</span>
            </div>
            {tag.reason.length > 0 && <div className="rapi-note">{t(language, 'tags_reason', quoteWords(tag.reason))}</div>}
            {tag.noteKey && <div className="rapi-warn">{t(language, tag.noteKey)}</div>}
            {tag.inTitle ? (
              <span className="rapi-note">✓ {t(language, 'tags_in_title')}</span>
            ) : (
              <button
                type="button"
                className="rapi-button"
                // Ten tags, ten buttons: each names its tag, after the words it shows (WCAG 2.5.3 label in name).
                aria-label={t(language, 'named_button', addLabel(language, tag), tag.insert)}
                onClick={() => onInsert(tag)}
              >
                {addLabel(language, tag)}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
