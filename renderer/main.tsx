/**
 * Renderer entry: the only place that knows which transport carries the API. In Electron the
 * preload's `window.balise` bridge is there; in a browser, the loopback HTTP server with its token.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/client';
import type { Transport } from './api/transport';
import { httpTransport, readToken } from './api/transport.http';
import { ipcTransport } from './api/transport.ipc';
import { App } from './app/App';
import './styles/tokens.css';
import './styles/base.css';
import './styles/controls.css';
import './styles/welcome.css';
import './styles/project.css';
import './styles/panels.css';
import './styles/viewer.css';
import './styles/import.css';
import './styles/tools.css';
import './styles/coding.css';
import './styles/edit-text.css';
import './styles/documents.css';
import './styles/memos.css';
import './styles/media.css';
import './styles/codebook.css';
import './styles/extracts.css';
import './styles/search.css';
import './styles/cases.css';
import './styles/analysis.css';
import './styles/analysis-matrix.css';
import './styles/analysis-crosstab.css';
import './styles/analysis-map.css';
import './styles/analysis-present.css';
import './styles/exports.css';
import './styles/reports.css';
import './styles/team.css';
import './styles/agreement.css';
import './styles/disagreements.css';
import './styles/merge.css';
import './styles/pseudonyms.css';

const transport: Transport = window.balise
  ? ipcTransport(window.balise)
  : httpTransport(readToken(window.location, window.sessionStorage));

const container = document.getElementById('root');
if (!container) throw new Error('#root is missing from index.html');

createRoot(container).render(
  <StrictMode>
    <App services={{ api: createApi(transport), on: transport.on, mediaUrl: transport.mediaUrl }} />
  </StrictMode>,
);
