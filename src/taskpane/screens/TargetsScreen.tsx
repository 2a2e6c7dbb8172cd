/**
 * "Chỉ tiêu": pick a target set (and a unit category for the standards documents) and see, as the
 * engine evaluates it through the tracking model (`ktd5 track`), each target's status and gap, the
 * counts per group, and for the DTI index the total, the rank and the pillars against the plan and
 * the best province, with charts; then write the tracking sheets (Excel) or download them. The
 * documents' data and the engine come with the work chunk, loaded when the screen is first shown.
 */
import { Body1, Body1Strong, Button, Caption1, Label, makeStyles, mergeClasses, Select, Subtitle1, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { GroupProgressChart } from '../components/charts/GroupProgressChart';
import { PillarChart } from '../components/charts/PillarChart';
import { Status, withStatus, type StatusValue } from '../components/Status';
import { StatusBadge } from '../components/StatusBadge';
import { TableHead } from '../components/TableHead';
import { LeadReportsPart } from './LeadReportsPart';
import { targetSetList } from '../documents';
import { type PaneHost } from '../host/pane-host';
import { formatPercent, formatPoints, useMessages, type PaneLang } from '../i18n';
import { loadWork, type Work } from '../lazy';
import type { PaneIndicator, TargetsPaneView } from '../model/targets-view';

const DEFAULT_SET = 'nq04-dongthap';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px', minWidth: 0 },
  field: { display: 'flex', flexDirection: 'column', gap: '2px' },
  muted: { color: tokens.colorNeutralForeground3 },
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: '3px', borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, verticalAlign: 'bottom' },
  td: { padding: '3px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top', overflowWrap: 'anywhere' },
  num: { width: '42px', textAlign: 'right' },
  value: { width: '46px', textAlign: 'right' },
  status: { width: '62px', textAlign: 'right' },
  best: { width: '58px', textAlign: 'right' },
  name: { overflowWrap: 'break-word', hyphens: 'auto' },
  list: { margin: 0, padding: 0, listStyle: 'none', display: 'flex', flexDirection: 'column', gap: '8px' },
  item: { display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere' },
  line: { display: 'flex', flexWrap: 'wrap', gap: '4px 8px', alignItems: 'baseline' },
  headline: { display: 'flex', flexWrap: 'wrap', gap: '4px 10px', alignItems: 'baseline' },
  id: { fontFamily: tokens.fontFamilyMonospace, marginRight: '4px' },
});

const indexFormat = (lang: PaneLang) => (n: number) => n.toLocaleString(lang === 'en' ? 'en-US' : 'vi-VN', { minimumFractionDigits: 4, maximumFractionDigits: 4, useGrouping: false });

function gapText(i: PaneIndicator, lang: PaneLang): string {
  if (i.gap === null) return '';
  return i.quantity === 'percent' ? formatPercent(i.gap, lang) : formatPoints(i.gap, lang);
}

