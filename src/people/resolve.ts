/**
 * `resolvePeople`: one identity per person across the archive, from participant lists,
 * speaker labels and the optional alias file. Rules, most certain first:
 * 1. a speaker is the participant of the same meeting with that surname and a fitting role
 *    (構成員/座長/主査 → members; a post → officials; 氏/様 → anyone, narrowed by affiliation);
 * 2. members with one surname are one person across the meetings of a series family
 *    (series that share their chair's surname or several members: 後藤座長 / 後藤主査);
 * 3. full names (presenters, named observers) are one person archive-wide;
 * 4. officials are one person when surname and post (brackets aside) agree;
 * 5. anything else stays apart and, when it is a speaker, is reported.
 * Pure: no file system, no Astro.
 */
import { isDescribedAnonymous, parseNameLabel, typedTurnWho } from '../parser/names.ts';
import { fnv1a } from '../parser/series.ts';
import { NUMERAL_SOURCE, parseNumeral } from '../parser/numerals.ts';
import { readingKey } from '../format/reading.ts';
import { labelForm, type Alias } from './aliases.ts';
import { affiliationFit, comparable, entryKind, isAbsentEntry, isChairTitle, isMemberTitle, postCore, postMatches, titleKind } from './roles.ts';
import { KeyUnion } from './union-find.ts';
import { matchForm, replaceSpaceRuns } from '../parser/normalize.ts';
import {
	ROLE_KINDS,
	compareRecords,
	remarkKey,
	participantKey,
	type MeetingRecord,
	type PeopleDiagnostic,
	type PeopleIndex,
	type Person,
	type PersonRemark,
	type PersonRole,
	type RoleKind,
} from './types.ts';

/** Two series are one family when they share at least this many member surnames. */
const FAMILY_SHARED_MEMBERS = 3;
/** A name without a title at least this long (in characters) is a full name, not a surname. */
const FULL_NAME_MIN = 3;
/**
 * A name at least this long is a full name even with a title (the Diet's rolls print `委員長 山際大志郎君` unspaced, an
 * assembly's roll spaces every character apart: `委 員 長　田　中　一　郎` reads as 田中一郎).
 */
const FULL_NAME_LONG = 4;
/** Key prefixes, most telling first: the canonical key of a person is the first one it has. */
const KEY_PRIORITY = ['alias:', 'name:', 'member:', 'official:', 'presenter:', 'observer:', 'other:', 'speaker:', 'org:'];

/** One participant entry of one meeting. */
interface Entry {
	meeting: MeetingRecord;
	text: string;
	kind: RoleKind;
	surname: string | null;
	/** The surname as compared (spaces and old forms aside: 髙橋 is 高橋). */
	surnameKey: string | null;
	/** The surname as compared with the given name's initial when the entry has one (`佐藤（一）構成員`: `佐藤（一）`): one member in a meeting. */
	nameKey: string | null;
	/** The given name's first characters a roll writes in brackets after a surname two members share (`佐藤（一）構成員`), else null. */
	initial: string | null;
	fullName: string | null;
	/** The full name as compared, without the space that marks the surname (made once: every speaker of the meeting or family is matched against it). */
	plainFullName: string | null;
	title: string | null;
	/** The title as compared (`comparable`), made once: every speaker of the meeting or family is matched against it. */
	titleKey: string | null;
	affiliation: string | null;
	/** Listed as absent (`欠席者`, `欠席委員`, or `（欠席）` after the name): a member of the body, not at the meeting. */
	absent: boolean;
	/** The name's reading the list gives, else null. */
	reading: string | null;
	/**
	 * The members' word of the roll's heading, for an entry listed without a post (`出席委員` → 委員, `出席小委員` → 小委員, those
	 * who spoke `発言者`), else null.
	 */
	seat: string | null;
	key: string;
}

/**
 * The members' word of a roll's heading (`出席委員` → 委員, `出席分科員` → 分科員), or null when it names none; those listed
 * because they spoke, where no roll was printed (`発言者`), are speakers.
 */
function seatOf(group: string): string | null {
	if (group === '発言者') return group;
	const word = /^出席(?<word>\S+)$/u.exec(group.normalize('NFKC'))?.groups?.['word'] ?? null;
	return isMemberTitle(word) ? word : null;
}

/** One speaker label of one meeting and where its remarks went. */
interface Speaker {
	meeting: MeetingRecord;
	label: string;
	name: string | null;
	title: string | null;
	affiliation: string | null;
	/** The name's parts as compared and the title as compared (`comparable`, '' without one), made once for all the candidates. */
	query: NameQuery;
	titleKey: string;
	entry: Entry | null;
	key: string;
	/** Each remark's id and line, with the speaker's reading when the source gives it (`speakerYomi`). */
	remarks: { id: string; line: number; reading: string | null }[];
}

/** Series slug → family key: series sharing the chair's surname or several members are one family. */
function seriesFamilies(meetings: readonly MeetingRecord[], entries: readonly Entry[]): Map<string, string> {
	const members = new Map<string, Set<string>>();
	const chairs = new Map<string, Set<string>>();
	for (const entry of entries) {
		if (entry.kind !== 'member' || !entry.nameKey) continue;
		const slug = entry.meeting.data.seriesSlug;
		members.set(slug, (members.get(slug) ?? new Set()).add(entry.nameKey));
		if (isChairTitle(entry.title)) chairs.set(slug, (chairs.get(slug) ?? new Set()).add(entry.nameKey));
	}
	const union = new KeyUnion();
	const slugs = [...new Set(meetings.map((meeting) => meeting.data.seriesSlug))].sort();
	for (const slug of slugs) union.add(slug);
	for (const [i, a] of slugs.entries()) {
		for (const b of slugs.slice(i + 1)) {
			const shared = [...(members.get(a) ?? [])].filter((name) => members.get(b)?.has(name)).length;
			const chair = [...(chairs.get(a) ?? [])].some((name) => chairs.get(b)?.has(name));
			if (chair || shared >= FAMILY_SHARED_MEMBERS) union.union(a, b);
		}
	}
	const families = new Map<string, string[]>();
	for (const slug of slugs) families.set(union.find(slug), [...(families.get(union.find(slug)) ?? []), slug]);
	const result = new Map<string, string>();
	for (const group of families.values()) for (const slug of group) result.set(slug, group.join('+'));
	return result;
}

/** Identity key of an alias-file person (by name, so reordering the file keeps ids). */
function aliasKey(alias: Alias): string {
	return `alias:${comparable(alias.name)}`;
}

/** True when an alias label applies to a label seen in a meeting. */
function aliasApplies(alias: Alias, label: string, meeting: MeetingRecord): boolean {
	const form = labelForm(label);
	return alias.labels.some(
		(candidate) =>
			candidate.label === form &&
			(candidate.series === null || candidate.series === meeting.data.seriesSlug || labelForm(candidate.series) === labelForm(meeting.data.series)) &&
			(candidate.meeting === null || candidate.meeting === meeting.id || candidate.meeting === meeting.data.source),
	);
}

