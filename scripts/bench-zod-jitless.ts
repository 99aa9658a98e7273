// Imported first by scripts/bench-evidence.mjs's bundle (see the note there).
import { config } from 'zod';
config({ jitless: true });
