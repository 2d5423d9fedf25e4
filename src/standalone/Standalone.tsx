/**
 * The standalone page: the same pane on the file host. Open an .xlsx (button or drag & drop), audit it,
 * see the sheet as a grid with flagged cells coloured, clear, download the annotated copy.
 */
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import * as React from 'react';
import { Pane } from '../taskpane/components/Pane';
import type { CoreApi } from '../taskpane/types';
import type { FileHost, FileHostState } from './file-host';
import { SheetGrid } from './SheetGrid';

const useStyles = makeStyles({
  page: { display: 'grid', gridTemplateRows: 'auto 1fr', height: '100vh', boxSizing: 'border-box' },
  header: { display: 'flex', alignItems: 'center', gap: '12px', padding: '8px 16px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, flexWrap: 'wrap' },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, marginRight: '12px' },
  body: { display: 'grid', gridTemplateColumns: 'minmax(300px, 380px) 1fr', minHeight: 0 },
  pane: { overflowY: 'auto', borderRight: `1px solid ${tokens.colorNeutralStroke2}` },
  grid: { padding: '0 8px 8px', minWidth: 0, minHeight: 0, display: 'flex', flexDirection: 'column' },
  drop: {
    margin: '24px', padding: '48px 24px', border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusLarge,
    textAlign: 'center', color: tokens.colorNeutralForeground2,
  },
  dragging: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
});

function download(bytes: Uint8Array, name: string): void {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const blob = new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function Standalone({ host, core }: { host: FileHost; core: CoreApi }): React.ReactElement {
  const styles = useStyles();
  const [state, setState] = React.useState<FileHostState>(host.current);
  const [error, setError] = React.useState<string | null>(null);
  const [dragging, setDragging] = React.useState(false);
  const [opening, setOpening] = React.useState(false);
  const input = React.useRef<HTMLInputElement>(null);
  const [paneKey, setPaneKey] = React.useState(0);

  React.useEffect(() => host.subscribe(setState), [host]);

  const openFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setError(null);
    if (!/\.xlsx$/i.test(file.name)) {
      setError(`“${file.name}”不是 .xlsx 文件。`);
      return;
    }
    setOpening(true);
    try {
      await host.open(await file.arrayBuffer(), file.name);
      setPaneKey((k) => k + 1); // a new workbook starts a fresh pane
    } catch (e) {
      setError(host.describeError(e));
    } finally {
      setOpening(false);
    }
  };

  const onDrop = (e: React.DragEvent): void => {
    e.preventDefault();
    setDragging(false);
    void openFile(e.dataTransfer.files[0]);
  };

  const saveCopy = async (): Promise<void> => {
    try {
      const bytes = await host.annotatedCopy();
      download(bytes, (state.fileName ?? '工作簿.xlsx').replace(/\.xlsx$/i, '.审核.xlsx'));
    } catch (e) {
      setError(host.describeError(e));
    }
  };

  return (
    <div className={styles.page} onDragOver={(e) => { e.preventDefault(); setDragging(true); }} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
      <header className={styles.header}>
        <span className={styles.title}>决算审核 · 网页版</span>
        <input ref={input} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" hidden aria-label="选择 .xlsx 文件" onChange={(e) => void openFile(e.target.files?.[0])} />
        <Button onClick={() => input.current?.click()} disabled={opening}>{opening ? '正在打开…' : '打开 .xlsx'}</Button>
        <Button onClick={() => void saveCopy()} disabled={!state.snapshot || (state.findings.length === 0 && !state.edited)}>下载标注副本</Button>
        {state.fileName && <Text>{state.fileName}</Text>}
      </header>
      {!state.snapshot ? (
        <div className={`${styles.drop} ${dragging ? styles.dragging : ''}`}>
          {error && <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
          <p>把部门决算公开工作簿（.xlsx）拖到这里，或点击“打开 .xlsx”。</p>
          <p>文件只在本机浏览器中处理，不会上传。</p>
        </div>
      ) : (
        <div className={styles.body}>
          <div className={styles.pane}>
            {error && <MessageBar intent="error"><MessageBarBody>{error}</MessageBarBody></MessageBar>}
            <Pane key={paneKey} host={host} core={core} />
          </div>
          <div className={styles.grid}>
            <SheetGrid snapshot={state.snapshot} findings={state.findings} selection={state.selection} />
          </div>
        </div>
      )}
    </div>
  );
}
