/**
 * Minutes of associations and companies (an NPO's 理事会, a general incorporated association's 社員総会, a 取締役会):
 * officers present and absent as lists of people, counts and the minutes' signers as fields kept as text, and the
 * body under the Companies Act's wording (`議事の経過の概要及び議決の結果`, `議事の経過の要領及びその結果`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseMinutes } from '../../src/parser/index.ts';
import { parseLines } from './unseen-helpers.ts';

const rijikai = [
	'特定非営利活動法人 みどりの里山ネットワーク',
	'第３２回 理事会 議事録',
	'',
	'１　日　　時　　令和６年５月１８日（土）　午後２時００分～午後４時１５分',
	'２　場　　所　　当法人事務所（長野県上田市中央三丁目５番８号　上田ビル２階）',
	'３　理事総数　　７名',
	'　　出席理事　　５名（うちオンライン出席１名）',
	'　　　　理事長　　　森川　正和',
	'　　　　副理事長　　田島　久美子',
	'　　　　理　事　　　北村　由香（オンライン）',
	'　　欠席理事　　清水　孝夫、原　さとみ',
	'４　出席監事　　小松　直樹',
	'５　議　　題',
	'　　第１号議案　令和５年度事業報告承認の件',
	'６　議事録署名人の選任',
	'　　理事　田島　久美子',
	'',
	'７　議事の経過の概要及び議決の結果',
	'',
	'　定刻に至り、事務局長が開会を宣し、本理事会は有効に成立した旨を報告した。',
	'　定款第２９条の規定により理事長森川正和が議長となり、議事に入った。',
	'',
	'第１号議案　令和５年度事業報告承認の件',
	'　議長がこれを議場に諮ったところ、全員異議なくこれを承認可決した。',
];

describe("an NPO's 理事会", () => {
	const result = parseLines(rijikai);
	const meeting = result.meeting;

	test('the place is the place only, without the counts and lists after it', () => {
		expect(meeting?.location).toBe('当法人事務所（長野県上田市中央三丁目５番８号　上田ビル２階）');
	});

	test('officers present and absent are lists of people; a count with a note is a note on its list', () => {
		expect(meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => [member.name, member.title, member.affiliation])])).toEqual([
			[
				'出席理事',
				'５名（うちオンライン出席１名）',
				[
					['森川　正和', '理事長', null],
					['田島　久美子', '副理事長', null],
					['北村　由香', '理事', 'オンライン'],
				],
			],
			['欠席理事', null, [['清水　孝夫', '理事', null], ['原　さとみ', '理事', null]]],
			['出席監事', null, [['小松　直樹', '監事', null]]],
		]);
	});

	test('the agenda holds its items only, and the minutes start under the Companies Act wording', () => {
		expect(meeting?.agenda.map((item) => item.title)).toEqual(['第１号議案　令和５年度事業報告承認の件']);
		const texts = result.body.flatMap((section) => section.children.flatMap((block) => (block.type === 'paragraph' ? [block.text] : [])));
		expect(texts.join('\n')).toContain('定刻に至り、事務局長が開会を宣し');
	});
});

describe("a general incorporated association's 社員総会", () => {
	test('a post heading one entry with single spaces and a note after the name', () => {
		const result = parseLines([
			'一般社団法人みらい教育支援機構',
			'第５回定時社員総会議事録',
			'',
			'１．開催日時　　令和６年６月２０日（木）午前１０時００分から午前１０時５０分まで',
			'２．開催場所　　当法人会議室',
			'３．出席理事　　代表理事　中村　美智子（議長・議事録作成者）',
			'　　　　　　　　理事　　　西川　徹',
			'　　　　　　　　専務取締役　　　　河合　律子',
			'',
			'４．議事の経過の要領及びその結果',
			'　定刻、代表理事中村美智子は議長となり、開会を宣し、議事に入った。',
		]);
		expect(result.meeting?.participants[0]?.members.map((member) => [member.name, member.title, member.affiliation])).toEqual([
			['中村　美智子', '代表理事', '議長・議事録作成者'],
			['西川　徹', '理事', null],
			['河合　律子', '専務取締役', null],
		]);
	});
});

describe('a social welfare corporation’s 評議員会', () => {
	test('`６　議長の選任` and `３　評議員の数` are fields (the officers above keep only their names), and officers in brackets speak', () => {
		const text = readFileSync(join(import.meta.dirname, '../fixtures/layouts/council/association-hyogiinkai.txt'), 'utf8');
		const result = parseMinutes(text, { source: 'association-hyogiinkai.txt', sourceHash: '0'.repeat(64) });
		expect(result.family).toBe('council');
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([
			['出席評議員', ['相沢　忠夫', '石井　晴子', '今村　孝', '江藤　真一', '岡　澄子', '金子　悠']],
			['欠席評議員', ['久米　和人']],
			['出席理事', ['理事長　斉藤　清', '業務執行理事　田島　良子']],
			['出席監事', ['中西　弘']],
		]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['評議員　江藤', '業務執行理事', '評議員　岡', '理事長', '監事']);
		expect(result.diagnostics).toEqual([]);
	});
});

describe('a PTA’s 執行部会', () => {
	test('a bare `出席` is the roll, who chairs after the place is a group of its own, and the recorder in brackets at the end is a note', () => {
		const result = parseLines([
			'令和５年度　第９回執行部会議事録',
			'',
			'日時　令和6年3月2日(土)19:00～20:40',
			'会場　さくら台中学校南舎会議室　　司会　伊藤副会長',
			'出席　北後会長、伊藤副会長、宮本副会長、大野書記、田中教頭',
			'',
			'宮本副会長：役員選出の推薦書の締め切りはいつか。',
			'田中教頭：3月15日(金)です。',
			'',
			'(記録　大野書記)',
		]);
		expect(result.meeting?.location).toBe('さくら台中学校南舎会議室');
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => `${member.name}/${member.title}`)])).toEqual([
			['司会', ['伊藤/副会長']],
			['出席者', ['北後/会長', '伊藤/副会長', '宮本/副会長', '大野/書記', '田中/教頭']],
		]);
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['宮本副会長', '役員選出の推薦書の締め切りはいつか。'],
			['田中教頭', '3月15日(金)です。'],
		]);
	});
});

describe('a residents’ group’s 役員会 written under its agenda', () => {
	const result = parseLines([
		'平成29年度 (2017年度)第11回ほしぞら会役員会議事録',
		'',
		'【日時】 平成30年(2018年)3月4日(日) 13:00～15:00',
		'【場所】 ほしぞら台ふれあい館 2階 サークル室3',
		'【参加者】(会長)倉田 (副会長)岸、中条',
		'(会計)木内 (書記)上原[記]',
		'(班長)広瀬、小原 (防災担当)浅生 敬称略',
		'【欠席】(班長)古川',
		'',
		'<議題>',
		'1.地区連協会報告',
		'・地区連協だよりの回覧。協賛者へは個別に配布する。',
		'2.その他',
		'倉田会長：総会資料の原稿は3/15までに書記へ提出をお願いします。',
		'広瀬班長：班の回覧が遅れがちなので、回覧板を1冊増やしてほしい。',
		'',
		'以上',
	]);

	test('is read as minutes (not a plain document): the items and what was said under them are the text', () => {
		expect(result.family).toBe('council');
		expect(result.meeting).toMatchObject({ series: 'ほしぞら会役員会', session: 11, date: '2018-03-04', start: '13:00', end: '15:00' });
		expect(result.meeting?.sections.map((section) => section.title)).toEqual(['地区連協会報告', 'その他']);
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['倉田会長', '総会資料の原稿は3/15までに書記へ提出をお願いします。'],
			['広瀬班長', '班の回覧が遅れがちなので、回覧板を1冊増やしてほしい。'],
		]);
		expect(JSON.stringify(result.body)).toContain('地区連協だよりの回覧。協賛者へは個別に配布する。');
	});

	test('each role in brackets goes to the names after it; 【欠席】 is the list of the absent', () => {
		expect(result.meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => [member.text, member.name, member.title])])).toEqual([
			[
				'参加者',
				'敬称略',
				[
					['(会長)倉田', '倉田', '会長'],
					['(副会長)岸', '岸', '副会長'],
					['(副会長)中条', '中条', '副会長'],
					['(会計)木内', '木内', '会計'],
					['(書記)上原[記]', '上原', '書記'],
					['(班長)広瀬', '広瀬', '班長'],
					['(班長)小原', '小原', '班長'],
					['(防災担当)浅生', '浅生', '防災担当'],
				],
			],
			['欠席', null, [['(班長)古川', '古川', '班長']]],
		]);
	});
});

describe('an association’s 総会 whose items of business head their paragraphs', () => {
	const result = parseLines([
		'一般社団法人みなと防災協会　第５回定時社員総会議事録',
		'',
		'１．日時　令和６年６月１５日（土）午後２時００分～午後３時１０分',
		'２．場所　本会会議室',
		'３．議事の経過の概要及び議決の結果',
		'第１号議案　令和５年度事業報告承認の件',
		'議長は、事業報告書に基づき説明し、その承認を求めたところ、満場一致をもって原案どおり承認された。',
		'第２号議案　理事１名選任の件',
		'議長は、後任として次の者を選任したい旨を述べ、その賛否を諮ったところ、満場一致をもって承認された。',
		'　　理事　佐藤一郎',
	]);

	test('each item is a section of its own, never joined to the paragraph under it', () => {
		expect(result.meeting?.sections.map((section) => section.title).slice(-2)).toEqual(['第１号議案　令和５年度事業報告承認の件', '第２号議案　理事１名選任の件']);
		const text = JSON.stringify(result.body);
		expect(text).toContain('"議長は、事業報告書に基づき説明し、その承認を求めたところ、満場一致をもって原案どおり承認された。"');
		expect(text).not.toContain('承認の件議長は');
	});
});

describe('a 管理組合 理事会 whose minutes follow its 審議事項 label, the signers’ field after them', () => {
	const result = parseLines([
		'グランフォレスト桜台管理組合　第１８期　第５回理事会　議事録',
		'',
		'■日　時：２０２４年９月２１日（土）　１０：００～１１：５０',
		'■場　所：管理棟１階　集会室',
		'■出席者（敬称略）',
		'　理事長　　中西　浩',
		'　副理事長　大谷　知美',
		'■欠席者（敬称略）',
		'　理事　　　松原　亜希子',
		'',
		'■報告事項',
		'１．８月度会計報告',
		'　管理会社より８月度の収支状況について報告があった。',
		'',
		'■審議事項',
		'第１号議案　駐車場の平面化について',
		'　管理会社より３社の見積比較表に基づき説明。',
		'（理事長）　機械式駐車場の平面化を提案したい。',
		'（副理事長）　費用の見積もりを次回までに用意してほしい。',
		'→継続審議とする。',
		'',
		'■次回理事会',
		'２０２４年１０月１９日（土）１０：００～　集会室',
		'',
		'以上',
		'議事録署名人　理事長　中西　浩　　理事　大谷　知美',
	]);

	test('is read as minutes from the label on (not as a plain document), the header before it as the header', () => {
		expect(result.family).toBe('council');
		expect(result.meeting).toMatchObject({ date: '2024-09-21', start: '10:00', end: '11:50', location: '管理棟１階　集会室' });
		expect(result.meeting?.participants.map((group) => [group.group, group.members.length]).slice(0, 2)).toEqual([
			['出席者', 2],
			['欠席者', 1],
		]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual(['理事長', '副理事長']);
		expect(JSON.stringify(result.body)).toContain('２０２４年１０月１９日（土）１０：００～　集会室');
	});
});