export function TargetsScreen({ host, active }: { host: PaneHost; active: boolean }) {
  const m = useMessages();
  const styles = useStyles();
  const sets = useMemo(() => targetSetList(m.lang), [m.lang]);
  const [setId, setSetId] = useState(sets.find((s) => s.id === DEFAULT_SET)?.id ?? sets[0]?.id ?? '');
  const [category, setCategory] = useState<string | undefined>();
  const [work, setWork] = useState<Work | undefined>();
  const [status, setStatus] = useState<StatusValue>({ kind: 'idle' });
  const excel = host.kind === 'excel' ? host : undefined;

  // The data loads with the work chunk the first time the screen is shown, never at start.
  useEffect(() => {
    if (!active || work) return;
    let live = true;
    loadWork()
      .then((w) => live && setWork(w))
      .catch((e: unknown) => live && setStatus({ kind: 'error', text: m.failed(e instanceof Error ? e.message : String(e)) }));
    return () => {
      live = false;
    };
  }, [active, work, m]);

  const categories = useMemo(() => (work ? work.targetCategories(setId, m.lang) : []), [work, setId, m.lang]);
  const chosenCategory = categories.find((c) => c.id === category)?.id ?? categories[0]?.id;
  const view: TargetsPaneView | undefined = useMemo(() => (work ? work.targetsPaneView(setId, chosenCategory, m.lang) : undefined), [work, setId, chosenCategory, m.lang]);
  const chosen = sets.find((s) => s.id === setId);
  const busy = status.kind === 'busy';

  const save = () =>
    withStatus(setStatus, m.busy, m.failed, async () => {
      const w = work ?? (await loadWork());
      if (excel) return m.targets.written((await w.writeTracking(excel.run, setId, chosenCategory)).sheets.join(', '));
      return m.targets.downloaded(await w.downloadTracking(setId, chosenCategory));
    });

  return (
    <div className={styles.root} data-testid="screen-targets">
      <Body1>{m.targets.intro}</Body1>
      <div className={styles.field}>
        <Label htmlFor="ktd5-target-set">{m.targets.set}</Label>
        <Select
          id="ktd5-target-set"
          value={setId}
          onChange={(_, d) => {
            setSetId(d.value);
            setCategory(undefined);
            setStatus({ kind: 'idle' });
          }}
          data-testid="target-set"
        >
          {sets.map((s) => (
            <option key={s.id} value={s.id}>
              {s.id} — {s.title}
            </option>
          ))}
        </Select>
      </div>
      {chosen ? (
        <Caption1 className={styles.muted} data-testid="target-source">
          {m.targets.source(chosen.source)}
        </Caption1>
      ) : null}
      {categories.length > 0 ? (
        <div className={styles.field}>
          <Label htmlFor="ktd5-category">{m.targets.category}</Label>
          <Select id="ktd5-category" value={chosenCategory ?? ''} onChange={(_, d) => setCategory(d.value)} data-testid="target-category">
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </Select>
        </div>
      ) : null}
      {!view ? (
        active && status.kind !== 'error' ? <Caption1 role="status">{m.targets.loading}</Caption1> : null
      ) : view.dti ? (
        <DtiPart view={view} />
      ) : (
        <TargetSetPart view={view} />
      )}
      {view ? (
        <Button appearance="primary" disabled={busy} onClick={save} data-testid="save-tracking">
          {excel ? m.targets.write : m.targets.download}
        </Button>
      ) : null}
      <Status value={status} testId="targets-status" />
      {work && view ? <LeadReportsPart key={setId} host={host} work={work} setId={setId} /> : null}
    </div>
  );
}

