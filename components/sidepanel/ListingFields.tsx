/**
 * The listing as Rapi reads it, field by field and live: what was found, how
 * (its own selector, the visible label, or the user's teaching), and a way to
 * point out a field Rapi cannot find.
 */
import type { ListingField } from '../../utils/listing/listing';
import { LISTING_FIELDS } from '../../utils/listing/fields';
import { t, type Language, type MessageKey } from '../../utils/i18n';
import { TEXT_FIELDS, type TextField } from '../../utils/marketplaces/editor/types';
import { formatFieldValue } from '../shared/format-value';
import type { ListingPanelState } from '../../utils/panel/panel-store';

/** Every field of the listing, in the schema's order. */
const SHOWN_FIELDS: readonly ListingField[] = LISTING_FIELDS;

const SOURCE_NOTE: Partial<Record<string, MessageKey>> = {
  label: 'source_label',
  taught: 'source_taught',
  variants: 'source_variants',
};

export interface ListingActions {
  teach: (field: TextField) => void;
  cancelTeach: () => void;
  focusField: (field: TextField) => void;
}

const isTextField = (field: ListingField): field is TextField => (TEXT_FIELDS as readonly string[]).includes(field);

export function ListingFields({ language, state, actions }: { language: Language; state: ListingPanelState; actions: ListingActions }) {
  const { listing, sources } = state.read;
  const fieldName = (field: ListingField) => t(language, `field_${field}` as MessageKey);
  return (
    <section className="rapi-listing" data-testid="rapi-listing">
      <h2 className="rapi-section-title">{t(language, 'listing_heading')}</h2>
      {state.teaching && (
        <p className="rapi-teach-banner" data-testid="rapi-teach-banner" role="status">
          {t(language, 'listing_teach_prompt', fieldName(state.teaching))}{' '}
          <button
            type="button"
            className="rapi-link"
            aria-label={t(language, 'named_button', t(language, 'listing_teach_cancel'), fieldName(state.teaching))}
            onClick={actions.cancelTeach}
          >
            {t(language, 'listing_teach_cancel')}
          </button>
        </p>
      )}
      <dl className="rapi-fields">
        {SHOWN_FIELDS.filter((field) => sources[field] !== undefined || isTextField(field)).map((field) => {
          const source = sources[field];
          const preview = formatFieldValue(language, field, listing);
          const note = source ? SOURCE_NOTE[source] : undefined;
          return (
            <div className="rapi-field" key={field} data-testid={`rapi-field-${field}`} data-source={source ?? 'missing'}>
              <dt>{fieldName(field)}</dt>
              <dd>
                {source === undefined ? (
                  <>
                    <span className="rapi-missing">{t(language, 'listing_not_found')}</span>{' '}
                    {isTextField(field) && (
                      <button
                        type="button"
                        className="rapi-link"
                        data-testid={`rapi-teach-${field}`}
                        title={t(language, 'listing_teach_hint', fieldName(field))}
                        aria-label={t(language, 'named_button', t(language, 'listing_teach'), fieldName(field))}
                        onClick={() => actions.teach(field)}
                      >
                        {t(language, 'listing_teach')}
                      </button>
                    )}
                  </>
                ) : (
                  <>
                    {isTextField(field) ? (
                      <button
                        type="button"
                        className="rapi-value rapi-value--link"
                        // Named by the field, then the value it shows: two fields may hold the same text, or none.
                        aria-label={t(language, 'named_button', fieldName(field), preview?.text || t(language, 'value_empty'))}
                        onClick={() => actions.focusField(field)}
                      >
                        <bdi data-testid={`rapi-value-${field}`}>{preview?.text ?? ''}</bdi>
                      </button>
                    ) : (
                      <bdi className="rapi-value" data-testid={`rapi-value-${field}`}>
                        {preview?.text ?? ''}
                      </bdi>
                    )}
                    {preview && preview.hidden > 0 && (
                      <span className="rapi-warn"> ({t(language, 'value_hidden_chars', String(preview.hidden))})</span>
                    )}
                    {note && <span className="rapi-note"> · {t(language, note)}</span>}
                  </>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
