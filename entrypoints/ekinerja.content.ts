import { EKINERJA_MATCHES } from '@/lib/sites/hosts';
import { runOverlayHost } from '@/lib/overlay/content-host';

export default defineContentScript({
  matches: EKINERJA_MATCHES,
  runAt: 'document_idle',
  main: runOverlayHost,
});
