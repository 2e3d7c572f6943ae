/**
 * A city 審議会's record written in Word with double line spacing and saved as text (UTF-16, as Word's "Unicode text"
 * saves it: a blank line after every line), its roll under `３　出席者` by group, the role all the members hold heading the
 * line and the chair's and vice-chair's roles in brackets after their names
 * (`　　委員　　長谷川　誠（会長）、飯田　由美（副会長）、川上　亮、中野　咲`). Every member holds 委員, the two with their role in
 * the body after it (川上 and 中野 had been members without a post, 飯田 副会長 without 委員).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = (roll: string): string =>
	`令和６年度第１回くすのき市環境審議会　会議録

１　日時　令和６年７月２日（火）午前１０時から正午まで

２　場所　くすのき市役所　本館５階　大会議室

３　出席者

${roll}

　　事務局　環境課長　荒木　隆、環境課主査　星野　絵里

４　議事の経過

長谷川会長　それでは議事に入ります。事務局から説明をお願いします。

荒木環境課長　資料１に基づき、計画の進捗状況を御説明いたします。

川上委員　家庭部門の削減が遅れているように見えますが、どのような対策を考えていますか。

長谷川会長　本日の審議会を終わります。
`;

describe('a role heading a line of names, the chair\'s role in brackets after the first', () => {
	test.each([['　　委員　　長谷川　誠（会長）、飯田　由美（副会長）、川上　亮、中野　咲'], ['　　委員　長谷川　誠（会長）、飯田　由美（副会長）、川上　亮、中野　咲']])('%s', (roll) => {
		const { meeting } = parseText(minutes(roll), 'kankyo.txt');
		expect(meeting?.participants[0]?.members.map((member) => [member.name, member.title])).toEqual([
			['長谷川　誠', '委員（会長）'],
			['飯田　由美', '委員（副会長）'],
			['川上　亮', '委員'],
			['中野　咲', '委員'],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['長谷川会長', '荒木環境課長', '川上委員', '長谷川会長']);
	});
});
