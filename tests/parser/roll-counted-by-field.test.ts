/**
 * A 協議会's or 審議会's 議事概要 that gives its roll without names: the group's count with, in brackets, the bodies and kinds of
 * member it is made of (`【委員】委員22名(障害者団体、家族会、福祉事業所、学識経験者)`). That is a note on the group, never a member
 * naming no one (it had been one nameless entry of 委員).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = (roll: string): string =>
	[
		'第２回 ひまわり市障害者施策推進協議会 議事概要',
		'',
		'【日時】令和６年８月２０日（火）午後２時～午後４時',
		'【場所】ひまわり市役所 ５階 会議室',
		'【出席者】',
		roll,
		'【事務局】障害福祉課長ほか4名',
		'【議事概要】',
		'（１）第７期障害福祉計画の進捗について',
		'事務局から資料１に基づき説明。',
		'（委員）グループホームの整備が遅れている理由は。',
		'（事務局）用地の確保が難しく、事業者との調整を続けている。',
		'',
	].join('\n');

describe('a group counted with the fields its members come from', () => {
	test('under its label in brackets: the group, its count a note, no member', () => {
		const { meeting } = parseText(minutes('【委員】委員22名(障害者団体、家族会、福祉事業所、学識経験者)'), 'kyogikai.txt');
		expect(meeting?.participants[0]).toEqual({ group: '委員', note: '委員22名(障害者団体、家族会、福祉事業所、学識経験者)', members: [] });
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['委員', '事務局']);
	});

	test('alone on its line: a note, no member', () => {
		const { meeting } = parseText(minutes('委員１５名（学識経験者、関係団体の代表、公募委員）'), 'kyogikai.txt');
		expect(meeting?.participants.flatMap((group) => group.members)).not.toContainEqual(expect.objectContaining({ text: expect.stringContaining('１５名') }));
		expect(meeting?.participants.some((group) => group.note?.includes('委員１５名') === true)).toBe(true);
	});

	test('a bracket with a name among the fields is no note of fields', () => {
		const { meeting } = parseText(minutes('委員３名（学識経験者、山田太郎）'), 'kyogikai.txt');
		expect(meeting?.participants.some((group) => group.note?.includes('委員３名') === true)).toBe(false);
	});
});
