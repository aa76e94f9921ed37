/** Rapi's side panel (Chrome's side panel, Firefox's sidebar): the UI beside the marketplace page (issue 15). */
import '../../utils/runtime/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '../../components/sidepanel/SidePanelApp';
import { browserClient } from '../../components/sidepanel/browser-client';
// The sections' styles (once the floating panel's); sidepanel.css sets their colours on the page.
import '../../components/sidepanel/sections.css';
import './sidepanel.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SidePanelApp client={browserClient()} />
  </StrictMode>,
);
