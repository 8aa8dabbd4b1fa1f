import { CONTACT_FLAGS, type ContactFlag } from '@/utils/model/records';
import { t } from '@/utils/i18n/translate';

/** What happened, as toggle chips in an even grid (a real checkbox each, so keyboard and screen readers work as usual). */
export function FlagChips({ flags, onChange }: { flags: readonly ContactFlag[]; onChange: (next: ContactFlag[]) => void }) {
  return (
    <fieldset class="flags chips flag-grid">
      <legend>{t('contact.field.flags')}</legend>
      {CONTACT_FLAGS.map((f) => (
        // A short label fits the grid; the full wording is the tooltip.
        <label class="chip flag-chip" key={f} title={t(`contact.flag.${f}`)}>
          <input
            type="checkbox"
            name="flag"
            value={f}
            checked={flags.includes(f)}
            onChange={(e) => onChange(e.currentTarget.checked ? [...flags, f] : flags.filter((x) => x !== f))}
          />
          {t(`everyday.flagShort.${f}`)}
        </label>
      ))}
    </fieldset>
  );
}
