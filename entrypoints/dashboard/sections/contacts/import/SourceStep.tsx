import { useState } from 'preact/hooks';
import type { NumberRegion } from '@/utils/domain/phone/normalize';
import { t } from '@/utils/i18n/translate';

interface Props {
  region: NumberRegion;
  onRegion: (r: NumberRegion) => void;
  onFile: (f: File) => void;
  onPaste: (text: string, number: string) => void;
}

/** Where the records come from: a file, or a conversation pasted as text. */
export function SourceStep({ region, onRegion, onFile, onPaste }: Props) {
  const [kind, setKind] = useState<'file' | 'paste'>('file');
  const [text, setText] = useState('');
  const [number, setNumber] = useState('');
  return (
    <div data-import-source="">
      <p class="muted">{t('import.intro')}</p>
      <label>
        {t('import.region')}{' '}
        <select value={region} onChange={(e) => onRegion((e.target as HTMLSelectElement).value as NumberRegion)}>
          {(['CN', 'TW', 'HK'] as const).map((r) => (
            <option key={r} value={r}>
              {t(`import.region.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <div role="radiogroup" class="import-kind">
        {(['file', 'paste'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name="import-kind" checked={kind === k} onChange={() => setKind(k)} /> {t(`import.kind.${k}`)}
          </label>
        ))}
      </div>
      {kind === 'file' ? (
        <label>
          {t('import.file.label')}{' '}
          <input
            type="file"
            accept=".xml,.csv,.txt,text/xml,text/csv"
            data-import-file=""
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              const f = input.files?.[0];
              if (f) onFile(f);
              input.value = '';
            }}
          />
        </label>
      ) : (
        <div>
          <label>
            {t('import.paste.number')}{' '}
            <input value={number} maxLength={40} onInput={(e) => setNumber((e.target as HTMLInputElement).value)} />
          </label>
          <label class="block">
            {t('import.paste.label')}
            <textarea rows={8} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
          </label>
          <button type="button" disabled={!text.trim()} onClick={() => onPaste(text, number)}>
            {t('import.paste.read')}
          </button>
        </div>
      )}
    </div>
  );
}
