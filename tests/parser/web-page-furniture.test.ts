/**
 * Minutes copied from a ministry's or a city's web page with the page's furniture around them: the menu and buttons above
 * the title (`文字サイズ変更` / `標準` / `拡大` / `English`, the site's name among them), a CMS's `本文ここから` / `本文ここまで`
 * with a sidebar after it, and the footer after the last turn (the PDF reader notice, the feedback form, the office's
 * 法人番号, address, telephone and copyright). None of it is the title, a remark or a participant.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const options = { source: 'a.txt', sourceHash: '0'.repeat(64) };
const minutes = [
	'地域ものづくり人材研究会（第3回）‐議事要旨',
	'',
	'日時：令和5年11月8日（水曜日）15時00分～17時00分',
	'場所：経済産業省本館17階第1特別会議室',
	'出席者：大森座長、石黒委員、上野委員',
	'',
	'議事概要',
	'○大森座長　本日は人材育成の論点について御議論をお願いします。',
	'○石黒委員　地域の中小企業では、技能の継承が最大の課題です。',
	'○大森座長　それでは、本日はこれで閉会といたします。',
];
const readOne = (text: string) => parseDocuments(text, options)[0];
const furniture = ['文字サイズ変更', '標準', '拡大', 'English', 'サイトマップ', 'Adobe', '役に立ちましたか', '法人番号', '〒', 'Copyright', '代表電話', '開庁時間', 'くらし・環境', '検索の使い方', 'ツイート'];

describe('a web page copied with its furniture', () => {
	test("the menu and buttons above the title, the site's name among them, are no title", () => {
		const meeting = readOne(['本文へ', '経済産業省', '文字サイズ変更', '標準', '拡大', 'English', 'サイトマップ', 'ホーム > 審議会・研究会 > 研究会 > 地域ものづくり人材研究会 > 第3回 議事要旨', '', ...minutes].join('\n'))?.meeting;
		expect([meeting?.title, meeting?.series, meeting?.session]).toEqual(['地域ものづくり人材研究会（第3回）‐議事要旨', '地域ものづくり人材研究会', 3]);
	});

	test('a site menu above the breadcrumb trail is no title either', () => {
		const meeting = readOne(['本文へスキップします。', 'サイト内検索', '検索の使い方', 'ホーム', 'くらし・環境', '健康・福祉', '県政情報', 'ホーム > 県政情報 > 審議会 > 地域ものづくり人材研究会', ...minutes].join('\n'))?.meeting;
		expect(meeting?.title).toBe('地域ものづくり人材研究会（第3回）‐議事要旨');
	});

	test("what stands above a CMS's 本文ここから and after its 本文ここまで is the site's", () => {
		const meeting = readOne(['ページの先頭です', 'みどり市', 'Foreign language', '音声読み上げ', 'くらしの情報', '市政情報', '本文ここから', ...minutes, '本文ここまで', '', '地域ものづくり人材研究会', '第1回 議事要旨', '第2回 議事要旨', 'よくある質問', 'みどり市役所'].join('\n'))?.meeting;
		expect(meeting?.title).toBe('地域ものづくり人材研究会（第3回）‐議事要旨');
		expect(meeting?.remarks.at(-1)?.text).toBe('それでは、本日はこれで閉会といたします。');
		expect(JSON.stringify(meeting)).not.toContain('第1回 議事要旨');
	});

	test("the footer after the last turn is no part of the chair's words", () => {
		const footer = ['', 'PDF形式のファイルを御覧いただくには、Adobe Systems社の無償ソフトウェア「Adobe Acrobat Reader」が必要です。', 'お持ちでない方は、Adobe社のホームページからダウンロード（無料）してください。', '', 'この情報はお役に立ちましたか？', '役に立った', '役に立たなかった', '送信', '', 'ページの先頭へ戻る', '経済産業省', '法人番号 4000012090001', '〒100-8901 東京都千代田区霞が関1-3-1', '代表電話 03-3501-1511', '開庁時間：午前8時30分～午後5時15分', 'Copyright Ministry of Economy, Trade and Industry. All Rights Reserved.'];
		const result = readOne([...minutes, ...footer].join('\n'));
		expect(result?.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['大森座長', '本日は人材育成の論点について御議論をお願いします。'],
			['石黒委員', '地域の中小企業では、技能の継承が最大の課題です。'],
			['大森座長', 'それでは、本日はこれで閉会といたします。'],
		]);
		const written = JSON.stringify(result?.meeting);
		for (const word of furniture) expect(written).not.toContain(word);
		expect(result?.diagnostics.some((diagnostic) => diagnostic.code === 'web-navigation')).toBe(true);
	});

	test('an item lettered (C) stays, a copyright line goes', () => {
		const result = readOne([...minutes.slice(0, -1), '(A) 2023年度の実績', '(B) 2024年度の見込み', '(C) 2025年度の計画', '○大森座長　それでは、本日はこれで閉会といたします。', '(C) 2024 Ministry of Economy, Trade and Industry.'].join('\n'));
		const written = JSON.stringify(result);
		expect([written.includes('2025年度の計画'), written.includes('Ministry of Economy')]).toEqual([true, false]);
	});

	test('the same words inside the minutes stay (a remark that says 拡大, a line that names the ministry in a sentence)', () => {
		const text = [...minutes.slice(0, -1), '○上野委員　支援の対象を拡大すべきです。', '拡大', '○大森座長　経済産業省からも御説明をお願いします。', '○大森座長　それでは、本日はこれで閉会といたします。'].join('\n');
		const meeting = readOne(text)?.meeting;
		expect(meeting?.remarks.map((remark) => remark.text)).toContain('経済産業省からも御説明をお願いします。');
		expect(JSON.stringify(meeting)).toContain('拡大');
	});
});

describe("a ministry's page clipped to Markdown (Obsidian Web Clipper: front matter, then the page)", () => {
	const clip = [
		'---',
		'title: "総合物流施策推進会議 物流DX検討会（第4回）議事要旨 | 国土交通省"',
		'source: "https://www.mlit.go.jp/seisakutokatsu/freight/butsuryu_dx_04.html"',
		'created: 2024-07-02',
		'tags:',
		'  - "clippings"',
		'---',
		'[メインコンテンツへスキップ](#main)',
		'',
		'[![国土交通省](https://www.mlit.go.jp/common/img/logo.png)](https://www.mlit.go.jp/)',
		'',
		'- [ホーム](https://www.mlit.go.jp/)',
		'- [政策・仕事](https://www.mlit.go.jp/policy.html)',
		'- 物流DX検討会（第4回）議事要旨',
		'',
		'# 物流DX検討会（第4回）議事要旨',
		'',
		'## 1．日時',
		'',
		'令和6年6月20日（木）10:00～12:00',
		'',
		'## 2．議事概要',
		'',
		'**事務局**：いただいた御意見を踏まえ、次回までに中間とりまとめの案を作成する。',
		'',
		'## お問い合わせ先',
		'',
		'国土交通省総合政策局物流政策課',
		'電話：03-5253-8111（内線25302）',
	].join('\n');

	test('one meeting, dated by its 日時 (not the day it was clipped), titled by its heading', () => {
		const results = parseDocuments(clip, { source: 'a.md', sourceHash: '0'.repeat(64) });
		expect(results.map((result) => [result.meeting?.title, result.meeting?.series, result.meeting?.session, result.meeting?.date])).toEqual([['物流DX検討会（第4回）議事要旨', '物流DX検討会', 4, '2024-06-20']]);
		const written = JSON.stringify(results[0]);
		for (const furniture of ['スキップ', 'logo.png', '政策・仕事', 'clippings', '内線25302']) expect(written).not.toContain(furniture);
	});
});

describe("a page's list of files after the minutes", () => {
	test('each file, its kind and size at its end, is a line of its own', () => {
		const files = ['資料1　地域の中小製造業における人材確保の現状と課題について（PDF形式：1,024KB）', '資料2　第2回研究会における委員の主な意見と今後の論点の整理（PDF形式：245KB）', '資料3　川端委員提出資料　産業人材の学び直しの実例（PDF形式：3,412KB）'];
		const result = readOne([...minutes, '', '関連資料', ...files].join('\n'));
		const paragraphs = JSON.stringify(result?.body).match(/"text":"[^"]*PDF形式[^"]*"/gu);
		expect(paragraphs).toEqual(files.map((file) => `"text":"${file}"`));
	});
});
