import { useEffect } from 'react';
import type { ToHostMessage } from '@/lib/overlay/protocol';

/** Tells the host how tall the frame's content is, whenever it changes. */
export function useReportHeight(send: (message: ToHostMessage) => void): void {
  useEffect(() => {
    const root = document.documentElement;
    let last = -1;
    const report = () => {
      const height = Math.ceil(document.body.scrollHeight);
      if (height === last) return;
      last = height;
      send({ type: 'resize', height });
    };
    const observer = new ResizeObserver(report);
    observer.observe(document.body);
    report();
    return () => observer.disconnect();
  }, [send]);
}
