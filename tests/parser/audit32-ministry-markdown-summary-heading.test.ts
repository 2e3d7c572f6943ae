/**
 * A council's summary kept as Markdown (a ministry's repository): the title, then the document's word as a heading and the
 * fields under it (`# …会議（第12回）` / `## 議事要旨` / `- 日時：…` / `- 出席者：` with a nested list of groups). The heading is
 * the header's, as `## 開催概要` is: the fields are read, the groups of the roll among them.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.md', sourceHash: '0'.repeat(64) })[0];

describe('`## 議事要旨` over the fields', () => {
	test('the fields under it are the header, the roll with its groups', () => {
		const result = read(['# デジタル社会構想会議（第12回）', '', '## 議事要旨', '', '- 日時：2024年7月30日（火）14:00〜15:30', '- 場所：オンライン開催', '- 出席者：', '  - 構成員：村井座長、宮田構成員、坂井構成員', '  - デジタル庁：河野大臣、石川副大臣', '', '## 議事概要', '', '- 宮田構成員：データの二次利用について国民の理解を得る仕組みを。', '- 坂井構成員：自治体システムとの接続テストを早期に行うべき。']);
		const meeting = result?.meeting;
		expect([meeting?.date, meeting?.start, meeting?.end, meeting?.location]).toEqual(['2024-07-30', '14:00', '15:30', 'オンライン開催']);
		expect(meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([
			['構成員', ['村井座長', '宮田構成員', '坂井構成員']],
			['デジタル庁', ['河野大臣', '石川副大臣']],
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['宮田構成員', '坂井構成員']);
		expect(result?.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([]);
	});

	test('under a dated title, the heading still opens the text', () => {
		const meeting = read(['# デジタル社会構想会議（第12回） 2024年7月30日', '', '## 議事録', '', '- 宮田構成員：データの二次利用について国民の理解を得る仕組みを。', '- 坂井構成員：接続テストを早期に行うべき。'])?.meeting;
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['宮田構成員', '坂井構成員']);
	});
});
