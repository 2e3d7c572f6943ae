/**
 * A bilingual council's header: labels with their English after a slash (`出席者 / Participants:`, `議事 / Agenda:`), and the
 * date and the place said again in English (`日時：…` over `Date: …`).
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

describe('a bilingual header', () => {
	const result = parse([
		'日欧データ連携に関する専門家会合（第２回）議事要旨',
		'',
		'日時：令和６年５月２８日（火）１７：００～１８：３０（日本時間）',
		'Date: May 28, 2024, 17:00-18:30 JST',
		'場所：オンライン',
		'Venue: Online',
		'',
		'出席者 / Participants:',
		'（構成員）黒田　和彦（座長）、マリア・ロッシ、高野　彩',
		'（事務局）総務省国際戦略局',
		'',
		'議事 / Agenda:',
		'（１）データ越境移転の枠組みについて',
		'（２）今後の進め方について',
		'',
		'議事要旨 / Summary:',
		'○マリア・ロッシ構成員',
		'・欧州側ではデータスペースの実装が進んでおり、相互運用性の確保が重要。',
		'○黒田座長',
		'・本日の議論を踏まえ、事務局で論点を整理いただきたい。',
	]);
	const meeting = result?.meeting;

	test('a label with its English after a slash is the label', () => {
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.name)])).toEqual([
			['構成員', ['黒田　和彦', 'マリア・ロッシ', '高野　彩']],
			['事務局', [null]],
		]);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['データ越境移転の枠組みについて', '今後の進め方について']);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['マリア・ロッシ構成員', '黒田座長']);
	});

	test("the English twin of the date and the place says them again: the Japanese is read, with a warning", () => {
		expect([meeting?.date, meeting?.start, meeting?.end, meeting?.location]).toEqual(['2024-05-28', '17:00', '18:30', 'オンライン']);
		expect(result?.diagnostics.filter((d) => d.code === 'translated-field').map((d) => d.line)).toEqual([4, 6]);
		expect(result?.diagnostics.filter((d) => d.code === 'duplicate-section')).toEqual([]);
	});
});
