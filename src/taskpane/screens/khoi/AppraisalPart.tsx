/**
 * Step 2: the appraisal — the sheet "Thẩm định" written into the open workbook (Excel) or downloaded
 * as tham-dinh.xlsx, filled by the secretariat, read back — and the criteria whose appraisal differs
 * (or carries a reason or the unit's explanation), as the consolidation's appraisal sheet lists them.
 */
import { Button, Caption1, mergeClasses, Subtitle2 } from '@fluentui/react-components';
import { Clipped } from '../../components/Clipped';
import { TableHead } from '../../components/TableHead';
import { formatPoints, useMessages } from '../../i18n';
import { loadWork } from '../../lazy';
import { SeasonFile } from './SeasonFile';
import { SeasonStep } from './SeasonStep';
import { HEADINGS, useStepAction, type StepProps } from './step';
import { useKhoiStyles } from './styles';

export function AppraisalPart({ host, state, season, focus, busy }: StepProps) {
  const m = useMessages();
  const k = useKhoiStyles();
  const step = useStepAction(m, focus);
  const excel = host.kind === 'excel' ? host : undefined;
  const disabled = busy || step.busy;
  const ready = Boolean(season && season.result.units.length > 0);

  const write = () =>
    step.act(async () => {
      if (!season) return '';
      const work = await loadWork();
      const roster = state.season.roster?.roster;
      if (excel) {
        const written = await work.writeAppraisalSheet(excel.run, season.result, roster, m.lang);
        if (written.sheets[0]) state.setAppraisalSheet(written.sheets[0]);
        return m.season.appraisalWritten(written.sheets.join(', '));
      }
      return m.khoi.downloaded(await work.downloadAppraisal(season.result, roster, m.lang));
    });

  return (
    <SeasonStep name="appraisal" intro={m.season.appraisalIntro} status={step.status}>
      <div className={k.actions}>
        <Button appearance="primary" disabled={disabled || !ready} onClick={() => void write()} data-testid="appraisal-write">
          {excel ? m.season.appraisalWrite : m.season.appraisalDownload}
        </Button>
        {excel ? (
          <Button disabled={disabled} onClick={() => void step.act(() => state.loadAppraisal('sheet'), HEADINGS.differences)} data-testid="appraisal-read-sheet">
            {m.season.appraisalRead}
          </Button>
        ) : null}
      </div>
      <SeasonFile
        label={m.season.appraisalFile}
        testId="appraisal-file"
        disabled={disabled}
        inUse={state.season.appraisal?.file}
        warnings={state.warnings.appraisal}
        onFiles={(files) => void step.act(() => state.loadAppraisal(files), HEADINGS.differences)}
        onRemove={() => state.remove('appraisal')}
      />
    </SeasonStep>
  );
}

/** The criteria appraised differently, with the reason and the unit's explanation (shown once an appraisal or notices are loaded). */
export function DifferencesPart({ view, season }: Pick<StepProps, 'view' | 'season'>) {
  const m = useMessages();
  const k = useKhoiStyles();
  if (!view || !season || (!season.run.inputs.appraisal && !season.run.inputs.answers)) return null;
  const rows = view.differences;
  const points = (n: number | null) => (n === null ? '—' : formatPoints(n, m.lang));
  return (
    <section aria-labelledby={HEADINGS.differences} data-testid="differences">
      <Subtitle2 as="h3" id={HEADINGS.differences} tabIndex={-1} className={k.heading}>
        {m.season.differences(rows.length)}
      </Subtitle2>
      {rows.length === 0 ? <Caption1>{m.season.noDifferences}</Caption1> : null}
      {rows.length > 0 ? (
        <table className={k.table} aria-label={m.season.differences(rows.length)}>
          <TableHead
            columns={[
              { text: m.season.diffColumns.criterion, className: k.th },
              { text: m.season.diffColumns.self, className: mergeClasses(k.th, k.num) },
              { text: m.season.diffColumns.appraised, className: mergeClasses(k.th, k.num) },
            ]}
          />
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.file}\u0000${r.id}`} data-testid="difference-row" data-unit={r.unit} data-id={r.id} data-difference={r.difference}>
                <td className={k.td}>
                  <Clipped text={`${r.unit} · ${r.id}`} />
                  {r.reason ? (
                    <Caption1 as="p" data-testid="difference-reason">
                      {m.season.diffColumns.reason}: <Clipped text={r.reason} kind="message" />
                    </Caption1>
                  ) : null}
                  {r.explanation ? (
                    <Caption1 as="p" className={k.warn} data-testid="difference-explanation">
                      {m.season.diffColumns.explanation}: <Clipped text={r.explanation} kind="message" />
                    </Caption1>
                  ) : null}
                </td>
                <td className={mergeClasses(k.td, k.num)}>{points(r.selfPoints)}</td>
                <td className={mergeClasses(k.td, k.num, r.difference < 0 ? k.bad : r.difference > 0 ? k.good : undefined)}>{points(r.appraisedPoints)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
