/** The first task pane: which built-in documents KTD5 knows, each with the official document it comes from. */
import {
  Badge,
  Body1,
  Caption1,
  FluentProvider,
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { documentList, type DocumentRow } from './documents';

export type HostInfo = { kind: 'loading' } | { kind: 'standalone' } | { kind: 'office'; host: string; platform: string };

const useStyles = makeStyles({
  root: { padding: '12px', display: 'flex', flexDirection: 'column', gap: '12px', minHeight: '100vh', boxSizing: 'border-box' },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '8px' },
  id: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: 'nowrap' },
  source: { color: tokens.colorNeutralForeground3 },
});

function hostLabel(host: HostInfo): string {
  switch (host.kind) {
    case 'loading':
      return 'Đang kết nối…';
    case 'standalone':
      return 'Trang độc lập';
    case 'office':
      return host.host === 'Excel' ? 'Trong Excel' : host.host;
  }
}

const KIND_LABELS: Record<DocumentRow['kind'], string> = { rubric: 'bộ tiêu chí', targets: 'chỉ tiêu', index: 'chỉ số' };

export function App({ host, rows = documentList() }: { host: HostInfo; rows?: DocumentRow[] }) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root} aria-label="KTD5">
        <div className={styles.header}>
          <Subtitle2 as="h1">KTD5 — tài liệu có sẵn</Subtitle2>
          <Badge appearance="tint" color={host.kind === 'office' ? 'success' : 'informative'} data-testid="host">
            {hostLabel(host)}
          </Badge>
        </div>
        <Body1>
          Dùng trong ô tính, ví dụ <code>=KTD5.SCORE(&quot;II.4&quot;; 95%)</code>. Danh sách: <code>=KTD5.RUBRICS()</code>.
        </Body1>
        <Table aria-label="Tài liệu có sẵn" size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Mã</TableHeaderCell>
              <TableHeaderCell>Tài liệu</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.id} data-testid={`doc-${r.id}`}>
                <TableCell className={styles.id}>{r.id}</TableCell>
                <TableCell>
                  <div>
                    {r.title} <Caption1>({KIND_LABELS[r.kind]})</Caption1>
                  </div>
                  <Caption1 className={styles.source}>{r.source}</Caption1>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </main>
    </FluentProvider>
  );
}
