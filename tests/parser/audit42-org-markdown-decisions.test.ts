/**
 * A PTA's 運営委員会 minutes kept in Markdown set each turn as a bold label and a colon (`**会長（浜口）**：…`), then what was
 * decided under the word alone in bold, its points a list (`**決定事項**` / `- 来年度の案内に…`): the record's own, never the
 * last speaker's words (the word and the list had been folded into the turn above them).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'# 令和6年度 第5回 PTA運営委員会 議事録',
	'',
	'- **日時**：令和6年10月9日（水）10:00〜11:30',
	'- **場所**：ひかり小学校 会議室',
	'- **出席者**：会長 浜口、副会長 平井、教頭 北島',
	'',
	'## 1. 運動会の振り返り',
	'',
	'**会長（浜口）**：当日の受付は大きな混乱なく終わりました。',
	'',
	'**教頭（北島）**：駐輪場が足りず、近隣から苦情が一件ありました。',
	'',
	'**副会長（平井）**：来年は自転車での来校を控えるよう案内します。',
	'',
	'**決定事項**',
	'',
	'- 来年度の案内に自転車来校の自粛を加える',
	'- 駐輪場の誘導係を２名増やす',
];

describe('a Markdown record’s decisions after the turns', () => {
	const result = parseText(minutes.join('\n'), 'pta.md');

	test('the last turn keeps its own words alone', () => {
		expect(result.meeting?.remarks.at(-1)?.text).toBe('来年は自転車での来校を控えるよう案内します。');
	});

	test('the decisions are the section’s list', () => {
		const section = result.body.at(-1);
		const list = section?.children.find((block) => block.type === 'list');
		expect(list?.type === 'list' ? list.items.map((item) => item.text) : null).toEqual(['来年度の案内に自転車来校の自粛を加える', '駐輪場の誘導係を２名増やす']);
	});
});
