/**
 * A board's or a general meeting's minutes that list no agenda but take their motions up under their own headings
 * (`第１号議案　第２５期計算書類承認の件` … `原案どおり承認可決した。`): the motions are the record's agenda, each linked to its part
 * of the text; a header's list of items stays the agenda as it was.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const minutes = (header: readonly string[]) =>
	parseLines(
		[
			'取締役会議事録',
			'',
			'１．日　　時　　令和６年５月２０日（月）午前１０時００分から午前１１時１５分まで',
			'２．場　　所　　当社本店会議室',
			...header,
			'',
			'４．議事の経過の要領及びその結果',
			'　定刻、代表取締役社長山田太郎は議長となり、開会を宣した。',
			'',
			'第１号議案　第２５期計算書類承認の件',
			'　議長がその承認を求めたところ、全員異議なく原案どおり承認可決した。',
			'',
			'第２号議案　支店設置の件',
			'　議長がその承認を求めたところ、全員異議なく原案どおり承認可決した。',
		],
		'torishimariyakukai.txt',
	).meeting;

describe('the motions taken up under their headings', () => {
	test('are the agenda when the header lists none', () => {
		const meeting = minutes(['３．出席取締役　５名（全５名中）']);
		const titles = new Map(meeting?.sections.map((section) => [section.id, section.title]));
		expect(meeting?.agenda.map((item) => [item.number, item.title, item.section === null ? null : titles.get(item.section)])).toEqual([
			[1, '第１号議案　第２５期計算書類承認の件', '第１号議案　第２５期計算書類承認の件'],
			[2, '第２号議案　支店設置の件', '第２号議案　支店設置の件'],
		]);
	});

	test('leave a header’s list the agenda', () => {
		const meeting = minutes(['３．議　　題', '　（１）計算書類の承認', '　（２）支店の設置']);
		expect(meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '計算書類の承認'],
			[2, '支店の設置'],
		]);
	});
});
