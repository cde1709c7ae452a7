/**
 * Classifier: dates in the forms people write. A date is kept only when it names one real
 * day; an ambiguous or impossible one is reported with the reason, for a comment.
 */
export interface DateReading {
  /** ISO date, when the text names one real day. */
  date?: string;
  /** Why a date-looking text was left out. */
  problem?: string;
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
  // Most items do not end in a digit: no need to look for a date that closes them.
  if (!/\d\s*$/.test(text)) return {};
  const match = TRAILING_DATE.exec(text);
  if (!match) return {};
  return { ...readDate(match[1]!), at: match.index };
}
