import '@/lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { OverlayApp } from '@/components/overlay/OverlayApp';
import '@/components/ui.css';
import './overlay.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <OverlayApp />
  </StrictMode>,
);
