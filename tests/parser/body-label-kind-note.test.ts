/**
 * A city's 会議録 form heads its turns with the body label and what kind of record follows in brackets
 * (`審議経過（主な発言要旨）`, `会議の経過（発言の要旨）`, `議事内容（主な意見）`): the label ends the header, so the last
 * header field's value (a handout, an agenda item) does not take it in, and the turns after it are the body.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

// As Word's text of a form table gives it: a row a line, a cell's further lines under it, no blank line after the table.
const form = (bodyLabel: string) => [
	'会　議　録',
	'会議の名称\t令和６年度第２回みどり市環境審議会',
	'開催日時\t令和６年１１月２０日（水）午後２時００分から午後３時４０分まで',
	'開催場所\tみどり市役所本庁舎４階　第一会議室',
	'出席者\t（委員）小川　健一会長、石井　誠委員',
	'（事務局）環境政策課長　松田　亮',
	'議題\t（１）第三次みどり市環境基本計画の進捗状況について',
	'会議資料\t資料１　環境基本計画進捗状況報告書',
	'資料２　実行計画改定スケジュール（案）',
	bodyLabel,
	'１　開会',
	'事務局（松田課長）　定刻となりましたので、開会いたします。',
	'２　議事',
	'小川会長　議題（１）について説明をお願いします。',
	'石井委員　家庭部門の削減が遅れている理由は何か。',
];

describe('a body label with the kind of record in brackets', () => {
	for (const label of ['審議経過（主な発言要旨）', '会議の経過（発言の要旨）', '議事内容（主な意見）', '審議内容（要約）']) {
		test(`\`${label}\` ends the header`, () => {
			const document = read(form(label));
			const meeting = document?.meeting;
			expect(meeting?.handouts.map((handout) => [handout.id, handout.title])).toEqual([
				['資料１', '環境基本計画進捗状況報告書'],
				['資料２', '実行計画改定スケジュール（案）'],
			]);
			expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['事務局（松田課長）', '小川会長', '石井委員']);
			expect(document?.diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').map((diagnostic) => diagnostic.message)).toEqual([]);
		});
	}
});
