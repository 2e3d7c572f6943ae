/**
 * A meeting copied from the detail view of the 国会会議録検索システム: each speech is a block of its own under the view's
 * `本文` and `PDF` links, its counter (`[003/012]`) and the speaker's name on a line of its own, then the speech with its
 * label. Before, the links, the counter and the name were read as words of the speech above (and of the last agenda item).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const block = (counter: string, speaker: string, speech: string): string => `本文\nPDF\n[${counter}/006]\n${speaker}\n${speech}`;

const VIEW = [
	'国会会議録検索システム',
	'第213回国会 衆議院 農林水産委員会 第7号 令和6年4月3日',
	block('000', '会議録情報', `令和六年四月三日（水曜日）
　　　　午前九時開議
　出席委員
　　　委員長 野中 厚志君
　　　　　　坂本 哲朗君　　　　金子 恵子君
　　　　…………………………………
　　　農林水産大臣　　　　　　　坂田 哲志君
　　　　―――――――――――――
本日の会議に付した案件
　食料・農業・農村基本法の一部を改正する法律案（内閣提出第三二号）`),
	block('001', '野中厚志', '○野中委員長　これより会議を開きます。\n　内閣提出、食料・農業・農村基本法の一部を改正する法律案を議題といたします。'),
	block('002', '坂本哲朗', '○坂本委員　自由民主党の坂本でございます。\n\n　大臣に伺います。'),
	block('003', '坂田哲志', '○坂田国務大臣　お答えいたします。'),
	block('004', '金子恵子', '○金子（恵）委員　立憲民主党の金子でございます。'),
	block('005', '野中厚志', '○野中委員長　本日は、これにて散会いたします。\n　　　　午前十一時散会'),
].join('\n');

describe('the detail view of the 国会会議録検索システム', () => {
	const { meeting } = parseText(VIEW, 'norin-7.txt');

	test("each speech is one remark, without the view's links, counter and name", () => {
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['野中委員長', 'これより会議を開きます。\n内閣提出、食料・農業・農村基本法の一部を改正する法律案を議題といたします。'],
			['坂本委員', '自由民主党の坂本でございます。\n大臣に伺います。'],
			['坂田国務大臣', 'お答えいたします。'],
			['金子（恵）委員', '立憲民主党の金子でございます。'],
			['野中委員長', '本日は、これにて散会いたします。'],
		]);
	});

	test('the header: title, agenda and rolls', () => {
		expect(meeting?.title).toBe('第213回国会 衆議院 農林水産委員会 第7号');
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['食料・農業・農村基本法の一部を改正する法律案（内閣提出第三二号）']);
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.name))).toEqual(['野中 厚志', '坂本 哲朗', '金子 恵子', '坂田 哲志']);
	});
});
