/**
 * The task pane, also the standalone page: three screens (Chấm điểm, Tổng hợp, Chỉ tiêu), Vietnamese
 * first with an English switch, made for a 320 px wide pane and the keyboard (tabs with the arrow
 * keys, every action a button). The screens stay mounted, so switching tabs keeps their work.
 */
import { Button, FluentProvider, makeStyles, Subtitle2, tokens, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { Tabs } from './components/Tabs';
import { Unsupported } from './components/Unsupported';
import { type PaneHost } from './host/pane-host';
import { messages, MessagesContext, type Messages, type PaneLang } from './i18n';
import { KhoiScreen } from './screens/KhoiScreen';
import { ScoreScreen } from './screens/ScoreScreen';
import { TargetsScreen } from './screens/TargetsScreen';

export type Screen = 'score' | 'khoi' | 'targets';
const SCREENS: Screen[] = ['score', 'khoi', 'targets'];

const useStyles = makeStyles({
  root: { padding: '12px', display: 'flex', flexDirection: 'column', gap: '10px', minHeight: '100vh', boxSizing: 'border-box', minWidth: 0, maxWidth: '720px', overflowWrap: 'anywhere' },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: '6px', flexWrap: 'wrap' },
  right: { display: 'flex', alignItems: 'center', gap: '6px' },
  panel: { minWidth: 0 },
  hostBadge: { whiteSpace: 'nowrap', fontSize: tokens.fontSizeBase200, padding: '1px 6px', borderRadius: tokens.borderRadiusCircular, color: tokens.colorBrandForeground2, backgroundColor: tokens.colorBrandBackground2 },
  inExcel: { color: tokens.colorPaletteGreenForeground2, backgroundColor: tokens.colorPaletteGreenBackground1 },
  footer: { color: tokens.colorNeutralForeground3 },
});

function hostLabel(host: PaneHost, m: Messages): string {
  if (host.kind === 'loading') return m.host.loading;
  if (host.kind === 'unsupported') return m.unsupported.badge;
  return host.kind === 'excel' ? m.host.excel : m.host.standalone;
}

export interface AppProps {
  host: PaneHost;
  initialLang?: PaneLang;
  initialScreen?: Screen;
  onLangChange?: (lang: PaneLang) => void;
}

export function App({ host, initialLang = 'vi', initialScreen = 'score', onLangChange }: AppProps) {
  const styles = useStyles();
  const [lang, setLang] = useState<PaneLang>(initialLang);
  const [screen, setScreen] = useState<Screen>(initialScreen);
  const m = messages(lang);
  useEffect(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = lang;
  }, [lang]);
  const toggle = () => {
    const next = lang === 'vi' ? 'en' : 'vi';
    setLang(next);
    onLangChange?.(next);
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <MessagesContext.Provider value={m}>
        <main className={styles.root} aria-label="KTD5">
          <div className={styles.header}>
            <Subtitle2 as="h1">{m.appTitle}</Subtitle2>
            <div className={styles.right}>
              <span className={host.kind === 'excel' ? `${styles.hostBadge} ${styles.inExcel}` : styles.hostBadge} data-testid="host">
                {hostLabel(host, m)}
              </span>
              <Button size="small" appearance="subtle" onClick={toggle} aria-label={m.switchLanguageLabel} lang={lang === 'vi' ? 'en' : 'vi'} data-testid="lang">
                {m.switchLanguage}
              </Button>
            </div>
          </div>
          {host.kind === 'unsupported' ? (
            <Unsupported host={host.host} missing={host.missing} />
          ) : (
            <>
              <Tabs<Screen> values={SCREENS} selected={screen} label={m.tabsLabel} text={(s) => m.tabs[s]} onSelect={setScreen} />
              {SCREENS.map((s) => (
                <section key={s} id={`panel-${s}`} role="tabpanel" aria-labelledby={`tab-${s}`} hidden={screen !== s} className={styles.panel}>
                  {s === 'score' ? <ScoreScreen host={host} /> : s === 'khoi' ? <KhoiScreen host={host} /> : <TargetsScreen host={host} active={screen === 'targets'} />}
                </section>
              ))}
            </>
          )}
        </main>
      </MessagesContext.Provider>
    </FluentProvider>
  );
}
