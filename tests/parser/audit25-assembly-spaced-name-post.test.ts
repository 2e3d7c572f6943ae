/**
 * A city committee's record as gijiroku.com writes its turns: the person's surname and given name, then the post, a
 * full-width space after each, and two before the words (`◎林　誠　総務課長　　…`, `◆山田　太郎　委員　　…`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和６年第２回つばき市議会定例会　総務常任委員会会議録

令和６年６月１８日（火曜日）午前１０時開会

出席委員（３名）
　委員長　　佐藤　一郎
　委員　　　山田　太郎
　委員　　　森　　愛

○佐藤　一郎　委員長　　ただいまから総務常任委員会を開会します。
◎林　誠　総務課長　　議案第４０号について説明します。
　改正の要点は二つです。
◆山田　太郎　委員　　施行日はいつですか。
◎林　誠　総務課長　　令和７年４月１日です。
◆森　愛　委員　　了解しました。
○佐藤　一郎　委員長　　以上で閉会します。
`;

describe('turns labelled by surname, given name and post, a space after each', () => {
	test('each is the turn of that person, no name in the words', () => {
		const { meeting } = parseText(MINUTES, 'tsubaki-somu.txt');
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['佐藤一郎委員長', 'ただいまから総務常任委員会を開会します。'],
			['林誠総務課長', '議案第４０号について説明します。\n改正の要点は二つです。'],
			['山田太郎委員', '施行日はいつですか。'],
			['林誠総務課長', '令和７年４月１日です。'],
			['森愛委員', '了解しました。'],
			['佐藤一郎委員長', '以上で閉会します。'],
		]);
	});
});
