import type { Catalogue } from './define';
import { appMessages } from './app';
import { evidenceMessages } from './evidence';
import { pageMessages } from './pages';
import { shellMessages } from './shell';
import { checklistStepMessages } from './checklist-steps';
import { reminderMessages } from './reminders';
import { plannerMessages } from './planner';
import { angkaKreditMessages } from './angka-kredit';
import { autofillMessages } from './autofill';
import { privacyMessages } from './privacy';
import { writingMessages } from './writing';
import { firstRunMessages } from './first-run';
import { backupMessages } from './backup';
import { sidePanelMessages } from './sidepanel';

/**
 * Every catalogue, by name. A feature that adds lib/i18n/<feature>.ts lists it here so the
 * completeness test (tests/unit/i18n.test.ts) covers it.
 */
export const ALL_CATALOGUES: Record<string, Catalogue<string>> = {
  app: appMessages,
  evidence: evidenceMessages,
  pages: pageMessages,
  shell: shellMessages,
  checklistSteps: checklistStepMessages,
  reminders: reminderMessages,
  planner: plannerMessages,
  angkaKredit: angkaKreditMessages,
  autofill: autofillMessages,
  privacy: privacyMessages,
  writing: writingMessages,
  firstRun: firstRunMessages,
  backup: backupMessages,
  sidePanel: sidePanelMessages,
};
