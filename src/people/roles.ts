/** Reading roles out of participant groups and titles, and comparing affiliations and posts. */
import { matchForm } from '../parser/normalize.ts';
import type { RoleKind } from './types.ts';

/** A board's titles: its members where a roll lists the board, an agency's officers elsewhere (`【説明者】 山田理事`). */
const BOARD_TITLES = new Set(['代表理事', '副理事長', '理事長', '専務理事', '常務理事', '理事', '監事']);
/**
 * Titles of committee members, chairs included, and of an association's board (理事, 専務理事, 監事: members of the body that meets);
 * the Diet's 小委員会 and 分科会 name theirs `小委員長`, `小委員`, `分科員`, its 両院協議会 `協議委員`.
 */
const MEMBER_TITLES = new Set([
	'座長代理', '副座長', '座長', '主査代理', '副主査', '主査', '構成員', '専門委員', '臨時委員', '委員長代理', '副委員長', '委員長', '委員',
	'小委員長代理', '副小委員長', '小委員長', '小委員', '分科員', '協議委員',
	'分科会長', '副部会長', '部会長', '会長代理', '副会長', '会長', '副議長', '議長', '議員',
	...BOARD_TITLES,
]);
/** Titles that chair a body (座長 in a task force, 主査 in a 分科会, 理事長 of a board, …). */
const CHAIR_TITLES = new Set(['座長', '主査', '委員長', '小委員長', '会長', '分科会長', '部会長', '議長', '理事長', '代表理事']);
/**
 * Honorifics that say nothing about the role, and the words of a guest heard once (参考人, 講師, the Diet's 公述人, and a
 * 政治倫理審査会's 申出者, the member it examines at their request): anyone listed may be meant.
 */
const HONORIFICS = new Set(['氏', '様', 'さん', '君', '先生', '教授', '准教授', '参考人', '公述人', '申出者', '講師', '発表者']);

/** True for a member title (構成員, 座長, 主査, 委員, …). */
export function isMemberTitle(title: string | null): boolean {
	return title !== null && MEMBER_TITLES.has(title);
}

/** True for a chair title (座長, 主査, …). */
export function isChairTitle(title: string | null): boolean {
	return title !== null && CHAIR_TITLES.has(title);
}

/** What a speaker label's title says: a member, an honorific (anyone), or an official's post. */
export function titleKind(title: string | null): 'member' | 'honorific' | 'official' | 'none' {
	if (title === null) return 'none';
	if (MEMBER_TITLES.has(title)) return 'member';
	if (HONORIFICS.has(title) || title === 'オブザーバー') return 'honorific';
	return 'official';
}

/** Role kind of a participant group by its heading (【構成員】, 【発表者】, 【総務省】, 【オブザーバー】, …). */
export function groupKind(group: string): RoleKind {
	const text = group.normalize('NFKC');
	if (/オブザーバ/u.test(text)) return 'observer';
	if (/発表|説明者|プレゼン|ヒアリング|講演|招聘|ゲスト|参考人|公述人|講師/u.test(text)) return 'presenter';
	// Those present who hold no seat of the body (the Diet's `委員外の出席者`, `小委員外の出席者`, `協議委員外の出席者`, the older
	// `委員外出席者`) are its officials and staff, and so are the government's delegates who answered until 1999 (`出席政府委員`,
	// `出席政府委員左ノ如シ`); a member among them is told by the member title before the name.
	if (/員外の?出席者|政府委員/u.test(text)) return 'official';
	// A board's roll (`出席理事`, `出席監事`, `出席役員`) lists its members; an assembly's `理事者` are the executive's officials.
	if (/構成員|委員|議員|分科員|メンバー|専門家|理事(?!者)|監事|役員/u.test(text)) return 'member';
	if (/省|庁|府|事務局|政府|行政|官/u.test(text)) return 'official';
	return 'other';
}

/** An attendance table's row marked absent: the mark or the word after a gap, then maybe a remarks cell (`×`, `欠`, `欠席　所用`). */
const ROW_ABSENT = /[\s\u3000](?:欠席|欠|[×✕✖])(?:[\s\u3000]+[^\s\u3000]{1,20})?$/u;

