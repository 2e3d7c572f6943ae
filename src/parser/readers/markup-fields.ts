/**
 * The header fields of Markdown/reST minutes, however they are written (`- 日時: …`, `**日時**：…`,
 * `| 日時 | … |`, `:日時: …`, `## 参加者`): the key table and reading names into participant groups.
 */
import type { Member, ParticipantGroup } from '../../schemas/meeting.ts';
import { ROLE_TITLES } from '../names.ts';
import { matchForm, replaceSpaceRuns, trimSpaces } from '../normalize.ts';
import { eachSurnameWithPost, membersWithEachRole, membersWithOwnRoles, parseMember, postFirst, splitEntries, turnoutOfBody } from '../participants.ts';

/** What a field holds. */
export type FieldKind = 'date' | 'time' | 'location' | 'people' | 'agenda' | 'handouts' | 'meta' | 'title';

/** Field keys (NFKC, spaces removed) and what they hold; people fields are groups named as written. */
const FIELD_KEYS: readonly [RegExp, FieldKind][] = [
	[/^(?:日時|開催日時|日付|開催日|期日|日程|date|when)$/iu, 'date'],
	[/^(?:時間|時刻|開催時間|time)$/iu, 'time'],
	[/^(?:場所|会場|開催場所|開催方法|形式|location|venue|place|where)$/iu, 'location'],
	[/^(?:議題|アジェンダ|議事次第|次第|議事日程(?:[(（](?:第)?[0-9]{1,2}号[)）])?|agenda)$/iu, 'agenda'],
	[/^(?:配布資料|配付資料|会議資料|添付資料|配布物|配付物|資料一覧|資料|handouts|materials)$/iu, 'handouts'],
	[/^(?:会議名|会議体|名称)$/u, 'title'],
	[
		/^(?:参加者|参加|出席者|出席|出席理事|出席監事|出席役員|出席委員|出席議員|欠席委員|欠席議員|説明のため出席した者|説明のため出席した職員|出席説明員|説明員|事務局職員|職務のため出席した者|職務のため出席した職員|欠席者|欠席|欠席理事|メンバー|理事|監事|役員|幹事|委員|会員|事務局|オブザーバー|ゲスト|来賓|陪席|管理会社|管理会社担当|管理員|記録|記録者|書記|議事録作成者|議事録署名人|作成者|司会|議長|進行|ファシリテーター|ファシリテータ|モデレーター|attendees|participants|present|absent|apologies|regrets)$/iu,
		'people',
	],
	[/^(?:会議情報|基本情報|開催概要|開催情報|会議概要|meta|info)$/iu, 'meta'],
];

/** A heading that joins field keys (`日時/場所/参加者`, `日時・場所`): a heading over the meeting's fields, as `会議情報` is. */
function joinedKeys(folded: string): FieldKind | undefined {
	const parts = folded.split(/[/／・、,，]/u);
	if (parts.length < 2 || parts.some((part) => part === '')) return undefined;
	return parts.every((part) => FIELD_KEYS.some(([pattern, kind]) => kind !== 'meta' && pattern.test(part))) ? 'meta' : undefined;
}

/** A field key as read: its kind, the key as written (without a bracketed note) and that note. */
export interface FieldKey {
	kind: FieldKind;
	key: string;
	note: string | null;
}

/** `参加者（敬称略）`, `出席者(5名)`: a key with a bracketed note. */
const KEY_NOTE = /^(?<key>[^（(]+?)[\s\u3000]*[（(](?<note>[^）)]+)[）)]$/u;

/** Marks set before a key or a heading over the fields: an emoji (`📅 基本情報`, `🗓️ 日時`) or a symbol (`■ 基本情報`, `◆日時`). */
const KEY_DECORATION = /^(?:[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{20E3}]|[■□◆◇●▶▷►★☆※])+[\s\u3000]*/u;

/** Read a text as a field key (`日時`, `日　時`, `参加者（敬称略）`, `**場所**`, `📅 基本情報`), or null. */
export function fieldKey(raw: string): FieldKey | null {
	const text = trimSpaces(raw.replace(/[:：]$/u, '').replace(KEY_DECORATION, ''));
	if (text === '' || [...text].length > 20) return null;
	const noted = KEY_NOTE.exec(text);
	const key = trimSpaces(noted?.groups?.key ?? text);
	const folded = replaceSpaceRuns(matchForm(key), '');
	const kind = FIELD_KEYS.find(([pattern]) => pattern.test(folded))?.[1] ?? joinedKeys(folded);
	if (!kind) return null;
	return { kind, key, note: noted?.groups?.note ? trimSpaces(noted.groups.note) : null };
}

