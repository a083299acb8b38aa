import type { Token } from '../../core/types.js';
import type { Chunk } from './chunks.js';

/**
 * Sports news names teams by their towns and counties ("Leicestershire beat Somerset by an
 * innings", "Norwich 4 3 0 1 5 3 9", "Pohang 3 Ulsan 2"). A name the article uses that way once
 * is a team wherever it is not a place it puts us in ("in Newcastle").
 */

/** Verbs of winning, losing and drawing with a team as subject ("Leicestershire beat Somerset"). */
const RESULT_VERBS = new Set([
  'beat', 'beats', 'defeated', 'defeats', 'drew', 'thrashed', 'edged', 'routed', 'blanked', 'trounced', 'overcame', 'outclassed',
  'crushed', 'hammered', 'downed', 'swept', 'whipped', 'outscored', 'outplayed', 'stunned',
]);
/** Words before a team as object or attribute ("beat Somerset", "club Atalanta", "joined Newcastle"). */
const BEFORE_TEAM = new Set(['beat', 'defeated', 'thrashed', 'edged', 'routed', 'blanked', 'trounced', 'overcame', 'crushed', 'hammered', 'downed', 'swept', 'whipped', 'outscored', 'upset', 'club', 'side', 'joined', 'champions', 'visitors', 'hosts', 'v', 'vs', 'vs.', 'versus']);
/** The people a club has: a name before one of these is a club's ("Sunderland forward"). */
const PLAYER_ROLES = new Set(['striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'fullback', 'playmaker', 'skipper', 'all-rounder', 'batsman', 'bowler', 'pitcher', 'quarterback', 'outfielder', 'infielder', 'shortstop', 'catcher', 'wicketkeeper', 'flanker', 'full-back', 'left-back', 'right-back', 'teammate', 'teammates']);
const VERSUS = new Set(['v', 'vs', 'vs.', 'versus']);
const CLUB_WORDS = new Set(['club', 'side']);

/** Last words of club names ("Queens Park Rangers", "Sheffield United"). */
export const TEAM_SUFFIXES = new Set(['united', 'city', 'rangers', 'rovers', 'athletic', 'wanderers', 'albion', 'county', 'town', 'thistle', 'hotspur', 'villa', 'argyle', 'celtic', 'fc', 'sc', 'cf', 'ac']);

/** After a number, what ends a score: not a unit ("Moscow 15 km", "Paris 3 percent"). */
const SCORE_END = /^(?:[,;()]|\p{Lu}.*|\d+|\.|-)$/u;

const isScore = (t: Token | undefined) => t !== undefined && /^\d{1,3}$/.test(t.text);

/**
 * The texts of chunks the article uses as teams. `eligible` says whether a chunk may be a team at
 * all (a town, county or unknown name; not a person or a country: national sides are their countries),
 * `strong` when the cue is one only clubs take ("club Atalanta").
 */
export function findTeams<C extends Chunk>(tokens: readonly Token[], chunks: readonly C[], text: (c: C) => string, eligible: (c: C, strong: boolean) => boolean): Set<string> {
  const teams = new Set<string>();
  const same = (k: number, s: number) => k >= 0 && k < tokens.length && tokens[k].sentence === s;
  // chunks followed by a score, per sentence: a table row or a result line has two or more
  const scored = new Map<number, C[]>();
  for (const c of chunks) {
    const s = tokens[c.first].sentence;
    const n = c.last + 1;
    // a table's first column or a result's side, not a name inside running words ("c Healy b Fleming 44")
    const prev = same(c.first - 1, s) ? tokens[c.first - 1].text : '';
    if (/^\p{Ll}/u.test(prev)) continue;
    if (same(n, s) && isScore(tokens[n]) && (!same(n + 1, s) || SCORE_END.test(tokens[n + 1].text))) {
      const list = scored.get(s) ?? [];
      list.push(c);
      scored.set(s, list);
    }
  }
  for (const c of chunks) {
    const s = tokens[c.first].sentence;
    const next = same(c.last + 1, s) ? tokens[c.last + 1].text.toLowerCase() : '';
    const prev = same(c.first - 1, s) ? tokens[c.first - 1].text.toLowerCase() : '';
    // "club Atalanta", "East Fife v Clydebank": only clubs stand there, whatever the name looks like
    const strong = CLUB_WORDS.has(prev) || VERSUS.has(prev) || VERSUS.has(next);
    if (!eligible(c, strong)) continue;
    // a result line or a table: another name with a score in the sentence or on the line beside it
    const here = scored.get(s) ?? [];
    const rows = here.length + (scored.get(s - 1)?.length ?? 0) + (scored.get(s + 1)?.length ?? 0);
    // fixtures: "East Fife v Clydebank", and in capitals "KANSAS CITY AT DETROIT"
    const fixture = VERSUS.has(next) || (tokens[c.last + 1]?.text === 'AT' && same(c.last + 2, s) && /^\p{Lu}{2}/u.test(tokens[c.last + 2].text)) || (tokens[c.first - 1]?.text === 'AT' && same(c.first - 2, s) && /\p{Lu}{2}$/u.test(tokens[c.first - 2].text));
    // a club's players: "Birmingham 's Gary Breen", "Sunderland forward Niall Quinn", "former Auxerre playmaker"
    const roleAt = /^['’]s$/.test(next) ? c.last + 2 : c.last + 1;
    const player = same(roleAt, s) && PLAYER_ROLES.has(tokens[roleAt].text.toLowerCase());
    if ((rows >= 2 && here.includes(c)) || RESULT_VERBS.has(next) || BEFORE_TEAM.has(prev) || fixture || player) teams.add(text(c));
  }
  return teams;
}
