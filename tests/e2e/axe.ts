/**
 * axe-core in the e2e, without @axe-core/playwright (4.14 declares Node 22; this project runs Node 20).
 * axe's source goes in with `page.evaluate`, which runs through DevTools and so is not blocked by an
 * extension page's CSP, as a `<script>` tag would be. Use it for any page or frame:
 *
 *   expect(await axeViolations(page)).toEqual([]);
 */
import type { Frame, Page } from '@playwright/test';
import axe from 'axe-core';

export interface AxeViolation {
  /** The rule id, e.g. 'region'. */
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  /** CSS selectors of the nodes that fail it. */
  readonly nodes: readonly string[];
}

export interface AxeOptions {
  /** Rules to leave out, by id, each with the reason in the caller. */
  readonly disable?: readonly string[];
  /** Limit the check to this selector (default: the whole document). */
  readonly include?: string;
}

/** Runs axe on the page (or frame) as it is now and returns its violations, short enough to read in a failed expect. */
export async function axeViolations(target: Page | Frame, options: AxeOptions = {}): Promise<AxeViolation[]> {
  const loaded = await target.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!loaded) await target.evaluate(axe.source);
  return target.evaluate(async ({ disable, include }) => {
    const runner = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const rules = Object.fromEntries(disable.map((id) => [id, { enabled: false }]));
    const result = await runner.run(include ? { include: [include] } : document, { rules });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact ?? null, help: v.help,
      nodes: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  }, { disable: [...(options.disable ?? [])], include: options.include ?? null });
}
