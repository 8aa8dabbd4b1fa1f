import type { OcrScript } from '@/utils/ocr/engine';
import { t } from '@/utils/i18n/translate';

const SCRIPTS: OcrScript[] = ['simplified', 'traditional', 'english'];

/** Which trained data to read with. */
export function ScriptSelect({ id, value, onChange }: { id: string; value: OcrScript; onChange: (s: OcrScript) => void }) {
  return (
    <label for={id} class="inline">
      {t('ocr.script')}
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as OcrScript)}>
        {SCRIPTS.map((s) => (
          <option key={s} value={s}>
            {t(`ocr.script.${s}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
