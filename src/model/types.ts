/** Shapes of the data of record as the model reads them (see geo/README.md). */
import type { IsoDay } from './calendar.ts';

export type Holder = 'armenian' | 'azerbaijani' | 'peacekeepers';
export const HOLDERS: readonly Holder[] = ['armenian', 'azerbaijani', 'peacekeepers'];

export interface Period { from: IsoDay; to: IsoDay | null; holder: Holder; event: string }

export interface ZoneRecord { id: string; name: string; district: string; history: Period[] }

export interface Source { title: string; url: string }

export interface EventRecord {
  id: string;
  date: IsoDay;
  time?: string;
  tz?: string;
  end_date?: IsoDay;
  type: string;
  title: string;
  summary: string;
  clause?: number;
  sources: Source[];
  date_note?: string;
}
