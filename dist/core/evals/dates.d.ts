/** Finding the calendar dates a piece of copy names, in the forms marketers write them. */
export interface NamedDate {
    text: string;
    index: number;
    month: number;
    day: number;
    year?: number;
}
export declare function namedDates(text: string): NamedDate[];
/** A named date is allowed when an allowed ISO date has its month and day (and year, if named). */
export declare function isAllowedDate(date: NamedDate, allowedIsoDates: string[]): boolean;
