/**
 * Old records: a peer's rank before a bare name (`○子爵高木正得君`) is how the record writes the peer, no post held at the
 * sitting, as a roll's `男爵　井田磐楠君` under 委員 leaves it out of the post; and an old town's or village's assembly is one series
 * whatever kind of sitting (`通常南濱町會`, `臨時東郷村會`) and in whichever fiscal year of 明治 or 大正 it met.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';
import { parseNameLabel } from '../../src/parser/names.ts';
import { readTitle } from '../../src/parser/title.ts';

describe("a peer's rank before the name", () => {
	test('a bare label reads as any member named with 君', () => {
		expect(parseNameLabel('子爵高木正得君')).toEqual({ name: '高木正得', title: '君', affiliation: null });
		expect(parseNameLabel('男爵　中島久萬吉君')).toEqual({ name: '中島久萬吉', title: '君', affiliation: null });
		// The post in the bracket is still the post.
		expect(parseNameLabel('議長（公爵德川家達君）')).toEqual({ name: '德川家達', title: '議長', affiliation: null });
	});

	test('the turns of a 貴族院 sitting keep the labels as written', () => {
		const meeting = parseDocuments(
			['第五十一回帝國議會貴族院　本會議第三號', '', '大正十五年一月二十二日（金曜日）', '　　午前十時十二分開議', '○議長（公爵德川家達君）　是ヨリ本日ノ會議ヲ開キマス', '○子爵高木正得君　政府ニ質問致シマス', '○議長（公爵德川家達君）　本日ハ是ニテ散會致シマス'].join('\n'),
			{ source: 'kizokuin.txt', sourceHash: '0'.repeat(64) },
		)[0]?.meeting;
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual(['議長（公爵德川家達君）', '子爵高木正得君', '議長（公爵德川家達君）']);
	});
});

describe("an old town's or village's assembly", () => {
	test.each([
		['明治四十年度通常南濱町會議事録', '南濱町會'],
		['明治四十一年度臨時南濱町會議事録', '南濱町會'],
		['大正三年度通常北野村會會議録', '北野村會'],
		['昭和十年第二回臨時東郷村會會議録', '東郷村會'],
	])('%s', (title, series) => {
		expect(readTitle(title, null).series).toBe(series);
	});
});
