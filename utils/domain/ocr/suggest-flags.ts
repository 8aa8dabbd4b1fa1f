import type { ContactFlag } from '../../model/records';
import { SCRIPT_PAIRS } from '../../i18n/script-check';

// FOR THE INTEGRATOR: the agreed seam is D's
// utils/domain/findings/words/suggest.ts, `suggestFlags(text): FlagSuggestion[]`
// with the same signature and type. This is OCR's own small list behind that
// signature; point the imports of this module at D's and delete it.

export interface FlagSuggestion {
  flag: ContactFlag;
  matches: { start: number; end: number; word: string }[];
}

/** A few unambiguous words per flag, simplified script; traditional text is folded before matching. */
const WORDS: Partial<Record<ContactFlag, readonly string[]>> = {
  'third-party': ['通讯录', '紧急联系人', '你家人', '你父母', '你同事', '你单位', '你朋友', '你老婆', '你老公', '家里人'],
  threat: ['后果自负', '走着瞧', '小心点', '别怪我们不客气', '弄死', '收拾你', '让你好看', '吃不了兜着走'],
  insult: ['老赖', '不要脸', '去死', '垃圾', '畜生', '废物'],
  impersonation: ['我们是法院', '法院工作人员', '公安局', '经侦', '警察', '派出所'],
  'false-statement': ['立案', '坐牢', '拘留', '刑事责任', '通缉', '黑名单', '上征信'],
  'public-posting': ['曝光', '发朋友圈', '贴到', '群发', '公开你'],
  'borrow-elsewhere': ['以贷养贷', '去借钱', '借钱还', '网贷还', '找人借'],
  'extra-fees': ['手续费', '服务费', '加急费', '砍头息'],
  visit: ['上门', '家访', '到你家', '到你单位', '去你家'],
};

// The shared pairs, plus the characters of the words above that they lack.
const EXTRA_SIMPLIFIED = '联络讯紧别气让赖脸废责缉单发贴开贷养钱网续头访着负';
const EXTRA_TRADITIONAL = '聯絡訊緊別氣讓賴臉廢責緝單發貼開貸養錢網續頭訪著負';
const FOLD = new Map<string, string>();
for (const [trad, simp] of [[SCRIPT_PAIRS.TRADITIONAL, SCRIPT_PAIRS.SIMPLIFIED], [EXTRA_TRADITIONAL, EXTRA_SIMPLIFIED]] as const) {
  for (let i = 0; i < trad.length; i++) FOLD.set(trad[i]!, simp[i]!);
}

/** Traditional → simplified one UTF-16 unit at a time, so match offsets stay offsets into the original text. */
function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += FOLD.get(text[i]!) ?? text[i]!;
  return out;
}

/** The flags whose words occur in the text, each with where (offsets into `text`). */
export function suggestFlags(text: string): FlagSuggestion[] {
  const folded = fold(text);
  const out: FlagSuggestion[] = [];
  for (const [flag, words] of Object.entries(WORDS) as [ContactFlag, readonly string[]][]) {
    const matches: FlagSuggestion['matches'] = [];
    for (const word of words) {
      for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + word.length)) {
        matches.push({ start: at, end: at + word.length, word: text.slice(at, at + word.length) });
      }
    }
    if (matches.length > 0) out.push({ flag, matches: matches.sort((a, b) => a.start - b.start) });
  }
  return out;
}
