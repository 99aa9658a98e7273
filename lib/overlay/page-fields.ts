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

/**
 * Fills the Nama/Link pair where the user works (the open modal, else the inline card); true when
 * the fields asked took the values. A null value leaves that field as it is (on a changed page the
 * teacher confirms each field on its own).
 */
export function fillLinkFields(doc: Document, name: string | null, url: string | null): boolean {
  if (name === null && url === null) return false;
  const fields = findLinkFields(doc, undefined, { name: name !== null, link: url !== null });
  if (!fields) return false;
  if (name !== null) setFieldValue(fields.name as Field, name);
  if (url !== null) setFieldValue(fields.link as Field, url);
  return (name === null || fields.name.value === name) && (url === null || fields.link.value === url);
}
