// What a recognised time expression means, before it is anchored to the publication date.
// The recogniser produces these; resolve.ts turns them into TIMEX3 values.

import type { Amount, PartOfDay, SeasonCode, Unit } from './lexicon.js';

/** Which occurrence a relative expression means: "last April", "this summer", "next Friday". */
export type Shift = 'last' | 'this' | 'next';

/** A time of day attached to a day: a clock time (T15:00) or a part of the day (TMO). */
export type TimeOfDay = { clock: [number, number] } | { part: PartOfDay };

/** Something that can be tied to a year: an explicit year, or one relative to the anchor's. */
export interface YearRef {
  year?: number;
  /** Relative to the anchor's year: "last year" = -1. */
  yearOffset?: number;
}

export type TimexSpec =
  /** A calendar date; without a year it is placed by tense ("Oct. 23"); `week` asks for its ISO week. */
  | ({ kind: 'date'; month: number; day: number; tod?: TimeOfDay; week?: boolean } & YearRef)
  /** A numbered ISO week ("week 31"), of the anchor's year unless one is given. */
  | { kind: 'isoWeek'; week: number; year?: number }
  /** A day of a month left unnamed: "Tuesday the eleventh", "the 15th day of next month". */
  | { kind: 'dayOfMonth'; day: number; weekday?: number; monthOffset?: number }
  /** A month; without a year it is placed by tense or shift ("January", "last April"). */
  | ({ kind: 'month'; month: number; shift?: Shift } & YearRef)
  /** A weekday; `forward` when the words before it look ahead ("until Tuesday"), `possessive` for "Wednesday's ruling". */
  | { kind: 'weekday'; weekday: number; shift?: Shift; tod?: TimeOfDay; forward?: boolean; possessive?: boolean }
  /** A weekday in a week relative to the anchor's ("Tuesday of next week"). */
  | { kind: 'weekdayOfWeek'; weekday: number; weekOffset: number }
  | ({ kind: 'season'; season: SeasonCode; shift?: Shift } & YearRef)
  /** A quarter; `back` moves it that many years earlier ("the year-ago third quarter"); 'latest' = the last one begun. */
  | ({ kind: 'quarter'; quarter: number; shift?: Shift | 'latest'; back?: number } & YearRef)
  | ({ kind: 'half'; half: number } & YearRef)
  | ({ kind: 'holiday'; name: string; shift?: Shift } & YearRef)
  | { kind: 'year'; year: number }
  /** A decade by its first three digits: the 1990s = 199. */
  | { kind: 'decade'; decade: number }
  /** A century by its first two digits: the 20th century = 19. */
  | { kind: 'century'; century: number }
  /** A calendar unit offset from the anchor's: today (day 0), last week (week -1), next year (year +1). */
  | { kind: 'relative'; unit: 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade'; offset: number; tod?: TimeOfDay; loose?: boolean }
  /**
   * A unit placed from the last time the text itself named rather than from the anchor: "that year",
   * "the following month", "earlier that day", "the next morning". `bound` when the words point back
   * ("that year") and make no sense from the anchor; the others fall back to it.
   */
  | { kind: 'anaphoric'; unit: 'year' | 'month' | 'day'; offset: number; tod?: TimeOfDay; bound?: boolean }
  /** "the weekend": the one just past, or the coming one when the clause is in the future tense. */
  | { kind: 'weekend' }
  /** "three days ago", "two months from now": an amount of units before or after the anchor. */
  | { kind: 'ago'; amount: Amount; unit: Unit; direction: -1 | 1 }
  /** The quarter a financial report is about ("the quarter", "the year-ago quarter", "the 1988 quarter"). */
  | { kind: 'reportQuarter'; yearsBack: number; year?: number }
  /** "a year ago", "year-earlier": the reporting quarter a year back when the text is about quarters, else last year. */
  | { kind: 'yearAgo' }
  | { kind: 'duration'; value: string }
  | { kind: 'ref'; value: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF' }
  | { kind: 'set'; value: string }
  /** A day expression with a time of day attached ("Wednesday at 3 p.m.", "3 p.m. tomorrow"). */
  | { kind: 'dayTime'; day: TimexSpec; tod: TimeOfDay }
  /** A clock time or part of the day with no day named: the anchor's day. */
  | { kind: 'clock'; tod: TimeOfDay };

export type TimexKind = TimexSpec['kind'];
