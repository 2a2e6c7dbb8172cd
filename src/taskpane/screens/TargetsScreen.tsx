/**
 * "Chỉ tiêu": pick a target set (and a unit category for the standards documents) and see, as the
 * engine evaluates it through the tracking model (`ktd5 track`), each target's status and gap, the
 * counts per group, and for the DTI index the total, the rank and the pillars against the plan and
 * the best province, with charts; then write the tracking sheets (Excel) or download them, and load
 * filled ones back (TrackedPart). The documents' data and the engine come with the work chunk,
 * loaded when the screen is first shown.
 */
import { Body1, Button, Caption1, Label, Select } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Status, withStatus, type StatusValue } from '../components/Status';
import { DtiPart } from '../components/targets/DtiPart';
import { useTargetStyles } from '../components/targets/styles';
import { TargetSetPart } from '../components/targets/TargetSetPart';
import { LeadReportsPart } from './LeadReportsPart';
import { TrackedPart } from './TrackedPart';
import { targetSetList } from '../documents';
import { type PaneHost } from '../host/pane-host';
import { useResultFocus } from '../hooks/use-result-focus';
import { useMessages } from '../i18n';
import { writeNotice } from '../model/write-notice';
import { loadWork, type Work } from '../lazy';
import type { TargetsPaneView } from '../model/targets-view';

const DEFAULT_SET = 'nq04-dongthap';

export function TargetsScreen({ host, active }: { host: PaneHost; active: boolean }) {
  const m = useMessages();
  const styles = useTargetStyles();
  const sets = useMemo(() => targetSetList(m.lang), [m.lang]);
  const [setId, setSetId] = useState(sets.find((s) => s.id === DEFAULT_SET)?.id ?? sets[0]?.id ?? '');
  const [category, setCategory] = useState<string | undefined>();
  const [work, setWork] = useState<Work | undefined>();
  const [status, setStatus] = useState<StatusValue>({ kind: 'idle' });
  const focusResult = useResultFocus();
  const statusRef = useRef<HTMLDivElement>(null);
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
      if (excel) {
        const written = await w.writeTracking(excel.run, setId, chosenCategory);
        return writeNotice(m, written, m.targets.written(written.sheets.join(', ')));
      }
      return m.targets.downloaded(await w.downloadTracking(setId, chosenCategory));
    }).then(() => focusResult(() => statusRef.current));

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
        <DtiPart dti={view.dti} components={view.total} notReached={view.indicators.filter((i) => i.status === 'chua-dat')} level={2} />
      ) : (
        <TargetSetPart view={view} level={2} howTo />
      )}
      {view ? (
        <Button appearance="primary" disabled={busy} onClick={save} data-testid="save-tracking">
          {excel ? m.targets.write : m.targets.download}
        </Button>
      ) : null}
      <Status value={status} testId="targets-status" ref={statusRef} />
      {work && view ? <LeadReportsPart key={setId} host={host} work={work} setId={setId} /> : null}
      {work ? <TrackedPart host={host} work={work} /> : null}
    </div>
  );
}
