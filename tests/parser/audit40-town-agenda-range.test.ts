/**
 * A town's 臨時会 whose header lists the 議事日程, then `本日の会議に付した事件` as the range of its items
 * (`議事日程第1から第4`), and the same record copied from a web page that sets every line apart by blank lines.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const lines = [
	'令和６年第１回うみかぜ町議会臨時会会議録',
	'令和６年１月２６日(金)開会',
	'1.議事日程',
	' 日程第 1 会議録署名議員の指名',
	' 日程第 2 会期の決定',
	' 日程第 3 第 1号議案 うみかぜ町手数料条例の一部改正について',
	' 日程第 4 第 2号議案 令和５年度うみかぜ町一般会計補正予算(第７号)について',
	'2.本日の会議に付した事件',
	' 議事日程第1から第4',
	'3.出席議員(4名)',
	'  1番 浅 井 和 人 君     2番 荒 木 里 香 君',
	'  3番 石 川 雄 一 君     4番 今 泉 康 雄 君',
	'4.欠席議員(0名)',
	'5.説明のため出席した者の職氏名',
	'   町長          岩 井 正 明 君',
	'   町民課長        梅 田 純 一 君',
	'午前10時00分 開会',
	'○議長(今泉康雄君) ただいまから、令和６年第１回うみかぜ町議会臨時会を開会します。',
	'○議長(今泉康雄君) 日程第3、第1号議案を議題とします。町長。',
	'○町長(岩井正明君) 戸籍の広域交付に伴い、手数料の規定を整備するものです。',
	'○2番(荒木里香君) 窓口の混雑対策はありますか。',
	'○町民課長(梅田純一君) 予約制の導入を検討しております。',
	'○議長(今泉康雄君) 以上で閉会します。',
	'午前10時35分 閉会',
];

const items = [
	[1, '会議録署名議員の指名'],
	[2, '会期の決定'],
	[3, '第 1号議案 うみかぜ町手数料条例の一部改正について'],
	[4, '第 2号議案 令和５年度うみかぜ町一般会計補正予算(第７号)について'],
];

describe('the 議事日程 of a 臨時会, then the business taken up by its range', () => {
	test('the range adds nothing to the last item', () => {
		const meeting = parseText(lines.join('\n'), 'umikaze-rinji.txt').meeting;
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual(items);
		expect(meeting?.remarks).toHaveLength(6);
	});

	test('copied with every line apart by blank lines, every item is read', () => {
		const meeting = parseText(lines.join('\n\n\n'), 'umikaze-rinji-web.txt').meeting;
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual(items);
		expect(meeting?.participants.map((group) => group.members.length)).toEqual([4, 2]);
		expect([meeting?.start, meeting?.end]).toEqual(['10:00', '10:35']);
		expect(meeting?.remarks).toHaveLength(6);
	});
});
