/**
 * A summary's sentence telling what one speaker said, wrapped over several lines (`千葉委員から、…今後の` / `転換支援の…旨の質問
 * があった。`): that speaker's remark, as the same sentence on one line is. The record's narration (`…説明があり、了承された。`,
 * `…説明があり、質疑が行われた。`) stays narration, wrapped or not.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;
const summary = (body: readonly string[]) => [
	'第３回　さくら県地域医療構想調整会議　議事概要',
	'',
	'１　日時　令和６年１１月５日（火）　１８時３０分～２０時００分',
	'２　場所　さくら県庁　西庁舎２階　大会議室',
	'３　出席者　岩田議長、千葉委員、武田委員、上野委員',
	'',
	'４　議事概要',
	'（１）病床機能報告の結果について',
	...body,
];

describe('a wrapped sentence telling what one speaker said', () => {
	test('is that speaker\'s remark, its lines joined', () => {
		const meeting = read(
			summary([
				'　事務局から資料１により説明があり、質疑が行われた。',
				'　千葉委員から、回復期病床の不足が続いている圏域について、今後の',
				'　転換支援の見通しはどうなっているのか旨の質問があった。',
				'　事務局から、来年度の補助事業で転換を後押しする予定である旨の回答',
				'　があった。',
				'　武田委員から、在宅医療の担い手確保は急務であるとの意見があった。',
			]),
		);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['千葉委員', '千葉委員から、回復期病床の不足が続いている圏域について、今後の転換支援の見通しはどうなっているのか旨の質問があった。'],
			['事務局', '事務局から、来年度の補助事業で転換を後押しする予定である旨の回答があった。'],
			['武田委員', '武田委員から、在宅医療の担い手確保は急務であるとの意見があった。'],
		]);
	});

	test("the record's narration wrapped stays narration", () => {
		const meeting = read(
			summary([
				'　事務局から資料２により外来医療計画の案について説明があり、原案のとお',
				'　り了承された。',
				'　上野委員から、紹介受診重点医療機関の公表方法について、住民に分かりやすく',
				'　周知すべきとの意見があった。',
			]),
		);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['上野委員']);
	});

	test('a quotation carried onto the next line is more of the sentence', () => {
		const meeting = read(summary(['　千葉委員から、', '　「回復期病床の転換支援を急いでほしい」との要望があった。']));
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([['千葉委員', '千葉委員から、「回復期病床の転換支援を急いでほしい」との要望があった。']]);
	});

	test('a sentence several speakers share stays narration', () => {
		const meeting = read(summary(['　千葉委員から、病床の見通しについて質問があり、事務局から、来年度', '　の補助事業で後押しする旨の回答があった。']));
		expect(meeting?.remarks).toEqual([]);
	});
});