/** The participant entries of one meeting (organisations, which have no name, are left out). */
function readEntries(meeting: MeetingRecord): Omit<Entry, 'key'>[] {
	const entries: Omit<Entry, 'key'>[] = [];
	for (const group of meeting.data.participants) {
		for (const member of group.members) {
			if (member.name === null) continue;
			const kind = entryKind(group.group, titleInAffiliation(member.title, member.affiliation).title);
			const { title, affiliation } = kind === 'presenter' ? guestPost(group.group, member.title, member.affiliation) : titleInAffiliation(member.title, member.affiliation);
			// A name written with a space (相田 仁, 後藤　尚久) is a full name whose surname is the part before it.
			const spaced = /^(\S+)[ \u3000]+\S+$/u.exec(member.name);
			const initialed = INITIALED_NAME.exec(member.name)?.groups;
			const length = [...member.name].length;
			const full = !initialed && (spaced !== null || length >= FULL_NAME_LONG || (title === null && length >= (kind === 'member' ? FULL_NAME_MIN + 1 : FULL_NAME_MIN)));
			const surname = initialed ? (initialed.surname ?? null) : spaced ? (spaced[1] ?? null) : full ? null : member.name;
			const initial = initialed ? nameForm(initialed.initial ?? '') : null;
			entries.push({
				meeting,
				text: member.text,
				absent: isAbsentEntry(group.group, member.text),
				kind,
				surname,
				surnameKey: surname === null ? null : nameForm(surname),
				nameKey: surname === null ? null : `${nameForm(surname)}${initial === null ? '' : `（${initial}）`}`,
				initial,
				fullName: full ? member.name : null,
				plainFullName: full ? nameForm(member.name) : null,
				title,
				titleKey: title === null ? null : comparable(title),
				affiliation,
				reading: member.reading ?? null,
				seat: kind === 'member' || group.group === '発言者' ? seatOf(group.group) : null,
			});
		}
	}
	return entries;
}

/** A surname, then in brackets the first characters of the given name that tell two members of that surname apart: `佐藤（一）`, `小林(和)`. */
const INITIALED_NAME = /^(?<surname>[^\s（()）]{1,4})[（(](?<initial>[^\s（()）]{1,2})[）)]$/u;

/** A member's post a roll writes first in the brackets after the name: `高橋 健二（座長、西都大学 教授）`, `髙橋健二(会長、西都大学教授)`. */
const POST_FIRST = /^(?<post>[^\s、,，]{1,6})[、,，]\s*(?<rest>\S.*)$/u;

/** An entry's title, taken from the head of its affiliation when the roll writes the post there (`（座長、西都大学 教授）`). */
function titleInAffiliation(title: string | null, affiliation: string | null): { title: string | null; affiliation: string | null } {
	if (title !== null || affiliation === null) return { title, affiliation };
	const post = POST_FIRST.exec(affiliation)?.groups;
	if (post?.post && post.rest && isMemberTitle(post.post)) return { title: post.post, affiliation: post.rest };
	return { title, affiliation };
}

/** The heading of a list of guests heard at one meeting, which is their part in it: `参考人`, `講師`. */
const GUEST_HEADING = /参考人|講師|ゲスト/u;

/**
 * A guest's post, written before the name in an assembly's list of 参考人 (`南都大学准教授　森　美香`), is their affiliation; their
 * part at the meeting is the heading's word (参考人), as `参考人（南都大学准教授）` says.
 */
function guestPost(group: string, title: string | null, affiliation: string | null): { title: string | null; affiliation: string | null } {
	const heading = GUEST_HEADING.exec(group.normalize('NFKC'))?.[0];
	if (heading === undefined || title === null || titleKind(title) !== 'official') return titleInAffiliation(title, affiliation);
	return { title: heading, affiliation: affiliation === null ? title : `${title} ${affiliation}` };
}

/** A name without the space that marks the surname (`鈴木 太郎` and `鈴木太郎` are one name). */
const unspaced = (name: string): string => replaceSpaceRuns(name, '');

/** A name as compared: no spaces, NFKC, old character forms in today's (`髙橋 健二`, `高橋健二` and `髙橋健二` are one name). */
const nameForm = (name: string): string => unspaced(matchForm(name));

/** A speaker's name as compared: the whole name, and for `佐藤（一）` its surname and the given name's initial. */
interface NameQuery {
	plain: string;
	surname: string;
	initial: string | null;
}

/** The parts of a speaker's name to compare. */
function nameQuery(name: string): NameQuery {
	const initialed = INITIALED_NAME.exec(name)?.groups;
	if (initialed) {
		const surname = nameForm(initialed.surname ?? '');
		const initial = nameForm(initialed.initial ?? '');
		return { plain: `${surname}${initial}`, surname, initial };
	}
	const plain = nameForm(name);
	return { plain, surname: plain, initial: null };
}

/**
 * Does an entry carry this (sur)name? Exact surnames first, full names by their start (spaces and old forms aside); a name with
 * the given name's initial (`佐藤（一）`) is the entry with that initial, a full name that starts with both, or a surname alone.
 * A titled name of three characters (`齋藤誠（理事長）`) is read as a surname, but may be a full name: `齋藤理事長` is it too.
 */
function nameMatches(entry: Pick<Entry, 'surnameKey' | 'initial' | 'plainFullName'>, query: NameQuery): 'exact' | 'prefix' | null {
	const full = entry.plainFullName ?? (entry.initial === null && entry.surnameKey !== null && entry.surnameKey.length >= FULL_NAME_MIN ? entry.surnameKey : null);
	const surname = entry.surnameKey;
	if (query.initial !== null) {
		if (surname === query.surname && entry.plainFullName === null) return entry.initial === query.initial ? 'exact' : entry.initial === null ? 'prefix' : null;
	} else if (surname === query.plain) return 'exact';
	if (full === query.plain) return 'exact';
	if (full && full.length > query.plain.length && full.startsWith(query.plain)) return 'prefix';
	return null;
}

/**
 * A speaker named by the given name alone (`和子理事`, `正専務理事`, as a board tells two members of one surname apart) is an
 * entry whose full name ends with it: after the space of a spaced name, else after at least two characters.
 */
function givenNameMatches(entry: Pick<Entry, 'fullName' | 'plainFullName' | 'surnameKey' | 'initial'>, query: NameQuery): boolean {
	if (query.initial !== null || entry.initial !== null) return false;
	const spaced = entry.fullName === null ? null : /^\S+[ \u3000]+(\S+)$/u.exec(entry.fullName);
	if (spaced) return nameForm(spaced[1] ?? '') === query.plain;
	const full = entry.plainFullName ?? entry.surnameKey;
	return full !== null && full.length >= query.plain.length + 2 && full.endsWith(query.plain);
}

/**
 * The Diet's parts of those who attend to answer (`政府参考人`, the older `政府委員`, `説明員`, the courts' `最高裁判所長官代理者` and the
 * Board of Audit's `会計検査院当局者`): who they are, not the post they hold.
 */
const ATTENDANCE_PART = /^(?:政府参考人|政府委員|政府特別補佐人|説明員|最高裁判所長官代理者|会計検査院当局者)$/u;

/** The honorifics a label puts after a name (`古川直行君`, `山田氏`), which say nothing of the speaker's role. */
const NAME_HONORIFIC = /^(?:君|氏|様|さん|殿)$/u;

