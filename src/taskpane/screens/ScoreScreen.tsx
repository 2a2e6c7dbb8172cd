/**
 * "Chấm điểm": pick a rubric (built in, or a .json file loaded here and kept in the workbook), create the unit's data sheet (Excel) or download the template
 * (standalone), score the filled sheet and show the breakdown; write the results sheet into the
 * workbook (Excel) or download the results workbook (standalone).
 */
import { Button, Caption1, Input, Label, makeStyles, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { documentPeriod } from '../../engine/period';
import { type FileOutcome, type KhoiResult } from '../../workbook/khoi/score-files';
import { ErrorList } from '../components/ErrorList';
import { FilePicker } from '../components/FilePicker';
import { RubricFileButton } from '../components/RubricFileButton';
import { ScoreSummary } from '../components/ScoreSummary';
import { Status, withStatus, type StatusValue } from '../components/Status';
import { type PaneHost } from '../host/pane-host';
import { useResultFocus } from '../hooks/use-result-focus';
import { useRubricLibrary } from '../hooks/use-rubric-library';
import { useMessages, type PaneLang } from '../i18n';
import { loadWork, type Work } from '../lazy';
import { scoreView } from '../model/score-view';
import { writeNotice } from '../model/write-notice';

/** What the last scoring action read and scored, in the language it was scored in. */
interface Scored {
  outcomes: FileOutcome[];
  result: KhoiResult;
  lang: PaneLang;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  muted: { color: tokens.colorNeutralForeground3 },
  field: { display: 'flex', flexDirection: 'column', gap: '2px' },
  details: { margin: 0, paddingLeft: '18px', overflowWrap: 'anywhere' },
  rule: { width: '100%', border: 'none', borderTop: `1px solid ${tokens.colorNeutralStroke2}`, margin: '4px 0' },
});

