import { EKINERJA_MATCHES } from '@/lib/sites/hosts';
export default defineContentScript({ matches: EKINERJA_MATCHES, main() {} });
