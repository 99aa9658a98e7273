import { RUANG_GTK_MATCHES } from '@/lib/sites/hosts';
import { runOverlayHost } from '@/lib/overlay/content-host';

export default defineContentScript({
  matches: RUANG_GTK_MATCHES,
  runAt: 'document_idle',
  main: runOverlayHost,
});
