/**
 * A council's 議事要旨 that sums up each member's point and the city's answer under it (`・岸委員　…` / `→介護保険課長　…`), item by
 * numbered item (`１　…について` / … / `２　…について`): the answer is the post's turn (it had been a note of the record's outcome),
 * and the next numbered item is the record's, no more of the last turn's words.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const HEADER = [
	'第３回　東山市介護保険運営協議会　議事要旨',
	'',
	'日時：令和６年１０月２４日（木）１４：００～１５：３０',
	'場所：東山市役所　第２委員会室',
	'出席委員：石田会長、岡田副会長、岸委員、黒田委員',
	'',
	'議事',
	'１　第９期介護保険事業計画の進捗状況について',
	'　　事務局から資料１に基づき説明があり、主に次のような意見があった。',
];
const parse = (lines: readonly string[]) => parseDocuments([...HEADER, ...lines].join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const read = (lines: readonly string[]) => parse(lines)?.meeting;

describe("a member's point and the city's answer under it", () => {
	test('the answer after an arrow is the answering post’s turn', () => {
		const meeting = read([
			'　・岸委員　介護人材の確保が深刻。市独自の支援策を検討してほしい。',
			'　→介護保険課長　就労支援金の創設について検討を進めている。',
			'　・黒田委員　認知症カフェの参加者が固定化している。',
			'　→地域包括ケア推進係長　新規参加者の掘り起こしに取り組む。',
		]);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['岸委員', '介護人材の確保が深刻。市独自の支援策を検討してほしい。'],
			['介護保険課長', '就労支援金の創設について検討を進めている。'],
			['黒田委員', '認知症カフェの参加者が固定化している。'],
			['地域包括ケア推進係長', '新規参加者の掘り起こしに取り組む。'],
		]);
	});

	test('the next numbered item ends the last turn', () => {
		const parsed = parse([
			'　・岸委員　介護人材の確保が深刻。市独自の支援策を検討してほしい。',
			'　・黒田委員　認知症カフェの参加者が固定化している。',
			'２　地域密着型サービス事業所の指定について',
			'　　事務局から説明があり、承認された。',
		]);
		expect(parsed?.meeting?.remarks.map((remark) => remark.text)).toEqual(['介護人材の確保が深刻。市独自の支援策を検討してほしい。', '認知症カフェの参加者が固定化している。']);
		expect(JSON.stringify(parsed?.body)).toContain('２　地域密着型サービス事業所の指定について');
	});
});