/** Narrow candidate entries for a speaker label; the best-fitting ones remain. */
function narrow(candidates: Entry[], speaker: Pick<Speaker, 'query' | 'title' | 'titleKey' | 'affiliation'>): Entry[] {
	const { query } = speaker;
	const kind = titleKind(speaker.title);
	const named = candidates.filter((entry) => nameMatches(entry, query) !== null);
	let list = named;
	// A member's title, or the very title the entry is listed with (`山田理事` and an agency's `山田理事` among the 説明者).
	// (A member's title that is an official's post too, `松田主査` for the roll's `地域振興課主査　松田　愛`: the official, when no member
	// of that name is listed; it had been no one.)
	if (kind === 'member') {
		const members = list.filter((entry) => entry.kind === 'member' || (entry.titleKey !== null && entry.titleKey === speaker.titleKey));
		list = members.length > 0 ? members : list.filter((entry) => entry.kind === 'official' && entry.title !== null && postMatches(speaker.title ?? '', entry.title));
		// (A name without a post in a roll of everyone, `出席者：福田与市（委員長）、石井　健太`, for `石井委員`: a member listed so.)
		if (list.length === 0) list = candidates.filter((entry) => nameMatches(entry, query) !== null && entry.kind === 'other' && entry.title === null);
	}
	if (kind === 'official') {
		const officials = list.filter((entry) => entry.kind === 'official');
		const posted = officials.filter((entry) => postMatches(speaker.title ?? '', entry.title ?? ''));
		// (`政府参考人（吉岡正樹君）` for the 参議院 roll's `環境省地球環境局長　吉岡 正樹`, listed under `政府参考人`: a part at the sitting
		// names no post, so an official of the name is meant when none is listed with the part.)
		list = posted.length > 0 || !ATTENDANCE_PART.test(speaker.title ?? '') ? posted : officials;
		// (`宇野幹事` for a 審査会's `幹事　宇野 真一君`, listed among its members: an entry of the name listed with the very title the
		// label gives is meant when no official fits.)
		if (list.length === 0) list = named.filter((entry) => entry.titleKey !== null && entry.titleKey === speaker.titleKey);
	}
	if (severalKeys(list) && speaker.affiliation) {
		const fits = list.map((entry) => affiliationFit(speaker.affiliation, [entry.affiliation, entry.title].filter(Boolean).join(' ') || null));
		const best = Math.max(...fits);
		if (best > 0) list = list.filter((_, index) => fits[index] === best);
	}
	// 林氏 is 林 rather than 林田太郎 when nothing else tells them apart.
	if (severalKeys(list) && list.some((entry) => nameMatches(entry, query) === 'exact')) {
		list = list.filter((entry) => nameMatches(entry, query) === 'exact');
	}
	if (kind === 'member' && severalKeys(list)) {
		const sameTitle = list.filter((entry) => entry.title === speaker.title);
		if (sameTitle.length > 0) list = sameTitle;
	}
	return list;
}

/**
 * Whether the entries have more than one identity key. A speaker's candidates are often one member listed in
 * hundreds of meetings: the test stops at the first other key and makes nothing.
 */
function severalKeys(entries: readonly Entry[]): boolean {
	const first = entries[0]?.key;
	return entries.some((entry) => entry.key !== first);
}

/** Distinct entries by identity key (the first of each, in order). */
function distinctKeys(entries: Entry[]): Entry[] {
	if (!severalKeys(entries)) return entries.slice(0, 1);
	const seen = new Map<string, Entry>();
	for (const entry of entries) if (!seen.has(entry.key)) seen.set(entry.key, entry);
	return [...seen.values()];
}

/** The canonical key of a group of keys: the most telling prefix, then the smallest. */
function canonicalKey(keys: string[]): string {
	const rank = (key: string): number => {
		const index = KEY_PRIORITY.findIndex((prefix) => key.startsWith(prefix));
		return index < 0 ? KEY_PRIORITY.length : index;
	};
	return [...keys].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))[0] ?? '';
}

/** The most frequent value of a list (first seen wins ties), or null. */
function mostFrequent(values: (string | null)[]): string | null {
	const counts = new Map<string, number>();
	for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
	let best: string | null = null;
	for (const [value, count] of counts) if (best === null || count > (counts.get(best) ?? 0)) best = value;
	return best;
}

/** Affiliations without repeats (NTT and 株式会社NTT, JPCERT/CC and JPCERT コーディネーションセンター are one); the longest form stays. */
function distinctAffiliations(values: (string | null)[]): string[] {
	const result: string[] = [];
	for (const value of values) {
		if (!value) continue;
		const same = result.findIndex((known) => affiliationFit(known, value) === 2);
		if (same < 0) result.push(value);
		else if ([...value].length > [...(result[same] ?? '')].length) result[same] = value;
	}
	return result;
}

/** Everything the resolution steps share: the archive, the alias file, the union of keys and what is found so far. */
interface ResolveState {
	meetings: MeetingRecord[];
	aliases: readonly Alias[];
	diagnostics: PeopleDiagnostic[];
	union: KeyUnion;
	/** Series slug → the slug of its family (series that share their members). */
	families: Map<string, string>;
	/** Indexes of the aliases some label matched. */
	usedAliases: Set<number>;
	/** Participant entries without keys yet, in archive order. */
	rawEntries: Omit<Entry, 'key'>[];
	entries: Entry[];
	entriesByMeeting: Map<string, Entry[]>;
	/** Candidates outside a meeting by family, and their index by name (computed once per family). */
	widePools: Map<string, Entry[]>;
	wideIndexes: Map<string, Map<string, Entry[]>>;
	speakers: Speaker[];
}

/** The family of a meeting's series (the series itself when it has none). */
function familyOf(state: ResolveState, meeting: MeetingRecord): string {
	return state.families.get(meeting.data.seriesSlug) ?? meeting.data.seriesSlug;
}

/** Give `key` to a label of a meeting, and join it with every alias whose labels cover it. */
function claim(state: ResolveState, label: string, meeting: MeetingRecord, key: string): void {
	state.union.add(key);
	for (const alias of state.aliases) {
		if (aliasApplies(alias, label, meeting)) {
			state.union.union(aliasKey(alias), key);
			state.usedAliases.add(alias.index);
		}
	}
}

/** Group a list by the value `by` gives, keeping the order. */
function groupBy<T, K>(items: readonly T[], by: (item: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const item of items) {
		const list = groups.get(by(item));
		if (list) list.push(item);
		else groups.set(by(item), [item]);
	}
	return groups;
}

/** The identity key of a participant entry (rules 2–5); a surname two members of one meeting share stays per meeting, with a warning. */
function entryKey(state: ResolveState, entry: Omit<Entry, 'key'>, meeting: MeetingRecord, position: number, memberCounts: Map<string, number>): string {
	if (entry.fullName) return `name:${comparable(entry.fullName)}`;
	if (entry.kind === 'member' && (memberCounts.get(entry.nameKey ?? '') ?? 0) > 1) {
		state.diagnostics.push({
			severity: 'warning',
			file: meeting.data.source,
			line: null,
			code: 'ambiguous-surname',
			message: `two members of ${meeting.id} are called ${entry.surname}; "${entry.text}" is kept apart (name them in seeds/people.yml)`,
		});
		return `member:${meeting.id}:${position}:${comparable(entry.text)}`;
	}
	if (entry.kind === 'member') return `member:${familyOf(state, meeting)}:${entry.nameKey}`;
	if (entry.kind === 'official') return `official:${entry.nameKey}:${postCore(entry.title ?? '')}`;
	return `${entry.kind}:${entry.nameKey}:${comparable(entry.affiliation ?? '')}`;
}

