/**
 * A company's 取締役会議事録 (after the common form) numbers its header's fields and names the chair in one of them:
 * `5.取締役会の議長　　代表取締役社長　浅野　隆` (a 株主総会's `株主総会の議長`, a foundation's `理事会の議長`): a field kept as the header's
 * text, as `５．議長　…` is (it had been warned of as a section the header does not know).
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const minutes = [
	'取締役会議事録',
	'',
	'1.開催日時　2024年5月15日（水）午前10時00分から午前11時20分',
	'2.開催場所　当会社本店会議室',
	'3.取締役総数　3名',
	'4.出席取締役　浅野　隆、松田　恵美、桑原　修',
	'5.取締役会の議長　　代表取締役社長　浅野　隆',
	'',
	'　定刻、議長は、本取締役会は適法に成立した旨を述べ、直ちに議案の審議に入った。',
	'',
	'第1号議案　計算書類等承認の件',
	'　議長は、計算書類の内容を説明し、その承認を求めたところ、満場一致をもって原案どおり承認可決された。',
];

describe('a board’s field naming its chair', () => {
	const result = parseText(minutes.join('\n'), 'torishimariyakukai.txt');

	test('no section is warned of', () => {
		expect(result.diagnostics.filter((d) => d.message.includes('is not a header section'))).toEqual([]);
	});

	test('the field is kept as text', () => {
		const texts = result.body[0]?.children.map((block) => ('text' in block ? block.text : ''));
		expect(texts).toContain('5.取締役会の議長　　代表取締役社長　浅野　隆');
	});
});
