/** Names in the chosen convention, with English (which carries both usages) as the fallback. */
import type { NameConvention } from '../app/store.ts';

export function nameIn(props: Record<string, unknown> | null | undefined, conv: NameConvention, prefix = ''): string {
  const v = props?.[`${prefix}${conv}`] ?? props?.[`${prefix}en`];
  return typeof v === 'string' ? v : '';
}
