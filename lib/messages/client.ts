import { browser } from 'wxt/browser';
import type { BackgroundRequest, BackgroundRequestType, BackgroundResponse, BackgroundResults } from './schema';

type RequestOf<T extends BackgroundRequestType> = Extract<BackgroundRequest, { type: T }>;

/** Sends through `send` and unwraps the answer; pure, so it tests without a browser. */
export async function askWith<T extends BackgroundRequestType>(
  send: (message: unknown) => Promise<unknown>, request: RequestOf<T>,
): Promise<BackgroundResults[T]> {
  const response = (await send(request)) as BackgroundResponse<T> | undefined;
  if (!response || typeof response !== 'object') throw new Error('tidak ada jawaban');
  if (!response.ok) throw new Error(response.error);
  return response.result;
}

/** The one typed client for background messages (extension pages). */
export function askBackground<T extends BackgroundRequestType>(request: RequestOf<T>): Promise<BackgroundResults[T]> {
  return askWith((m) => browser.runtime.sendMessage(m), request);
}
