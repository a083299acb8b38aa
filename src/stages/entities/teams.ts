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
const BEFORE_TEAM = new Set(['beat', 'defeated', 'thrashed', 'edged', 'routed', 'blanked', 'trounced', 'overcame', 'crushed', 'hammered', 'downed', 'swept', 'whipped', 'outscored', 'upset', 'dismiss', 'dismissed', 'club', 'side', 'joined', 'champions', 'visitors', 'hosts', 'v', 'vs', 'vs.', 'versus']);
/** The people a club has: a name before one of these is a club's ("Sunderland forward"). */
const PLAYER_ROLES = new Set(['striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'fullback', 'playmaker', 'skipper', 'all-rounder', 'batsman', 'bowler', 'pitcher', 'quarterback', 'outfielder', 'infielder', 'shortstop', 'catcher', 'wicketkeeper', 'flanker', 'full-back', 'left-back', 'right-back', 'teammate', 'teammates', 'captain', 'coach', 'players']);
/** Verbs of a player's deed, before "for" and the side it was for ("homered for Cleveland"). */
const PLAY_VERBS = new Set(['homered', 'homers', 'scored', 'scores', 'pitched', 'pitches', 'played', 'plays', 'playing', 'signed', 'signs', 'starred', 'batted', 'kicked', 'struck', 'netted', 'appeared']);
/** What a side has in a sports report: "Cleveland 's lead over the White Sox", "Boston 's bullpen". */
const SIDE_POSSESSIONS = new Set(['lead', 'record', 'win', 'wins', 'victory', 'loss', 'losses', 'defeat', 'streak', 'manager', 'coach', 'starter', 'starters', 'bullpen', 'lineup', 'offense', 'defense', 'defence', 'attack', 'innings', 'total', 'rally', 'comeback', 'hopes', 'chances', 'season']);
/** Nouns for a game: "against" after one names the opponent ("their match against Yorkshire"). */
const GAMES = new Set(['match', 'game', 'tie', 'clash', 'final', 'semi-final', 'fixture', 'derby', 'encounter']);
/** Nouns for a result: the side after "over", "to" or "against" one lost it ("75-19 victory over Gloucester", "home defeat to Guingamp"). */
const RESULT_NOUNS = new Set(['victory', 'victories', 'win', 'wins', 'triumph', 'winners', 'success', 'successes', 'defeat', 'defeats', 'loss', 'losses', 'draw']);
/** Words that make "win" or "draw" after them a verb ("to win over", "could win over"). */
const VERB_BEFORE = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', "'ll", 'not', 'cannot', 'we', 'they', 'you', 'i', 'he', 'she', 'it']);
/** Capitalised words of a match report that come before a score but name no side ("Halftime 1-0", "Aggregate 3-2"). */
const SCORE_LABELS = new Set(['halftime', 'half-time', 'aggregate', 'attendance', 'score', 'result', 'total', 'penalties', 'overall']);
/** What joins the names of a list ("Essex , Derbyshire and Surrey"). */
const LIST_JOINERS = new Set([',', 'and', 'or']);
const VERSUS = new Set(['v', 'vs', 'vs.', 'versus']);
const CLUB_WORDS = new Set(['club', 'side']);

/** Last words of club names ("Queens Park Rangers", "Sheffield United"). */
export const TEAM_SUFFIXES = new Set(['united', 'city', 'rangers', 'rovers', 'athletic', 'wanderers', 'albion', 'county', 'town', 'thistle', 'hotspur', 'villa', 'argyle', 'celtic', 'fc', 'sc', 'cf', 'ac']);

/** After a number, what ends a score: not a unit ("Moscow 15 km", "Paris 3 percent"). */
const SCORE_END = /^(?:[,;()]|\p{Lu}.*|\d+|\.|-)$/u;

/** A goal or run count, or a result or innings total with a dash ("3-1", "429-7": runs for wickets). */
const isScore = (t: Token | undefined) => t !== undefined && /^\d{1,3}(?:-\d{1,2})?$/.test(t.text);

/** The word starting at token `k`, whole where the tokenizer split it at hyphens ("all - rounder"). */
function hyphenated(tokens: readonly Token[], k: number): string {
  let word = tokens[k].text;
  while (k + 2 < tokens.length && tokens[k + 1].text === '-' && tokens[k].sentence === tokens[k + 2].sentence && /^\p{L}/u.test(tokens[k + 2].text)) {
    word += '-' + tokens[k + 2].text;
    k += 2;
  }
  return word;
}

/**
 * How sure the context is that a name is a side: `plain` for cues people share ("beat", "'s striker"),
 * `strong` for cues only clubs take ("club Atalanta", "East Fife v Clydebank"), `row` for the shape of
 * a league table or a results line, where even names that look like people's ("Port Vale") are clubs.
 */
export type TeamCue = 'plain' | 'strong' | 'row';

/** Integers at least this many after a name make a league table row (played, won, drawn, lost, for, against, points). */
const TABLE_COLUMNS = 6;

/**
 * The texts of chunks the article uses as teams. `eligible` says whether a chunk may be a team at
 * all (a town, county or unknown name; not a person or a country: national sides are their countries)
 * given how sure the cue is.
 */
export function findTeams<C extends Chunk>(tokens: readonly Token[], chunks: readonly C[], text: (c: C) => string, eligible: (c: C, cue: TeamCue) => boolean): Set<string> {
  const teams = new Set<string>();
  const same = (k: number, s: number) => k >= 0 && k < tokens.length && tokens[k].sentence === s;
  // chunks followed by a score, per sentence: a table row or a result line has two or more
  const scored = new Map<number, C[]>();
  for (const c of chunks) {
    const s = tokens[c.first].sentence;
    const n = c.last + 1;
    // a table's first column or a result's side, not a name inside running words ("c Healy b Fleming 44")
    const prev = same(c.first - 1, s) ? tokens[c.first - 1].text : '';
    if (/^\p{Ll}/u.test(prev) || (c.first === c.last && SCORE_LABELS.has(tokens[c.first].text.toLowerCase()))) continue;
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
    // a result line or a table: another name with a score in the sentence or on the line beside it
    const here = scored.get(s) ?? [];
    const rows = here.length + (scored.get(s - 1)?.length ?? 0) + (scored.get(s + 1)?.length ?? 0);
    // the shapes only sides take: a full table row, or one of three or more "name score" pairs
    // ("Ipswich 3 Port Vale 2 Oxford 0"); golf and cricket figures for people have fewer columns
    let columns = 0;
    while (same(c.last + 1 + columns, s) && /^\d{1,3}$/.test(tokens[c.last + 1 + columns].text)) columns++;
    const pairs = here.filter((h) => !same(h.last + 2, s) || /^\p{Lu}/u.test(tokens[h.last + 2].text)).length;
    const row = here.includes(c) && (columns >= TABLE_COLUMNS || (columns === 1 && pairs >= 3));
    if (!eligible(c, row ? 'row' : strong ? 'strong' : 'plain')) continue;
    // fixtures: "East Fife v Clydebank", and in capitals "KANSAS CITY AT DETROIT"
    const fixture = VERSUS.has(next) || (tokens[c.last + 1]?.text === 'AT' && same(c.last + 2, s) && /^\p{Lu}{2}/u.test(tokens[c.last + 2].text)) || (tokens[c.first - 1]?.text === 'AT' && same(c.first - 2, s) && /\p{Lu}{2}$/u.test(tokens[c.first - 2].text));
    // a club's players: "Birmingham 's Gary Breen", "Sunderland forward Niall Quinn", "former Auxerre playmaker"
    const roleAt = /^['’]s$/.test(next) ? c.last + 2 : c.last + 1;
    const player = same(roleAt, s) && PLAYER_ROLES.has(hyphenated(tokens, roleAt).toLowerCase());
    // an opponent ("their match against Yorkshire") or an innings ("reducing Worcestershire to 133 for five")
    const prev2 = same(c.first - 2, s) ? tokens[c.first - 2].text.toLowerCase() : '';
    // (not the verb: "will win over DeKalb County lawmakers")
    const prev3 = same(c.first - 3, s) ? tokens[c.first - 3].text.toLowerCase() : '';
    const resultNoun = RESULT_NOUNS.has(prev2) && !((prev2 === 'win' || prev2 === 'draw') && VERB_BEFORE.has(prev3));
    const opponent = (prev === 'against' && GAMES.has(prev2)) || (['over', 'to', 'against'].includes(prev) && resultNoun);
    const innings = next === 'to' && same(c.last + 3, s) && /^\d{1,3}$/.test(tokens[c.last + 2].text) && tokens[c.last + 3].text === 'for';
    // a player's deed for his side: "homered for Cleveland", "scored twice for Ajax"
    const forSide = prev === 'for' && (PLAY_VERBS.has(prev2) || (PLAY_VERBS.has(prev3) && /^(?:twice|again|once)$/.test(prev2)));
    if ((rows >= 2 && here.includes(c)) || RESULT_VERBS.has(next) || BEFORE_TEAM.has(prev) || fixture || player || opponent || innings || forSide) teams.add(text(c));
  }
  if (teams.size >= SPORTS_ARTICLE) addSportsPossessives(tokens, chunks, text, eligible, teams);
  addListMates(tokens, chunks, text, eligible, teams);
  return teams;
}

/** Teams found by the cues above that make the article a sports report. */
const SPORTS_ARTICLE = 3;

/**
 * In a sports report a town's player or record is its club's: "Baltimore 's Eddie Murray",
 * "Boston 's seventh loss". Elsewhere "Chicago 's mayor" is the city's, so only there.
 */
function addSportsPossessives<C extends Chunk>(tokens: readonly Token[], chunks: readonly C[], text: (c: C) => string, eligible: (c: C, cue: TeamCue) => boolean, teams: Set<string>): void {
  // last words of longer names: "Rodriguez 's 18th homer" after "Ivan Rodriguez" is the player's
  const surnames = new Set(chunks.filter((c) => c.last > c.first).map((c) => tokens[c.last].text));
  for (const c of chunks) {
    if (c.first === c.last && surnames.has(tokens[c.first].text)) continue;
    const k = c.last + 1;
    if (k + 1 >= tokens.length || tokens[k + 1].sentence !== tokens[c.first].sentence || !/^['’]s$/.test(tokens[k].text)) continue;
    // another name (the player), a count of games ("seventh", "10th") or what a side has ("lead", "bullpen")
    if (!/^(?:\p{Lu}\p{Ll}|\d+(?:st|nd|rd|th)$|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$)/u.test(tokens[k + 1].text) && !SIDE_POSSESSIONS.has(tokens[k + 1].text.toLowerCase())) continue;
    if (eligible(c, 'plain')) teams.add(text(c));
  }
}

/**
 * A name listed with a team is a team too ("rivals Essex , Derbyshire and Surrey"): lists join
 * like with like. Runs until no list grows, so a team passes the status along the whole list.
 */
function addListMates<C extends Chunk>(tokens: readonly Token[], chunks: readonly C[], text: (c: C) => string, eligible: (c: C, cue: TeamCue) => boolean, teams: Set<string>): void {
  const joined = (a: C, b: C) => b.first === a.last + 2 && tokens[a.last].sentence === tokens[b.first].sentence && LIST_JOINERS.has(tokens[a.last + 1].text.toLowerCase());
  for (let grew = true; grew; ) {
    grew = false;
    for (let i = 0; i + 1 < chunks.length; i++) {
      const a = chunks[i];
      const b = chunks[i + 1];
      if (!joined(a, b)) continue;
      const [ta, tb] = [text(a), text(b)];
      if (teams.has(ta) === teams.has(tb)) continue;
      const other = teams.has(ta) ? b : a;
      if (!eligible(other, 'strong')) continue;
      teams.add(text(other));
      grew = true;
    }
  }
}

/** Words of sports reports; this many different ones make an article one. */
const SPORTS_WORDS = new Set(['match', 'matches', 'club', 'league', 'championship', 'season', 'coach', 'striker', 'goalkeeper', 'midfielder', 'defender', 'fans', 'stadium', 'scored', 'goal', 'goals', 'tournament', 'semifinal', 'quarterfinal', 'innings', 'wickets', 'homered', 'inning', 'pitcher', 'playoff', 'playoffs', 'referee', 'penalty', 'halftime', 'unbeaten', 'relegation', 'cup', 'try', 'tries', 'scrum-half']);
/** Different sports words that make an article a sports report. */
const SPORTS_WORD_COUNT = 3;
/** Teams found that make an article a sports report. */
const SPORTS_TEAMS = 2;

/** Whether an article reports sport: it uses names as teams, or speaks of matches, clubs and goals. */
export function isSportsReport(tokens: readonly Token[], teamCount: number): boolean {
  if (teamCount >= SPORTS_TEAMS) return true;
  const seen = new Set<string>();
  for (const t of tokens) if (SPORTS_WORDS.has(t.text.toLowerCase())) seen.add(t.text.toLowerCase());
  return seen.size >= SPORTS_WORD_COUNT;
}
