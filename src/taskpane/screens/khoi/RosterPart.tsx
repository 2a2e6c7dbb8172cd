/**
 * Step 1: the member roster — a "Thành viên" sheet of the open workbook (Excel) or a roster file —
 * and, once members' files are read, each member's collection status as `consolidate --roster` gives
 * it (submitted, missing, duplicate, error, wrong rubric, wrong period) and the stray files.
 */
import { Button, Caption1, mergeClasses, Subtitle2 } from '@fluentui/react-components';
import { Clipped } from '../../components/Clipped';
import { TableHead } from '../../components/TableHead';
import { useMessages } from '../../i18n';
import { loadWork } from '../../lazy';
import { type SeasonView } from '../../model/season';
import { SeasonFile } from './SeasonFile';
import { SeasonStep } from './SeasonStep';
import { HEADINGS, useStepAction, type StepProps } from './step';
import { useKhoiStyles } from './styles';

export function RosterPart({ host, state, view, focus, busy }: StepProps) {
  const m = useMessages();
  const k = useKhoiStyles();
  const step = useStepAction(m, focus);
  const excel = host.kind === 'excel' ? host : undefined;
  const disabled = busy || step.busy;
  const roster = state.season.roster;
  const target = view ? HEADINGS.collection : HEADINGS.roster;

  return (
    <SeasonStep name="roster" status={step.status} after={<RosterCollection roster={Boolean(roster)} collection={view?.collection} />}>
      {excel ? (
        <div className={k.actions}>
          <Button disabled={disabled} onClick={() => void step.act(() => state.loadRoster('sheet'), target)} data-testid="roster-read-sheet">
            {m.season.rosterRead}
          </Button>
          <Button
            disabled={disabled}
            onClick={() => void step.act(async () => m.season.rosterWritten((await (await loadWork()).writeRosterSheet(excel.run, m.lang)).sheets.join(', ')))}
            data-testid="roster-write-sheet"
          >
            {m.season.rosterWrite}
          </Button>
        </div>
      ) : (
        <div className={k.actions}>
          <Button disabled={disabled} onClick={() => void step.act(async () => m.khoi.downloaded(await (await loadWork()).downloadRosterTemplate(m.lang)))} data-testid="roster-template">
            {m.season.rosterTemplate}
          </Button>
        </div>
      )}
      <SeasonFile
        label={m.season.rosterFile}
        testId="roster-file"
        disabled={disabled}
        inUse={roster?.file}
        warnings={state.warnings.roster}
        onFiles={(files) => void step.act(() => state.loadRoster(files), target)}
        onRemove={() => state.remove('roster')}
      />
    </SeasonStep>
  );
}

/** Whether a roster is loaded and, once members' files are read, each member's collection status and the stray files. */
function RosterCollection({ roster, collection }: Pick<SeasonView, 'collection'> & { roster: boolean }) {
  const m = useMessages();
  const k = useKhoiStyles();
  const statusClass = (s: string) => (s === 'submitted' ? k.good : s === 'missing' ? k.warn : k.bad);
  return (
    <>
      {!roster ? <Caption1 className={k.muted}>{m.season.rosterNone}</Caption1> : null}
      {collection ? (
        <section aria-labelledby={HEADINGS.collection} data-testid="collection">
          <Subtitle2 as="h3" id={HEADINGS.collection} tabIndex={-1} className={k.heading}>
            {m.season.collection}
          </Subtitle2>
          <Caption1 data-testid="collection-summary">
            {m.season.collectionSummary(collection.rows.filter((r) => r.status === 'submitted').length, collection.rows.length, collection.rows.filter((r) => r.status === 'missing').length)}
          </Caption1>
          <table className={k.table} aria-label={m.season.collection}>
            <TableHead
              columns={[
                { text: m.season.columns.unit, className: k.th },
                { text: m.season.columns.status, className: k.th },
                { text: m.season.columns.files, className: k.th },
              ]}
            />
            <tbody>
              {collection.rows.map((r) => (
                <tr key={r.unit} data-testid="collection-row" data-unit={r.unit} data-status={r.status}>
                  <td className={k.td}>
                    <Clipped text={r.unit} />
                  </td>
                  <td className={mergeClasses(k.td, statusClass(r.status))}>{r.statusText}</td>
                  <td className={mergeClasses(k.td, k.muted)}>{r.files.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {collection.unknown.length > 0 ? (
            <>
              <Caption1 className={k.bad}>{m.season.unknownUnits(collection.unknown.length)}</Caption1>
              <ul className={k.list}>
                {collection.unknown.map((u) => (
                  <li key={u.file} data-testid="unknown-unit" data-unit={u.unit} data-suggestion={u.suggestion ?? ''}>
                    <Caption1>
                      <Clipped text={`${u.unit} — ${u.file}${u.suggestion ? `. ${m.season.suggestion(u.suggestion)}` : ''}`} kind="message" />
                    </Caption1>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