/** Step 1: key every participant entry, meeting by meeting, join surnames to the full names they stand for, and index the entries by meeting. */
function keyParticipants(state: ResolveState): void {
	const rawByMeeting = groupBy(state.rawEntries, (entry) => entry.meeting);
	const keyed: { entry: Entry; apart: boolean }[] = [];
	for (const meeting of state.meetings) {
		const own = rawByMeeting.get(meeting) ?? [];
		const memberCounts = new Map<string, number>();
		for (const entry of own) if (entry.kind === 'member' && entry.nameKey) memberCounts.set(entry.nameKey, (memberCounts.get(entry.nameKey) ?? 0) + 1);
		for (const [position, entry] of own.entries()) {
			const apart = entry.kind === 'member' && (memberCounts.get(entry.nameKey ?? '') ?? 0) > 1;
			keyed.push({ entry: { ...entry, key: entryKey(state, entry, meeting, position, memberCounts) }, apart });
		}
	}
	const links = fullNameLinks(state, keyed);
	const promotions = postChangeLinks(state, keyed.map(({ entry }) => entry));
	for (const { entry } of keyed) {
		const linked = links.get(entry.key) ?? entry.key;
		const key = promotions.get(linked) ?? linked;
		claim(state, entry.text, entry.meeting, key);
		state.entries.push({ ...entry, key });
	}
	state.entriesByMeeting = groupBy(state.entries, (entry) => entry.meeting.id);
}

/** The rank at the end of an official's post, and the kind of unit before it: `情報政策課長` is 課長 of 情報政策(課). */
const POST_RANK = /(?:課|局|部|室|センター|本部)?(?:課長補佐|課長代理|課長|局長|次長|部長|室長|所長|センター長|本部長|参事官|審議官|企画官|調査官|専門官|補佐|係長|主幹|主査|主任|担当)$/u;

/** The unit an official's post is in, its rank aside (`情報政策課課長補佐`, `情報政策課長` and `情報政策局長` are all in 情報政策); null when no rank ends it. */
function postUnit(title: string | null): string | null {
	const core = postCore(title ?? '');
	const unit = core.replace(POST_RANK, '');
	return unit !== core && [...unit].length >= 2 ? unit : null;
}

/**
 * Officials listed by surname and post whose post changes over the years in one unit of a body (`山田情報政策課長`, then
 * `山田情報政策局長`; `中村情報政策課課長補佐`, then `中村情報政策課長`): one person, when the two are never listed in one meeting.
 * Each later post's key is joined to the first; a unit's posts held by two of one surname at once stay apart.
 */
function postChangeLinks(state: ResolveState, entries: readonly Entry[]): Map<string, string> {
	const byUnit = new Map<string, Entry[]>();
	for (const entry of entries) {
		if (entry.kind !== 'official' || entry.fullName !== null || entry.surnameKey === null || entry.absent) continue;
		// The unit may be the affiliation the roll writes before a bare rank: `行政改革課　小野課長` is 小野 of 行政改革(課).
		const unit = postUnit(entry.title) ?? postUnit(`${entry.affiliation ?? ''}${entry.title ?? ''}`);
		if (unit === null) continue;
		const slot = `${familyOf(state, entry.meeting)}\u0000${entry.surnameKey}\u0000${unit}`;
		const list = byUnit.get(slot);
		if (list) list.push(entry);
		else byUnit.set(slot, [entry]);
	}
	const links = new Map<string, string>();
	for (const list of byUnit.values()) {
		const keys = [...new Set(list.map((entry) => entry.key))];
		if (keys.length < 2) continue;
		const keysByMeeting = groupBy(list, (entry) => entry.meeting.id);
		if ([...keysByMeeting.values()].some((together) => new Set(together.map((entry) => entry.key)).size > 1)) continue;
		const [first, ...later] = keys;
		for (const key of later) if (first !== undefined) links.set(key, first);
	}
	return links;
}

/**
 * Keys of entries listed by surname that are one person with a full name listed elsewhere, as the rolls of one body change
 * style over the years (`髙橋 健二（西都大学 教授）` one year, `髙橋構成員` or `高橋座長` the next):
 * - a name read as a surname that is a full name written elsewhere (`齋藤誠（理事長）` and `齋藤 誠`, `大野健` and `大野 健`);
 * - a member's surname (with the given name's initial when the roll adds it: `佐藤（一）構成員`) that starts exactly one full
 *   name among the members of its series family (two 佐藤 with full names leave `佐藤構成員` apart), as its surname.
 * Members kept apart in a meeting that lists two of one surname are left alone.
 */
function fullNameLinks(state: ResolveState, keyed: readonly { entry: Entry; apart: boolean }[]): Map<string, string> {
	const fullKeys = new Map<string, Set<string>>();
	const memberStarts = new Map<string, Set<string>>();
	for (const { entry } of keyed) {
		const full = entry.plainFullName;
		if (full === null) continue;
		fullKeys.set(full, (fullKeys.get(full) ?? new Set()).add(entry.key));
		if (entry.kind !== 'member') continue;
		const family = familyOf(state, entry.meeting);
		// A surname ends where the space of a spaced name is; in a name written without it, after two characters at least (`森構成員` is not 森田花子).
		for (let end = entry.surnameKey?.length ?? 2; end < full.length; end++) {
			const start = `${family}\u0000${full.slice(0, end)}`;
			memberStarts.set(start, (memberStarts.get(start) ?? new Set()).add(entry.key));
		}
	}
	const links = new Map<string, string>();
	const seen = new Set<string>();
	for (const { entry, apart } of keyed) {
		if (apart || entry.fullName !== null || entry.surnameKey === null || seen.has(entry.key)) continue;
		seen.add(entry.key);
		const same = entry.initial === null && entry.surnameKey.length >= FULL_NAME_MIN ? fullKeys.get(entry.surnameKey) : undefined;
		const starts = entry.kind === 'member' ? memberStarts.get(`${familyOf(state, entry.meeting)}\u0000${entry.surnameKey}${entry.initial ?? ''}`) : undefined;
		const [target] = same?.size === 1 ? same : starts?.size === 1 ? starts : [];
		if (target !== undefined) links.set(entry.key, target);
	}
	return links;
}

/** Candidates outside a meeting: its series family, full names and officials (computed once per family). */
function widePool(state: ResolveState, family: string): Entry[] {
	let pool = state.widePools.get(family);
	if (!pool) {
		pool = state.entries.filter((entry) => familyOf(state, entry.meeting) === family || entry.fullName !== null || entry.kind === 'official');
		state.widePools.set(family, pool);
	}
	return pool;
}

/**
 * The wide pool's entries a speaker's name could match (surnames, full names and their starts, see
 * nameMatches), in pool order: looking a speaker up must not scan the whole family. narrow() then keeps
 * the first entry per identity, so later entries identical in what it reads change nothing and are left out.
 */
function wideCandidates(state: ResolveState, family: string, query: NameQuery): Entry[] {
	let index = state.wideIndexes.get(family);
	if (!index) {
		index = new Map();
		// Entries that narrow() cannot tell apart (one member listed in hundreds of meetings) are kept once.
		const seen = new Set<string>();
		for (const entry of widePool(state, family)) {
			const signature = JSON.stringify([entry.key, entry.kind, entry.title, entry.affiliation, entry.surname, entry.fullName, entry.text]);
			if (seen.has(signature)) continue;
			seen.add(signature);
			const names = new Set<string>();
			if (entry.surnameKey) names.add(entry.surnameKey);
			const full = entry.plainFullName;
			if (full) for (let end = 1; end <= full.length; end++) names.add(full.slice(0, end));
			for (const key of names) {
				const list = index.get(key);
				if (list) list.push(entry);
				else index.set(key, [entry]);
			}
		}
		state.wideIndexes.set(family, index);
	}
	return index.get(query.surname) ?? [];
}

/** Who chairs or runs a meeting, then in brackets the post they hold there: `議長（会長）`, `司会（企画課長）`. */
const CHAIR_BY_POST = /^[○◯〇◎●◆◇]?(?:議長|座長|司会|司会者|進行)[（(](?<post>[^（()）]{1,20})[）)]$/u;