export function ScoreScreen({ host }: { host: PaneHost }) {
  const m = useMessages();
  const styles = useStyles();
  const library = useRubricLibrary(host, m);
  const { rubrics, rubricId, setRubricId } = library;
  const [unit, setUnit] = useState('');
  const [khoi, setKhoi] = useState(m.score.defaultKhoi);
  // Undefined until the user types one: then the chosen rubric's own period (ktd5-2023 → 2023).
  const [typedPeriod, setPeriod] = useState<string | undefined>();
  const [templateStatus, setTemplateStatus] = useState<StatusValue>({ kind: 'idle' });
  const [scoreStatus, setScoreStatus] = useState<StatusValue>({ kind: 'idle' });
  const [scoredState, setScored] = useState<Scored | undefined>();
  const [work, setWork] = useState<Work | undefined>();
  const focusResult = useResultFocus();
  const templateStatusRef = useRef<HTMLDivElement>(null);
  const scoreStatusRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  // The action's own result; scored again only when the pane's language changes (messages are per language).
  const result = useMemo(
    () => (!scoredState ? undefined : scoredState.lang === m.lang || !work ? scoredState.result : work.scoreOutcomes(scoredState.outcomes, m.lang)),
    [scoredState, work, m.lang],
  );
  const scored = result?.units[0];
  const view = useMemo(() => (scored ? scoreView(scored, m.lang) : undefined), [scored, m.lang]);
  const chosen = rubrics.find((r) => r.id === rubricId);
  const period = typedPeriod ?? (chosen ? (documentPeriod({ title: chosen.title })?.label ?? '') : '');
  const excel = host.kind === 'excel' ? host : undefined;
  const busy = templateStatus.kind === 'busy' || scoreStatus.kind === 'busy' || library.status.kind === 'busy';

  const ready = async (): Promise<Work> => {
    const w = await loadWork();
    setWork(w);
    return w;
  };

  const makeTemplate = () =>
    withStatus(setTemplateStatus, m.busy, m.failed, async () => {
      if (unit.trim() === '') throw new Error(m.score.needUnit);
      const w = await ready();
      const rubric = w.resolveRubric(rubricId);
      if (!rubric) throw new Error(rubricId);
      const info = { unit: unit.trim(), ...(khoi.trim() ? { khoi: khoi.trim() } : {}), ...(period.trim() ? { period: period.trim() } : {}) };
      if (excel) {
        const written = await w.createDataSheet(excel.run, rubric, info);
        return writeNotice(m, written, m.score.templateWritten(written.sheets.join(', ')));
      }
      return m.score.templateDownloaded(await w.downloadTemplate(rubric, info));
    }).then(() => focusResult(() => templateStatusRef.current));

  const scoreExcel = () =>
    withStatus(setScoreStatus, m.busy, m.failed, async () => {
      if (!excel) return '';
      const w = await ready();
      const r = await w.scoreOpenWorkbook(excel.run, m.openWorkbook, m.lang);
      setScored({ outcomes: r.outcomes, result: r.result, lang: m.lang });
      return r.written ? writeNotice(m, r.written, m.score.resultsWritten(r.written.sheets.join(', '))) : m.score.noUnit;
    }).then((ok) => focusResult(() => (ok ? summaryRef.current : undefined) ?? scoreStatusRef.current));

  const scoreFile = (files: File[]) =>
    withStatus(setScoreStatus, m.busy, m.failed, async () => {
      const w = await ready();
      const read = await w.loadFiles(files);
      const r = w.scoreOutcomes(read, m.lang);
      setScored({ outcomes: read, result: r, lang: m.lang });
      return r.units[0] ? m.score.scoredFile(read[0]?.file ?? '') : m.score.noUnit;
    }).then((ok) => focusResult(() => (ok ? summaryRef.current : undefined) ?? scoreStatusRef.current));

  const download = () =>
    withStatus(setScoreStatus, m.busy, m.failed, async () => {
      if (!result || !work) return '';
      return m.score.resultsDownloaded(await work.downloadResults(result, m.lang));
    }).then(() => focusResult(() => scoreStatusRef.current));

  const select = (id: string) => {
    const cell = view?.cells[id];
    if (!excel || !view || !cell || !work) return;
    void work
      .selectInput(excel.run, view.sheet, cell.self).catch((e: unknown) => setScoreStatus({ kind: 'error', text: m.failed(e instanceof Error ? e.message : String(e)) }));
  };

  return (
    <div className={styles.root} data-testid="screen-score">
      <Subtitle2 as="h2">{m.score.stepTemplate}</Subtitle2>
      <div className={styles.field}>
        <Label htmlFor="ktd5-rubric">{m.score.rubric}</Label>
        <Select id="ktd5-rubric" value={rubricId} onChange={(_, d) => setRubricId(d.value)} data-testid="rubric">
          {rubrics.map((r) => (
            <option key={r.id} value={r.id}>
              {r.id} — {r.title}
              {r.origin ? ` (${m.rubricFile.fromFile} ${r.origin})` : ''}
            </option>
          ))}
        </Select>
      </div>
      {chosen ? (
        <Caption1 className={styles.muted} data-testid="rubric-source">
          {chosen.origin ? m.rubricFile.source(chosen.source, chosen.origin) : m.score.source(chosen.source)}
        </Caption1>
      ) : null}
      {chosen?.origin ? (
        <Button size="small" appearance="secondary" disabled={busy} onClick={() => library.remove(chosen.id)} data-testid="remove-rubric">
          {m.rubricFile.remove}
        </Button>
      ) : null}
      <RubricFileButton disabled={busy} onFile={library.load} />
      <Status value={library.status} testId="rubric-file-status" />
      {library.details.length > 0 ? (
        <ul className={styles.details} data-testid="rubric-file-details">
          {library.details.map((d, i) => (
            <li key={i}>
              <Caption1>{d}</Caption1>
            </li>
          ))}
        </ul>
      ) : null}
      <div className={styles.field}>
        <Label htmlFor="ktd5-unit" required>{m.score.unit}</Label>
        <Input id="ktd5-unit" value={unit} onChange={(_, d) => setUnit(d.value)} data-testid="unit" aria-required="true" />
      </div>
      <div className={styles.field}>
        <Label htmlFor="ktd5-khoi">{m.score.khoi}</Label>
        <Input id="ktd5-khoi" value={khoi} onChange={(_, d) => setKhoi(d.value)} data-testid="khoi" />
      </div>
      <div className={styles.field}>
        <Label htmlFor="ktd5-period">{m.score.period}</Label>
        <Input id="ktd5-period" value={period} onChange={(_, d) => setPeriod(d.value)} data-testid="period" />
      </div>
      <Button appearance="primary" onClick={makeTemplate} disabled={busy} data-testid="make-template">
        {excel ? m.score.createSheet : m.score.downloadTemplate}
      </Button>
      <Status value={templateStatus} testId="template-status" ref={templateStatusRef} />
      <hr className={styles.rule} />
      <Subtitle2 as="h2">{m.score.stepScore}</Subtitle2>
      {excel ? (
        <Button appearance="primary" onClick={scoreExcel} disabled={busy} data-testid="score-workbook">
          {m.score.scoreWorkbook}
        </Button>
      ) : (
        <>
          <Caption1>{m.score.scoreFileHint}</Caption1>
          <FilePicker multiple={false} disabled={busy} onFiles={scoreFile} testId="unit-file" />
        </>
      )}
      <Status value={scoreStatus} testId="score-status" ref={scoreStatusRef} />
      {result && !scored ? <Caption1>{m.score.noUnit}</Caption1> : null}
      {view ? <ScoreSummary view={view} headingRef={summaryRef} {...(excel ? { onSelect: select } : {})} /> : null}
      {view && !excel ? (
        <Button onClick={download} disabled={busy} data-testid="download-results">
          {m.score.downloadResults}
        </Button>
      ) : null}
      {result ? <ErrorList title={m.score.problems} errors={result.errors} testId="score-errors" /> : null}
    </div>
  );
}
