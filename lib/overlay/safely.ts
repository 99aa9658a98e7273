/**
 * Runs a piece of the overlay so that nothing it throws or rejects reaches the host page;
 * the overlay simply stays as it was. Both halves of the content script use it.
 */
export function safely(fn: () => unknown): void {
  try {
    const result = fn();
    if (result instanceof Promise) result.catch(() => undefined);
  } catch {
    // Swallowed on purpose: the page must never see our errors.
  }
}
