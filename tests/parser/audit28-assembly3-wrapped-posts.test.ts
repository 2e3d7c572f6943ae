/**
 * The officials of a city's sitting in two columns, a long post wrapped over two lines after 兼 or its office
 * (`健康福祉部長兼` / `福祉事務所長　　岡　田　美　穂　君`, `選挙管理委員会` / `事務局長　　宮　本　　　勝　君`).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const MINUTES = `令和６年第３回かすみ野市議会定例会会議録（第３号）

令和６年９月１１日（水曜日）

出席議員（２名）
　１番　佐　藤　一　郎　君　　２番　山　本　和　子　君

説明のため出席した者
　市長　　　　　　森　田　康　弘　君　　副市長　　　　　長谷川　　　聡　君
　健康福祉部長兼
　福祉事務所長　　岡　田　美　穂　君　　教育部長　　　　近　藤　香　織　君
　選挙管理委員会
　事務局長　　　　宮　本　　　勝　君　　農業委員会会長　大　森　正　道　君

　　　　　　　　午前１０時００分　開議
○議長（山本和子君）　ただいまから本日の会議を開きます。
○議長（山本和子君）　本日はこれにて散会いたします。
`;

describe('a post wrapped over two lines in the officials\' roll', () => {
	test('is read whole, its first line no longer lost', () => {
		const { meeting } = parseText(MINUTES, 'kasumino-r6-3-3.txt');
		expect(meeting?.participants.find((group) => group.group === '説明のため出席した者')?.members.map((member) => [member.title, member.name])).toEqual([
			['市長', '森田康弘'],
			['副市長', '長谷川 聡'],
			['健康福祉部長兼福祉事務所長', '岡田美穂'],
			['教育部長', '近藤香織'],
			['選挙管理委員会事務局長', '宮本勝'],
			['農業委員会会長', '大森正道'],
		]);
	});
});
