/**
 * A festival's or a neighbourhood's committee writes its Markdown minutes with each member's duty before the full name
 * (`- 出席：実行委員長 長谷川 誠、…、広報 佐々木 瞳`) and each turn in a block quote under the item (`> 佐々木広報：…`), the
 * outcome after the quote (`B案に決定。`). The duty `広報` had been read into the name (`広報佐々木瞳`), so `佐々木広報：` spoke
 * as no one and the quote stayed text; a turn opened in a quote now also ends with it.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'# 第7回 ふるさと祭り実行委員会 議事録',
	'',
	'- 日時：2025年7月3日（木）19:30〜21:00',
	'- 出席：実行委員長 長谷川 誠、会計 森本 翔、広報 佐々木 瞳、庶務 今井 健一',
	'',
	'## 1. 模擬店の出店数',
	'',
	'> 長谷川委員長：今年は模擬店を12店に増やしたい。',
	'',
	'## 2. ポスター',
	'',
	'> 佐々木広報：ポスターの案を2つ用意しました。',
	'>',
	'> A案は昨年の写真、B案はイラストです。',
	'',
	'B案に決定。',
	'',
].join('\n');

describe("a committee's duties and turns in quotes", () => {
	const meeting = parseText(minutes, 'matsuri-7.md').meeting;

	test('each duty before a full name is the member\'s post', () => {
		expect(meeting?.participants[0]?.members.map((member) => [member.name, member.title])).toEqual([
			['長谷川 誠', '実行委員長'],
			['森本 翔', '会計'],
			['佐々木 瞳', '広報'],
			['今井 健一', '庶務'],
		]);
	});

	test('the surname and duty speak; the outcome after the quote is the record\'s', () => {
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['長谷川委員長', '今年は模擬店を12店に増やしたい。'],
			['佐々木広報', 'ポスターの案を2つ用意しました。\nA案は昨年の写真、B案はイラストです。'],
		]);
	});
});
