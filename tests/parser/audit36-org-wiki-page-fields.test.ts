/**
 * A wiki's meeting notes exported as a page (Confluence's template: `日付`, `参加者`, `目的` headings over their values, the
 * page's title in its header): `日付` dates the meeting as `日時` does, so the page's title titles it (the title had been
 * `日付`), and `目的` is a field kept as text, no member of the roll above it.
 */
import { describe, expect, test } from 'vitest';
import { pageText, withPageTitle } from '../../src/converter/html-text.ts';
import { parseText } from './unseen-helpers.ts';

const html = `<!DOCTYPE html>
<html><head><title>営業部 : 2024-11-06 営業部定例会議 議事録</title></head>
<body><div id="page"><div id="main">
<div id="main-header"><h1 id="title-heading"><span id="title-text">営業部 : 2024-11-06 営業部定例会議 議事録</span></h1></div>
<div id="content"><div id="main-content" class="wiki-content">
<h2>日付</h2>
<p><time datetime="2024-11-06">2024/11/06</time></p>
<h2>参加者</h2>
<ul><li>大野 部長</li><li>川端 美咲</li><li>杉田 翔</li></ul>
<h2>目的</h2>
<p>年末商戦の準備状況の確認</p>
<h2>議事内容</h2>
<ul>
<li>大野: 店頭用の販促物は揃いましたか。</li>
<li>川端: 来週までに全店へ発送します。</li>
<li>杉田: 在庫は前年比で一割多く確保しました。</li>
</ul>
</div></div></div></div></body></html>`;

describe("a wiki's meeting notes exported as a page", () => {
	const meeting = parseText(withPageTitle(pageText(html)), 'notes.html').meeting;

	test('are titled by the page and dated by 日付', () => {
		expect([meeting?.title, meeting?.date]).toEqual(['営業部 : 2024-11-06 営業部定例会議 議事録', '2024-11-06']);
	});

	test('the roll holds the participants only, and each speaks', () => {
		expect(meeting?.participants.flatMap((group) => group.members.map((member) => member.text))).toEqual(['大野 部長', '川端 美咲', '杉田 翔']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['大野', '川端', '杉田']);
	});
});
