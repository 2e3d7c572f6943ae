/**
 * A union's convention minutes list its officers present on one line and count the rest of a post after them
 * (`５．役員出席　　中央執行委員長　菅野 洋一、副委員長　江藤 直樹、書記長　宮部 卓也、中央執行委員 ８名`). The count after a post is
 * how many held it (a note on the roll, as `学年委員長 6名` is), never a head count after the last name (`柚 木 昭 男 1名`): read so,
 * it had made a member named 中央 of the post 執行委員.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'第４７回定期大会　議事録',
	'',
	'１．日　時　　２０２４年９月１４日（土）１３：００～１６：３０',
	'２．場　所　　港湾会館　大ホール',
	'３．役員出席　　中央執行委員長　菅野 洋一、副委員長　江藤 直樹、書記長　宮部 卓也、中央執行委員 ８名',
	'４．議　事',
	'菅野中央執行委員長：ただいまから第４７回定期大会を開会します。',
	'宮部書記長：議案書に沿って説明します。',
	'',
	'以上',
].join('\n');

describe('a post counted after the named officers', () => {
	test('the count is the roll\'s note, the post no member', () => {
		const group = parseText(minutes, 'taikai-47.txt').meeting?.participants.find((known) => known.group === '役員出席');
		expect(group?.members.map((member) => [member.name, member.title])).toEqual([
			['菅野 洋一', '中央執行委員長'],
			['江藤 直樹', '副委員長'],
			['宮部 卓也', '書記長'],
		]);
		expect(group?.note).toBe('中央執行委員 ８名');
	});
});
