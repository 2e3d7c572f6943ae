/**
 * A member's label in 【】 with a long body's name and post before the name (`【一般社団法人…協議会…委員会副委員長兼事務局長 五百旗頭構成員】`,
 * over 40 letters) is that member's turn, as a shorter label is, never a section heading over the next speakers' words.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const LONG_POST = '全国地域情報化推進協議会デジタル基盤整備委員会副委員長兼事務局長';

/** A council's 議事概要 whose second speaker is labelled with their body and post. */
function minutes(label: string): string {
	return [
		'地域情報化推進に関する有識者検討会（第１２回）議事要旨',
		'',
		'１．日時',
		'令和７年３月４日（火）１４時００分～１６時１５分',
		'',
		'２．出席者',
		`　宇喜多座長、小比類巻構成員、勅使河原構成員、${label}`,
		'',
		'３．議事概要',
		'（１）意見交換',
		'【小比類巻構成員】',
		'　小さな町村ほど、外部の人材に頼らざるを得ない。広域で人材を共有する仕組みがほしい。',
		'',
		`【${label}】`,
		'　会員団体に聞いたところ、数年で異動して知見が残らないという声が多かった。',
		'',
		'【勅使河原構成員】',
		'　研修の中身が、座学に偏っている。実地の経験を積める機会を設けるべきだ。',
		'',
		'【宇喜多座長】',
		'　本日の議論を踏まえ、論点を整理していただきたい。',
		'',
		'以上',
	].join('\n');
}

describe('a 【】 label with a long body and post before the name', () => {
	test.each([`一般社団法人${LONG_POST} 五百旗頭構成員`, `${LONG_POST}兼広報担当理事 五百旗頭委員`, `一般社団法人${LONG_POST}　五百旗頭構成員`])('%s speaks its own turn', (label) => {
		const { meeting, body } = parseText(minutes(label), 'council-long-label.txt');
		const remarks = meeting?.remarks ?? [];
		expect(remarks.map((remark) => remark.speaker)).toEqual(['小比類巻構成員', label, '勅使河原構成員', '宇喜多座長']);
		expect(remarks[1]?.text).toBe('会員団体に聞いたところ、数年で異動して知見が残らないという声が多かった。');
		expect(body.map((section) => section.title)).not.toContain(label);
	});

	test('a long heading of an item with a name after a space stays a heading', () => {
		const heading = '地方公共団体におけるデジタル人材の確保及び育成に関する調査結果について 五百旗頭構成員';
		const { body } = parseText(minutes('五百旗頭構成員').replace('（１）意見交換', `【${heading}】`), 'council-long-heading.txt');
		expect(body.map((section) => section.title)).toContain(heading);
	});
});
