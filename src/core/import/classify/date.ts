/**
 * Classifier: dates in the forms people write. A date is kept only when it names one real
 * day; an ambiguous or impossible one is reported with the reason, for a comment.
 */
export interface DateReading {
  /** ISO date, when the text names one real day. */
  date?: string;
  /** Why a date-looking text was left out. */
  problem?: string;
  /** A day named without its year ("Oct 16", "16 Oct"): the year comes from where it stands (withYear). */
  yearless?: { month: number; day: number; text: string };
  /** Where the year of the date came from, for the comment beside it. */
  yearFrom?: string;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

interface DateRule {
  pattern: RegExp;
  example: string;
  /** Year, month, day from the match; `ambiguous` when the order cannot be told. */
  read(match: RegExpExecArray): { year: number; month: number; day: number } | { ambiguous: string };
}

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

export const DATE_RULES: readonly DateRule[] = [
  {
    pattern: /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/,
    example: '2021-03-31',
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\.?\\s+${DAY},?\\s+(\\d{4})\\b`, 'i'),
    example: 'May 3rd, 2019',
    read: (m) => ({ year: Number(m[3]), month: monthNumber(m[1]!), day: Number(m[2]) }),
  },
  {
    pattern: new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'i'),
    example: 'Monday 4th September 2023',
    read: (m) => ({ year: Number(m[3]), month: monthNumber(m[2]!), day: Number(m[1]) }),
  },
  {
    pattern: new RegExp(`\\b(\\d{4})\\s+${MONTH}\\.?\\s+${DAY}\\b`, 'i'),
    example: '2026 Oct 16',
    read: (m) => ({ year: Number(m[1]), month: monthNumber(m[2]!), day: Number(m[3]) }),
  },
  {
    pattern: /\b(\d{4})\.(\d{1,2})\.(\d{1,2})\b/,
    example: '2023.10.02',
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  {
    pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/,
    example: '8/13/2019',
    read: (m) => {
      const [a, b, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (a > 12) return { year, month: b, day: a };
      if (b > 12 || a === b) return { year, month: a, day: b };
      return { ambiguous: `${m[0]} could be month/day or day/month` };
    },
  },
  {
    pattern: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/,
    example: '13.08.2019',
    read: (m) => ({ year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }),
  },
];

/**
 * A day without its year — "Oct 16", "October 16th", "16 Oct" — read after the rules above, so
 * "Oct 16, 2026" is one of theirs. The month is capitalized, as a month is: "you may 2 …" is
 * no date.
 */
const MONTH_NAME =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
export const YEARLESS_RULES: readonly { pattern: RegExp; example: string; read(match: RegExpExecArray): { month: number; day: number } }[] = [
  {
    pattern: new RegExp(`\\b${MONTH_NAME}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\w)`),
    example: 'Oct 16',
    read: (m) => ({ month: monthNumber(m[1]!), day: Number(m[2]) }),
  },
  {
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\b\\.?`),
    example: '16 Oct',
    read: (m) => ({ month: monthNumber(m[2]!), day: Number(m[1]) }),
  },
];

/** The year a date without one takes, and where it was found; or why none can be taken. */
export type YearSource = { year: number; from: string } | { problem: string };

/** A day without its year, dated with the year its place in the document gives — never a guessed one. */
export function withYear(reading: DateReading, source: YearSource | undefined): DateReading {
  const partial = reading.yearless;
  if (!partial) return reading;
  if (!source || 'problem' in source) {
    const why = source?.problem ?? 'neither a heading above it nor the document names a year';
    return { problem: `date without a year left out: '${partial.text}' (${why})` };
  }
  const date = iso(source.year, partial.month, partial.day);
  if (!date) return { problem: `impossible date left out: '${partial.text}' is not a day of ${source.year}` };
  return { date, yearFrom: `the year ${source.year} from ${source.from}` };
}

function iso(year: number, month: number, day: number): string | undefined {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text ? text : undefined;
}

/** The first date in the text, in any of the forms above. */
export function readDate(text: string): DateReading {
  let best: { index: number; reading: DateReading } | undefined;
  for (const rule of DATE_RULES) {
    const match = rule.pattern.exec(text);
    if (!match || (best && best.index <= match.index)) continue;
    const parts = rule.read(match);
    let reading: DateReading;
    if ('ambiguous' in parts) reading = { problem: `ambiguous date left out: ${parts.ambiguous}` };
    else {
      const date = iso(parts.year, parts.month, parts.day);
      reading = date ? { date } : { problem: `impossible date left out: '${match[0]}' is not a day of the calendar` };
    }
    best = { index: match.index, reading };
  }
  // A day without its year counts only where no full date starts first.
  for (const rule of YEARLESS_RULES) {
    const match = rule.pattern.exec(text);
    if (!match || (best && best.index <= match.index)) continue;
    best = { index: match.index, reading: { yearless: { ...rule.read(match), text: match[0].trim() } } };
  }
  return best?.reading ?? {};
}

/**
 * A date given with a label in running text: "Target: 2025-09-22", "**Tentative Date:**
 * 2021-03-31", "(due May 3rd, 2019)". Dates without a label ("completed 2026-02-18") are
 * not due dates.
 */
const DATE_LABEL = /\b(?:due(?: date)?|target(?: date)?|tentative(?: date)?|deadline|eta|release date|planned for|scheduled for|by)\b\s*[:=]?\s*/i;

export function readLabelledDate(text: string): DateReading {
  const label = DATE_LABEL.exec(text);
  if (!label) return {};
  return readDate(text.slice(label.index + label[0].length, label.index + label[0].length + 40));
}

/** A date that closes an item — "Freeze the branch 2023.10.02", "(planned) 2023-10-09" — and where it starts. */
const TRAILING_DATE = /[,;]?\s*(?:(?:due|by|target|eta)\s*:?\s*|\((?:planned|target|due)\)\s*)?(\d{4}[-.]\d{1,2}[-.]\d{1,2})\s*$/i;

export function readTrailingDate(text: string): DateReading & { at?: number } {
  // Most items end in neither a digit nor a month: no need to look for a date that closes them.
  const tail = text.slice(-24);
  if (/\d\s*$/.test(tail)) {
    const match = TRAILING_DATE.exec(text);
    if (match) return { ...readDate(match[1]!), at: match.index };
  }
  if (!/[a-z0-9]\.?\s*$/i.test(tail)) return {};
  const day = TRAILING_DAY.exec(tail);
  return day ? { ...readDate(day[1]!), at: text.length - tail.length + day.index } : {};
}

/** "Cut the branch Oct 16", "— due 16 Oct": a day without its year that closes an item. */
const TRAILING_DAY = new RegExp(
  `[,;]?\\s*(?:(?:due|by|target|eta)\\s*:?\\s*|\\((?:planned|target|due)\\)\\s*)?((?:${MONTH_NAME}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\.?))\\s*$`,
);
