/**
 * A council's hearing of companies in a ministry's verbatim 議事録: who speaks for a company is labelled by the company and, in
 * brackets, the person and post (`○株式会社ＡＢＣクラウド（山田部長）　…`, `○日本ＸＹＺシステムズ株式会社（佐々木シニアマネージャー）`,
 * `○ＮＴＴ東日本（鈴木部長）`): each is a turn of that person, and the roll's `株式会社ＡＢＣクラウド　山田部長` one 説明者.
 */
import { describe, expect, test } from 'vitest';
import { parseDocuments } from '../../src/parser/index.ts';

const read = (lines: readonly string[]) => parseDocuments(lines.join('\n'), { source: 'a.txt', sourceHash: '0'.repeat(64) })[0]?.meeting;

const HEAD = [
	'クラウドサービスの安全性評価に関する検討会（第６回）',
	'議事録',
	'',
	'１　日時：令和６年８月２７日（火）１０:００～１２:００',
	'２　場所：Ｗｅｂ会議',
	'３　出席者',
	'　【構成員】',
	'　　松本座長、岩崎構成員、小島構成員',
	'　【説明者】',
	'　　株式会社ＡＢＣクラウド　山田部長',
	'　　日本ＸＹＺシステムズ株式会社　佐々木シニアマネージャー',
	'',
	'４　議事',
	'（１）事業者ヒアリング',
	'',
];

describe('companies heard by a council', () => {
	test('a company with its speaker in brackets labels a turn', () => {
		const meeting = read([
			...HEAD,
			'○松本座長　それでは、第６回検討会を開会いたします。まず株式会社ＡＢＣクラウドの山田部長からお願いします。',
			'○株式会社ＡＢＣクラウド（山田部長）　ＡＢＣクラウドの山田でございます。弊社の取組を御説明します。',
			'　当社では、ＩＳＭＡＰの登録を２０２２年に取得しております。',
			'○日本ＸＹＺシステムズ株式会社（佐々木シニアマネージャー）　佐々木でございます。よろしくお願いいたします。',
			'○ＮＴＴ東日本（鈴木部長）　鈴木でございます。補足いたします。',
			'○岩崎構成員　山田部長に伺います。監査の頻度はどの程度でしょうか。',
			'○株式会社ＡＢＣクラウド（山田部長）　年１回の外部監査を受けております。',
			'',
			'（以上）',
		]);
		expect(meeting?.remarks.map((remark) => remark.speaker)).toEqual([
			'松本座長',
			'株式会社ＡＢＣクラウド（山田部長）',
			'日本ＸＹＺシステムズ株式会社（佐々木シニアマネージャー）',
			'ＮＴＴ東日本（鈴木部長）',
			'岩崎構成員',
			'株式会社ＡＢＣクラウド（山田部長）',
		]);
		expect(meeting?.remarks[1]?.text).toContain('ＩＳＭＡＰの登録');
	});

	test('the roll keeps the company with who comes for it', () => {
		const meeting = read([...HEAD, '○松本座長　開会いたします。']);
		const explainers = meeting?.participants.find((group) => group.group === '説明者');
		expect(explainers?.members.map((member) => [member.name, member.title, member.affiliation])).toEqual([
			['山田', '部長', '株式会社ＡＢＣクラウド'],
			['佐々木', 'シニアマネージャー', '日本ＸＹＺシステムズ株式会社'],
		]);
	});
});