/** True for a label of who chairs or runs the meeting by the post alone they hold (`議長（会長）`), no person named in the bracket. */
function isPostInChair(label: string): boolean {
	const post = CHAIR_BY_POST.exec(label.trim())?.groups?.post;
	if (post === undefined) return false;
	const parts = parseNameLabel(post);
	return parts.name === null && parts.title === post && parts.affiliation === null;
}

/** A label whose brackets hold who speaks: `議長（齋藤理事長）`, `事務局（中島）`. */
const BRACKETED_SPEAKER = /^(?<outer>[^（()）]+)[（(](?<inner>[^（()）]+)[）)]$/u;

/**
 * A speaker label's parts (`parseNameLabel`), with the name in brackets read on its own: `議長（齋藤理事長）` is 齋藤, the board's
 * 理事長, in the chair (the post held is what the roll lists); `事務局（中島）` is 中島 speaking for the 事務局.
 */
function readSpeakerLabel(label: string): ReturnType<typeof parseNameLabel> {
	// (`司会`, `進行`: whoever runs the meeting, the body's own speaker, no one's name.)
	if (BODY_RELATIVE.test(comparable(label).replace(TURN_MARK, ''))) return { name: null, title: null, affiliation: null };
	const parts = parseNameLabel(label);
	const bracketed = BRACKETED_SPEAKER.exec(label)?.groups;
	// (`参加者（男性）`: someone of the floor kept anonymous, no one named in the bracket.)
	if (!bracketed?.inner || !bracketed.outer || isDescribedAnonymous(label)) return parts;
	const inner = parseNameLabel(bracketed.inner);
	// `議長（会長）`, `司会（企画課長）`: who chairs or runs the meeting, by the post they hold (the roll's holder of that post).
	if (isPostInChair(label)) return { name: null, title: inner.title, affiliation: null };
	if (inner.name === null) return parts;
	if (parts.name === null) return { name: inner.name, title: inner.title, affiliation: parts.affiliation ?? bracketed.outer };
	if (parts.name === bracketed.inner && inner.title !== null && isMemberTitle(parts.title) && isMemberTitle(inner.title)) return { ...parts, name: inner.name, title: inner.title };
	return parts;
}

/** The speakers of one meeting: one per label, with its remarks. */
function meetingSpeakers(meeting: MeetingRecord): Speaker[] {
	const byLabel = new Map<string, Speaker>();
	for (const remark of meeting.data.remarks) {
		const label = remark.speaker;
		let speaker = byLabel.get(label);
		if (!speaker) {
			const parts = readSpeakerLabel(label);
			speaker = { meeting, label, ...parts, query: nameQuery(parts.name ?? ''), titleKey: comparable(parts.title ?? ''), entry: null, key: '', remarks: [] };
			byLabel.set(label, speaker);
		}
		speaker.remarks.push({ id: remark.id, line: remark.line, reading: remark.speakerYomi ?? null });
	}
	return [...byLabel.values()];
}

/** What one speaker rule sees: the speaker, its family, the entries it matched (in its meeting, else wide) and whether the alias file names it. */
interface SpeakerMatch {
	speaker: Speaker;
	family: string;
	local: Entry[];
	found: Entry[];
	aliased: boolean;
}

/**
 * Whether a candidate outside the meeting may be a speaker: anyone of the series family; beyond it, a member is only an entry of
 * exactly the name spoken (the surname of a spaced full name, or the whole name), never a longer name another body lists that
 * merely starts with it (`福田副会長` is not `福田正一（委員長）`). Guests (`NTT 松原氏`) are matched archive-wide.
 */
function ownOrNamed(state: ResolveState, family: string, entry: Entry, speaker: Speaker): boolean {
	if (titleKind(speaker.title) !== 'member' || familyOf(state, entry.meeting) === family) return true;
	return nameMatches(entry, speaker.query) === 'exact';
}

/** `N remark(s)` of a speaker, for messages. */
function remarkCount(speaker: Speaker): string {
	return `${speaker.remarks.length} remark${speaker.remarks.length === 1 ? '' : 's'}`;
}

/** Rule: exactly one identity matches; the speaker takes its key (and its entry when it is listed in the meeting). */
function matchedSpeaker(_state: ResolveState, { speaker, local, found }: SpeakerMatch): boolean {
	const [only] = found;
	if (found.length !== 1 || !only) return false;
	speaker.entry = local.length === 1 ? only : null;
	speaker.key = only.key;
	return true;
}

/** Distinct entry texts an ambiguity message names before it counts the rest. */
const NAMED_CANDIDATES = 5;
/** Meetings named for a text that several persons are listed as. */
const NAMED_MEETINGS = 3;

/**
 * The persons a speaker could be, for a message: each text as listed once (`"後藤主査"`), a text several persons are
 * listed as with how many and a few of their meetings (the same 後藤主査 kept apart in every meeting that lists two
 * 後藤 is hundreds of persons), and past NAMED_CANDIDATES texts the number of the others.
 */
function candidatesText(found: readonly Entry[]): string {
	const byText = groupBy(found, (entry) => entry.text);
	const named = [...byText].slice(0, NAMED_CANDIDATES).map(([text, entries]) => {
		if (entries.length === 1) return `"${text}"`;
		const meetings = [...new Set(entries.map((entry) => entry.meeting.id))];
		const shown = meetings.slice(0, NAMED_MEETINGS).join(', ');
		return `one of ${entries.length} persons listed as "${text}" (in ${shown}${meetings.length > NAMED_MEETINGS ? ` and ${meetings.length - NAMED_MEETINGS} more meetings` : ''})`;
	});
	const others = [...byText.values()].slice(NAMED_CANDIDATES).reduce((sum, entries) => sum + entries.length, 0);
	return `${named.join(' or ')}${others > 0 ? ` or one of ${others} other persons` : ''}`;
}

/** Rule: several identities match; the label stays its own person in the family, reported unless the alias file names it. */
function ambiguousSpeaker(state: ResolveState, { speaker, family, found, aliased }: SpeakerMatch): boolean {
	if (found.length <= 1) return false;
	speaker.key = `speaker:${family}:${labelForm(speaker.label)}`;
	if (!aliased) {
		state.diagnostics.push({
			severity: 'warning',
			file: speaker.meeting.data.source,
			line: speaker.remarks[0]?.line ?? null,
			code: 'ambiguous-speaker',
			message: `speaker "${speaker.label}" (${remarkCount(speaker)}) could be ${candidatesText(found)}; name the person in seeds/people.yml`,
		});
	}
	return true;
}

/** Rule: nobody matches; the speaker is a person by name and role kind, reported unless the alias file names it. */
function unmatchedSpeaker(state: ResolveState, { speaker, family, aliased }: SpeakerMatch): boolean {
	const name = nameForm(speaker.name ?? '');
	const kind = titleKind(speaker.title);
	speaker.key =
		kind === 'member'
			? `member:${family}:${name}`
			: kind === 'official'
				? `official:${name}:${postCore(speaker.title ?? '')}`
				: `speaker:${family}:${name}:${comparable(speaker.affiliation ?? '')}`;
	if (!aliased) {
		const listed = state.entriesByMeeting.get(speaker.meeting.id) ?? [];
		const chair = isChairTitle(speaker.title) ? listed.filter((entry) => entry.title === speaker.title) : [];
		const hint = chair.length === 1 && chair[0] ? ` (the listed ${speaker.title} is "${chair[0].text}")` : '';
		state.diagnostics.push({
			severity: 'warning',
			file: speaker.meeting.data.source,
			line: speaker.remarks[0]?.line ?? null,
			code: 'unresolved-speaker',
			message: `speaker "${speaker.label}" (${remarkCount(speaker)}) matches no one in the participant lists${hint}; add the label to seeds/people.yml`,
		});
	}
	return true;
}

