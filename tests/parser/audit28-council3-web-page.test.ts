/**
 * A ministry's minutes page copied as text, whose list of related pages (`関連リンク` / a link's words) stands between the last
 * turn and the page's footer (`お問合せ先`, `最終更新日：…`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe("a ministry's page: its related links after the last turn", () => {
	const result = parse([
		'総合資源エネルギー調査会　省エネルギー小委員会（第45回）‐議事録',
		'日時：令和6年9月26日（木曜日）10時00分～12時00分',
		'場所：経済産業省別館11階1111各省庁共用会議室',
		'議事内容',
		'○田辺委員長',
		'それでは、議題1について、事務局から説明をお願いします。',
		'○稲垣省エネルギー課長',
		'資料3に沿って御説明いたします。',
		'○田辺委員長',
		'本日の議論は以上とさせていただきます。',
		'関連リンク',
		'省エネルギー小委員会',
		'総合資源エネルギー調査会',
		'お問合せ先',
		'資源エネルギー庁 省エネルギー・新エネルギー部 省エネルギー課',
		'電話：03-3501-1511（内線4541）',
		'最終更新日：2024年10月10日',
	]);

	test('the heading and its links are the page\'s, no more of the last turn', () => {
		expect(result?.meeting?.remarks.at(-1)?.text).toBe('本日の議論は以上とさせていただきます。');
		expect(JSON.stringify(result?.body)).not.toContain('関連リンク');
		expect(JSON.stringify(result?.body)).not.toContain('総合資源エネルギー調査会"');
	});
});
