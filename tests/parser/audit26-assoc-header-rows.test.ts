/**
 * The header's fields of counts and names that an association's or a company's minutes number among the others
 * (`３．組合員総数　　８４名` / `　　出席組合員数　６９名…`, `５．議長　　理事長　…`, a 株主総会's counts padded to a column):
 * kept as text, each line a row of its own, never run together as one wrapped paragraph.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];
/** The texts of the body's paragraphs, in order. */
const paragraphs = (lines: readonly string[]): string[] =>
	parse(lines)?.body.flatMap((section) => section.children.flatMap((block) => (block.type === 'paragraph' ? [block.text] : []))) ?? [];

describe("an association's numbered header fields kept as text", () => {
	test("a 管理組合's 総会: counts, the chair and the signers each a row", () => {
		const texts = paragraphs([
			'ひまわり台管理組合',
			'第１５回通常総会議事録',
			'',
			'１．日時　令和６年６月３０日（日）午前１０時００分～午前１１時５０分',
			'２．場所　集会室',
			'３．組合員総数　　８４名　　議決権総数　８４個',
			'　　出席組合員数　６９名（議決権６９個）',
			'　　　内訳　本人出席　２２名、委任状提出　３１名、議決権行使書提出　１６名',
			'４．議長　　理事長　浜野　和人',
			'５．議事録署名人　　組合員　１０２号室　小松　光、組合員　６０５号室　寺田　智子',
			'',
			'６．議事の経過の要領及びその結果',
			'　管理規約第４２条に基づき理事長が議長となり、定足数を満たしていることを確認した後、開会を宣言した。',
			'',
			'第１号議案　収支決算承認の件',
			'　議長が賛否を諮ったところ、賛成多数により原案どおり承認可決された。',
		]);
		expect(texts.slice(0, 5)).toEqual([
			'３．組合員総数　　８４名　　議決権総数　８４個',
			'出席組合員数　６９名（議決権６９個）',
			'内訳　本人出席　２２名、委任状提出　３１名、議決権行使書提出　１６名',
			'４．議長　　理事長　浜野　和人',
			'５．議事録署名人　　組合員　１０２号室　小松　光、組合員　６０５号室　寺田　智子',
		]);
	});

	test("a 株主総会's counts padded to a column", () => {
		const texts = paragraphs([
			'第８回定時株主総会議事録',
			'',
			'１．日時　　２０２４年６月２７日（木曜日）午前１０時００分',
			'２．場所　　当社本店会議室',
			'３．議決権を有する株主の数　　　　　　　　　　３２名',
			'　　議決権を有する総株主の議決権の数　　　　１０，０００個',
			'　　出席株主数（委任状による者を含む）　　　２８名',
			'　　出席株主の議決権の数　　　　　　　　　　　９，１２０個',
			'４．出席取締役　代表取締役　森下　浩之',
			'',
			'５．議事の経過の要領及びその結果',
			'　定刻、代表取締役森下浩之は定款第１５条の規定により議長となり、開会を宣した。',
		]);
		expect(texts.slice(0, 4)).toEqual([
			'３．議決権を有する株主の数　　　　　　　　　　３２名',
			'議決権を有する総株主の議決権の数　　　　１０，０００個',
			'出席株主数（委任状による者を含む）　　　２８名',
			'出席株主の議決権の数　　　　　　　　　　　９，１２０個',
		]);
	});
});

describe('the counts a general meeting lists instead of names', () => {
	const diagnosticsOf = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.diagnostics.map((d) => d.message) ?? [];

	test("a 株主総会's and a 組合's counts are fields it knows, without a warning", () => {
		expect(
			diagnosticsOf([
				'第８回定時株主総会議事録',
				'',
				'１．日時　　２０２４年６月２７日（木曜日）午前１０時００分',
				'２．場所　　当社本店会議室',
				'３．議決権を有する株主の数　　　　３２名',
				'４．出席株主数　　　　２８名',
				'５．組合員総数　　６２名',
				'６．出席組合員数　　４７名',
				'',
				'７．議事の経過の要領及びその結果',
				'　定刻、代表取締役森下浩之は議長となり、開会を宣した。',
			]),
		).toEqual([]);
	});

	test("a 総会's roll given as its count only: a note, no warning of an empty list", () => {
		const lines = [
			'特定非営利活動法人こどもの森ネット',
			'２０２４年度 通常総会 議事録',
			'',
			'日時：2024年5月25日（土）午後2時00分～午後4時00分',
			'場所：市民活動センター会議室',
			'出席者：34名（本人出席19名、委任状15名）',
			'',
			'第1号議案　事業報告の件',
			'　議長が諮ったところ、拍手多数で承認された。',
		];
		expect(diagnosticsOf(lines)).toEqual([]);
		expect(parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting?.participants).toEqual([{ group: '出席者', note: '34名（本人出席19名、委任状15名）', members: [] }]);
	});
});