/** The speaker rules in order (rule 1 and the wide rules 2–4 decide `found`; the first rule that applies wins). */
const SPEAKER_RULES = [matchedSpeaker, ambiguousSpeaker, unmatchedSpeaker] as const;

/** Resolve one speaker: a label without a name is an organisation; otherwise match it in its meeting, then in the wide pool, and apply the rules. */
function resolveSpeaker(state: ResolveState, speaker: Speaker): void {
	const { meeting } = speaker;
	const family = familyOf(state, meeting);
	const listed = state.entriesByMeeting.get(meeting.id) ?? [];
	// `５番委員`, `五番`: the member in that seat of the roll (`５番　田中　三郎`), as an agricultural committee's 総会 labels turns.
	const seated = seatHolder(speaker.label, listed);
	if (seated !== null) {
		speaker.entry = seated;
		speaker.key = seated.key;
		claim(state, speaker.label, meeting, speaker.key);
		return;
	}
	if (speaker.name === null) {
		roleSpeaker(speaker, family, listed);
		claim(state, speaker.label, meeting, speaker.key);
		return;
	}
	const local = distinctKeys(narrow(listed, speaker));
	const wide = local.length > 0 ? local : distinctKeys(narrow(wideCandidates(state, family, speaker.query).filter((entry) => ownOrNamed(state, family, entry, speaker)), speaker));
	const given = wide.length > 0 ? wide : byGivenName(listed, speaker);
	const guest = given.length > 0 ? given : byGuestAffiliation(listed, speaker);
	const found = guest.length > 0 ? guest : byWholePost(listed, speaker);
	const aliased = state.aliases.some((alias) => aliasApplies(alias, speaker.label, meeting));
	// (`医事課長` where the roll lists `健康福祉部医事課長` without a name: that office speaking, as an unlisted post alone is, no
	// person 医事 read as a surname before 課長.)
	if (found.length === 0 && !aliased && titleKind(speaker.title) === 'official' && listsPostUnnamed(meeting, speaker.label)) {
		speaker.key = `org:${comparable(speaker.label).replace(TURN_MARK, '')}`;
		speaker.name = null;
		claim(state, speaker.label, meeting, speaker.key);
		return;
	}
	const match: SpeakerMatch = { speaker, family, local, found, aliased };
	SPEAKER_RULES.some((rule) => rule(state, match));
	claim(state, speaker.label, meeting, speaker.key);
}

/** A member by seat alone, as a turn's label (NFKC form, mark aside): `５番委員`, `第５番`, `五番議員`. */
const SEAT_LABEL = new RegExp(`^第?(?<seat>${NUMERAL_SOURCE})番(?:委員|議員)?$`, 'u');
/** A roll's entry opening with its seat (NFKC form): `５番　田中　三郎`, `10番 加藤 八郎（会長）`. */
const SEAT_ENTRY = new RegExp(`^第?(?<seat>${NUMERAL_SOURCE})番[\\s\u3000]`, 'u');

/** The one entry of the meeting (not absent) the roll writes in the seat a label names, else null. */
function seatHolder(label: string, listed: readonly Entry[]): Entry | null {
	const seat = SEAT_LABEL.exec(matchForm(label).replace(TURN_MARK, '').trim())?.groups?.seat;
	if (seat === undefined) return null;
	const number = parseNumeral(seat);
	const held = distinctKeys(listed.filter((entry) => !entry.absent && parseNumeral(SEAT_ENTRY.exec(matchForm(entry.text).trim())?.groups?.seat ?? '') === number));
	return held.length === 1 ? (held[0] ?? null) : null;
}

/** A turn's mark before a label (`○委員長`, `◆事務局`), no part of who speaks. */
const TURN_MARK = /^[○◯〇◎●◆◇]/u;

/**
 * A speaker without a name. A chair or member post alone (`○委員長`, `会長：`, `○副委員長`) is the one person the meeting's roll
 * lists in that post (`委員長　田中一郎`, `髙橋健二(会長、西都大学教授)`); unlisted, it is that post of the body (series family),
 * never one person across bodies and years. Anything else (`事務局`, `総務省`) is a speaking body, one across the archive.
 */
function roleSpeaker(speaker: Speaker, family: string, listed: readonly Entry[]): void {
	// Only the post itself (`委員長`, or who chairs by it: `議長（会長）`); a masked member (`Ａ委員`, `委員Ｃ`) is the label's own speaker.
	// (A turn typed by what it is, `答弁（道路企画課長）`, is who gives it: the post.)
	const who = typedTurnWho(speaker.label) ?? speaker.label;
	const alone = speaker.title !== null && (comparable(who).replace(TURN_MARK, '') === speaker.titleKey || isPostInChair(speaker.label));
	// An official's post alone (`市長`, `こども未来課長`, `書記長`, `司会（企画課長）`) is the one person the meeting's roll lists in that
	// post (`市長　佐々木　博`); unlisted, it stays the speaking office it was.
	const official = alone && speaker.affiliation === null && titleKind(speaker.title) === 'official' ? holdersOfPost(listed, speaker.titleKey) : [];
	// (A post written short, `評価監視官` for the roll's `…管理課評価監視官　村瀬　隆`, is its one holder too.)
	const tail = official.length === 0 && speaker.affiliation === null && !isMemberTitle(speaker.title) ? byPostTail(listed, who) : [];
	const [held] = official.length === 1 ? official : tail;
	if (held) {
		speaker.entry = held;
		speaker.key = held.key;
		return;
	}
	if (!isMemberTitle(speaker.title) || speaker.affiliation !== null || !alone) {
		// A body's own secretariat or chairing (`事務局`, `司会`) is that body's, never one speaker across the archive.
		const own = comparable(speaker.affiliation ?? speaker.title ?? speaker.label).replace(TURN_MARK, '');
		speaker.key = BODY_RELATIVE.test(own) && speaker.title === null ? `org:${family}:${own}` : `org:${comparable(who)}`;
		return;
	}
	const post = speaker.titleKey;
	const holders = distinctKeys(listed.filter((entry) => !entry.absent && entry.titleKey !== null && entry.titleKey === post));
	const [holder] = holders;
	if (holders.length === 1 && holder) {
		speaker.entry = holder;
		speaker.key = holder.key;
		return;
	}
	speaker.key = `org:${family}:${post}`;
}

/** Speaking bodies that are each body's own: its secretariat, its clerk, whoever chairs or runs the meeting. */
const BODY_RELATIVE = /^(?:事務局|司会|司会者|進行|書記|庶務)$/u;

/** The one entry of the meeting a given name alone names (`和子理事` when the roll lists 小林正 and 小林和子), else nothing. */
function byGivenName(listed: readonly Entry[], speaker: Speaker): Entry[] {
	const { query } = speaker;
	const kind = titleKind(speaker.title);
	const found = distinctKeys(listed.filter((entry) => givenNameMatches(entry, query) && (kind !== 'member' || entry.kind === 'member')));
	return found.length === 1 ? found : [];
}

/**
 * A guest named by affiliation alone (`参考人（西都大学教授）`, read as a name) is the one presenter, observer or other guest of the
 * meeting whose listed affiliation or post it fits (`西都大学教授　髙橋健二` under `参考人`), else nothing.
 */