/** `日時: 2024年…`, `日時：…`: a key and its value on one line, or null when the key is not a field. */
export function fieldLine(text: string): { field: FieldKey; value: string } | null {
	const match = /^(?<key>[^:：]{1,20})[:：][\s\u3000]*(?<value>[\s\S]*)$/u.exec(trimSpaces(text));
	if (!match?.groups) return null;
	const field = fieldKey(match.groups.key ?? '');
	return field ? { field, value: trimSpaces(match.groups.value ?? '') } : null;
}

/** A surname or name written alone (one character is enough here: `林 オブザーバー`). */
const PERSON = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]{1,8}$/u;

/** Roles of associations that the shared name reader leaves as an affiliation or part of a name. */
const ASSOCIATION_ROLES: readonly string[] = [
	'代表理事', '副理事長', '理事長', '理事', '監事', '幹事長', '幹事', '会計監査', '会計', '書記', '副会長', '会長', '副代表', '代表',
	'事務局長', '事務局', '議長', '司会', '顧問', '相談役', 'オブザーバー', 'ゲスト', 'メンター', 'リーダー', 'コアメンバー',
	// The duties a festival's or a neighbourhood's committee gives its members (`広報 佐々木 瞳`, `庶務 今井`).
	'広報', '庶務', '渉外',
	// Who called the meeting and who wrote the minutes, in brackets after a name in a team's template: `佐伯(主催)`, `小西(記)`.
	'主催', '主催者', 'ファシリテーター', 'ファシリテータ', '記録', '記録者', '記',
];

/** A member from one entry: the shared reading, then `佐藤（書記）` / `鈴木会計` read as name and association role. */
export function readMember(text: string): Member {
	// `@alice`, `@kmizu (主催)`, `@山田 太郎`: a mention of a GitHub, HackMD or Confluence user names the person.
	const mention = MENTION_MEMBER.exec(trimSpaces(text))?.groups;
	if (mention?.['handle']) return { text, name: mention['handle'], title: mention['role'] ?? null, affiliation: null };
	// `事務局（桑原）`, `司会（山田）`: a role, and who held it in brackets.
	const held = ROLE_HOLDER.exec(trimSpaces(text))?.groups;
	if (held && isRole(held['role'] ?? '') && !isRole(held['name'] ?? '') && !NOT_A_HOLDER.test(held['name'] ?? '')) return { text, name: held['name'] ?? null, title: held['role'] ?? null, affiliation: null };
	// `委員（敬称略）`, `会長（欠席）`, `理事（代理出席）`: a role with a note on the list or on how it was attended, which names no
	// one (the note had been read as the holder's name, `敬称略`), kept in the entry's text.
	if (held && isRole(held['role'] ?? '') && NOT_A_HOLDER.test(held['name'] ?? '')) return { text, name: null, title: held['role'] ?? null, affiliation: null };
	// `PM（はるか）`, `アーキテクト（そうた）`, `QA(Rin)`: a team's role in capitals or katakana, and who held it in brackets
	// (the whole entry had been an affiliation, or nothing).
	const team = TEAM_ROLE_HOLDER.exec(trimSpaces(text))?.groups;
	if (team && !NOT_A_HOLDER.test(team['name'] ?? '') && !isRole(team['name'] ?? '')) return { text, name: team['name'] ?? null, title: team['role'] ?? null, affiliation: null };
	const member = parseMember(text);
	const role = (word: string): boolean => ASSOCIATION_ROLES.includes(word) || ROLE_TITLES.includes(word);
	const spaced = /^(?<first>\S+)[\s\u3000]+(?<second>\S+)$/u.exec(trimSpaces(text))?.groups;
	if (spaced) {
		// `理事長 小川`, `林 オブザーバー`: a role and a name apart.
		const { first = '', second = '' } = spaced;
		// (`会長 森田啓介（学識経験者）`: the body in brackets after the name is its affiliation, no part of the name.)
		const from = /^(?<who>[^（()）]+)[（(](?<body>[^（()）]{2,30})[）)]$/u.exec(second)?.groups;
		if (role(first) && !role(second) && from && !role(from['body'] ?? '') && !NOT_A_HOLDER.test(from['body'] ?? '')) return { text, name: from['who'] ?? null, title: first, affiliation: from['body'] ?? null };
		if (role(first) && !role(second)) return { text, name: second, title: first, affiliation: null };
		if (role(second) && !role(first) && PERSON.test(first)) return { text, name: first, title: second, affiliation: null };
	}
	if (member.title !== null) return member;
	// `広報 佐々木 瞳`, `庶務 今井 健一`: a role before a full name written with its space (the role had been read into the name).
	const full = /^(?<first>\S+)[\s\u3000]+(?<second>[^\s\u3000]{1,5}[\s\u3000][^\s\u3000]{1,6})$/u.exec(trimSpaces(text))?.groups;
	if (full && role(full['first'] ?? '') && PERSON.test((full['second'] ?? '').replace(/[\s\u3000]/gu, '')) && !(full['second'] ?? '').split(/[\s\u3000]/u).some(role)) {
		return { text, name: full['second'] ?? null, title: full['first'] ?? null, affiliation: null };
	}
	// `会長 森田　啓介（学識経験者）`, `副会長 泉 萌（学校教育関係者）`: a post, a space, then a full name with its space and the body
	// the member comes from in brackets, as a list item of the roll writes each (it had been no one), read as a plain text's roll
	// reads such a line.
	if (member.name === null && member.affiliation === null) {
		const posted = postFirst(trimSpaces(text));
		if (posted !== null && posted.name !== null) return { ...posted, text };
	}
	if (member.name !== null && member.affiliation !== null && ASSOCIATION_ROLES.includes(member.affiliation)) {
		return { ...member, title: member.affiliation, affiliation: null };
	}
	if (member.name !== null && member.affiliation === null) {
		const role = ASSOCIATION_ROLES.find((word) => member.name!.endsWith(word) && member.name!.length > word.length);
		if (role) return { ...member, name: member.name.slice(0, -role.length), title: role };
	}
	return member;
}

