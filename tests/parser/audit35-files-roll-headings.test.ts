import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';

/** A municipal council's 議事録 as its PDF reads: numbered fields, the roll by groups under `出席者`, the day's business. */
const MINUTES = `第５回　みどり市環境審議会　議事録

１．日時　令和６年１０月１５日（火）　午後２時００分～午後３時４０分
２．場所　みどり市役所　本庁舎３階　第１会議室
３．出席者
出席委員　青木会長、木下副会長、佐伯委員、高松委員
欠席委員　中山委員（１名）
事務局　　環境部長　岩崎　透、環境政策課長　小野寺　隆
４．本日の案件
（１）第３次環境基本計画の中間見直しについて
（２）その他
５．配付資料
資料１　第３次環境基本計画　中間見直し（案）

６．議事
○青木会長　ただいまから第５回みどり市環境審議会を開会いたします。
○小野寺環境政策課長　資料１に基づき説明いたします。
○佐伯委員　家庭部門の取組をどう進めるのか伺いたい。
○青木会長　以上で終了いたします。
`;

const parse = (text: string) => parseMinutes(text, { source: 'minutes.txt', sourceHash: '0'.repeat(64) });

describe('a roll by groups under its heading, and the day’s business', () => {
	test('a single absent member counted after the name is a member of the absent list, no group named after them', () => {
		const { meeting } = parse(MINUTES);
		const absent = meeting?.participants.find((group) => group.group.startsWith('欠席委員'));
		expect(absent?.group).toBe('欠席委員');
		expect(absent?.members.map((member) => [member.name, member.title])).toEqual([['中山', '委員']]);
	});

	test('a subgroup counted under a heading of another kind stays a group (`欠席者` over `農業委員（２名）`)', () => {
		const { meeting } = parse(MINUTES.replace('欠席委員　中山委員（１名）\n', '欠席者\n農業委員（２名）\n川村　洋、森下　茂\n'));
		expect(meeting?.participants.map((group) => group.group)).toContain('欠席者（農業委員）');
	});

	test('counted groups of the same post under the heading stay groups (`欠席委員` over `１　学識経験委員（２人）`)', () => {
		const { meeting } = parse(MINUTES.replace('欠席委員　中山委員（１名）\n', '欠席委員\n　１　学識経験委員（２人）\n　　　川村　洋委員，森下　茂委員\n　２　市民委員（１人）\n　　　原田　恵委員\n'));
		expect(meeting?.participants.map((group) => [group.group, group.members.length])).toEqual([
			['出席委員', 4],
			['欠席委員（１学識経験委員）', 2],
			['欠席委員（２市民委員）', 1],
			['事務局', 2],
		]);
	});

	test('`本日の案件` heads the agenda', () => {
		const { meeting, diagnostics } = parse(MINUTES);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['第３次環境基本計画の中間見直しについて', 'その他']);
		expect(diagnostics.filter((diagnostic) => diagnostic.code === 'unknown-section')).toEqual([]);
	});

	test('`出席者` alone over its groups is their heading, not a list that names nobody', () => {
		const { meeting, diagnostics } = parse(MINUTES);
		expect(diagnostics.filter((diagnostic) => diagnostic.code === 'empty-section')).toEqual([]);
		expect(meeting?.participants.map((group) => group.group)).toEqual(['出席委員', '欠席委員', '事務局']);
	});
});
