import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '@/utils/i18n/translate';

interface Command {
  name: string;
  shortcut: string;
  description: string;
}

/**
 * The quick-log shortcut as the browser has it now: read at run time, since
 * the user (or a clash with another extension) may have changed or removed it.
 */
export function Shortcut() {
  const [commands, setCommands] = useState<Command[] | null>(null);
  useEffect(() => {
    // Firefox for Android has no keyboard commands: say "none set" instead of failing.
    if (typeof browser.commands?.getAll !== 'function') return setCommands([]);
    browser.commands
      .getAll()
      .then((all) =>
        setCommands(
          all.filter((c) => c.shortcut).map((c) => ({ name: c.name ?? '', shortcut: c.shortcut ?? '', description: c.description ?? '' })),
        ),
      )
      .catch(() => setCommands([]));
  }, []);

  if (commands === null) return null;
  if (commands.length === 0) return <p data-testid="shortcut-none">{t('onboarding.shortcut.none')}</p>;
  return (
    <>
      <p>{t('onboarding.shortcut.body')}</p>
      <ul class="shortcuts" data-testid="shortcuts">
        {commands.map((c) => (
          <li key={c.name}>
            <kbd>{c.shortcut}</kbd> {c.description || t('onboarding.shortcut.popup')}
          </li>
        ))}
      </ul>
    </>
  );
}
