/**
 * Officials whose post names a section in katakana (`【片山料金サービス課企画官】`) speak as officials by post do, and one of the
 * roll named by surname with an office and a post no word list knows (`○村上ひばり消防署予防課長　…` with `村上　修` in the roll,
 * `○日本通信販売協会万代理事　…` with `万代　一郎`) speaks: each of these turns had been lost, its words left as a paragraph.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const turns = (lines: readonly string[]) => parse(lines)?.meeting?.remarks.map((remark) => [remark.speaker, remark.text]);

describe("an official's post with a section in katakana", () => {
	test('`【片山料金サービス課企画官】`', () => {
		const lines = [
			'情報通信審議会　接続政策委員会（第５８回）議事録',
			'１　日時',
			'令和６年２月１４日（水）１４：００～１５：３０',
			'２　出席者',
			'相田主査、高橋主査代理',
			'３　議事録',
			'【相田主査】　それでは、事務局から資料の説明をお願いします。',
			'【片山料金サービス課企画官】　資料５８－１に基づき御説明いたします。',
			'【相田主査】　ありがとうございました。',
		];
		expect(turns(lines)).toEqual([
			['相田主査', 'それでは、事務局から資料の説明をお願いします。'],
			['片山料金サービス課企画官', '資料５８－１に基づき御説明いたします。'],
			['相田主査', 'ありがとうございました。'],
		]);
	});
});

describe('one of the roll by surname, an office and a post', () => {
	const page = (roll: readonly string[], turn: string) => [
		'第４５２回本会議　議事録',
		'１．日時　令和６年１０月１５日（火）１４：００～１６：００',
		'２．出席者',
		...roll,
		'３．議事録',
		'○鹿野委員長　御説明をお願いします。',
		turn,
		'○鹿野委員長　ありがとうございました。',
	];

	test('the body spoken for, the surname and the post', () => {
		expect(turns(page(['（委員）', '鹿野委員長、黒木委員', '（説明者）', '一般社団法人日本通信販売協会　理事　万代　一郎'], '○日本通信販売協会万代理事　協会ではガイドラインを改訂いたしました。'))?.[1]).toEqual(['日本通信販売協会万代理事', '協会ではガイドラインを改訂いたしました。']);
	});

	test('the surname, an office named in kana and the post', () => {
		expect(turns(page(['（委員）', '鹿野委員長、黒木委員', '（関係行政機関）', 'ひばり消防署予防課長　村上　修'], '○村上ひばり消防署予防課長　狭あい道路の解消についても記載をお願いします。'))?.[1]).toEqual(['村上ひばり消防署予防課長', '狭あい道路の解消についても記載をお願いします。']);
	});

	test('a surname the roll does not list is no one', () => {
		expect(turns(page(['（委員）', '鹿野委員長、黒木委員'], '○日本通信販売協会万代理事　協会ではガイドラインを改訂いたしました。'))?.map(([speaker]) => speaker)).toEqual(['鹿野委員長', '鹿野委員長']);
	});
});
