/**
 * A town's 定例会 whose roll is of the members called (`応招議員`, as 会議録 of towns and villages head it) and whose turns
 * are labels alone on their lines without marks (`議長（田村君）` over the words) is an assembly's sitting: named as its
 * assembly and session (`かえで町議会 令和6年第3回定例会 第2号`), where it had been read as a council titled by its first line,
 * the series `かえで町議会定例会`.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和６年第３回かえで町議会定例会会議録（第２号）

令和６年９月１０日（火曜日）

応招議員（２名）
　２番　伊藤　大和　　４番　田村　淳

説明のため出席した者
　町長　　　西田　隆

議長（田村君）
　ただいまから本日の会議を開きます。２番、伊藤大和君。
２番（伊藤君）
　町の防災計画について伺います。
町長（西田君）
　現在１２か所を指定しております。
議長（田村君）
　これで本日の会議を閉じます。
　　　　　　　　　　　　　　　　　（午前１１時散会）
`;

describe('a 定例会 with its roll of 応招議員', () => {
	test('is read as an assembly sitting', () => {
		const { family, meeting } = parseText(MINUTES, 'kaede-r6-3-2.txt');
		expect(family).toBe('assembly');
		expect(meeting?.title).toBe('かえで町議会 令和6年第3回定例会 第2号');
		expect(meeting?.series).toBe('かえで町議会');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長（田村君）', 'ただいまから本日の会議を開きます。２番、伊藤大和君。'],
			['２番（伊藤君）', '町の防災計画について伺います。'],
			['町長（西田君）', '現在１２か所を指定しております。'],
			['議長（田村君）', 'これで本日の会議を閉じます。'],
		]);
		expect(meeting?.end).toBe('11:00');
	});
});
