import { t } from '@/utils/i18n/translate';
import { fact } from '@/utils/data/facts';
import { CARD_PLAN_ITEMS, type Agreement } from '@/utils/model/records';

/** The 第七十条 items as a completeness checklist (bank credit cards; the rule is "reported"). */
export const CARD_RULE_VERIFIED_ON = fact('cn.card.art70').checked;

export function CardPlanChecklist({
  value,
  onChange,
}: {
  value: Agreement['cardPlanItems'];
  onChange?: (v: Agreement['cardPlanItems']) => void;
}) {
  const missing = CARD_PLAN_ITEMS.length - value.length;
  return (
    <fieldset class="ag-card-items" data-testid="card-plan-items">
      <legend>{t('agreement.card.title')}</legend>
      <p class="muted">{t('agreement.card.intro', { date: CARD_RULE_VERIFIED_ON })}</p>
      <ul class="ag-plain">
        {CARD_PLAN_ITEMS.map((item) => (
          <li key={item}>
            <label class="ag-check">
              <input
                type="checkbox"
                name={`cardPlanItems.${item}`}
                checked={value.includes(item)}
                disabled={!onChange}
                onChange={(e) => onChange?.(e.currentTarget.checked ? [...value, item] : value.filter((x) => x !== item))}
              />
              {t(`agreement.card.${item}`)}
            </label>
          </li>
        ))}
      </ul>
      <p class={missing ? 'error' : 'ok'}>{missing ? t('agreement.card.missing', { count: missing }) : t('agreement.card.complete')}</p>
    </fieldset>
  );
}
