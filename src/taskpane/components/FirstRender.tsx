/** Records when the first render committed (ms from navigation start) for the e2e measurement. */
import * as React from 'react';

declare global {
  interface Window {
    __juesuanFirstRender?: number;
  }
}

export function FirstRender({ children, onRendered }: { children: React.ReactNode; onRendered?: () => void }): React.ReactElement {
  React.useEffect(() => {
    window.__juesuanFirstRender = performance.now();
    onRendered?.();
  }, []);
  return <>{children}</>;
}
