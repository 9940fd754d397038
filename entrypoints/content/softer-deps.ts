/**
 * Everything the content script needs once a message box is used, in one module that index.tsx
 * imports dynamically. The bundler then wraps these modules (zod, storage, Preact, the controller, the
 * send moment and the UI) in initialisers that run on that first use only, so a frame where nobody
 * writes (every ad frame, with all_frames) evaluates none of them. What the content script needs after
 * that point belongs here, not in a static import in index.tsx.
 */
export { render } from 'preact';
export { Overlay } from '../../components/Overlay';
export { FieldController, HIGHLIGHT_CSS } from '../../lib/dom/controller';
export { SendMoment } from '../../lib/dom/send-moment';
export { ApplyRequest, onMessage, sendMessage } from '../../lib/protocol';
export { analyzeOptionsFrom, DEFAULT_SETTINGS, isSiteEnabled } from '../../lib/settings/schema';
export { readSettings, updateSettings, watchSettings } from '../../lib/settings/store';
export { default as styles } from './style.css?inline';
