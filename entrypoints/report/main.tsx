import '../../utils/runtime/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ReportApp } from '../../components/report/ReportApp';
import './report.css';
import './report-summary.css';
import './report-notes.css';
import './report-table.css';
// Last: paper overrides the screen.
import './report-print.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ReportApp />
  </StrictMode>,
);
