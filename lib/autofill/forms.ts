/** The e-Kinerja form kinds that templates and the filler know. */
export const FORM_KINDS = ['rhk', 'perilaku', 'lampiran', 'rencana-aksi', 'eviden', 'progress-harian'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

/** How a field takes its value; decided by the collector from the markup, never from the label. */
export type ControlKind = 'text' | 'textarea' | 'select' | 'vue-select' | 'date' | 'time';
