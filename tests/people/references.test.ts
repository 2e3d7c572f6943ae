/** Finding and resolving references to meetings and handouts; linking them inside rendered HTML. */
import { describe, expect, test } from 'vitest';
import { findReferences } from '../../src/references/find.ts';
import { linkHtml } from '../../src/references/link-html.ts';
import { handoutAnchor, segmentText, type ArchiveMeeting } from '../../src/references/resolve.ts';
import { collectCitations } from '../archive/whole-archive.ts';
import { seedRecords } from './seed-records.ts';

const records = seedRecords();
const SERIES = ['サイバーセキュリティタスクフォース', 'ICT サイバーセキュリティ政策分科会'];
const byId = (id: string) => {
	const record = records.find((candidate) => candidate.id === id);
	if (!record) throw new Error(`no ${id}`);
	return record;
};

/** A made-up later meeting of the task force (第43回) citing 第42回 and 前回. */
const tf43: ArchiveMeeting = {
	id: 'cybersecurity-task-force-043',
	data: { series: 'サイバーセキュリティタスクフォース', seriesSlug: 'cybersecurity-task-force', session: 43, date: '2023-03-01', kind: 'minutes', handouts: [{ id: '資料 43-1', title: 'x', note: null }] },
};
const archive: ArchiveMeeting[] = [...records, tf43];

describe('findReferences', () => {
	test.each([
		['参考資料 2 サイバーセキュリティタスクフォース第28回 議事要旨', 'サイバーセキュリティタスクフォース第28回', 'サイバーセキュリティタスクフォース', 28],
		['ICT サイバーセキュリティ政策分科会第7回 議事要旨', 'ICT サイバーセキュリティ政策分科会第7回', 'ICTサイバーセキュリティ政策分科会', 7],
		['ＩＣＴサイバーセキュリティ政策分科会 第４回で', 'ＩＣＴサイバーセキュリティ政策分科会 第４回', 'ICTサイバーセキュリティ政策分科会', 4],
		['サイバーセキュリティタスクフォース（第42回）議事要旨', 'サイバーセキュリティタスクフォース（第42回）', 'サイバーセキュリティタスクフォース', 42],
		['分科会第8回の議論', '分科会第8回', '分科会', 8],
		['第29回で議論した論点', '第29回', null, 29],
		['第二十九回の会合', '第二十九回', null, 29],
	])('%s → %s', (text, matched, series, session) => {
		const refs = findReferences(text, SERIES).filter((ref) => ref.type === 'meeting');
		expect(refs).toHaveLength(1);
		const ref = refs[0];
		expect(text.slice(ref?.start, ref?.end)).toBe(matched);
		expect(ref).toMatchObject({ series, session, previous: false });
	});

	test.each(['第3回調査の結果', '前回答した内容', '毎回の会合'])('no meeting in %s', (text) => {
		expect(findReferences(text, SERIES).filter((ref) => ref.type === 'meeting')).toEqual([]);
	});

	test.each([
		['資料 42-1-1 の説明', '資料 42-1-1', '資料42-1-1'],
		['資料4－4の7スライド目', '資料4－4', '資料4-4'],
		['参考資料 2 を参照', '参考資料 2', '参考資料2'],
	])('handout in %s', (text, matched, key) => {
		const [ref] = findReferences(text, SERIES);
		expect(ref?.type).toBe('handout');
		expect(text.slice(ref?.start, ref?.end)).toBe(matched);
		expect(ref).toMatchObject({ handout: key });
	});

	test('前回 is found', () => {
		expect(findReferences('前回の議論を踏まえ', SERIES)).toMatchObject([{ type: 'meeting', previous: true, start: 0, end: 2 }]);
	});
});

