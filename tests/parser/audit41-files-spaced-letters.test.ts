/**
 * Minutes saved as text from a scan's character recognition of a page set in wide tracking: every letter is set apart by
 * one space (`令 和 ６ 年 度 第 ２ 回 … 会 議 録`, `石 原 会 長 ： た だ い ま か ら …`), the page's own spaces kept as a wider
 * gap (`１ 　 日 時 　 令 和 …`, an ideographic space between two spaces). The lines are read joined: the title, date, place,
 * roll, agenda and turns (the file had been refused: no date found in `令 和 ６ 年 １ ０ 月 ８ 日 …`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const spaced = (text: string): string =>
	text
		.split('\n')
		.map((line) => [...line].join(' '))
		.join('\n');

const MINUTES = spaced(`令和６年度第２回ひかり市図書館協議会会議録

１　日時　令和６年１０月８日（火）午後２時から午後３時３０分まで
２　場所　ひかり市立中央図書館　会議室
３　出席者
　委員　石原会長、西田副会長、今井委員、宮本委員
　事務局　岡部館長、森下主査
４　議題
（１）令和６年度上半期の事業報告について
（２）読書週間の催しについて
５　会議の経過
石原会長：ただいまから会議を始めます。事務局から説明をお願いします。
岡部館長：上半期の貸出冊数は前年比で四パーセント増えました。
今井委員：子どもの利用はどうですか。
岡部館長：児童書の貸出が特に伸びています。
石原会長：以上で会議を終わります。`);

describe('minutes whose letters are set apart by spaces throughout', () => {
	test('are read joined: title, date, roll, agenda and turns', () => {
		const { meeting, diagnostics } = parseText(MINUTES, 'ocr.txt');
		expect(meeting?.title).toBe('令和６年度第２回ひかり市図書館協議会会議録');
		expect(meeting?.date).toBe('2024-10-08');
		expect(meeting?.start).toBe('14:00');
		expect(meeting?.location).toBe('ひかり市立中央図書館　会議室');
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['委員', ['石原', '西田', '今井', '宮本']],
			['事務局', ['岡部', '森下']],
		]);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['令和６年度上半期の事業報告について', '読書週間の催しについて']);
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['石原会長', 'ただいまから会議を始めます。事務局から説明をお願いします。'],
			['岡部館長', '上半期の貸出冊数は前年比で四パーセント増えました。'],
			['今井委員', '子どもの利用はどうですか。'],
			['岡部館長', '児童書の貸出が特に伸びています。'],
			['石原会長', '以上で会議を終わります。'],
		]);
		expect(diagnostics.filter((d) => d.code === 'spaced-letters').map((d) => d.line)).toEqual([1]);
	});

	test('a title alone spaced out over minutes written plainly is left as it is', () => {
		const text = `会 議 録\n令和６年度第２回ひかり市図書館協議会\n日時：令和６年１０月８日（火）午後２時から\n石原会長：ただいまから会議を始めます。\n岡部館長：上半期の貸出冊数は増えました。\n`;
		const { diagnostics } = parseText(text, 'plain.txt');
		expect(diagnostics.some((d) => d.code === 'spaced-letters')).toBe(false);
	});
});
