/**
 * The ranking as `ktd5 consolidate` makes it: each unit's rank, total and status (provisional when
 * incomplete), ties, the proposal and what could still change it, the files not counted and the bad
 * files; with last year's consolidation loaded, the change beside each unit (▲/▼, or new this year).
 */
import { Body1Strong, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import { type KhoiResult } from '../../../workbook/khoi/score-files';
import { Clipped } from '../../components/Clipped';
import { ErrorList } from '../../components/ErrorList';
import { TableHead } from '../../components/TableHead';
import { formatPoints, useMessages } from '../../i18n';
import { fileErrors, notCountedLines, proposalText, rankingRows } from '../../model/khoi-view';
import { type SeasonView } from '../../model/season';
import { useKhoiStyles } from './styles';

const useStyles = makeStyles({
  rank: { width: '40px' },
  tie: { width: '76px' },
  status: { display: 'block', color: tokens.colorNeutralForeground3 },
  provisional: { color: tokens.colorPaletteDarkOrangeForeground1 },
  change: { display: 'block' },
  tieBadge: { padding: '1px 6px', borderRadius: tokens.borderRadiusCircular, color: tokens.colorPaletteDarkOrangeForeground2, backgroundColor: tokens.colorPaletteYellowBackground1, whiteSpace: 'nowrap' },
  proposal: { padding: '8px', borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorPaletteGreenBackground1 },
  proposalTie: { padding: '8px', borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorPaletteYellowBackground1 },
  note: { display: 'block', marginTop: '4px' },
});

export const RANKING_HEADING = 'ktd5-ranking-heading';

export function RankingPart({ result, previous }: { result: KhoiResult; previous: SeasonView['previous'] }) {
  const m = useMessages();
  const k = useKhoiStyles();
  const styles = useStyles();
  const rows = rankingRows(result);
  const proposal = proposalText(result, m);
  const problems = fileErrors(result);
  const notCounted = notCountedLines(result);
  const changeClass = { up: k.good, down: k.bad, same: k.muted, new: k.warn } as const;
  return (
    <>
      <Subtitle2 as="h2" id={RANKING_HEADING} tabIndex={-1} className={k.heading} data-testid="ranking-heading">
        {m.khoi.ranking} · {m.khoi.units(rows.length)}
      </Subtitle2>
      <table className={k.table} aria-label={m.khoi.ranking} data-testid="ranking">
        <TableHead
          columns={[
            { text: m.khoi.rank, className: mergeClasses(k.th, styles.rank) },
            { text: m.khoi.unit, className: k.th },
            { text: m.khoi.total, className: mergeClasses(k.th, k.num) },
            { text: m.khoi.tie, className: mergeClasses(k.th, styles.tie) },
          ]}
        />
        <tbody>
          {rows.map((r) => {
            const p = previous?.get(r.file);
            return (
              <tr key={r.file} data-testid="rank-row" data-rank={r.rank} data-tie={r.tie ? 'yes' : 'no'} data-complete={r.complete ? 'yes' : 'no'}>
                <td className={mergeClasses(k.td, styles.rank)}>{r.rank}</td>
                <td className={k.td}>
                  <span data-testid="rank-unit">
                    <Clipped text={r.unit} title={r.file} />
                  </span>
                  {/* The status under the name: the pane is too narrow for a column of its own. */}
                  <Caption1 className={mergeClasses(styles.status, r.complete ? undefined : styles.provisional)} data-testid="rank-status" data-max={r.maxPossible}>
                    {r.status}
                    {r.complete ? null : ` (${m.khoi.provisional(formatPoints(r.total, m.lang), formatPoints(r.maxPossible, m.lang))})`}
                  </Caption1>
                  {p ? (
                    <Caption1 className={styles.change} data-testid="rank-change" data-direction={p.direction} title={p.total === null ? undefined : m.season.lastYear(String(p.rank ?? '—'), formatPoints(p.total, m.lang))}>
                      <span className={changeClass[p.direction]}>{p.change}</span>
                      {p.total === null ? null : ` · ${m.season.lastYear(String(p.rank ?? '—'), formatPoints(p.total, m.lang))}`}
                    </Caption1>
                  ) : null}
                </td>
                <td className={mergeClasses(k.td, k.num)} data-value={r.total}>
                  {formatPoints(r.total, m.lang)}
                </td>
                <td className={mergeClasses(k.td, styles.tie)}>{r.tie ? <span className={styles.tieBadge}>{m.khoi.tieFlag}</span> : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className={proposal.kind === 'tie' || !proposal.certain ? styles.proposalTie : styles.proposal} data-testid="proposal-box" data-kind={proposal.kind} data-certain={proposal.certain ? 'yes' : 'no'}>
        <Body1Strong data-testid="proposal">
          <Clipped text={proposal.text} kind="message" />
        </Body1Strong>
        {proposal.note ? (
          <Caption1 className={styles.note} data-testid="proposal-note">
            <Clipped text={proposal.note} kind="message" />
          </Caption1>
        ) : null}
      </div>
      {notCounted.length > 0 ? (
        <section aria-label={m.khoi.notCounted(notCounted.length)} data-testid="not-counted">
          <Subtitle2 as="h3">{m.khoi.notCounted(notCounted.length)}</Subtitle2>
          <ul className={k.list}>
            {notCounted.map((n, i) => (
              <li key={i} data-file={n.file}>
                <Caption1>{n.text}</Caption1>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ErrorList title={m.khoi.badFiles(new Set(problems.errors.map((e) => e.file)).size, problems.errors.length)} errors={problems.errors} testId="bad-files" />
      <ErrorList title={m.khoi.warnings(problems.warnings.length)} errors={problems.warnings} testId="warnings" />
    </>
  );
}
