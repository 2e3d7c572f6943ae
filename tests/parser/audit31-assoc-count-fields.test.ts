/**
 * A cooperative's, a union's and a residents' association's header counts (`総代の定数`, `出席総代数`, `代議員定数`, `会員世帯数`)
 * and the item that names the minutes' signers (`議事録署名人選任の件`) are fields kept as text without a warning, none read into
 * the field above; the motions listed under `決議事項` are the agenda.
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const read = (fields: readonly string[]) =>
	parseLines(['みどり農業協同組合　第１８回通常総代会議事録', '', '１．開催日時　　令和６年６月２０日（木）午前１０時', '２．開催場所　　本所　大会議室', ...fields, '', '８．議事の経過の要領及びその結果', '　定刻、組合長が開会を宣した。', '　議長が賛否を諮ったところ、賛成多数で原案どおり承認可決した。'], 'soudaikai.txt');

describe('an association’s counts in its header', () => {
	test('are kept as text without a warning, the place left alone', () => {
		const result = read(['３．総代の定数　　３００名', '４．出席総代数　　２８７名', '　　（内訳）本人出席　１９８名、書面議決　８１名', '５．代議員定数　８５名', '６．会員世帯数　１５２世帯', '７．議事録署名人選任の件']);
		expect(result.diagnostics.map((d) => d.message)).toEqual([]);
		expect(result.meeting?.location).toBe('本所　大会議室');
		expect(result.meeting?.participants).toEqual([]);
	});

	test('the motions under 決議事項 are the agenda, the list no text left over', () => {
		const result = read(['３．決議事項', '　第１号議案　令和５年度事業報告承認の件', '　第２号議案　定款の一部変更の件']);
		expect(result.diagnostics.map((d) => d.message)).toEqual([]);
		expect(result.meeting?.agenda.map((item) => [item.number, item.title])).toEqual([
			[1, '第１号議案　令和５年度事業報告承認の件'],
			[2, '第２号議案　定款の一部変更の件'],
		]);
	});
});
