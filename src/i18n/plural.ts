/**
 * Plural forms for the tables: `plural('ru', 5, { one: 'событие', few: 'события', many: 'событий', other: 'события' })`.
 * The categories are CLDR's (Intl.PluralRules); a table gives the ones its language uses, and `other` always.
 */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const rules = new Map<string, Intl.PluralRules>();

export function plural(locale: string, n: number, forms: PluralForms): string {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(locale)));
  return forms[r.select(n)] ?? forms.other;
}