/** A role and its holder in brackets: `事務局（桑原）`, `司会(山田 花子)`. */
const ROLE_HOLDER = /^(?<role>[^\s\u3000（()）]{1,8})[（(](?<name>[\p{Script=Han}々ヶ]{1,4}(?:[\s\u3000][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々ヶ]{1,6})?)[）)]$/u;
/**
 * A team's role and its holder in brackets: the role in Latin capitals (`PM`, `QA`, `PO`, `CTO`) or one katakana word
 * (`アーキテクト`, `デザイナー`), the holder a name in kanji, a given name or nickname in kana, or a Latin name.
 */
const TEAM_ROLE_WORD = '[A-Z]{2,5}|[\\p{Script=Katakana}ー]{3,12}';
const TEAM_ROLE = new RegExp(`^(?:${TEAM_ROLE_WORD})$`, 'u');
const TEAM_ROLE_HOLDER = new RegExp(`^(?<role>${TEAM_ROLE_WORD})[ \\t\\u3000]*[（(](?<name>[\\p{Script=Han}々ヶ]{1,4}(?:[\\s\\u3000][\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々ヶ]{1,6})?|[\\p{Script=Hiragana}ー]{2,8}|[\\p{Script=Katakana}ー]{2,8}|[A-Z][a-z]{1,15}(?: [A-Z][a-z]{1,15})?)[）)]$`, 'u');
/** Words in such brackets that say how someone attended or note the list, never who (`会長（欠席）`, `委員（敬称略）`). */
const NOT_A_HOLDER = /欠席|出席|参加|退席|遅刻|遅参|早退|途中|代理|予定|未定|敬称略|順不同|全員|一同|不在|兼務|名$|人$/u;
/** True for an association's role or an office that speaks as such (`事務局`, `司会`, `会長`). */
const isRole = (word: string): boolean => ASSOCIATION_ROLES.includes(word) || ROLE_TITLES.includes(word);

