/**
 * A company's 取締役会議事録 (or a 株主総会議事録) whose title names no company is the company's that signs it at the end: under
 * the signatures' opening, the company's name over the chair and every director and auditor present (more lines than a
 * general meeting's one or two signers), or the company with the meeting's session (`株式会社…　第２５回定時株主総会`).
 */
import { describe, expect, test } from 'vitest';
import { parseLines } from './unseen-helpers.ts';

const series = (lines: readonly string[]) => parseLines(lines, 'minutes.txt').meeting?.series ?? null;

describe('the company signing a board’s minutes', () => {
	test('a 取締役会 signed by six under the company', () => {
		expect(
			series([
				'取締役会議事録',
				'',
				'１．日　　時　　令和６年５月２０日（月）午前１０時００分から午前１１時１５分まで',
				'２．場　　所　　当社本店会議室',
				'３．出席取締役　５名（全５名中）',
				'',
				'４．議事の経過の要領及びその結果',
				'第１号議案　支店設置の件',
				'　議長がその承認を求めたところ、全員異議なく原案どおり承認可決した。',
				'　以上の決議を明確にするため、議長及び出席取締役並びに出席監査役は次に記名押印する。',
				'令和６年５月２０日',
				'　　　　株式会社グリーンテック',
				'　　　　　議長　代表取締役社長　山田　太郎　　㊞',
				'　　　　　　　　取締役　　　　　佐藤　花子　　㊞',
				'　　　　　　　　取締役　　　　　鈴木　一郎　　㊞',
				'　　　　　　　　取締役　　　　　高橋　健二　　㊞',
				'　　　　　　　　取締役　　　　　田中　美咲　　㊞',
				'　　　　　　　　監査役　　　　　伊藤　誠　　　㊞',
			]),
		).toBe('株式会社グリーンテック 取締役会');
	});

	test('a 株主総会 signed by the company and the numbered session', () => {
		expect(
			series([
				'第２５回定時株主総会議事録',
				'',
				'　令和６年６月２５日（火）午前１０時より、当社本店会議室において、第２５回定時株主総会を開催した。',
				'',
				'第１号議案　第２５期計算書類承認の件',
				'　議長がその承認を求めたところ、満場一致をもって原案どおり承認可決した。',
				'　上記の決議を明確にするため、この議事録を作成し、議長及び議事録作成者が次に記名押印する。',
				'令和６年６月２５日',
				'グリーンテック株式会社　第２５回定時株主総会',
				'　議長兼議事録作成者　代表取締役　山田　太郎　　印',
			]),
		).toBe('グリーンテック株式会社 定時株主総会');
	});
});
