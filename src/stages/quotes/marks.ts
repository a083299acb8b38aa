/** A quotation in clean offsets: `start`/`end` include the marks, `innerStart`/`innerEnd` do not. */
export interface QuoteSpan {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  para: number;
  /** Not closed by the end of its paragraph (a quotation running on into the next paragraph). */
  open: boolean;
  /** Opens its paragraph and continues a quotation left open by the previous paragraph. */
  continues: boolean;
}

interface Mark {
  at: number;
  len: number;
  /** 1 opening, -1 closing, 0 either (straight marks). */
  dir: 1 | -1 | 0;
}

const WORDISH = /[\p{L}\p{N}]/u;

function marksIn(text: string, start: number, end: number): Mark[] {
  const out: Mark[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '“' || c === '«' || c === '„') out.push({ at: i, len: 1, dir: misplaced(text, i, start, end, 1) ? -1 : 1 });
    else if (c === '”' || c === '»') out.push({ at: i, len: 1, dir: misplaced(text, i, start, end, -1) ? 1 : -1 });
    else if (c === '"') out.push({ at: i, len: 1, dir: 0 });
    else if (c === "'" && text[i + 1] === "'" && text[i + 2] === "'") {
      // three marks close (or open) a single-quoted phrase inside a double one: "a special case,'''"
      // is the inner ' and then the closing ''
      const closing = i > start && /[\p{L}\p{N}.,!?;:]/u.test(text[i - 1]);
      out.push({ at: closing ? i + 1 : i, len: 2, dir: 0 });
      i += 2;
    } else if ((c === "'" && text[i + 1] === "'") || (c === '`' && text[i + 1] === '`')) {
      // '' and `` stand for double quotation marks in some wire copy
      out.push({ at: i, len: 2, dir: c === '`' ? 1 : 0 });
      i++;
    }
  }
  return out;
}

/** A curly mark typed the wrong way round: an opening mark after a word and before a space, or the reverse. */
function misplaced(text: string, at: number, start: number, end: number, dir: 1 | -1): boolean {
  const before = at > start ? text[at - 1] : ' ';
  const after = at + 1 < end ? text[at + 1] : ' ';
  if (dir === 1) return /[\p{L}\p{N}.,!?]/u.test(before) && /[\s.,;:!?)]/u.test(after);
  return /\s/.test(before) && /[\p{L}\p{N}]/u.test(after) && at > start;
}

/** Whether a straight mark at `at` reads as opening (space or start before, a word after). */
function opensHere(text: string, at: number, len: number, paraStart: number): boolean {
  const before = at > paraStart ? text[at - 1] : ' ';
  const after = text[at + len] ?? ' ';
  if (/[\s(\[—–-]/.test(before) && !/\s/.test(after)) return true;
  if (WORDISH.test(before) || /[.,!?;:]/.test(before)) return false;
  return !/\s/.test(after);
}

/** Pairs quotation marks paragraph by paragraph; an unclosed quotation runs to the end of its paragraph. */
export function findQuoteSpans(text: string, paras: ReadonlyArray<{ start: number; end: number; para: number }>): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let prevOpen = false;
  let prevPara = -2;
  for (const p of paras) {
    const marks = marksIn(text, p.start, p.end);
    let open: Mark | null = null;
    let first = true;
    for (const m of marks) {
      const dir = m.dir !== 0 ? m.dir : open ? -1 : opensHere(text, m.at, m.len, p.start) ? 1 : -1;
      if (dir === 1) {
        // a new opening mark while one is open: the first was never closed; the new one wins
        open = m;
      } else if (open) {
        out.push({
          start: open.at,
          end: m.at + m.len,
          innerStart: open.at + open.len,
          innerEnd: m.at,
          para: p.para,
          open: false,
          continues: first && open.at === p.start && prevOpen && prevPara === p.para - 1,
        });
        first = false;
        open = null;
      }
    }
    if (open) {
      out.push({
        start: open.at,
        end: p.end,
        innerStart: open.at + open.len,
        innerEnd: p.end,
        para: p.para,
        open: true,
        continues: first && open.at === p.start && prevOpen && prevPara === p.para - 1,
      });
    }
    prevOpen = !!open;
    prevPara = p.para;
  }
  return out.filter((q) => q.innerEnd > q.innerStart);
}
