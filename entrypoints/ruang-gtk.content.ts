import { RUANG_GTK_MATCHES } from '@/lib/sites/hosts';
export default defineContentScript({ matches: RUANG_GTK_MATCHES, main() {} });
