/**
 * The Imperial Diet's records mark a speech taken up again after an interruption after the label (`○齋藤隆夫君（續）`,
 * `○國務大臣（近衞文麿君）（續）`): the speaker is the one of the label before the mark. Before, the mark was read as the
 * member's affiliation (`續`), a second person of the same name, and the minister's label with it named no one and was no turn.
 */
import { describe, expect, test } from 'vitest';
import { entryId } from '../../src/converter/entry-id.ts';
import { parseNameLabel } from '../../src/parser/names.ts';
import { resolvePeople } from '../../src/people/resolve.ts';
import { parseText } from './unseen-helpers.ts';

const RECORD = `第七十三回帝國議會衆議院議事速記録第十二號
昭和十三年三月一日（火曜日）
　午後一時十八分開議
○議長（小山松壽君）　是ヨリ會議ヲ開キマス――國務大臣近衞文麿君
○國務大臣（近衞文麿君）　議員諸君、本法案ハ國家ノ總力ヲ擧ゲテ事ニ當ルガ爲ニ提出シタルモノデアリマス
　　〔「ノウノウ」ト呼フ者アリ〕
○國務大臣（近衞文麿君）（續）　政府ハ本案ノ成立ヲ期待致シマス
○議長（小山松壽君）　齋藤隆夫君
○齋藤隆夫君　諸君、私ハ本案ニ付キマシテ政府ニ質問ヲ致シタイノデアリマス
　　〔發言スル者多シ〕
○齋藤隆夫君（續）　本案ハ憲法ノ精神ニ反スルモノト考ヘマス
○議長（小山松壽君）　本日ハ是ニテ散會致シマス
　　午後四時二十分散會
`;

describe('a speech taken up again after an interruption', () => {
	test('the mark after the label is no part of who speaks', () => {
		expect(['齋藤隆夫君（續）', '國務大臣（近衞文麿君）（續）', '山田太郎君（続）'].map((label) => parseNameLabel(label))).toEqual([
			{ name: '齋藤隆夫', title: '君', affiliation: null },
			{ name: '近衞文麿', title: '國務大臣', affiliation: null },
			{ name: '山田太郎', title: '君', affiliation: null },
		]);
	});

	test('each is a remark of the speaker before the interruption', () => {
		const { meeting } = parseText(RECORD, 'teikoku-12.txt');
		if (!meeting) throw new Error('no record');
		expect(meeting.remarks.map((remark) => remark.speaker)).toEqual(['議長（小山松壽君）', '國務大臣（近衞文麿君）', '國務大臣（近衞文麿君）（續）', '議長（小山松壽君）', '齋藤隆夫君', '齋藤隆夫君（續）', '議長（小山松壽君）']);
		const index = resolvePeople([{ id: entryId(meeting), data: meeting }]);
		expect(index.persons.map((person) => [person.name, [...person.labels].sort()]).sort()).toEqual([
			['小山松壽', ['議長（小山松壽君）']],
			['近衞文麿', ['國務大臣（近衞文麿君）', '國務大臣（近衞文麿君）（續）']],
			['齋藤隆夫', ['齋藤隆夫君', '齋藤隆夫君（續）']],
		]);
	});
});
