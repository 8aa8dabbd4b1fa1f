import { SCRIPT_PAIRS } from '../../i18n/script-check';

// OCR mixes the two scripts inside one message (聯系人: a traditional 聯
// beside a simplified 系) when the screenshot's script and the trained data
// differ by a character or two. The shared flag words (findings/words) list
// each word in both scripts, not in every mixture, so OCR text is folded to
// simplified before it is matched. One UTF-16 unit maps to one, so offsets
// into the folded text are offsets into the original.

// The shared pairs, plus characters of the flag words that they lack.
const EXTRA_SIMPLIFIED = '联络讯紧别气让赖脸废责缉单发贴开贷养钱网续头访着负系户委诉执传检师务仲诈恶强终学骗悬赏领导亲现台张栏';
const EXTRA_TRADITIONAL = '聯絡訊緊別氣讓賴臉廢責緝單發貼開貸養錢網續頭訪著負繫戶委訴執傳檢師務仲詐惡強終學騙懸賞領導親現臺張欄';
const FOLD = new Map<string, string>();
for (const [trad, simp] of [
  [SCRIPT_PAIRS.TRADITIONAL, SCRIPT_PAIRS.SIMPLIFIED],
  [EXTRA_TRADITIONAL, EXTRA_SIMPLIFIED],
] as const) {
  for (let i = 0; i < trad.length; i++) if (trad[i] !== simp[i]) FOLD.set(trad[i]!, simp[i]!);
}

/** Traditional → simplified one UTF-16 unit at a time. */
export function foldToSimplified(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += FOLD.get(text[i]!) ?? text[i]!;
  return out;
}