/** An editorial note at the end of a list of names: `…、鈴木（敬称略）`. */
const TRAILING_NOTE = /(?<![\s\u3000])[\s\u3000]*[（(](?<note>[^（()）]*(?:敬称略|順不同|五十音順|名簿順|以上)[^（()）]*)[）)]$/u;

/** Members of a comma/、-separated list of names, and an editorial note found at its end. */
export function readNames(value: string): { members: Member[]; note: string | null } {
	// (`**出席理事**: 7名中6名` over the names listed under it: how many of the board came, a note on the list, no member.)
	const turnout = turnoutOfBody(value);
	if (turnout !== null) return { members: [], note: turnout };
	const noted = TRAILING_NOTE.exec(value);
	const names = noted ? value.slice(0, noted.index) : value;
	// `@alice @bob @chika`, `@佐々木 @上野 @中西(Zoom)`: mentions apart by spaces are one person each (every word a mention).
	// (`@佐々木 (途中参加)`: a note in brackets after a space is the mention's.)
	const words = trimSpaces(names).replace(/[\s\u3000]+(?=[（(][^（()）\s\u3000]{1,10}[）)])/gu, '').split(/[\s\u3000]+/u);
	if (words.length >= 2 && words.every((word) => /^[@＠](?:[A-Za-z0-9_.-]{1,39}|[^\s\u3000(（@＠、，,]{1,10})(?:[（(][^（()）]{1,10}[）)])?$/u.test(word))) return { members: words.map(readMember), note: noted?.groups?.note ?? null };
	// `@森田 奈々 @長谷川 陽介` (Notion's people property): mentions of full names, each up to the next `@`.
	const mentions = trimSpaces(names).split(/[\s\u3000]+(?=[@＠])/u);
	if (mentions.length >= 2 && mentions.every((mention) => MENTION_MEMBER.test(mention) && !/[、，,]/u.test(mention))) return { members: mentions.map(readMember), note: noted?.groups?.note ?? null };
	// `A社：川口、森<br>B社：石田、前田`, `A社：山下（部長）`: the people of each company after its name, a table cell's lines apart by `<br>`.
	const parts = names.split(/<br[\s\u3000]*\/?>/iu);
	if (parts.length > 1 || parts.some((part) => ORG_PREFIX.test(trimSpaces(part)))) {
		const members = parts.flatMap((part) => {
			const org = ORG_PREFIX.exec(trimSpaces(part))?.groups;
			return splitEntries(org?.['rest'] ?? part).map((entry): Member => {
				const member = readMember(entry);
				if (org?.['org'] === undefined) return member;
				// (A surname alone, `森`, is a name in such a list.)
				const name = member.name ?? (/^[\p{Script=Han}々ヶ]{1,4}$/u.test(trimSpaces(entry)) ? trimSpaces(entry) : null);
				// (`山下（部長）`: the bracket after the name holds the post, the company is before it.)
				if (member.affiliation !== null && member.title === null && /(?:長|役|員|担当|マネージャー|リーダー)$/u.test(member.affiliation)) return { ...member, name, title: member.affiliation, affiliation: org['org'] ?? null };
				return { ...member, name, affiliation: member.affiliation ?? org['org'] ?? null };
			});
		});
		return { members, note: noted?.groups?.note ?? null };
	}
	// (`上原委員長、石井、大塚、野口 各委員`: the role after the last name is every bare name's before it, as a society's committee
	// lists its members; the bare names had been members of no post, the last one named `野口 各`.)
	const each = membersWithEachRole(splitEntries(names));
	if (each) return { members: each.members, note: [noted?.groups?.note, ...each.notes].filter((note) => note !== undefined && note !== null).join('、') || null };
	// (`副会長 吉田・今井`: each surname with the post before it, two persons.)
	// (`学年委員長 6名` among the named: the holders of a post counted, none named; a note on the list, as the plain reader keeps
	// it, no member of no one.)
	const listed = splitEntries(names);
	const counted = listed.length > 1 ? listed.filter((entry) => POST_COUNTED.test(entry)) : [];
	const entries = listed.filter((entry) => !counted.includes(entry)).flatMap(eachSurnameWithPost);
	const note = [noted?.groups?.note, ...counted].filter((text) => text !== undefined).join('、') || null;
	// (`会長 田村、副会長 増田、理事 大崎、南、西田`: each entry's own role, a bare surname after a post many hold holding it too.)
	// (An entry the shared reading leaves without a post is read here too: `広報 佐々木 瞳` among `会計 森本 翔`.)
	const own = membersWithOwnRoles(entries);
	const members = own ? own.map((member, index) => (member.title === null ? withTitle(member, readMember(entries[index] ?? '')) : member)) : entries.map(readMember);
	return { members, note };
}

/** The second reading of a member when it finds a post the first did not, else the first. */
const withTitle = (first: Member, second: Member): Member => (second.title !== null ? second : first);

/** The holders of a post counted, none named: `学年委員長 6名`, `班長　８名`. */
const POST_COUNTED = /^[^\s\u3000、，,（()）0-9０-９]{1,10}[\s\u3000]*[0-9０-９]{1,3}[\s\u3000]*(?:名|人)$/u;

/** A company or body before its people in a cell: `A社：`, `株式会社みなと：`, `NPO法人さくら:`. */
const ORG_PREFIX = /^(?<org>[^：:、，,\s\u3000]{1,20}?(?:社|会社|法人|組合|協会|財団|大学|省|庁|局|課|部|室|グループ|チーム|[A-Za-z0-9]))[：:][\s\u3000]*(?<rest>\S.*)$/u;

/** A member written as a mention: `@alice`, `@kmizu (主催)`, `@山田 太郎`. */
const MENTION_MEMBER = /^[@＠](?<handle>[A-Za-z0-9_.-]{1,39}|[^\s\u3000(（@＠]{1,10}(?:[\s\u3000][^\s\u3000(（@＠]{1,10})?)(?:[\s\u3000]*[（(](?<role>[^（()）]{1,10})[）)])?$/u;

/** Add members to the group named `name` (created in order of first use), merging notes. */
export function addToGroup(groups: ParticipantGroup[], name: string, members: readonly Member[], note: string | null): void {
	let group = groups.find((known) => known.group === name);
	if (!group) {
		group = { group: name, members: [] };
		groups.push(group);
	}
	group.members.push(...members);
	if (note !== null) group.note = group.note && group.note !== note ? `${group.note}、${note}` : note;
}

/** A name in Latin letters, its last word the surname: `Akiko Sato`, `Daniel J. Moore`. */
const LATIN_SURNAME_LAST = /^[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*)* (?<surname>[A-Z][a-z'-]{1,20})$/u;

/** The forms under which a member may be named as a speaker: its text, its name, name plus title (NFKC, no spaces). */
export function speakerForms(members: readonly Member[]): Set<string> {
	const forms = new Set<string>();
	const fold = (text: string): string => replaceSpaceRuns(matchForm(text), '');
	for (const member of members) {
		forms.add(fold(member.text));
		if (member.name) {
			forms.add(fold(member.name));
			// (A member listed as a mention speaks as it too: `- @mori: …`.)
			if (/^[@＠]/u.test(trimSpaces(member.text))) forms.add(fold(`@${member.name}`));
			if (member.title) forms.add(fold(member.name + member.title));
			// `PM（はるか）` speaks as `PM:`: a team's role is the label its holder speaks under.
			if (member.title && TEAM_ROLE.test(member.title)) forms.add(fold(member.title));
			// `三浦 さやか` speaks as `三浦（事務局）:` too: the surname of a name written with a space.
			// (`Akiko Sato`, `Yuki Nakamura` speak as `Sato:`, `Nakamura:`, as minutes in English name speakers: a Latin name by its last word.)
			const surname = LATIN_SURNAME_LAST.exec(member.name)?.groups?.surname ?? /^(?<surname>\S{1,4})[\s\u3000]+\S/u.exec(member.name)?.groups?.surname;
			if (surname) forms.add(fold(surname));
			// (`広報 佐々木 瞳` speaks as `佐々木広報：` too, the surname and the post.)
			if (surname && member.title) forms.add(fold(surname + member.title));
			// `山田太郎` speaks as `山田:` too: a name written without the space, by its first two or three characters.
			else if (/^\p{Script=Han}{3,5}$/u.test(member.name)) for (const length of [2, 3]) if (length < [...member.name].length) forms.add([...member.name].slice(0, length).join(''));
		}
	}
	return forms;
}