/**
 * Whether a participant entry lists someone absent: a group of absentees (`欠席者`, `欠席委員`, `懇談会欠席者`, `欠席者（構成員）`)
 * or `（欠席）` after the name in a list of all members (`橋本昌平（欠席）` under `委員出欠`); in a roll of all members headed by
 * both words (`出席並びに欠席委員の詳細`, each row `委員 田中孝男 欠席` or `… 出席`) or an attendance table's (`出欠`, each row
 * `副会長　岩田　千尋　×` or `…　○`) the row's own word or mark decides.
 */
export function isAbsentEntry(group: string, text: string): boolean {
	const heading = group.normalize('NFKC');
	const entry = text.trim();
	if (/出席(?:並びに|及び|および|と|・|、)?欠席/u.test(heading)) return /(?:^|[\s\u3000（(])欠席[）)]?$/u.test(entry);
	// (An attendance table, `出欠` over `副会長　岩田　千尋　×` or `理事　松井 晴美　×　所用`: the row's mark or word decides.)
	if (/出欠(?!席者)/u.test(heading) && ROW_ABSENT.test(entry)) return true;
	return /(?<!出)欠席/u.test(heading) || /[（(]欠席[）)]$/u.test(entry);
}

/** Role kind of one participant entry: the group decides, a member title inside any group wins (a board's only where no group says otherwise). */
export function entryKind(group: string, title: string | null): RoleKind {
	const kind = groupKind(group);
	if (isMemberTitle(title) && kind !== 'observer' && (!BOARD_TITLES.has(title ?? '') || kind === 'member' || kind === 'other')) return 'member';
	if (kind === 'other' && title !== null && !HONORIFICS.has(title)) return 'official';
	return kind;
}

/** Comparable form: NFKC with old character forms in today's (髙橋 is 高橋, 齋藤 is 斎藤, 渡邊 is 渡辺), no spaces, no legal-form prefixes. */
export function comparable(text: string): string {
	return matchForm(text)
		.replace(/\s+/gu, '')
		.replace(/(一般社団法人|一般財団法人|公益社団法人|公益財団法人|国立研究開発法人|独立行政法人|株式会社|\(株\))/gu, '');
}

/**
 * A post without its bracketed part: `参事官（総括担当）` → `参事官`, and a bracket holding one of its own, as a minister's
 * charge is printed: `国務大臣（内閣府特命担当大臣（防災））` → `国務大臣`.
 */
export function postCore(title: string): string {
	return comparable(title).replace(/\((?:[^()]|\([^()]*\))*\)$/u, '').replace(/\([^()]*\)$/u, '');
}

/** The rank the Diet's clerks speak by, after their office (`法制局参事`): the office. */
const CLERK_RANK = /^(?<office>\S*局)参事$/u;

/**
 * True when a speaker's post matches a listed post (`企画官` matches `サイバーセキュリティ統括官室企画官`); a minister
 * speaks as `○鈴木国務大臣` where the Diet's roll lists the ministry (`財務大臣　鈴木俊一君`): every 大臣 is a 国務大臣, and a clerk
 * as `○村田法制局参事` where the roll lists the post held in that office (`衆議院法制局法制企画調整部長　村田 由紀君`).
 */
export function postMatches(spoken: string, listed: string): boolean {
	const a = postCore(spoken);
	const b = postCore(listed);
	if (a === '国務大臣' && /大臣$/u.test(b) && !/副大臣$/u.test(b)) return true;
	const office = CLERK_RANK.exec(a)?.groups?.['office'];
	if (office !== undefined && b.includes(office)) return true;
	return a === b || b.endsWith(a) || a.endsWith(b);
}

const LATIN_WORD = /[A-Za-z]{3,}/gu;

/**
 * How well an affiliation written in a speaker label fits a participant entry's text:
 * 2 = fits (one contains the other, or both name the same Latin word: JPCERT/CC / 一般社団法人JPCERT コーディネーションセンター),
 * 1 = unknown (either side says nothing), 0 = different.
 */
export function affiliationFit(labelAffiliation: string | null, entryText: string | null): 0 | 1 | 2 {
	if (!labelAffiliation || !entryText) return 1;
	const a = comparable(labelAffiliation);
	const b = comparable(entryText);
	if (!a || !b) return 1;
	if (a.includes(b) || b.includes(a)) return 2;
	const words = new Set((a.toUpperCase().match(LATIN_WORD) ?? []));
	if ((b.toUpperCase().match(LATIN_WORD) ?? []).some((word) => words.has(word))) return 2;
	return 0;
}
