/** What the pane shows inside Office where it cannot run: why, where it runs, and what to use instead. */
import { Subtitle2 } from '@fluentui/react-components';
import { useMessages } from '../i18n';

export function Unsupported({ host, missing }: { host: string; missing: string[] }) {
  const m = useMessages().unsupported;
  return (
    <section role="alert" data-testid="unsupported">
      <Subtitle2 as="h2">{m.title}</Subtitle2>
      <p>{m.why(host, missing.join(', '))}</p>
      <p>{m.needs}</p>
      <p>{m.instead}</p>
      <ul data-testid="alternatives">
        {m.alternatives.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <p>{m.ask}</p>
    </section>
  );
}
