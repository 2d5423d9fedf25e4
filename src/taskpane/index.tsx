/** Entry of the task pane inside Excel. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { OfficePaneHost } from '../hosts/office/pane-host';
import { officeSupport } from '../hosts/office/support';
import { FirstRender } from './components/FirstRender';
import { Pane } from './components/Pane';
import { realCore } from './core';

void Office.onReady(() => {
  const host = new OfficePaneHost(officeSupport(), (batch) => Excel.run(batch));
  createRoot(document.getElementById('root')!).render(
    <FluentProvider theme={webLightTheme}>
      <FirstRender>
        <Pane host={host} core={realCore} />
      </FirstRender>
    </FluentProvider>,
  );
});
