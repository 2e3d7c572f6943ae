/**
 * A town assembly's newsletter (議会だより) summing up its 一般質問: each question headed `問` and the member by full name with
 * 議員, spaced out (`問　小山　太郎　議員`), the answer `答` and who gives it, the words below each.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const record = [
	'やまなみ町議会だより　第１８５号',
	'令和６年１１月１日発行',
	'',
	'一般質問',
	'　９月１０日、２人の議員が一般質問を行いました。（要旨を掲載しています）',
	'',
	'問　小山　太郎　議員',
	'　空き家バンクの登録件数が伸びていない。所有者への働きかけを強めるべきではないか。',
	'答　町長',
	'　固定資産税の納税通知書に案内を同封し、登録を呼び掛けている。',
	'',
	'問　竹内　春香　議員',
	'　中学校の部活動の地域移行の進み具合は。',
	'答　教育長',
	'　来年度から休日の運動部活動を段階的に地域クラブへ移行する。',
];

describe("a newsletter's questions headed by the member who asks", () => {
	const { meeting } = parseText(record.join('\n'), 'yamanami-dayori185.txt');

	test('each question is the member’s, the name no part of the words', () => {
		expect(meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['問（小山太郎議員）', '空き家バンクの登録件数が伸びていない。所有者への働きかけを強めるべきではないか。'],
			['答（町長）', '固定資産税の納税通知書に案内を同封し、登録を呼び掛けている。'],
			['問（竹内春香議員）', '中学校の部活動の地域移行の進み具合は。'],
			['答（教育長）', '来年度から休日の運動部活動を段階的に地域クラブへ移行する。'],
		]);
	});
});
