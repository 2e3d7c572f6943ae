/**
 * Around an association's minutes: the date alone over the signatures (`令和６年６月２２日` right under `…記名押印する。`,
 * the body's name under it) is a line of its own, never joined to the sentence above nor to the name below; and the
 * field telling who chairs by the articles (`議長：定款第３３条により会長小川雄二が議長となる。`) is the record's text, not the
 * chair's words.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
const paragraphs = (lines: readonly string[]): string[] =>
	parse(lines)?.body.flatMap((section) => section.children.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []))) ?? [];

const header = ['社会福祉法人　若葉福祉会', '令和６年度　定時評議員会　議事録', '', '１．開催日時　　令和６年６月２２日（土）　午前１０時～午前１１時２０分', '２．開催場所　　地域交流室', '３．出席評議員　　三上　孝、関　恵美子', ''];

describe('the date over the signatures and the chair named by the articles', () => {
	test('a date alone after the closing sentence, and the body under it, each a line', () => {
		const texts = paragraphs([
			...header,
			'４．議事の経過の概要及びその結果',
			'　第１号議案　令和５年度計算書類及び財産目録の承認について',
			'　　村田理事長より説明。小林監事より監査報告。',
			'　第２号議案　理事及び監事の選任並びに評議員選任・解任委員の選任について',
			'　　出席評議員全員の賛成で、原案どおり可決された。',
			'　以上をもって議案の審議を終了し、議長は閉会を宣言した。この議事録を証するため、議長が記名押印する。',
			'令和６年６月２２日',
			'社会福祉法人　若葉福祉会',
		]);
		expect(texts.slice(-3)).toEqual(['以上をもって議案の審議を終了し、議長は閉会を宣言した。この議事録を証するため、議長が記名押印する。', '令和６年６月２２日', '社会福祉法人　若葉福祉会']);
	});

	test('`議長：定款第…条により…が議長となる。` is text; the chair speaking stays a turn', () => {
		const lines = [
			'公益社団法人　北斗観光協会',
			'令和６年度　第１回　理事会　議事録',
			'',
			'開催日時：令和６年５月２５日（土）午後２時００分～',
			'開催場所：北斗市観光センター２階会議室',
			'出席理事：会長　小川　雄二、専務理事　森　大輔',
			'',
			'【議事】',
			'議長：定款第３３条により会長小川雄二が議長となる。',
			'議長：それでは第１号議案を審議します。',
		];
		expect(parse(lines)?.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([['議長', 'それでは第１号議案を審議します。']]);
		expect(paragraphs(lines)).toContain('議長：定款第３３条により会長小川雄二が議長となる。');
	});
});
