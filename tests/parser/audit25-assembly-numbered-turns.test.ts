/**
 * A town's 会議録 typed in Word with every turn set as a numbered item instead of a mark (`１．議長（大山二郎君）　…`,
 * `１．８番（小玉勇君）　…`), the header's lists unmarked.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和６年第３回いしだ町議会定例会会議録（第１号）

令和６年９月５日（木曜日）

出席議員（３名）
　１番　小玉　勇　　２番　佐藤　明　　３番　大山　二郎

議　事　の　経　過

　　　　　午前１０時開議
１．議長（大山二郎君）　ただいまから本日の会議を開きます。
　日程第１、一般質問を行います。１番小玉勇君。
１．１番（小玉勇君）　通告に従い、町営住宅について伺います。
　老朽化の状況をお示しください。
１．町長（庄司中君）　お答えします。
１．議長（大山二郎君）　本日はこれにて散会します。
　　　　　午前１１時散会
`;

describe('turns opened by a list number instead of a mark', () => {
	test('are read as marked turns of an assembly sitting', () => {
		const { meeting } = parseText(MINUTES, 'ishida-r6-3-1.txt');
		expect(meeting?.title).toBe('いしだ町議会 令和6年第3回定例会 第1号');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['議長（大山二郎君）', 'ただいまから本日の会議を開きます。\n日程第１、一般質問を行います。１番小玉勇君。'],
			['１番（小玉勇君）', '通告に従い、町営住宅について伺います。\n老朽化の状況をお示しください。'],
			['町長（庄司中君）', 'お答えします。'],
			['議長（大山二郎君）', '本日はこれにて散会します。'],
		]);
	});

	test('numbered lines among marked turns stay text', () => {
		const marked = MINUTES.replace('１．町長（庄司中君）', '○町長（庄司中君）');
		const remarks = parseText(marked, 'ishida-r6-3-1.txt').meeting?.remarks ?? [];
		expect(remarks.map((remark) => remark.speaker)).toEqual(['町長（庄司中君）']);
	});
});