function byGuestAffiliation(listed: readonly Entry[], speaker: Speaker): Entry[] {
	const written = speaker.name ?? '';
	if (titleKind(speaker.title) !== 'honorific' || [...written].length < FULL_NAME_LONG) return [];
	const guests = listed.filter((entry) => entry.kind !== 'member' && entry.kind !== 'official' && !entry.absent);
	const found = distinctKeys(guests.filter((entry) => affiliationFit(written, [entry.affiliation, entry.title].filter(Boolean).join(' ') || null) === 2));
	return found.length === 1 ? found : [];
}

/**
 * A label the roll lists whole as an official's post (`東谷支所長` for `東谷支所長　荒木　誠`: a branch's head, though 東谷 reads as a
 * surname before 支所長) is that post's one holder in the meeting, else nothing.
 */
function byWholePost(listed: readonly Entry[], speaker: Speaker): Entry[] {
	if (titleKind(speaker.title) !== 'official') return [];
	const found = holdersOfPost(listed, comparable(speaker.label).replace(TURN_MARK, ''));
	return found.length === 1 ? found : byPostTail(listed, speaker.label);
}

/** True when the meeting's roll lists without a name a post that a label is whole or the end of (`医事課長`: `健康福祉部医事課長`). */
function listsPostUnnamed(meeting: MeetingRecord, label: string): boolean {
	const written = comparable(label).replace(TURN_MARK, '');
	if ([...written].length < 3 || !OFFICIAL_POST_END.test(written)) return false;
	return meeting.data.participants.some((group) => group.members.some((member) => member.name === null && member.title !== null && comparable(member.title).endsWith(written)));
}

/** How an official's post ends, as a label of the post alone written short does (`飼料課長`, `評価監視官`, `課主査`). */
const OFFICIAL_POST_END = /(?:長|官|監|主幹|主査|主任|主事|補佐|参事|参与)$/u;

/**
 * A label that is the end of one official's post as the roll writes it whole (`飼料課長` for `畜産局飼料課長　木崎　大地`,
 * `評価監視官` for `…管理課評価監視官　村瀬　隆`, `同課主査` for the 課's 主査 the roll lists under 同課) is that official, else
 * nothing (飼料 had been a person of its own, read as a surname before 課長).
 */
function byPostTail(listed: readonly Entry[], label: string): Entry[] {
	const tail = comparable(label).replace(TURN_MARK, '').replace(/^同(?=[課室局部係])/u, '');
	if ([...tail].length < 3 || !OFFICIAL_POST_END.test(tail)) return [];
	const found = distinctKeys(listed.filter((entry) => !entry.absent && entry.kind === 'official' && entry.titleKey !== null && entry.titleKey.length > tail.length && entry.titleKey.endsWith(tail)));
	return found.length === 1 ? found : [];
}

/** The officials present whom the meeting's roll lists in a post (by its title key), one entry per person. */
function holdersOfPost(listed: readonly Entry[], titleKey: string | null): Entry[] {
	return titleKey === null ? [] : distinctKeys(listed.filter((entry) => !entry.absent && entry.kind === 'official' && entry.titleKey === titleKey));
}

/** Step 2: one resolution per speaker label and meeting. */
function resolveSpeakers(state: ResolveState): void {
	for (const meeting of state.meetings) {
		const speakers = meetingSpeakers(meeting);
		state.speakers.push(...speakers);
		for (const speaker of speakers) resolveSpeaker(state, speaker);
	}
}

/** Refiner: an alias entry none of whose labels appears is a warning. */
function reportUnusedAliases(state: ResolveState): void {
	for (const alias of state.aliases) {
		if (!state.usedAliases.has(alias.index)) {
			state.diagnostics.push({
				severity: 'warning',
				file: 'people.yml',
				line: alias.line,
				code: 'unused-alias',
				message: `"${alias.name}": none of its labels appears in the archive; check their spelling and series:/meeting: limits, or remove the entry`,
			});
		}
	}
}

/** Refiner: alias entries whose labels join two participants of one meeting in one role are errors. */
function reportAliasMerges(state: ResolveState): void {
	state.diagnostics.push(...aliasMerges(state.entries, state.union, state.aliases.filter((alias) => state.usedAliases.has(alias.index))));
}

/** The steps of a resolution in order, as chrono runs its parsers, then its refiners. */
const RESOLVE_STEPS = [keyParticipants, resolveSpeakers, reportUnusedAliases, reportAliasMerges] as const;

/** Resolve every participant and speaker of the archive into persons; report what stays unclear. */
export function resolvePeople(records: readonly MeetingRecord[], aliases: readonly Alias[] = []): PeopleIndex {
	const meetings = [...records].sort(compareRecords);
	const rawEntries = meetings.flatMap(readEntries);
	const state: ResolveState = {
		meetings,
		aliases,
		diagnostics: [],
		union: new KeyUnion(),
		families: seriesFamilies(meetings, rawEntries.map((entry) => ({ ...entry, key: '' }))),
		usedAliases: new Set(),
		rawEntries,
		entries: [],
		entriesByMeeting: new Map(),
		widePools: new Map(),
		wideIndexes: new Map(),
		speakers: [],
	};
	for (const step of RESOLVE_STEPS) step(state);
	state.diagnostics.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
	return buildIndex(meetings, state.entries, state.speakers, state.union, aliases, state.diagnostics);
}

/**
 * Alias entries that join two different participants of one meeting, listed in the same role kind
 * (two members, two presenters), into one person: the labels are too wide. One error per alias entry.
 */
function aliasMerges(entries: readonly Entry[], union: KeyUnion, aliases: readonly Alias[]): PeopleDiagnostic[] {
	const aliasesByRoot = new Map<string, Alias[]>();
	for (const alias of aliases) {
		const root = union.find(aliasKey(alias));
		aliasesByRoot.set(root, [...(aliasesByRoot.get(root) ?? []), alias]);
	}
	if (aliasesByRoot.size === 0) return [];
	const found = new Map<Alias, { texts: [string, string]; meeting: MeetingRecord; meetings: Set<string> }>();
	const firstBySlot = new Map<string, Entry>();
	for (const entry of entries) {
		const root = union.find(entry.key);
		const owners = aliasesByRoot.get(root);
		if (!owners) continue;
		const slot = `${entry.meeting.id}\u0000${root}\u0000${entry.kind}`;
		const first = firstBySlot.get(slot);
		if (!first) {
			firstBySlot.set(slot, entry);
			continue;
		}
		if (first.key === entry.key) continue;
		for (const alias of owners) {
			const known = found.get(alias);
			if (known) known.meetings.add(entry.meeting.id);
			else found.set(alias, { texts: [first.text, entry.text], meeting: entry.meeting, meetings: new Set([entry.meeting.id]) });
		}
	}
	return [...found].map(([alias, { texts, meeting, meetings }]) => ({
		severity: 'error',
		file: 'people.yml',
		line: alias.line,
		code: 'alias-merge',
		message: `"${alias.name}" would make one person of "${texts[0]}" and "${texts[1]}", both listed in ${meeting.id} (${meeting.data.source})${meetings.size > 1 ? ` and ${meetings.size - 1} more meeting${meetings.size === 2 ? '' : 's'}` : ''}; limit its labels with "series:" or "meeting:", or split the entry`,
	}));
}

