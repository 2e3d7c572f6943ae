/**
 * A ward assembly's committee record copied from a minutes site, its fields numbered (`1 日    時`, `3 出席者`, `5 出席説明員`,
 * `6 区議会事務局`), the officials listed by surname and post two to a line at wide gaps, each surname padded with a space to
 * the width of two letters (`青 山 区長          荒 井 企画経営部長`), a surname of one letter followed by blanks up to its
 * post (`原   施設課長        森   会計管理者`), a count in brackets under the heading (`(6名)`). Each cell is that surname and
 * post, as the turns label them (`○山崎次長`); the padded surname had been read as a full name (`青 山`, surname 青, so no
 * speaker's surname matched it), and a surname of one letter paired with the post of the cell after it.
 */
import { describe, expect, test } from 'vitest';
import { parseText, rollsOf } from './unseen-helpers.ts';

const record = [
	'                企 画 総 務 委 員 会',
	'1 日    時 令和5年6月20日(火)',
	'         開会 午前10時00分',
	'2 場    所 第一委員会室',
	'3 出席者    委員長   そよぎ 次 郎   副委員長  岩 田 ふみひろ',
	'5 出席説明員  青 山 区長          荒 井 企画経営部長',
	'    (4名)原   施設課長        森   会計管理者',
	'6 区議会事務局 山 崎 次長          児 島 議事調査係長',
	'    (2名)',
	'7 議    題',
	'  (1)区有施設見直し方針の改定について',
	'────────────────────────────────────',
	'○そよぎ委員長  ただいまから企画総務委員会を開会いたします。',
	'○山崎次長  陳情の要旨を御説明いたします。',
	'○そよぎ委員長  以上で本日の委員会を散会いたします。',
].join('\n');

describe('officials by a padded surname and a post', () => {
	const rolls = rollsOf(parseText(record, 'kikaku-soumu-2023-06-20.txt'));

	test('each official is the surname, whole, with the post', () => {
		expect(rolls.find(([group]) => group === '出席説明員')?.[1]).toEqual(['区長 青山', '企画経営部長 荒井', '施設課長 原', '会計管理者 森']);
	});

	test("the office's staff likewise, so the clerk's turn (`○山崎次長`) names one of them", () => {
		expect(rolls.find(([group]) => group === '区議会事務局')?.[1]).toEqual(['次長 山崎', '議事調査係長 児島']);
	});

	test("a letter at the end of a name padded a letter to a cell is no surname of the post after it", () => {
		const spaced = [
			'ひがし町議会全員協議会　会議録',
			'日　時　　令和６年１１月１２日（火）　午前１０時００分',
			'出席者',
			'\u3000町\u3000\u3000側\u3000\u3000総務課長\u3000\u3000坂\u3000\u3000本\u3000\u3000和\u3000\u3000也\u3000\u3000建設課長\u3000\u3000清\u3000\u3000水\u3000\u3000\u3000\u3000隆',
			'',
			'○議長　ただいまから全員協議会を開会します。',
			'○議長　以上で閉会します。',
		].join('\n');
		const titles = (parseText(spaced, 'higashi-zenkyo.txt').meeting?.participants ?? []).flatMap((group) => group.members.map((member) => member.title));
		expect(titles.filter((title) => title?.endsWith('建設課長'))).toEqual(['建設課長']);
	});
});
