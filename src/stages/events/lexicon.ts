import type { PloverType } from '../../core/types.js';

/**
 * Event triggers by lemma. A trigger is a head word (verb or noun lemma), optionally with a
 * required companion lemma nearby (within the clause) that makes the reading specific:
 * "impose ... sanctions", "sign ... agreement". Codes follow CAMEO 1.1b3 and the PLOVER
 * manual's mapping (../shared/spec/plover); modes and contexts as PLOVER names them.
 */
export interface TriggerRule {
  lemma: string;
  pos?: 'VERB' | 'NOUN';
  /** Lemmas one of which must occur in the window after (or around) the trigger. */
  with?: string[];
  /** Words that, after the trigger, make this rule not apply. */
  without?: string[];
  type: PloverType;
  cameo: string;
  mode?: string;
  /** How far (in tokens) to look for `with`; negative looks before the trigger. */
  window?: number;
  /** The recipient must be a state or place ("came to Azerbaijan", not "it will come to manpower"). */
  needsPlace?: boolean;
  /** Coordinated actors act on each other ("Gondor and Osgiliath renewed ties"). */
  symmetric?: boolean;
  /** The recipient must be the direct object ("helped Israel", not "helped to plan"). */
  object?: boolean;
  /** What the subject receives comes from the recipient: "received weapons from the government" is government → subject. */
  reverse?: boolean;
}

const r = (lemma: string, type: PloverType, cameo: string, extra: Partial<TriggerRule> = {}): TriggerRule => ({ lemma, type, cameo, ...extra });

