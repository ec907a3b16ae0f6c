import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { ConfirmProvider } from './components/confirm-provider.js';
import { ToastProvider } from './components/toast-provider.js';
import { I18nProvider } from './i18n/i18n-context.js';
import './styles/app.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <ToastProvider>
          <ConfirmProvider>
            <App />
          </ConfirmProvider>
        </ToastProvider>
      </I18nProvider>
    </StrictMode>,
  );
}
