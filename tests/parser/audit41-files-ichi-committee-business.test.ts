/**
 * A town committee's record typed in the old way (saved as Shift_JIS text from a word processor), each header item led by
 * 一 with its value on the same line, the field's word spaced to the column (`一　場　所　　…役場　第二委員会室`), the
 * business referred to it with its first bill on the heading's line and the others under it
 * (`一　付託事件　議案第三十号　…` / `　　　　　　　議案第三十一号　…` / `　　　　　　　請願第二号　…`), and the clerk under
 * `一　事務局　　議会事務局長　…`. The bills are the agenda, the place the field's value, the clerk the staff (the bills had
 * been three notes, the place `一　場　所　　さくら町役場…`, the clerk one who explains).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和六年第三回さくら町議会定例会
産業建設常任委員会会議録

一　日　時　　令和六年九月十二日（木）　午前十時開会
一　場　所　　さくら町役場　第二委員会室
一　付託事件　議案第三十号　さくら町営住宅条例の一部を改正する条例
　　　　　　　議案第三十一号　町道路線の認定について
　　　　　　　請願第二号　県道拡幅の早期実現を求める請願
一　出席委員　委員長　村井　正、副委員長　高木　礼子、委員　小野　健、委員　加納　修
一　欠席委員　なし
一　説明員　　建設課長　吉原　徹、建設課長補佐　内海　聡
一　事務局　　議会事務局長　秋山　浩

○委員長（村井正君）　ただいまから産業建設常任委員会を開会します。
　まず、議案第三十号を議題とします。執行部の説明を求めます。
○建設課長（吉原徹君）　議案第三十号について御説明いたします。
○委員（小野健君）　減免を受ける世帯はどのくらいになる見込みですか。
○建設課長（吉原徹君）　現在のところ、十二世帯を見込んでおります。
○委員長（村井正君）　以上で本日の委員会を閉会します。
　　　　午前十一時二十分閉会
`;

describe('a committee record whose header items are led by 一, the business on the heading\'s line', () => {
	test('the bills are the agenda, the place the value, the clerk the staff', () => {
		const { meeting } = parseText(MINUTES, 'committee.txt');
		expect(meeting?.agenda.map((item) => item.title)).toEqual([
			'議案第三十号　さくら町営住宅条例の一部を改正する条例',
			'議案第三十一号　町道路線の認定について',
			'請願第二号　県道拡幅の早期実現を求める請願',
		]);
		expect(meeting?.location).toBe('さくら町役場　第二委員会室');
		expect(meeting?.participants.map((group) => [group.group, group.members.length])).toEqual([
			['出席委員', 4],
			['説明のため出席した者', 2],
			['事務局職員', 1],
		]);
		expect(meeting?.remarks).toHaveLength(5);
	});
});
