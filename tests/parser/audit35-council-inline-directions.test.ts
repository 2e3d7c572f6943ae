/**
 * The record's directions between a turn's sentences, in round brackets: the floor's answer (`（「異議なし」の声あり）`), a stage
 * direction (`（拍手）`) or what someone explained (`（事務局から資料１に基づき説明）`) are notes of the turn, the words around them
 * the speaker's (they had been read as the speaker's words); a bracket that is part of the speech stays in it.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const parse = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0];

const HEAD = ['第２回こども食堂支援の在り方検討会　議事録', '', '日時：令和６年９月５日（木）１３：３０～１５：３０', '場所：さくら県庁本館５階大会議室', '出席者：丸山座長、久保委員、浜田委員', ''];

/** The blocks of each remark: its kind and text. */
function turns(lines: readonly string[]): [string, string[]][] {
	const body = parse(lines)?.body ?? [];
	return body.flatMap((section) => section.children.flatMap((block) => (block.type === 'remark' ? [[block.speaker, block.children.map((child) => `${child.type}:${'text' in child ? child.text : ''}`)] as [string, string[]]] : [])));
}

describe("directions in brackets inside a turn's words", () => {
	test("the floor's answer and the office's explanation between the chair's sentences are notes", () => {
		expect(turns([...HEAD, '○丸山座長　前回の議事録について確認します。よろしいでしょうか。（「異議なし」の声あり）それでは確定といたします。', '　次に議題１について、事務局から説明をお願いします。（事務局から資料１に基づき説明）', '○久保委員　窓口を一本化する案に賛成です。'])).toEqual([
			['丸山座長', ['paragraph:前回の議事録について確認します。よろしいでしょうか。', 'note:（「異議なし」の声あり）', 'paragraph:それでは確定といたします。', 'paragraph:次に議題１について、事務局から説明をお願いします。', 'note:（事務局から資料１に基づき説明）']],
			['久保委員', ['paragraph:窓口を一本化する案に賛成です。']],
		]);
	});

	test('a bracket that is part of the speech stays in the words', () => {
		expect(turns([...HEAD, '○浜田委員　費用の内訳を示してください。（資料２の３ページ）研修の回数も伺います。'])).toEqual([['浜田委員', ['paragraph:費用の内訳を示してください。（資料２の３ページ）研修の回数も伺います。']]]);
	});
});
