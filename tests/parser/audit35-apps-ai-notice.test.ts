/**
 * An AI note taker's notice under its notes that they may be wrong (Zoom AI Companion's `AIが生成したコンテンツは不正確な場合や
 * …`, Gemini's `Gemini が作成したメモは不正確な場合があります。`, `AI-generated content may be inaccurate …`) is a note, no
 * part of the last point.
 */
import { describe, expect, test } from 'vitest';
import { notesOf, parseLines } from './unseen-helpers.ts';

const NOTICES = [
	'AIが生成したコンテンツは不正確な場合や誤解を招く場合があります。必ず正確性を確認してください。',
	'Gemini が作成したメモは不正確な場合があります。',
	'AI-generated content may be inaccurate or misleading. Always check for accuracy.',
];

describe('an AI note taker’s notice', () => {
	test.each(NOTICES)('%s is a note', (notice) => {
		const result = parseLines(
			['ミーティングの概要: 広報委員会定例', '2024年12月2日 19:00', '', 'クイックリキャップ', '広報委員会は会報の次号について話し合いました。', '', '次のステップ', '• 松田 早苗: 取材日程を調整する。', '', '要約', 'ウェブサイトの更新', '岩崎さんは月に二回更新する運用を提案しました。', '', notice],
			'zoom_summary.txt',
		);
		expect(notesOf(result)).toContain(notice);
	});
});
