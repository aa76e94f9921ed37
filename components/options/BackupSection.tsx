/** Starter pack, import and export: the seller's snippets can always leave and come back. */
import { t, type Language } from '../../utils/i18n';
import { ExportButtons } from './ExportButtons';
import { ImportPanel } from './ImportPanel';
import { Section } from './Section';
import { StarterPack } from './StarterPack';

export function BackupSection({ language }: { language: Language }) {
  return (
    <Section id="backup" title={t(language, 'options_backup_title')} lead={t(language, 'options_backup_lead')}>
      <div className="options-cards">
        <StarterPack language={language} />
        <ImportPanel language={language} />
        <ExportButtons language={language} />
      </div>
    </Section>
  );
}
