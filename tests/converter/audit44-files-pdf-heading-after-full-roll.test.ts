/**
 * A city council's 審議会 minutes saved as PDF from Word: the header's fields one a line (`出席委員　…`, `欠席委員　…`,
 * `事務局　環境部長　津田　明、…、環境政策課主査　大谷　恵`), then the heading `議題` alone on its line over the numbered items.
 * When the staff's line happens to end at the right margin, the heading under it is still a line of its own: the items
 * stay the agenda. The heading had been joined to the roll as its wrapped last words (`大谷　恵　議題`), the name read as
 * `大谷恵議題` and both items as members of the staff.
 */
import { describe, expect, test } from 'vitest';
import { pdfToText } from '../../src/converter/pdf.ts';
import { parseMinutes } from '../../src/parser/index.ts';
import { minutesPdf } from './pdf-fixture.ts';

const TEXT = `令和６年度第３回みどり市環境審議会　会議録
日時　令和６年１１月２５日（月）午後２時から午後３時４０分まで
場所　みどり市役所本庁舎５階　５０１会議室
出席委員　石原　康弘（会長）、早川　理恵（副会長）、久保田　昇、竹中　由美子
欠席委員　村瀬　洋子
事務局　環境部長　津田　明、環境政策課長　菊地　浩二、環境政策課主査　大谷　恵
議題
（１）第３次みどり市環境基本計画の進捗状況について
（２）地球温暖化対策実行計画（区域施策編）の改定について
議事
石原会長　ただいまから第３回みどり市環境審議会を開会します。本日は委員５名中４名の出席があり、会議は成立しております。
菊地環境政策課長　資料１により、環境基本計画の進捗状況を説明いたします。
早川副会長　ごみの排出量はどのような状況でしょうか。
石原会長　以上で第３回環境審議会を閉会します。`;

describe('a PDF’s heading alone under a roll’s line that reaches the margin', () => {
	test('stays the agenda’s heading, its items the agenda', async () => {
		const pdf = await minutesPdf(TEXT, { header: 'みどり市環境審議会' });
		const extracted = await pdfToText(pdf.bytes);
		if (!extracted.ok) throw new Error(extracted.message);
		expect(extracted.text).toContain('環境政策課主査　大谷　恵\n議題\n');
		const meeting = parseMinutes(extracted.text, { source: 'kankyo.pdf', sourceHash: 'e'.repeat(64) }).meeting;
		expect(meeting?.participants.find((group) => group.group === '事務局')?.members.map((member) => member.name)).toEqual(['津田　明', '菊地　浩二', '大谷　恵']);
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['第３次みどり市環境基本計画の進捗状況について', '地球温暖化対策実行計画（区域施策編）の改定について']);
	});
});
