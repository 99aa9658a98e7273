import '@/lib/zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from '@tanstack/react-router';
import { createAppRouter } from '@/components/app/routes';
import '@/components/ui.css';
import { getDb } from '@/lib/db/database';

// Open the database while React renders, so the first list does not also pay the open.
void getDb().open().catch(() => undefined);

const router = createAppRouter();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
