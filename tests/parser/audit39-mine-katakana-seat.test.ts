/**
 * An assembly member of foreign birth whose name is written in katakana, labelled by seat as every member is
 * (`○２番（マクファーレンエリザベス君）`). Before, such a label was no turn: the member's words ran on inside the chair's
 * remark above them; now the member speaks, as a member with a name in kanji does.
 */
import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseText } from './unseen-helpers.ts';

const SITTING = `令和６年第２回かえで町議会定例会会議録（第２号）

令和６年６月１２日（水曜日）　午前１０時００分開議

○議長（大川孝君）　ただいまから本日の会議を開きます。日程第１、一般質問を行います。２番、マクファーレンエリザベス君。
○２番（マクファーレンエリザベス君）　町の窓口のオンライン化について伺います。
○議長（大川孝君）　町長。
○町長（北原修君）　お答えします。来年度から申請の半数をオンラインで受け付けます。
○議長（大川孝君）　５番、アレクサンドロヴィッチ・ミハイル君。
○５番（アレクサンドロヴィッチ・ミハイル君）　子育て支援について伺います。
○議長（大川孝君）　これで一般質問を終わります。本日はこれで散会します。
`;

describe('a member labelled by seat with a name in katakana', () => {
	test('speaks in turn, the words no longer inside the chair’s remark', () => {
		const { meeting } = parseText(SITTING, 'kaede-r6-2-2.txt');
		const remarks = meeting?.remarks ?? [];
		expect(remarks.map((remark) => remark.speaker)).toEqual([
			'議長（大川孝君）',
			'２番（マクファーレンエリザベス君）',
			'議長（大川孝君）',
			'町長（北原修君）',
			'議長（大川孝君）',
			'５番（アレクサンドロヴィッチ・ミハイル君）',
			'議長（大川孝君）',
		]);
		expect(remarks[1]?.text).toBe('町の窓口のオンライン化について伺います。');
		expect(remarks[0]?.text).not.toContain('オンライン化');
	});

	test('the label names the member; katakana alone without an honorific names no one', () => {
		expect(parseNameLabel('２番（マクファーレンエリザベス君）').name).toBe('マクファーレンエリザベス');
		expect(parseNameLabel('５番（アレクサンドロヴィッチ・ミハイル君）').name).toBe('アレクサンドロヴィッチ・ミハイル');
		expect(parseNameLabel('２番（マクファーレンエリザベス）').name).toBeNull();
	});
});
