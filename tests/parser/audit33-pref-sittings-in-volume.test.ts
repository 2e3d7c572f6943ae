/**
 * A prefecture's or a city's volume of a session in one file, each sitting under a title that numbers it without a 回
 * (`令和６年２月定例会（第３日）`, `令和６年２月定例会` over `…県議会会議録（第４号）`, `令和六年…議会会議録第三号`), dated
 * below, with the title repeated as a running head over the pages.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

function sittings(text: string, source: string): [string | undefined, string | undefined, number | undefined][] {
	return parseDocuments(text, { source, sourceHash: 'e'.repeat(64) }).map((result) => [result.meeting?.title, result.meeting?.date, result.meeting?.remarks.length]);
}

const DAYS = `　　　令和６年２月定例会（第３日）

　　　　　　　　　　　かすみ県議会会議録

　　　　令和６年２月２６日（月曜日）
出席議員（２名）
　　　１番　　上　野　康　平　君　　　２番　　西　田　隆　一　君

説明のため出席した者
　知事　　　　　　　　　　　　　大　井　清　隆　君

　　　午前１０時開議
○議長（西田隆一君）　これより本日の会議を開きます。
○１番（上野康平君）　農業振興について伺います。
○知事（大井清隆君）　お答えいたします。
○議長（西田隆一君）　本日はこれで散会いたします。
　　　午後２時散会

　　　令和６年２月定例会（第４日）

　　　　　　　　　　　かすみ県議会会議録

　　　　令和６年２月２７日（火曜日）
出席議員（２名）
　　　１番　　上　野　康　平　君　　　２番　　西　田　隆　一　君

　　　午前１０時開議
○議長（西田隆一君）　これより本日の会議を開きます。
○１番（上野康平君）　観光振興について伺います。
○議長（西田隆一君）　本日はこれで散会いたします。
　　　午後１時３０分散会
`;

const NUMBERS = `　　　令和６年２月定例会

　　　　　あおぞら県議会会議録（第３号）

令和６年２月２７日（火曜日）
出席議員（２名）
　　　１番　　山　田　太　郎　君　　　　２番　　鈴　木　花　子　君

○議長（山田太郎君）　ただいまから本日の会議を開きます。
○２番（鈴木花子君）　県政運営について伺います。

－　４１　－
　　　　　あおぞら県議会会議録（第３号）

　続いて、物価高騰対策について伺います。
○議長（山田太郎君）　本日は、これにて散会いたします。

　　　令和６年２月定例会

　　　　　あおぞら県議会会議録（第４号）

令和６年２月２８日（水曜日）
出席議員（２名）
　　　１番　　山　田　太　郎　君　　　　２番　　鈴　木　花　子　君

○議長（山田太郎君）　ただいまから本日の会議を開きます。
○議長（山田太郎君）　本日は、これにて散会いたします。
`;

describe('the sittings of a session in one file', () => {
	test('each day under `…定例会（第Ｎ日）` is a record of its own', () => {
		expect(sittings(DAYS, 'kasumi-r6-02.txt')).toEqual([
			['かすみ県議会 令和6年2月定例会 第3日', '2024-02-26', 4],
			['かすみ県議会 令和6年2月定例会 第4日', '2024-02-27', 3],
		]);
	});

	test('each sitting under `…会議録（第Ｎ号）` keeps the session\'s line above it, and the running head over a page splits nothing', () => {
		const results = parseDocuments(NUMBERS, { source: 'aozora-r6-02.txt', sourceHash: 'e'.repeat(64) });
		expect(results.map((result) => [result.meeting?.title, result.meeting?.date, result.meeting?.remarks.length])).toEqual([
			['あおぞら県議会 令和6年2月定例会 第3号', '2024-02-27', 3],
			['あおぞら県議会 令和6年2月定例会 第4号', '2024-02-28', 2],
		]);
		expect(results[0]?.meeting?.remarks[1]?.text).toContain('物価高騰対策');
	});

	test('a title with the day after it on its line (`令和６年２月定例会（第３日）　令和６年２月２６日（月）`) starts its sitting', () => {
		const dated = DAYS.replace('　　　令和６年２月定例会（第３日）\n', 'かすみ県議会　令和６年２月定例会（第３日）　令和６年２月２６日（月）\n').replace('　　　令和６年２月定例会（第４日）\n', 'かすみ県議会　令和６年２月定例会（第４日）　令和６年２月２７日（火）\n');
		expect(sittings(dated, 'kasumi-r6-02.txt').map(([, date, remarks]) => [date, remarks])).toEqual([
			['2024-02-26', 4],
			['2024-02-27', 3],
		]);
	});

	test('one sitting whose title comes again as a running head stays one record', () => {
		const one = NUMBERS.slice(0, NUMBERS.indexOf('　　　令和６年２月定例会\n\n　　　　　あおぞら県議会会議録（第４号）'));
		expect(sittings(one, 'aozora-r6-02-3.txt')).toEqual([['あおぞら県議会 令和6年2月定例会 第3号', '2024-02-27', 3]]);
	});
});
