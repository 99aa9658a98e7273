/**
 * The page's evidence fields for the panel's half of the content script. The phrases and
 * selectors live in the page adapters (lib/sites/adapters) and the field finder (lib/page);
 * this module keeps the names the panel imports.
 */
import { findLinkFields, type Field } from '@/lib/page/fields';
import { setFieldValue } from '@/lib/page/fill';

export { describeFileInput, findFileInputs } from '@/lib/page/file-inputs';
export { attachFile, setFieldValue } from '@/lib/page/fill';
export { findLinkFields } from '@/lib/page/fields';

/** Fills the Nama/Link pair where the user works (the open modal, else the inline card); true when both took the values. */
export function fillLinkFields(doc: Document, name: string, url: string): boolean {
  const fields = findLinkFields(doc);
  if (!fields) return false;
  setFieldValue(fields.name as Field, name);
  setFieldValue(fields.link as Field, url);
  return fields.name.value === name && fields.link.value === url;
}
