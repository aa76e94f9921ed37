/** The body as it would be inserted, or where its template breaks (line and column). */
import { useMemo } from 'react';
import { t, type Language } from '../../utils/i18n';
import { variableLabel } from '../../utils/snippets/variable-label';
import { previewTemplate } from './preview';

export interface SnippetPreviewProps {
  language: Language;
  body: string;
  variables: Record<string, string>;
}

export function SnippetPreview({ language, body, variables }: SnippetPreviewProps) {
  const preview = useMemo(() => {
    const sample = {
      title: t(language, 'options_sample_title'),
      category: t(language, 'options_sample_category'),
      priceIdr: 185_000,
      weightGrams: 350,
      stock: 24,
    };
    return previewTemplate(body, variables, sample, new Date());
  }, [body, variables, language]);

  if (body === '') return null;
  if (!preview.ok) {
    const { line, column, text } = preview.error;
    return (
      <p className="options-template-error" role="alert" data-testid="template-error" data-line={line} data-column={column}>
        <strong>{t(language, 'options_template_error_at', String(line), String(column))}</strong> {text[language]}
      </p>
    );
  }
  return (
    <div className="options-preview">
      <div className="options-preview__label">{t(language, 'options_preview')}</div>
      <div className="options-preview__text" data-testid="snippet-preview">
        {preview.text}
      </div>
      {preview.missing.length > 0 && (
        <small className="options-hint" data-testid="preview-missing">
          {t(language, 'options_preview_missing', preview.missing.map((name) => variableLabel(language, name)).join(', '))}
        </small>
      )}
    </div>
  );
}