export const TRIGGERS: TriggerRule[] = [
  // CONSULT: visits, meetings, talks, negotiations
  r('visit', 'CONSULT', '042', { mode: 'visit' }),
  r('come', 'CONSULT', '042', { pos: 'VERB', mode: 'visit', needsPlace: true, with: ['to'], window: 1 }),
  r('arrive', 'CONSULT', '042', { pos: 'VERB', mode: 'visit', needsPlace: true, with: ['in', 'to'], window: 1 }),
  r('travel', 'CONSULT', '042', { pos: 'VERB', mode: 'visit', needsPlace: true, with: ['to'], window: 1 }),
  r('fly', 'CONSULT', '042', { pos: 'VERB', mode: 'visit', needsPlace: true, with: ['to'], window: 1 }),
  r('host', 'CONSULT', '043', { pos: 'VERB', mode: 'visit' }),
  // "received weapons from X" is aid from X, "received assurances from X" a promise of X
  r('receive', 'AID', '070', { pos: 'VERB', reverse: true, with: ['weapon', 'weapons', 'arms', 'aid', 'money', 'assistance', 'supplies', 'funds', 'funding', 'loan', 'loans', 'equipment'], window: 3 }),
  r('receive', 'AGREE', '030', { pos: 'VERB', reverse: true, with: ['assurance', 'assurances', 'pledge', 'pledges', 'promise', 'promises', 'guarantee', 'guarantees'], window: 3 }),
  r('receive', 'CONSULT', '043', { pos: 'VERB', with: ['delegation', 'counterpart', 'minister', 'president', 'envoy', 'ambassador'], window: 4 }),
  // not "meet demand", "meet the target"
  r('meet', 'CONSULT', '040', { pos: 'VERB', without: ['demand', 'need', 'needs', 'target', 'targets', 'requirement', 'requirements', 'expectation', 'expectations', 'deadline', 'criterion', 'criteria', 'goal', 'goals', 'standard', 'standards', 'obligation', 'obligations', 'condition', 'conditions', 'threshold', 'thresholds', 'quota', 'bar'] }),
  r('meeting', 'CONSULT', '040', { pos: 'NOUN', without: ['number'] }),
  r('talk', 'CONSULT', '040', { pos: 'NOUN' }),
  r('hold', 'CONSULT', '040', { with: ['talk', 'talks', 'meeting', 'consultation', 'consultations', 'negotiation', 'negotiations'], window: 4 }),
  r('discuss', 'CONSULT', '040', { pos: 'VERB' }),
  r('negotiate', 'CONSULT', '046', { pos: 'VERB' }),
  r('negotiation', 'CONSULT', '046', { pos: 'NOUN' }),
  r('consult', 'CONSULT', '040', { pos: 'VERB' }),
  r('summit', 'CONSULT', '040', { pos: 'NOUN' }),
  r('mediate', 'CONSULT', '045', { pos: 'VERB' }),
  // AGREE: promises and stated intentions to cooperate
  r('agree', 'AGREE', '030', { pos: 'VERB', with: ['to'], window: 1 }),
  r('agree', 'AGREE', '031', { pos: 'VERB', symmetric: true, with: ['that', 'with', 'on'], window: 1 }),
  r('partnership', 'AGREE', '031', { pos: 'NOUN', symmetric: true, with: ['deepen', 'seek', 'strengthen', 'expand', 'build'], window: -5 }),
  r('pledge', 'AGREE', '030'),
  r('promise', 'AGREE', '030', { pos: 'VERB' }),
  r('vow', 'AGREE', '030', { pos: 'VERB' }),
  r('commit', 'AGREE', '030', { pos: 'VERB', with: ['to'], window: 2 }),
  // "offered to mediate": an offer is a stated willingness to cooperate
  r('offer', 'AGREE', '030', { pos: 'VERB', with: ['to'], window: 1 }),
  // SUPPORT: signing, approving, endorsing, recognising
  // "Uzbekistan and Turkey signed a roadmap": each signs with the other
  r('sign', 'SUPPORT', '057', { pos: 'VERB', symmetric: true, without: ['up'] }),
  r('ratify', 'SUPPORT', '057'),
  r('approve', 'SUPPORT', '057', { pos: 'VERB' }),
  r('endorse', 'SUPPORT', '051', { pos: 'VERB' }),
  r('conclude', 'SUPPORT', '057', { symmetric: true, with: ['agreement', 'deal', 'treaty', 'accord', 'contract', 'memorandum'], window: 6 }),
  r('agreement', 'SUPPORT', '057', { pos: 'NOUN', symmetric: true, with: ['conclude', 'sign', 'reach', 'ink', 'seal'], window: 4 }),
  r('recognize', 'SUPPORT', '054', { pos: 'VERB', with: ['independence', 'sovereignty', 'government', 'state', 'statehood'], window: 6 }),
  r('recognise', 'SUPPORT', '054', { pos: 'VERB', with: ['independence', 'sovereignty', 'government', 'state', 'statehood'], window: 6 }),
  // COOPERATE: material cooperation, arms contracts and deliveries
  r('contract', 'COOPERATE', '061', { pos: 'NOUN' }),
  r('deal', 'COOPERATE', '061', { pos: 'NOUN', with: ['arms', 'weapon', 'gas', 'oil', 'trade', 'supply', 'purchase', 'military', 'energy', 'defense', 'defence'], window: 6 }),
  r('supply', 'COOPERATE', '061', { pos: 'VERB', with: ['weapon', 'arms', 'gas', 'oil', 'howitzer', 'tank', 'missile', 'aircraft', 'equipment', 'system'], window: 6 }),
  // (not "deliver a weapon against a vehicle", a strike)
  r('deliver', 'COOPERATE', '061', { pos: 'VERB', with: ['weapon', 'arms', 'howitzer', 'tank', 'missile', 'aircraft', 'equipment', 'system'], without: ['against'], window: 6 }),
  // "Armenia would buy howitzers from France": the buyer acts on the seller
  r('buy', 'COOPERATE', '061', { pos: 'VERB', with: ['weapon', 'weapons', 'arms', 'howitzer', 'howitzers', 'tank', 'tanks', 'missile', 'missiles', 'aircraft', 'jets', 'drones', 'gas', 'oil', 'systems', 'equipment'], window: 6 }),
  r('purchase', 'COOPERATE', '061', { pos: 'VERB', with: ['weapon', 'weapons', 'arms', 'howitzer', 'howitzers', 'tank', 'tanks', 'missile', 'missiles', 'aircraft', 'jets', 'drones', 'gas', 'oil', 'systems', 'equipment'], window: 6 }),
  r('cooperate', 'COOPERATE', '060', { pos: 'VERB' }),
  r('restore', 'COOPERATE', '064', { symmetric: true, with: ['tie', 'ties', 'relation', 'relations'], window: 6 }),
  r('renew', 'COOPERATE', '064', { symmetric: true, with: ['tie', 'ties', 'relation', 'relations'], window: 6 }),
  r('resume', 'COOPERATE', '064', { symmetric: true, with: ['tie', 'ties', 'relation', 'relations'], window: 4 }),
  r('help', 'AID', '070', { pos: 'VERB', object: true }),
  r('contribute', 'AID', '070', { pos: 'VERB', with: ['million', 'billion', 'money', 'fund', 'funds', 'dollar', 'dollars', 'troops'], window: 5 }),
  r('establish', 'COOPERATE', '064', { with: ['tie', 'ties', 'relation', 'relations'], window: 4 }),
  r('normalize', 'COOPERATE', '064', { with: ['tie', 'ties', 'relation', 'relations'], window: 4 }),
  // AID
  r('aid', 'AID', '070', { pos: 'NOUN' }),
  r('donate', 'AID', '070'),
  r('deliver', 'AID', '070', { pos: 'VERB', with: ['aid', 'supplies', 'food', 'medicine', 'medicines', 'assistance', 'relief', 'tents', 'water', 'fuel', 'humanitarian'], window: 6 }),
  r('send', 'AID', '070', { pos: 'VERB', with: ['team', 'teams', 'experts', 'investigators', 'observers', 'monitors', 'doctors', 'medics', 'inspectors', 'specialists'], window: 4 }),
  r('grant', 'AID', '075', { pos: 'VERB', with: ['asylum', 'refuge'], window: 5 }),
  // "gave Russia permission to", "granted approval": yielding to another's wish
  r('give', 'CONCEDE', '080', { pos: 'VERB', with: ['permission', 'approval', 'consent', 'go-ahead'], window: 5 }),
  r('grant', 'CONCEDE', '080', { pos: 'VERB', with: ['permission', 'approval', 'consent', 'access', 'amnesty', 'pardon'], window: 5 }),
  r('send', 'AID', '070', { pos: 'VERB', with: ['aid', 'supplies', 'food', 'medicine', 'medicines', 'assistance', 'relief', 'rescuers', 'tents', 'humanitarian'], window: 6 }),
  r('provide', 'AID', '070', { pos: 'VERB', with: ['aid', 'assistance', 'support', 'funding', 'loan', 'loans', 'weapon', 'weapons', 'arms', 'equipment', 'help', 'relief', 'grant', 'grants'], window: 4 }),
  r('assistance', 'AID', '070', { pos: 'NOUN', with: ['provide', 'send', 'offer', 'humanitarian', 'military', 'financial'], window: 4 }),
  // CONCEDE / RETREAT
  r('lift', 'RETREAT', '085', { mode: 'ease', with: ['sanction', 'sanctions', 'embargo', 'blockade'], window: 4 }),
  r('lift', 'CONCEDE', '081', { with: ['ban', 'restriction', 'restrictions', 'curfew'], window: 4 }),
  r('ease', 'RETREAT', '085', { mode: 'ease', with: ['sanction', 'sanctions', 'embargo', 'blockade'], window: 4 }),
  r('ease', 'CONCEDE', '081', { with: ['restriction', 'restrictions'], window: 4 }),
  r('release', 'RETREAT', '0841', { pos: 'VERB', mode: 'release', without: ['report', 'statement', 'data', 'figure', 'figures', 'video', 'film', 'album', 'result', 'results', 'poll', 'polls', 'letter', 'document', 'documents', 'tape', 'tapes', 'ad', 'book', 'record', 'records', 'information', 'footage', 'photo', 'photos', 'image', 'images', 'transcript', 'list', 'details', 'names', 'plan', 'budget', 'version', 'update', 'recording'] }),
  r('free', 'RETREAT', '0841', { pos: 'VERB', mode: 'release', with: ['prisoner', 'prisoners', 'hostage', 'hostages', 'detainee', 'detainees', 'captive', 'captives'], window: 6 }),
  r('withdraw', 'RETREAT', '0874', { pos: 'VERB', with: ['troop', 'force', 'soldier', 'peacekeeper', 'unit', 'army'], window: 6 }),
  r('pull', 'RETREAT', '0874', { pos: 'VERB', with: ['troop', 'force', 'soldier', 'out'], window: 4 }),
  r('retreat', 'RETREAT', '0874', { pos: 'VERB' }),
  // REQUEST
  r('ask', 'REQUEST', '020', { pos: 'VERB', with: ['to', 'for'], window: 4 }),
  r('request', 'REQUEST', '020'),
  // not the economic "demand for coal", "meet demand"
  r('demand', 'REQUEST', '020', { without: ['meet', 'supply', 'growing', 'rising', 'falling', 'domestic', 'global', 'consumer', 'market', 'strong', 'weak', 'coal', 'oil', 'gas', 'energy', 'electricity', 'power', 'price', 'prices', 'high', 'low', 'decrease', 'decreased', 'increase', 'increased', 'reduced', 'export', 'exports', 'goods', 'products'] }),
  r('send', 'REQUEST', '020', { pos: 'VERB', with: ['letter', 'note', 'appeal', 'request', 'demand', 'ultimatum'], window: 4 }),
  // ACCUSE
  r('accuse', 'ACCUSE', '112'),
  r('allege', 'ACCUSE', '112', { pos: 'VERB', mode: 'allege' }),
  r('accusation', 'ACCUSE', '112', { pos: 'NOUN' }),
  r('present', 'ACCUSE', '1124', { pos: 'VERB', mode: 'allege', with: ['evidence', 'proof', 'charges'], window: 3 }),
  r('investigate', 'ACCUSE', '090', { pos: 'VERB', mode: 'investigate' }),
  r('probe', 'ACCUSE', '090', { pos: 'VERB', mode: 'investigate' }),
  r('investigation', 'ACCUSE', '090', { pos: 'NOUN', mode: 'investigate' }),
  r('inquiry', 'ACCUSE', '090', { pos: 'NOUN', mode: 'investigate' }),
  r('inspect', 'ACCUSE', '090', { pos: 'VERB', mode: 'investigate' }),
  r('re-examine', 'ACCUSE', '090', { pos: 'VERB', mode: 'investigate' }),
  r('deplore', 'ACCUSE', '111', { pos: 'VERB' }),
  r('oppose', 'ACCUSE', '110', { pos: 'VERB', mode: 'disapprove' }),
  r('rebuke', 'ACCUSE', '111', { pos: 'VERB' }),
  r('chide', 'ACCUSE', '111', { pos: 'VERB' }),
  r('criticize', 'ACCUSE', '111'),
  r('criticise', 'ACCUSE', '111'),
  r('condemn', 'ACCUSE', '111'),
  r('denounce', 'ACCUSE', '111'),
  r('blame', 'ACCUSE', '112'),
  r('criticism', 'ACCUSE', '111', { pos: 'NOUN' }),
  r('sue', 'ACCUSE', '115'),
  // REJECT
  r('reject', 'REJECT', '120'),
  r('refuse', 'REJECT', '120', { pos: 'VERB' }),
  r('veto', 'REJECT', '1244'),
  r('deny', 'REJECT', '120', { pos: 'VERB', with: ['request', 'access', 'entry', 'visa', 'permission'], window: 4 }),
  // THREATEN
  r('threaten', 'THREATEN', '130'),
  r('warn', 'THREATEN', '130', { pos: 'VERB' }),
  r('threat', 'THREATEN', '130', { pos: 'NOUN', with: ['sanction', 'sanctions', 'cross-sanctions', 'attack', 'force', 'war', 'strike', 'retaliation', 'invasion'], window: 4 }),
  r('ultimatum', 'THREATEN', '130', { pos: 'NOUN' }),
  // PROTEST
  r('protest', 'PROTEST', '140'),
  // not "demonstrating that ...", "demonstrated its resolve"
  r('demonstrate', 'PROTEST', '141', { pos: 'VERB', without: ['that', 'how', 'its', 'his', 'her', 'their', 'ability', 'commitment', 'resolve', 'capability', 'capabilities', 'strength', 'support'] }),
  r('demonstration', 'PROTEST', '141', { pos: 'NOUN' }),
  r('rally', 'PROTEST', '141'),
  r('march', 'PROTEST', '141', { pos: 'VERB' }),
  r('boycott', 'PROTEST', '143'),
  r('strike', 'PROTEST', '143', { pos: 'NOUN', with: ['worker', 'union', 'hunger', 'general', 'national', 'nationwide', 'labor', 'labour'], window: 3 }),
  // violent protest: "the building was demolished by protesters"
  r('demolish', 'PROTEST', '145', { pos: 'VERB', with: ['protester', 'protesters', 'protestor', 'protestors', 'demonstrator', 'demonstrators', 'rioter', 'rioters', 'crowd', 'crowds', 'mob'], window: 5 }),
  r('ransack', 'PROTEST', '145', { pos: 'VERB', with: ['protester', 'protesters', 'protestor', 'protestors', 'demonstrator', 'demonstrators', 'rioter', 'rioters', 'crowd', 'crowds', 'mob'], window: 5 }),
  r('torch', 'PROTEST', '145', { pos: 'VERB', with: ['protester', 'protesters', 'protestor', 'protestors', 'demonstrator', 'demonstrators', 'rioter', 'rioters', 'crowd', 'crowds', 'mob'], window: 5 }),
  // SANCTION: leaving alliances, suspending, expelling diplomats, breaking ties, sanctions
  r('sanction', 'SANCTION', '163', { without: ['threat', 'lift', 'ease', 'relief'] }),
  r('embargo', 'SANCTION', '163'),
  r('impose', 'SANCTION', '163', { with: ['sanction', 'sanctions', 'embargo', 'tariff', 'tariffs', 'restriction', 'restrictions', 'ban'], window: 5 }),
  r('suspend', 'SANCTION', '160'),
  r('leave', 'SANCTION', '160', { with: ['organization', 'alliance', 'union', 'treaty', 'bloc', 'csto', 'nato', 'eu', 'un', 'agreement', 'pact', 'deal', 'council', 'commonwealth', 'organisation', 'group', 'membership'], window: 3 }),
  r('quit', 'SANCTION', '160', { with: ['organization', 'alliance', 'union', 'treaty', 'bloc', 'agreement', 'pact', 'deal', 'council', 'organisation', 'group', 'membership'], window: 3 }),
  r('exit', 'SANCTION', '160', { pos: 'VERB', without: ['poll', 'polls', 'interview', 'interviews', 'strategy'] }),
  r('expel', 'SANCTION', '1663', { with: ['diplomat', 'diplomats', 'ambassador', 'envoy', 'staff'], window: 4 }),
  r('expel', 'COERCE', '174', { pos: 'VERB', mode: 'deport' }),
  r('recall', 'SANCTION', '161', { with: ['ambassador', 'envoy'], window: 3 }),
  r('sever', 'SANCTION', '161', { with: ['tie', 'ties', 'relation', 'relations'], window: 4 }),
  r('break', 'SANCTION', '161', { pos: 'VERB', with: ['tie', 'ties', 'relation', 'relations'], window: 4 }),
  r('cancel', 'SANCTION', '160', { with: ['visit', 'trip', 'meeting', 'talks', 'summit'], window: 4 }),
  // a travel warning reduces relations: "advised against travel to Tunisia"
  r('advise', 'SANCTION', '160', { pos: 'VERB', with: ['travel', 'trips', 'visits'], window: 3 }),
  r('freeze', 'SANCTION', '163', { with: ['asset', 'assets', 'account', 'accounts', 'fund', 'funds'], window: 4 }),
  // MOBILIZE
  r('mobilize', 'MOBILIZE', '150'),
  r('mobilise', 'MOBILIZE', '150'),
  r('mobilization', 'MOBILIZE', '150'),
  r('deploy', 'MOBILIZE', '150', { pos: 'VERB' }),
  r('prepare', 'MOBILIZE', '150', { pos: 'VERB', with: ['war', 'attack', 'offensive', 'invasion', 'assault'], window: 4 }),
  r('mass', 'MOBILIZE', '150', { pos: 'VERB', with: ['troop', 'troops', 'force', 'forces'], window: 3 }),
  r('exercise', 'MOBILIZE', '152', { pos: 'NOUN', with: ['military', 'naval', 'joint'], window: -3 }),
  r('drill', 'MOBILIZE', '152', { pos: 'NOUN', with: ['military', 'naval', 'joint'], window: -3 }),
  // COERCE
  r('arrest', 'COERCE', '173'),
  r('cordon', 'COERCE', '191', { pos: 'VERB' }),
  r('extradite', 'COERCE', '174', { pos: 'VERB' }),
  r('imprison', 'COERCE', '173', { pos: 'VERB' }),
  r('detain', 'COERCE', '173'),
  r('jail', 'COERCE', '173', { pos: 'VERB' }),
  // not "seized on the remarks"
  r('seize', 'COERCE', '171', { without: ['on', 'upon'] }),
  r('confiscate', 'COERCE', '171'),
  r('ban', 'COERCE', '172', { pos: 'VERB' }),
  r('raid', 'COERCE', '170'),
  r('deport', 'COERCE', '174'),
  r('blockade', 'COERCE', '191'),
  r('sentence', 'COERCE', '173', { pos: 'VERB', with: ['prison', 'jail', 'year', 'years', 'death', 'life'], window: 6 }),
  // ASSAULT
  // a verbal attack: "attacked Machado in early-morning tweets"
  r('attack', 'ACCUSE', '111', { with: ['tweet', 'tweets', 'twitter', 'ad', 'ads', 'remarks', 'speech', 'comments', 'statement', 'interview', 'op-ed', 'column', 'article', 'rhetoric', 'verbally'], window: 6 }),
  r('attack', 'ASSAULT', '190'),
  r('bomb', 'ASSAULT', '195', { pos: 'VERB' }),
  r('bombard', 'ASSAULT', '195', { pos: 'VERB' }),
  r('launch', 'ASSAULT', '190', { pos: 'VERB', with: ['strike', 'strikes', 'attack', 'attacks', 'missile', 'missiles', 'rocket', 'rockets', 'offensive', 'airstrike', 'airstrikes', 'raid', 'raids', 'assault'], window: 4 }),
  r('engage', 'ASSAULT', '193', { pos: 'VERB', with: ['firefight', 'fighting', 'battle', 'gunfight', 'combat', 'clash', 'clashes'], window: 6 }),
  r('shell', 'ASSAULT', '194', { pos: 'VERB' }),
  r('shelling', 'ASSAULT', '194'),
  r('airstrike', 'ASSAULT', '195'),
  r('strike', 'ASSAULT', '195', { with: ['missile', 'drone', 'air', 'rocket', 'military', 'target', 'targets', 'village', 'city', 'base', 'position', 'positions'], window: 4 }),
  // not "the floods have killed 286 people"
  r('kill', 'ASSAULT', '190', { pos: 'VERB', without: ['flood', 'floods', 'earthquake', 'quake', 'storm', 'storms', 'disease', 'virus', 'accident', 'crash', 'heat', 'heatwave', 'landslide', 'landslides', 'cyclone', 'hurricane', 'typhoon', 'avalanche', 'fire', 'blaze', 'outbreak', 'epidemic', 'tsunami'] }),
  r('shoot', 'ASSAULT', '190', { pos: 'VERB' }),
  r('wage', 'ASSAULT', '190', { pos: 'VERB', with: ['war', 'campaign', 'offensive', 'battle', 'attack', 'attacks'], window: 3 }),
  r('blow', 'ASSAULT', '183', { pos: 'VERB', with: ['up'], window: 1 }),
  r('invade', 'ASSAULT', '192'),
  r('invasion', 'ASSAULT', '192'),
  r('assault', 'ASSAULT', '190'),
  // "clashed over the efforts of X" is a quarrel, not fighting
  r('clash', 'ASSAULT', '190', { without: ['over'] }),
  // (not "the coach was fired", a dismissal)
  r('fire', 'ASSAULT', '190', { pos: 'VERB', with: ['on', 'at', 'missile', 'missiles', 'rocket', 'rockets', 'shell', 'shells'], without: ['coach', 'manager', 'employee', 'employees', 'staff'], window: 3 }),
];

export const TRIGGERS_BY_LEMMA: Map<string, TriggerRule[]> = (() => {
  const m = new Map<string, TriggerRule[]>();
  for (const t of TRIGGERS) m.set(t.lemma, [...(m.get(t.lemma) ?? []), t]);
  return m;
})();

/** Words that mark a PLOVER context. */
export const CONTEXT_WORDS: Record<string, string[]> = {
  military: ['weapon', 'arms', 'howitzer', 'tank', 'missile', 'military', 'defense', 'defence', 'air-defense', 'troop', 'army', 'aircraft', 'drone', 'artillery', 'ammunition', 'warship', 'fighter', 'military-technical'],
  economic: ['sanction', 'sanctions', 'cross-sanctions', 'trade', 'economic', 'investment', 'tariff', 'export', 'import', 'economy', 'market', 'finance', 'financial'],
  diplomatic: ['ambassador', 'embassy', 'diplomatic', 'diplomat'],
};