function TargetSetPart({ view }: { view: TargetsPaneView }) {
  const m = useMessages();
  const styles = useStyles();
  const t = view.total;
  return (
    <>
      <div className={styles.headline}>
        <Subtitle1 as="h2" data-testid="targets-met" data-met={t.met} data-total={t.total}>
          {m.targets.metOf(t.met, t.total)}
        </Subtitle1>
        {view.category ? <Body1Strong>{view.category.title}</Body1Strong> : null}
      </div>
      <Caption1 data-testid="targets-counts">{m.targets.counts(t.vuot, t.dat, t.chuaDat, t.unknown)}</Caption1>
      {view.printedSummary?.metOrExceeded ? (
        <Caption1 className={styles.muted} data-testid="targets-printed">
          {m.targets.printed(view.printedSummary.metOrExceeded, view.printedSummary.notMet ?? '—')}
        </Caption1>
      ) : null}
      {view.kind === 'standards' ? <Caption1 className={styles.muted}>{m.targets.standardsNote}</Caption1> : null}
      <Subtitle2 as="h3">{m.targets.byGroup}</Subtitle2>
      <GroupProgressChart groups={view.groups} label={m.targets.progressChart(view.title)} legend={m.targets.legend} />
      <table className={styles.table} aria-label={m.targets.byGroup} data-testid="group-counts">
        <TableHead
          columns={[
            { text: m.targets.group, className: styles.th },
            { text: m.targets.legend.vuot, className: mergeClasses(styles.th, styles.num) },
            { text: m.targets.legend.dat, className: mergeClasses(styles.th, styles.num) },
            { text: m.targets.legend.chuaDat, className: mergeClasses(styles.th, styles.num) },
            { text: m.targets.metCol, className: mergeClasses(styles.th, styles.num) },
          ]}
        />
        <tbody>
          {view.groups.map((g) => (
            <tr key={g.id} data-testid="group-row" data-group={g.id}>
              <td className={styles.td}>{g.title}</td>
              <td className={mergeClasses(styles.td, styles.num)}>{g.vuot}</td>
              <td className={mergeClasses(styles.td, styles.num)}>{g.dat}</td>
              <td className={mergeClasses(styles.td, styles.num)}>{g.chuaDat}</td>
              <td className={mergeClasses(styles.td, styles.num)}>
                {g.met}/{g.total}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Subtitle2 as="h3">{m.targets.indicatorList}</Subtitle2>
      <IndicatorList indicators={view.indicators} label={m.targets.indicatorList} testId="indicators" />
    </>
  );
}

/** One line per indicator: its text, the status badge, the target, the result and the gap. */
function IndicatorList({ indicators, label, testId }: { indicators: PaneIndicator[]; label: string; testId: string }) {
  const m = useMessages();
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={label} data-testid={testId}>
      {indicators.map((i) => (
        <li key={`${i.group}/${i.id}`} className={styles.item} data-testid="indicator" data-status={i.status}>
          <Body1>
            <span className={styles.id}>{i.id}</span>
            {i.text}
          </Body1>
          <div className={styles.line}>
            <StatusBadge status={i.status} label={i.label} />
            {i.target ? <Caption1>{m.targets.target(i.target)}</Caption1> : null}
            <Caption1>{i.result !== null && i.year ? m.targets.result(i.year, i.result) : m.targets.noResult}</Caption1>
            {i.gap !== null && i.gapText !== i.label ? <Caption1 data-testid="gap">{i.gapText ?? m.targets.gap(gapText(i, m.lang))}</Caption1> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}

function DtiPart({ view }: { view: TargetsPaneView }) {
  const m = useMessages();
  const styles = useStyles();
  const d = view.dti;
  if (!d) return null;
  const f = indexFormat(m.lang);
  const c = view.total;
  const notReached = view.indicators.filter((i) => i.status === 'chua-dat');
  return (
    <>
      <div className={styles.headline}>
        <Subtitle1 as="h2">
          {m.targets.dtiTotal(d.year ?? '')}: <span data-testid="dti-total" data-value={d.total ?? ''}>{d.total !== null ? f(d.total) : '?'}</span>
        </Subtitle1>
        {d.rank ? (
          <Body1Strong data-testid="dti-rank" data-rank={d.rank.rank} data-of={d.rank.of}>
            {m.targets.dtiRank(d.rank.rank, d.rank.of)}
          </Body1Strong>
        ) : null}
      </div>
      {d.rank ? <Caption1 className={styles.muted}>{m.targets.dtiRankTable(d.rank.table)}</Caption1> : null}
      {d.printed ? <Caption1 data-testid="dti-printed">{m.targets.dtiPrinted(d.printed.national, d.printed.regional)}</Caption1> : null}
      <Subtitle2 as="h3">{m.targets.pillarsTitle}</Subtitle2>
      <PillarChart
        bars={d.pillars.map((p) => ({ name: p.name, value: p.value, target: p.targetValue, best: p.best?.value ?? null, status: p.status }))}
        label={m.targets.pillarChart(d.subject, d.year ?? '')}
        legend={{ value: d.subject, target: m.targets.legendTarget, best: m.targets.legendBest }}
        format={f}
      />
      <table className={styles.table} aria-label={m.targets.pillarsTitle} data-testid="pillars">
        <TableHead
          columns={[
            { text: m.targets.pillar, className: styles.th },
            { text: d.subject, className: mergeClasses(styles.th, styles.value) },
            { text: m.targets.status, className: mergeClasses(styles.th, styles.status) },
            { text: m.targets.best, className: mergeClasses(styles.th, styles.best) },
          ]}
        />
        <tbody>
          {d.pillars.map((p) => (
            <tr key={p.id} data-testid="pillar-row" data-pillar={p.id}>
              <td className={mergeClasses(styles.td, styles.name)}>
                {p.name}
                {p.target ? (
                  <>
                    <br />
                    <Caption1 className={styles.muted}>{m.targets.target(p.target)}</Caption1>
                  </>
                ) : null}
              </td>
              <td className={mergeClasses(styles.td, styles.value)}>{p.value !== null ? f(p.value) : '—'}</td>
              <td className={mergeClasses(styles.td, styles.status)}>
                <StatusBadge status={p.status} label={p.label} />
                {p.gap !== null && p.gapText !== p.label ? (
                  <>
                    <br />
                    <Caption1>{p.gapText ?? m.targets.gap(f(p.gap))}</Caption1>
                  </>
                ) : null}
              </td>
              <td className={mergeClasses(styles.td, styles.best)}>
                {p.best ? (
                  <>
                    {f(p.best.value)}
                    <br />
                    <Caption1 className={styles.muted}>{p.best.name}</Caption1>
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Caption1 data-testid="dti-components">{m.targets.components(c.met, c.chuaDat, c.unknown)}</Caption1>
      {notReached.length > 0 ? (
        // 96 indicators are too many to list in a pane: the ones not yet reached, folded until asked for.
        <details data-testid="dti-not-reached">
          <summary>{m.targets.notReachedList(notReached.length)}</summary>
          <IndicatorList indicators={notReached} label={m.targets.notReachedList(notReached.length)} testId="dti-not-reached-list" />
        </details>
      ) : null}
    </>
  );
}
