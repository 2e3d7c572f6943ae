/** Shared shapes of the people index: persons, their roles, remarks and the problems found. */
import type { Diagnostic } from '../schemas/diagnostic.ts';
import type { StoredMeeting } from '../schemas/meeting.ts';

/** One meeting record as the content collection holds it. */
export interface MeetingRecord {
	id: string;
	data: StoredMeeting;
}

/** The archive order of meetings: date, then session number, then id. */
export function compareRecords(a: MeetingRecord, b: MeetingRecord): number {
	return a.data.date.localeCompare(b.data.date) || (a.data.session ?? 0) - (b.data.session ?? 0) || a.id.localeCompare(b.id);
}

/** What kind of part a person plays: committee member, presenter, official, named observer, anything else. */
export type RoleKind = 'member' | 'presenter' | 'official' | 'observer' | 'other';

/** Role kinds in the order the people index lists them. */
export const ROLE_KINDS: readonly RoleKind[] = ['member', 'presenter', 'official', 'observer', 'other'];

/** Japanese heading of each role kind. */
export const ROLE_KIND_LABELS: Readonly<Record<RoleKind, string>> = {
	member: '構成員・座長・主査',
	presenter: '発表者',
	official: '事務局・行政',
	observer: 'オブザーバー',
	other: 'その他の発言者',
};

/** One role of a person at one meeting (構成員, 座長, 発表者, a post). */
export interface PersonRole {
	meetingId: string;
	seriesSlug: string;
	series: string;
	date: string;
	session: number | null;
	kind: RoleKind;
	/** The role or post as written (座長, 構成員, 発表者, サイバーセキュリティ統括官室参事官（総括担当）). */
	title: string;
	affiliation: string | null;
	/** True when the role comes from the participant list, false when only from a speaker label. */
	listed: boolean;
}

/** One remark of a person, in archive order. */
export interface PersonRemark {
	meetingId: string;
	remarkId: string;
	/** The speaker label as written. */
	label: string;
	line: number;
	date: string;
}

/** One person (or speaking body) across the archive. */
export interface Person {
	/** Stable ASCII id: `p-` and 8 hex digits of the canonical key. */
	id: string;
	/** The canonical key the id is made from (e.g. `member:…:小山`, `name:松原実穂子`). */
	key: string;
	/** Display name: the full name when known, else the surname, else the label. */
	name: string;
	fullName: string | null;
	surname: string | null;
	/** Unique value for the search filter (the name, disambiguated when two persons share it). */
	filterName: string;
	kind: RoleKind;
	affiliations: string[];
	roles: PersonRole[];
	/** Meetings whose participant list names this person, in archive order. */
	attended: string[];
	remarks: PersonRemark[];
	/** Every spelling seen: participant entries and speaker labels. */
	labels: string[];
	/** False when some remark could not be matched to a participant (a provisional identity). */
	confirmed: boolean;
	/** True when seeds/people.yml decided this identity. */
	fromAliasFile: boolean;
	/** The name's reading in kana as its records give it (the NDL API's `speakerYomi`, a roll's `（やまもと・せいいち）`), the most common when they differ; absent when none does. */
	reading?: string;
}

/** A problem worth a maintainer's look (the project's one diagnostic type, with its file): `seeds/<file>:<line>: warning: …`; errors (a bad `people.yml`) fail the build. */
export interface PeopleDiagnostic extends Diagnostic {
	/** The seed file name (the meeting's `source`) or `people.yml`. */
	file: string;
	code: 'likely-misread' | 'unresolved-speaker' | 'ambiguous-speaker' | 'ambiguous-surname' | 'unused-alias' | 'alias-file' | 'duplicate-person' | 'duplicate-label' | 'alias-merge';
}

/** Everything the site needs about people. */
export interface PeopleIndex {
	persons: Person[];
	byId: Map<string, Person>;
	/** `remarkKey(meetingId, remarkId)` → person id. */
	byRemark: Map<string, string>;
	/** `participantKey(meetingId, entry text)` → person id, for every participant entry with a name. */
	byParticipant: Map<string, string>;
	diagnostics: PeopleDiagnostic[];
}

/** Key of one participant entry (as written) of a meeting in `PeopleIndex.byParticipant`. */
export function participantKey(meetingId: string, text: string): string {
	return `${meetingId}\u0000${text}`;
}

/** Key of one remark in `PeopleIndex.byRemark`. */
export function remarkKey(meetingId: string, remarkId: string): string {
	return `${meetingId}#${remarkId}`;
}
