import type { ImportIssue } from '@/utils/domain/import/types';
import { errorText } from '@/components/ErrorMessage';
import { isMessageKey, t } from '@/utils/i18n/translate';

/** An import problem in the user's language: its own message when there is one, else the general error text. */
export function issueText(issue: ImportIssue): string {
  const params = { line: '?', record: '?', value: '', first: '?', encoding: '', maxGb: 1, ...issue.params };
  return isMessageKey(issue.messageKey) ? t(issue.messageKey, params) : issue.message;
}

export function importErrorText(error: unknown): string {
  const issue = (error as { issue?: ImportIssue } | null)?.issue;
  if (issue) return issueText(issue);
  const key = (error as { data?: { messageKey?: string } } | null)?.data?.messageKey;
  if (key?.startsWith('import.') && isMessageKey(key)) return t(key);
  return errorText(error);
}

export const percent = (done: number, total: number) => (total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0);
