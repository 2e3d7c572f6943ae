/**
 * A prefecture's or a city's 会議録 of one day of a 定例会 whose header gives the session's period before the day:
 * a printed volume's cover (`令和６年９月10日開会` / `令和６年10月４日閉会`) or a `会期　…から…まで` line, then the
 * sitting's own day alone with its weekday (`令和６年９月12日（木曜日）`, `第５日　令和６年２月28日（水曜日）`).
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseText } from './unseen-helpers.ts';

const COVER = `令和６年９月定例会
あおば県議会会議録
（第２号）

令和６年９月10日開会
令和６年10月４日閉会

令和６年９月12日（木曜日）

議事日程（第２号）
　第１　代表質問

出席議員（３名）
　１番　岡田　健一　君　　２番　森下　さくら　君
　３番　宮本　正樹　君

説明のため出席した者
　知事　　　　　　　村井　秀明　君

　　　　午前10時開議
○議長（岡田健一君）　これより本日の会議を開きます。
　日程第１、代表質問を行います。３番宮本正樹議員。
○３番（宮本正樹君）　人口減少対策について伺います。
○知事（村井秀明君）　お答えいたします。移住の施策を強化してまいります。
○議長（岡田健一君）　以上で本日の日程は全部終了しました。散会いたします。
　　　　午後３時10分散会
`;

const PERIOD = `令和６年２月定例会（第５日）

　　　　　　　　　　　　みなと市議会会議録

会期　令和６年２月20日から３月22日まで（32日間）

　　　　　　　　第５日　令和６年２月28日（水曜日）

議事日程
　第１　市政に対する一般質問

出席議員（２名）
　　１番　石　井　翔　太　　２番　植　村　文　子

説明のため出席した者
　　市長　　　　　　　　　山　下　隆　之

◯議長（植村文子）　ただいまから本日の会議を開きます。
　これより市政に対する一般質問を行います。１番石井翔太議員。
◯１番（石井翔太）　防災について伺います。
◯市長（山下隆之）　お答えします。防災拠点を増やします。
◯議長（植村文子）　本日はこれで散会します。
　　　午後２時散会
`;

describe('the day of a sitting written under the session\'s period', () => {
	test('a cover\'s opening and closing days give way to the sitting\'s day, and stay in the record in their order', () => {
		const result = parseText(COVER, 'aoba-r6-09-2.txt');
		expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
		expect(result.meeting?.title).toBe('あおば県議会 令和6年9月定例会 第2号');
		expect(result.meeting?.date).toBe('2024-09-12');
		expect(result.meeting?.start).toBe('10:00');
		const notes = notesOf(result);
		expect(notes.indexOf('令和６年９月10日開会')).toBeGreaterThanOrEqual(0);
		expect(notes.indexOf('令和６年10月４日閉会')).toBeGreaterThan(notes.indexOf('令和６年９月10日開会'));
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（岡田健一君）', '３番（宮本正樹君）', '知事（村井秀明君）', '議長（岡田健一君）']);
	});

	test('`会期 …から…まで` gives way to `第５日　令和６年２月28日（水曜日）`', () => {
		const result = parseText(PERIOD, 'minato-r6-02-5.txt');
		expect(result.meeting?.title).toBe('みなと市議会 令和6年2月定例会 第5日');
		expect(result.meeting?.date).toBe('2024-02-28');
		expect(notesOf(result)).toContain('会期　令和６年２月20日から３月22日まで（32日間）');
	});

	test('a date with more after it than its weekday is no sitting\'s day', () => {
		const result = parseText(PERIOD.replace('第５日　令和６年２月28日（水曜日）', '令和６年２月28日（水曜日）に延会'), 'minato-r6-02-5.txt');
		expect(result.meeting?.date).toBe('2024-02-20');
	});
});

const BODY = `出席議員（２名）
　　１番　石　井　翔　太　　２番　植　村　文　子

◯議長（植村文子）　ただいまから本日の会議を開きます。
◯１番（石井翔太）　防災について伺います。
◯議長（植村文子）　本日はこれで散会します。
　　　午後２時散会
`;

describe('the sitting\'s day with its number, or without its year', () => {
	test('`第５日（２月28日）` under the session\'s period is the day, in the session\'s year', () => {
		const result = parseText(`令和６年２月定例会（第５日）\nみなと市議会会議録\n\n会期　令和６年２月20日～３月22日\n\n第５日（２月28日）\n\n${BODY}`, 'minato-5.txt');
		expect(result.meeting?.date).toBe('2024-02-28');
		expect(notesOf(result)).toContain('会期　令和６年２月20日～３月22日');
	});

	test('`令和６年２月28日（水）　第５号` under `招集年月日` is the day; the call stays, with its words', () => {
		const result = parseText(`みなと市議会会議録\n令和６年２月定例会\n\n招集年月日　令和６年２月20日\n\n　　　　令和６年２月28日（水）　第５号\n\n${BODY}`, 'minato-5.txt');
		expect(result.meeting?.date).toBe('2024-02-28');
		expect(notesOf(result)).toContain('招集年月日　令和６年２月20日');
	});

	test('with no year but the title\'s, `２月28日（水曜日）　第５日` is the day over `会期日程　２月20日から…`', () => {
		const result = parseText(`令和６年２月定例会　みなと市議会会議録\n\n会期日程　２月20日から３月22日まで\n\n２月28日（水曜日）　第５日\n\n${BODY}`, 'minato-5.txt');
		expect(result.meeting?.date).toBe('2024-02-28');
	});

	test('a day before the session\'s first is no sitting\'s day', () => {
		const result = parseText(`令和６年２月定例会（第５日）\nみなと市議会会議録\n\n会期　令和６年２月20日～３月22日\n\n第５日（２月18日）\n\n${BODY}`, 'minato-5.txt');
		expect(result.meeting?.date).toBe('2024-02-20');
	});
});
