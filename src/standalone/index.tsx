/** Entry of the standalone page (no Excel needed): the pane on the file host. */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FirstRender } from '../taskpane/components/FirstRender';
import { realCore } from '../taskpane/core';
import { FileHost, preloadFileLib } from './file-host';
import { Standalone } from './Standalone';

createRoot(document.getElementById('root')!).render(
  <FluentProvider theme={webLightTheme} style={{ height: '100vh' }}>
    <FirstRender onRendered={() => setTimeout(() => void preloadFileLib(), 0) /* fetch ExcelJS while the user picks a file */}>
      <Standalone host={new FileHost()} core={realCore} />
    </FirstRender>
  </FluentProvider>,
);
