/**
 * Step 3: one "Thông báo kết quả thẩm định" per unit (a .zip, named as `ktd5 notices` names them),
 * then the notices the units sent back: their explanations are shown beside the appraisal and
 * change no score (the secretariat decides by editing the appraisal).
 */
import { Button } from '@fluentui/react-components';
import { useMessages } from '../../i18n';
import { loadWork } from '../../lazy';
import { SeasonFile } from './SeasonFile';
import { SeasonStep } from './SeasonStep';
import { HEADINGS, useStepAction, type StepProps } from './step';

export function NoticesPart({ state, season, focus, busy }: StepProps) {
  const m = useMessages();
  const step = useStepAction(m, focus);
  const disabled = busy || step.busy;
  const answers = state.season.answers;
  return (
    <SeasonStep name="notices" status={step.status}>
      <Button
        disabled={disabled || !season || season.result.ranked.length === 0}
        onClick={() =>
          void step.act(async () => {
            if (!season) return '';
            const done = await (await loadWork()).downloadNotices(season.result, season.run, m.lang);
            return m.season.noticesDownloaded(done.file, done.count);
          })
        }
        data-testid="notices-download"
      >
        {m.season.noticesDownload}
      </Button>
      <SeasonFile
        label={m.season.explanationsFile}
        testId="explanations-file"
        multiple
        disabled={disabled}
        inUse={answers && answers.length > 0 ? answers.map((a) => a.file).join(', ') : undefined}
        warnings={state.warnings.answers}
        onFiles={(files) => void step.act(() => state.loadAnswers(files), HEADINGS.differences)}
        onRemove={() => state.remove('answers')}
      />
    </SeasonStep>
  );
}
