import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundResponse } from '@/lib/messages/schema';
import { useDataRevision } from '@/components/useDataRevision';
import { DEBUG_NOW_KEY } from '@/lib/clock';
import type { ChecklistView, ItemView } from '@/lib/checklist/view';

/**
 * The checklist as seen from the overlay frame: asked from the background (the frame must not open the
 * database, see useBackgroundProfile), asked again when the data revision or the clock hook changes.
 */
export function useBackgroundChecklist(): { view: ChecklistView | null; toggle(item: ItemView, done: boolean): Promise<void> } {
  const [view, setView] = useState<ChecklistView | null>(null);
  const load = useCallback(async () => {
    const request: BackgroundRequest = { type: 'get-checklist' };
    const response = (await browser.runtime.sendMessage(request)) as BackgroundResponse | undefined;
    if (response?.ok && response.result && typeof response.result === 'object') setView(response.result as ChecklistView);
  }, []);
  const revision = useDataRevision([DEBUG_NOW_KEY]);
  useEffect(() => { void load(); }, [load, revision]);
  const toggle = async (item: ItemView, done: boolean) => {
    if (!view) return;
    const request: BackgroundRequest = { type: 'set-checklist-item', periodId: view.periodId, stageId: item.stageId, stepId: item.stepId, done };
    const response = (await browser.runtime.sendMessage(request)) as BackgroundResponse | undefined;
    if (!response?.ok) throw new Error(response?.error ?? 'gagal');
    await load();
  };
  return { view, toggle };
}