/** Group entries and speakers by identity and build the persons. */
function buildIndex(
	meetings: MeetingRecord[],
	entries: Entry[],
	speakers: Speaker[],
	union: KeyUnion,
	aliases: readonly Alias[],
	diagnostics: PeopleDiagnostic[],
): PeopleIndex {
	const groups = new Map<string, { keys: Set<string>; entries: Entry[]; speakers: Speaker[] }>();
	const groupOf = (key: string) => {
		const root = union.find(key);
		let group = groups.get(root);
		if (!group) {
			group = { keys: new Set(), entries: [], speakers: [] };
			groups.set(root, group);
		}
		group.keys.add(key);
		return group;
	};
	for (const entry of entries) groupOf(entry.key).entries.push(entry);
	for (const speaker of speakers) groupOf(speaker.key).speakers.push(speaker);
	for (const key of union.keys()) if (groups.has(union.find(key))) groupOf(key);

	const order = new Map(meetings.map((meeting, index) => [meeting.id, index]));
	const problemLines = new Set(
		diagnostics.filter((d) => d.code === 'unresolved-speaker' || d.code === 'ambiguous-speaker').map((d) => `${d.file}:${d.line}`),
	);
	const persons: Person[] = [];
	const byParticipant = new Map<string, string>();
	const usedIds = new Set<string>();
	for (const group of groups.values()) {
		if (group.entries.length === 0 && group.speakers.length === 0) continue;
		const keys = [...group.keys];
		const key = canonicalKey(keys);
		const aliasIndex = keys.find((k) => k.startsWith('alias:'));
		const alias = aliasIndex ? aliases.find((candidate) => aliasKey(candidate) === aliasIndex) : undefined;
		let id = `p-${fnv1a(key)}`;
		for (let n = 2; usedIds.has(id); n++) id = `p-${fnv1a(key)}-${n}`;
		usedIds.add(id);
		for (const entry of group.entries) byParticipant.set(participantKey(entry.meeting.id, entry.text), id);

		const fullName = mostFrequent(group.entries.map((entry) => entry.fullName));
		const surname = mostFrequent([...group.entries.map((entry) => entry.surname), ...group.speakers.map((speaker) => speaker.name)]);
		const firstLabel = group.speakers[0]?.label;
		const name = alias?.name ?? fullName ?? surname ?? (firstLabel === undefined ? undefined : (typedTurnWho(firstLabel) ?? firstLabel)) ?? group.entries[0]?.text ?? id;
		// The reading its records give (the most common when they differ), compared in kana of one script, width and spaces aside.
		const reading = mostCommonReading([...group.entries.map((entry) => entry.reading), ...group.speakers.flatMap((speaker) => speaker.remarks.map((remark) => remark.reading))]);

		const roles: PersonRole[] = [];
		const roleSeen = new Set<string>();
		const addRole = (meeting: MeetingRecord, kind: RoleKind, title: string, affiliation: string | null, listed: boolean): void => {
			const seen = `${meeting.id}|${title}`;
			if (roleSeen.has(seen)) return;
			roleSeen.add(seen);
			const { date, series, seriesSlug, session } = meeting.data;
			roles.push({ meetingId: meeting.id, seriesSlug, series, date, session, kind, title, affiliation, listed });
		};
		for (const entry of group.entries) {
			const title = entry.title ?? entry.seat ?? (entry.kind === 'presenter' ? '発表者' : entry.kind === 'observer' ? 'オブザーバー' : entry.absent ? '欠席者' : '出席者');
			addRole(entry.meeting, entry.kind, title, entry.affiliation, true);
		}
		const listedIn = new Set(group.entries.map((entry) => entry.meeting));
		for (const speaker of group.speakers) {
			if (listedIn.has(speaker.meeting)) continue;
			const kind = titleKind(speaker.title);
			// (`○古川直行君`, as a 本会議 labels its members: the honorific is no role.)
			const title = speaker.title === null || NAME_HONORIFIC.test(speaker.title) ? '発言者' : speaker.title;
			addRole(speaker.meeting, kind === 'member' || kind === 'official' ? kind : 'other', title, speaker.affiliation, false);
		}
		roles.sort((a, b) => (order.get(a.meetingId) ?? 0) - (order.get(b.meetingId) ?? 0));

		const remarks: PersonRemark[] = group.speakers
			.flatMap((speaker) => speaker.remarks.map((remark) => ({ meetingId: speaker.meeting.id, remarkId: remark.id, label: speaker.label, line: remark.line, date: speaker.meeting.data.date })))
			.sort((a, b) => (order.get(a.meetingId) ?? 0) - (order.get(b.meetingId) ?? 0) || a.line - b.line);
		const listedKinds = roles.filter((role) => role.listed).map((role) => role.kind);
		const kinds = listedKinds.length > 0 ? listedKinds : roles.map((role) => role.kind);
		const kind = alias?.kind ?? ROLE_KINDS.find((candidate) => kinds.includes(candidate)) ?? 'other';
		const confirmed =
			alias !== undefined ||
			group.speakers.every((speaker) => speaker.remarks.every((remark) => !problemLines.has(`${speaker.meeting.data.source}:${remark.line}`)) );

		persons.push({
			id,
			key,
			name,
			fullName: alias?.name ?? fullName,
			surname,
			filterName: name,
			kind,
			affiliations: distinctAffiliations([alias?.affiliation ?? null, ...group.entries.map((entry) => entry.affiliation), ...group.speakers.map((speaker) => speaker.affiliation)]),
			roles,
			attended: [...new Set(group.entries.filter((entry) => !entry.absent).map((entry) => entry.meeting.id))].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)),
			remarks,
			labels: [...new Set([...group.entries.map((entry) => entry.text), ...group.speakers.map((speaker) => speaker.label)])],
			confirmed,
			fromAliasFile: alias !== undefined,
			...(reading === null ? {} : { reading }),
		});
	}
	disambiguateFilterNames(persons);
	persons.sort((a, b) => b.remarks.length - a.remarks.length || a.name.localeCompare(b.name, 'ja') || a.id.localeCompare(b.id));
	const byRemark = new Map<string, string>();
	for (const person of persons) for (const remark of person.remarks) byRemark.set(remarkKey(remark.meetingId, remark.remarkId), person.id);
	return { persons, byId: new Map(persons.map((person) => [person.id, person])), byRemark, byParticipant, diagnostics };
}

/** The reading most records give (readings that differ only in script, width, spaces or `・` are one; the form seen most stands for them). */
function mostCommonReading(readings: (string | null)[]): string | null {
	const byKey = new Map<string, (string | null)[]>();
	for (const reading of readings) {
		if (!reading) continue;
		const key = readingKey(reading);
		byKey.set(key, [...(byKey.get(key) ?? []), reading]);
	}
	let best: (string | null)[] = [];
	for (const forms of byKey.values()) if (forms.length > best.length) best = forms;
	return mostFrequent(best);
}

/** Make each person's search filter value unique: 佐藤 → 佐藤（総務省…）when two persons are called 佐藤. */
function disambiguateFilterNames(persons: Person[]): void {
	const byName = new Map<string, Person[]>();
	for (const person of persons) byName.set(person.name, [...(byName.get(person.name) ?? []), person]);
	for (const same of byName.values()) {
		if (same.length < 2) continue;
		for (const person of same) {
			const role = person.roles.find((candidate) => candidate.listed) ?? person.roles[0];
			// A body's own secretariat or chair (`事務局`, `委員長` of no listed person) is told apart by its body.
			const detail = person.key.startsWith('org:') ? (role?.series ?? null) : (person.affiliations[0] ?? (role ? postCore(role.title) : null));
			person.filterName = detail ? `${person.name}（${detail}）` : person.name;
		}
	}
	const taken = new Map<string, number>();
	for (const person of persons) taken.set(person.filterName, (taken.get(person.filterName) ?? 0) + 1);
	for (const person of persons) if ((taken.get(person.filterName) ?? 0) > 1) person.filterName = `${person.filterName}（${person.id}）`;
}
