/**
 * Steps 4 and 5: last year's consolidation (the change shows beside each unit in the ranking), and
 * the final version — the sources with their SHA-256 (Web Crypto, the digest `ktd5 verify` checks),
 * every sheet protected, "BẢN CHÍNH THỨC" with the date — written into the open workbook or downloaded.
 */
import { Button } from '@fluentui/react-components';
import { useMessages } from '../../i18n';
import { loadWork } from '../../lazy';
import { consolidationInfo } from '../../../workbook/khoi/info';
import { slug } from '../../model/khoi-view';
import { SeasonFile } from './SeasonFile';
import { SeasonStep } from './SeasonStep';
import { RANKING_HEADING } from './RankingPart';
import { HEADINGS, useStepAction, type StepProps } from './step';

export function PreviousPart({ state, focus, busy, season }: StepProps) {
  const m = useMessages();
  const step = useStepAction(m, focus);
  return (
    <SeasonStep name="previous" status={step.status}>
      <SeasonFile
        label={m.season.previousFile}
        testId="previous-file"
        disabled={busy || step.busy}
        inUse={state.season.previous?.file}
        warnings={state.warnings.previous}
        onFiles={(files) => void step.act(() => state.loadPrevious(files), season ? RANKING_HEADING : HEADINGS.previous)}
        onRemove={() => state.remove('previous')}
      />
    </SeasonStep>
  );
}

export function FinalPart({ host, state, season, focus, busy, files }: StepProps & { files: readonly File[] }) {
  const m = useMessages();
  const step = useStepAction(m, focus);
  const excel = host.kind === 'excel' ? host : undefined;

  const seal = () =>
    step.act(async () => {
      if (!season) return '';
      const work = await loadWork();
      const hashes = await Promise.all(files.map(async (f) => ({ file: f.name, sha256: await work.sha256Hex(f) })));
      const appraisalSha256 = state.season.appraisalSha256;
      const { spec, sources = [] } = work.seasonWorkbook(season, m.lang, { files: hashes, ...(appraisalSha256 ? { appraisalSha256 } : {}), date: new Date() });
      // An appraisal read from this workbook's own sheet has no file to hash: said so, with the way to seal it.
      const inWorkbook = state.season.appraisal && !appraisalSha256 ? ` ${m.season.finalInWorkbook}` : '';
      if (excel) return `${m.season.finalDone((await work.writeSeasonWorkbook(excel.run, spec)).sheets.join(', '), sources.length)}${inWorkbook}`;
      const info = consolidationInfo(season.result.units);
      const name = [m.season.fileName, info.khoi && slug(info.khoi), info.period && slug(info.period), m.season.finalSuffix].filter(Boolean).join('.');
      return `${m.season.finalDone(await work.downloadSpec(spec, `${name}.xlsx`), sources.length)}${inWorkbook}`;
    }, HEADINGS.final);

  return (
    <SeasonStep name="final" intro={m.season.finalIntro} status={step.status}>
      <Button appearance="primary" disabled={busy || step.busy || !season || season.result.units.length === 0} onClick={() => void seal()} data-testid="final-save">
        {excel ? m.season.finalWrite : m.season.finalDownload}
      </Button>
    </SeasonStep>
  );
}