describe('resolving against the archive', () => {
	test('seed 003 cites タスクフォース第28回, which is not in the archive', () => {
		const from = byId('cybersecurity-task-force-029');
		const handout = from.data.handouts.find((h) => h.id.startsWith('参考資料') && h.title.includes('第28回'));
		const segments = segmentText(handout?.title ?? '', from, archive);
		expect(segments).toContainEqual(expect.objectContaining({ kind: 'missing', text: 'サイバーセキュリティタスクフォース第28回' }));
	});

	test('seed 001 cites 分科会第7回 and 第8回, neither in the archive', () => {
		const citations = collectCitations(records).filter((c) => c.from === 'ict-cybersecurity-subcommittee-009');
		expect(citations.map((c) => [c.to, c.label])).toEqual([
			[null, 'ICT サイバーセキュリティ政策分科会 第7回'],
			[null, 'ICT サイバーセキュリティ政策分科会 第8回'],
		]);
	});

	test('a later meeting citing 第42回 and 前回 links both to 第42回; 分科会第4回 links across series', () => {
		const text = 'サイバーセキュリティタスクフォース第42回と前回の議論、分科会第4回、第29回も参照';
		const links = segmentText(text, tf43, archive).filter((s) => s.kind === 'link');
		expect(links.map((s) => (s.kind === 'link' ? [s.text, s.target.meetingId] : []))).toEqual([
			['サイバーセキュリティタスクフォース第42回', 'cybersecurity-task-force-042'],
			['前回', 'cybersecurity-task-force-042'],
			['分科会第4回', 'ict-cybersecurity-subcommittee-004'],
			['第29回', 'cybersecurity-task-force-029'],
		]);
	});

	test('前回 of 第29回 (第28回) is said to be missing; a meeting naming itself is no link', () => {
		const from = byId('cybersecurity-task-force-029');
		expect(segmentText('前回の議論', from, archive)[0]).toMatchObject({ kind: 'missing', text: '前回' });
		expect(segmentText('第29回の議事', from, archive).every((s) => s.kind === 'text')).toBe(true);
	});

	test('handout references in remarks link to the handout entry of the same page', () => {
		const from = byId('ict-cybersecurity-subcommittee-004');
		const remark = from.data.remarks.find((r) => r.text.includes('資料4－4'));
		const link = segmentText(remark?.text ?? '', from, archive).find((s) => s.kind === 'link');
		expect(link).toMatchObject({ text: '資料4－4', target: { meetingId: from.id, anchor: 'handout-4-4' } });
		expect(from.data.handouts.map((h) => handoutAnchor(h.id))).toContain('handout-4-4');
		expect(handoutAnchor('参考資料 2')).toBe('handout-ref-2');
		expect(handoutAnchor('資料 42-1-1')).toBe('handout-42-1-1');
	});

	test('segments put the text back together unchanged', () => {
		for (const record of records) {
			for (const remark of record.data.remarks) {
				expect(segmentText(remark.text, record, archive).map((s) => s.text).join('')).toBe(remark.text);
			}
		}
	});
});

describe('linkHtml', () => {
	const from = byId('cybersecurity-task-force-029');
	const link = (html: string) =>
		linkHtml(html, (text) => segmentText(text, from, archive), (s) => `/m/${s.target.meetingId}/${s.target.anchor ? `#${s.target.anchor}` : ''}`);

	test('links text nodes, keeps markup, escapes text and leaves existing links alone', () => {
		const html = '<p>資料 29-2 の &lt;b&gt; 4 ページ &amp; <a href="https://x">資料 29-1</a></p>';
		const out = link(html);
		expect(out).toBe(
			'<p><a class="ref ref--handout" href="/m/cybersecurity-task-force-029/#handout-29-2" title="資料 29-2 電気通信事業者のネットワークの安全・信頼性の確保に向けた取組について">資料 29-2</a> の &lt;b&gt; 4 ページ &amp; <a href="https://x">資料 29-1</a></p>',
		);
	});

	test('missing meetings are marked, not linked; text without references is untouched', () => {
		expect(link('<li>前回の資料</li>')).toBe('<li><span class="ref ref--missing" title="サイバーセキュリティタスクフォース 第28回（前回）はこのアーカイブに未収録">前回</span>の資料</li>');
		const plain = '<p>a &amp; b &#39;c&#39;</p>';
		expect(link(plain)).toBe(plain);
	});
});
