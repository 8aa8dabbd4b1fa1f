import { CSV_FIELDS, type CsvField, type CsvMapping } from '@/utils/domain/import/csv-mapping';
import { t } from '@/utils/i18n/translate';

interface Props {
  rows: string[][];
  mapping: CsvMapping;
  remembered: boolean;
  problem?: string | undefined;
  onChange: (m: CsvMapping) => void;
  onContinue: () => void;
  onBack: () => void;
}

/** Which column holds what, with the first rows of the file under it so the user sees what they map. */
export function CsvMappingStep({ rows, mapping, remembered, problem, onChange, onContinue, onBack }: Props) {
  const header = rows[0] ?? [];
  return (
    <div data-import-step="mapping">
      <h4>{t('import.csv.title')}</h4>
      {remembered && <p class="muted">{t('import.csv.remembered')}</p>}
      <div class="import-mapping">
        {CSV_FIELDS.map((f: CsvField) => (
          <label key={f}>
            {t(`import.csv.field.${f}`)}
            <select
              data-field={f}
              value={String(mapping[f])}
              onChange={(e) => onChange({ ...mapping, [f]: Number((e.target as HTMLSelectElement).value) })}
            >
              <option value="-1">{t('import.csv.none')}</option>
              {header.map((h, i) => (
                <option key={i} value={String(i)}>
                  {h || `#${i + 1}`}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <div class="import-table-wrap">
        <table class="import-sample">
          <tbody>
            {rows.slice(0, 8).map((r, i) => (
              <tr key={i}>{r.map((c, j) => (i === 0 ? <th key={j}>{c}</th> : <td key={j}>{c}</td>))}</tr>
            ))}
          </tbody>
        </table>
      </div>
      {problem && (
        <p role="alert" class="error">
          {t(problem as 'import.csv.needDate')}
        </p>
      )}
      <button type="button" onClick={onContinue} disabled={!!problem}>
        {t('import.csv.continue')}
      </button>{' '}
      <button type="button" class="secondary" onClick={onBack}>
        {t('import.back')}
      </button>
    </div>
  );
}
