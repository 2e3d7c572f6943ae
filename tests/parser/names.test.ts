import { describe, expect, test } from 'vitest';
import { parseNameLabel } from '../../src/parser/names.ts';
import { parseParticipants, splitEntries } from '../../src/parser/participants.ts';
import type { Diagnostic } from '../../src/parser/types.ts';
import { readTurn } from '../../src/parser/transcript.ts';

describe('parseNameLabel', () => {
	test.each([
		// Members with a role.
		{ label: '後藤座長', name: '後藤', title: '座長', affiliation: null },
		// Heads of local governments and universities, alone or after the surname; a Q&A letter before who speaks.
		{ label: '副市長', name: null, title: '副市長', affiliation: null },
		{ label: '学部長', name: null, title: '学部長', affiliation: null },
		{ label: '小早川学部長', name: '小早川', title: '学部長', affiliation: null },
		{ label: 'Ｑ（沖田教授）', name: '沖田', title: '教授', affiliation: null },
		{ label: '問（佐藤花子議員）', name: '佐藤花子', title: '議員', affiliation: null },
		{ label: '平田ごみ減量推進課長', name: '平田', title: 'ごみ減量推進課長', affiliation: null },
		{ label: '森子ども家庭部長', name: '森', title: '子ども家庭部長', affiliation: null },
		{ label: '土木建築局理事', name: null, title: '土木建築局理事', affiliation: null },
		{ label: '物流部 部長 大野', name: '大野', title: '部長', affiliation: '物流部' },
		// A post, then its holder's full name in brackets; a role or a field in the bracket names no one.
		{ label: '財務部長(古川勝也)', name: '古川勝也', title: '財務部長', affiliation: null },
		{ label: '庶務議事課長(中谷善治)', name: '中谷善治', title: '庶務議事課長', affiliation: null },
		{ label: '小山構成員', name: '小山', title: '構成員', affiliation: null },
		{ label: '林構成員', name: '林', title: '構成員', affiliation: null },
		{ label: '後藤主査', name: '後藤', title: '主査', affiliation: null },
		{ label: '藤枝様', name: '藤枝', title: '様', affiliation: null },
		{ label: '後藤座長（慶應義塾大学）', name: '後藤', title: '座長', affiliation: '慶應義塾大学' },
		// People with an affiliation in brackets.
		{ label: '松原実穂子（NTT）', name: '松原実穂子', title: null, affiliation: 'NTT' },
		{ label: '扇慎太郎（内閣サイバーセキュリティセンター）', name: '扇慎太郎', title: null, affiliation: '内閣サイバーセキュリティセンター' },
		{ label: '井上大介(国立研究開発法人情報通信研究機構(NICT))', name: '井上大介', title: null, affiliation: '国立研究開発法人情報通信研究機構(NICT)' },
		{ label: '藤枝桃子', name: '藤枝桃子', title: null, affiliation: null },
		// Full names with a space between surname and given name (kept as written); a role in brackets is the title.
		{ label: '相田 仁（主査）', name: '相田 仁', title: '主査', affiliation: null },
		{ label: '森川 博之（主査代理）', name: '森川 博之', title: '主査代理', affiliation: null },
		{ label: '内田 真人', name: '内田 真人', title: null, affiliation: null },
		{ label: '江﨑 浩', name: '江﨑 浩', title: null, affiliation: null },
		{ label: '後藤　尚久', name: '後藤　尚久', title: null, affiliation: null },
		{ label: '鶴飼　信一（横浜国立大学）', name: '鶴飼　信一', title: null, affiliation: '横浜国立大学' },
		{ label: '相田仁（主査）', name: '相田仁', title: '主査', affiliation: null },
		{ label: '相田主査', name: '相田', title: '主査', affiliation: null },
		{ label: '森川主査代理', name: '森川', title: '主査代理', affiliation: null },
		{ label: '総務省 山田課長', name: '山田', title: '課長', affiliation: '総務省' },
		// Local government posts: a department word after the surname begins the post, however long.
		{ label: '金田企画部長', name: '金田', title: '企画部長', affiliation: null },
		{ label: '金田経営企画部長', name: '金田', title: '経営企画部長', affiliation: null },
		{ label: '岩原議事調査課長', name: '岩原', title: '議事調査課長', affiliation: null },
		{ label: '土屋議会総務課長', name: '土屋', title: '議会総務課長', affiliation: null },
		{ label: '宇都市長', name: '宇都', title: '市長', affiliation: null },
		{ label: '経営企画部長', name: null, title: '経営企画部長', affiliation: null },
		// Vice roles stay whole; a surname ending in 室 is a surname before a role.
		{ label: '城戸副委員長', name: '城戸', title: '副委員長', affiliation: null },
		{ label: '松田副部会長', name: '松田', title: '副部会長', affiliation: null },
		{ label: '大室委員', name: '大室', title: '委員', affiliation: null },
		// A turn labelled with what it is, then who speaks.
		{ label: '質疑（石津委員）', name: '石津', title: '委員', affiliation: null },
		{ label: '答弁（就農支援課長）', name: null, title: '就農支援課長', affiliation: null },
		// The heading of a roll names no one.
		{ label: '出席委員', name: '出席委員', title: null, affiliation: null },
		{ label: '会議録署名委員', name: '会議録署名委員', title: null, affiliation: null },
		{ label: '出席並びに欠席委員', name: '出席並びに欠席委員', title: null, affiliation: null },
		// A roll that writes an official's post against the name, the name with 君.
		{ label: '福祉局長篠宮 和彦君', name: '篠宮 和彦', title: '福祉局長', affiliation: null },
		{ label: '総務部長岩佐  仁君', name: '岩佐 仁', title: '総務部長', affiliation: null },
		{ label: '小長谷 一郎君', name: '小長谷 一郎', title: '君', affiliation: null },
		// A ministry's roll writes the role against the given name.
		{ label: '石田　和也構成員', name: '石田　和也', title: '構成員', affiliation: null },
		{ label: '長谷部 誠委員（オンライン）', name: '長谷部 誠', title: '委員', affiliation: 'オンライン' },
		{ label: '山田　副会長', name: '山田', title: '副会長', affiliation: null },
		// A given name in kana, a surname with ノ, the person and the post inside one bracket.
		{ label: '久保あつこ議員', name: '久保あつこ', title: '議員', affiliation: null },
		{ label: '奥ノ木信夫市長', name: '奥ノ木信夫', title: '市長', affiliation: null },
		{ label: '(中井時弘知事)', name: '中井時弘', title: '知事', affiliation: null },
		{ label: '議長【宮内 繁君】', name: '宮内 繁', title: '議長', affiliation: null },
		// A post with the field it covers in brackets names no one; a post with a person in brackets names them.
		{ label: '大臣官房審議官（公共交通政策）', name: null, title: '大臣官房審議官（公共交通政策）', affiliation: null },
		{ label: '課長（地域医療）', name: null, title: '課長（地域医療）', affiliation: null },
		{ label: '審議官（山田太郎）', name: '山田太郎', title: '審議官', affiliation: null },
		// Officials: surname before a known office word; brackets stay in the title.
		{ label: '山内サイバーセキュリティ統括官', name: '山内', title: 'サイバーセキュリティ統括官', affiliation: null },
		{ label: '内藤官房審議官（国際技術、サイバーセキュリティ担当）', name: '内藤', title: '官房審議官（国際技術、サイバーセキュリティ担当）', affiliation: null },
		{ label: '豊嶋大臣官房審議官(国際技術、サイバーセキュリティ担当)', name: '豊嶋', title: '大臣官房審議官(国際技術、サイバーセキュリティ担当)', affiliation: null },
		{ label: '中溝サイバーセキュリティ統括官室参事官', name: '中溝', title: 'サイバーセキュリティ統括官室参事官', affiliation: null },
		{ label: '安達地域情報政策室課長補佐（代理出席）', name: '安達', title: '地域情報政策室課長補佐（代理出席）', affiliation: null },
		{ label: '恩賀電気通信技術システム課安全・信頼性対策室長', name: '恩賀', title: '電気通信技術システム課安全・信頼性対策室長', affiliation: null },
		{ label: '高田消費者行政第二課企画官', name: '高田', title: '消費者行政第二課企画官', affiliation: null },
		{ label: '須藤自治行政局住民制度課デジタル基盤推進室課長補佐', name: '須藤', title: '自治行政局住民制度課デジタル基盤推進室課長補佐', affiliation: null },
		{ label: '本橋近畿総合通信局情報通信部長', name: '本橋', title: '近畿総合通信局情報通信部長', affiliation: null },
		{ label: '横澤田サイバーセキュリティ統括官室参事官補佐', name: '横澤田', title: 'サイバーセキュリティ統括官室参事官補佐', affiliation: null },
		{ label: '佐々木サイバーセキュリティ統括官室統括補佐', name: '佐々木', title: 'サイバーセキュリティ統括官室統括補佐', affiliation: null },
		{ label: '高地官房サイバーセキュリティ・情報化審議官', name: '高地', title: '官房サイバーセキュリティ・情報化審議官', affiliation: null },
		{ label: '藤野審議官（国際技術、サイバーセキュリティ担当）', name: '藤野', title: '審議官（国際技術、サイバーセキュリティ担当）', affiliation: null },
		{ label: '佐藤企画官', name: '佐藤', title: '企画官', affiliation: null },
		// Speaker labels with an affiliation before a space.
		{ label: 'NTT 松原氏', name: '松原', title: '氏', affiliation: 'NTT' },
		{ label: 'JPCERT/CC 佐々木氏', name: '佐々木', title: '氏', affiliation: 'JPCERT/CC' },
		{ label: 'JPCERT コーディネーションセンター 小宮山氏', name: '小宮山', title: '氏', affiliation: 'JPCERT コーディネーションセンター' },
		{ label: '近畿総合通信局 本橋様', name: '本橋', title: '様', affiliation: '近畿総合通信局' },
		{ label: '群馬県中之条町 田村氏', name: '田村', title: '氏', affiliation: '群馬県中之条町' },
		{ label: 'NTT松原氏', name: '松原', title: '氏', affiliation: 'NTT' },
		{ label: '日本シーサート協議会 北村氏', name: '北村', title: '氏', affiliation: '日本シーサート協議会' },
		// Organisations: no name.
		{ label: '内閣サイバーセキュリティセンター', name: null, title: null, affiliation: '内閣サイバーセキュリティセンター' },
		{ label: 'デジタル庁', name: null, title: null, affiliation: 'デジタル庁' },
		{ label: '経済産業省', name: null, title: null, affiliation: '経済産業省' },
		{ label: '地方公共団体情報システム機構', name: null, title: null, affiliation: '地方公共団体情報システム機構' },
		{ label: '内閣官房サイバー安全保障体制整備準備室', name: null, title: null, affiliation: '内閣官房サイバー安全保障体制整備準備室' },
		{ label: '事務局', name: null, title: null, affiliation: '事務局' },
		// A post without a person: no guessed surname.
		{ label: '大臣官房審議官', name: null, title: '大臣官房審議官', affiliation: null },
		{ label: '山田部長', name: '山田', title: '部長', affiliation: null },
		{ label: '医政局地域医療計画課長', name: null, title: '医政局地域医療計画課長', affiliation: null },
		{ label: '事務局 医政局地域医療計画課長', name: null, title: '医政局地域医療計画課長', affiliation: '事務局' },
		{ label: '企画部長', name: null, title: '企画部長', affiliation: null },
		{ label: '座長代理', name: null, title: '座長代理', affiliation: null },
		{ label: '', name: null, title: null, affiliation: null },
	])('$label', ({ label, ...expected }) => {
		expect(parseNameLabel(label)).toEqual(expected);
	});
});

describe('splitEntries', () => {
	test.each([
		{ text: '後藤座長、鶴飼構成員、岡村構成員', entries: ['後藤座長', '鶴飼構成員', '岡村構成員'] },
		{ text: '山内統括官、内藤官房審議官（国際技術、サイバーセキュリティ担当）', entries: ['山内統括官', '内藤官房審議官（国際技術、サイバーセキュリティ担当）'] },
		{ text: '井上大介(国立研究開発法人情報通信研究機構(NICT))、', entries: ['井上大介(国立研究開発法人情報通信研究機構(NICT))'] },
		{ text: 'A社，B社,C社', entries: ['A社', 'B社', 'C社'] },
		{ text: '「甲、乙」研究会、【丙、丁】', entries: ['「甲、乙」研究会', '【丙、丁】'] },
		{ text: '後藤座長、　、小山構成員、', entries: ['後藤座長', '小山構成員'] },
		{ text: '', entries: [] },
	])('$text', ({ text, entries }) => {
		expect(splitEntries(text)).toEqual(entries);
	});
});

describe('parseParticipants', () => {
	const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 10 }));

	test('a ministry’s officials listed by post: a post’s field in brackets and `…課長　ほか` are no names (the post is the post, the others with it no part of it)', () => {
		const groups = parseParticipants(lines('【国土交通省】', '総合政策局長、大臣官房審議官（公共交通政策）、地域交通課長　ほか'), []);
		expect(groups[0]?.members.map((member) => [member.text, member.name, member.title])).toEqual([
			['総合政策局長', null, '総合政策局長'],
			['大臣官房審議官（公共交通政策）', null, '大臣官房審議官（公共交通政策）'],
			['地域交通課長　ほか', null, '地域交通課長'],
		]);
	});

	test('a surname with ノ before a post, an entry and the others with it, a section named in Latin letters alone', () => {
		expect(parseNameLabel('一ノ宮市民生活部長')).toEqual({ name: '一ノ宮', title: '市民生活部長', affiliation: null });
		expect(parseNameLabel('山ノ内総務課長')).toEqual({ name: '山ノ内', title: '総務課長', affiliation: null });
		expect(parseNameLabel('角田総務課長ほか')).toEqual({ name: '角田', title: '総務課長', affiliation: null });
		expect(parseNameLabel('佐藤委員外2名')).toEqual({ name: '佐藤', title: '委員', affiliation: null });
		expect(parseNameLabel('外山委員')).toEqual({ name: '外山', title: '委員', affiliation: null });
		expect(parseNameLabel('DX推進課長')).toEqual({ name: null, title: 'DX推進課長', affiliation: null });
		expect(parseNameLabel('ＩＣＴ戦略室長')).toEqual({ name: null, title: 'ＩＣＴ戦略室長', affiliation: null });
		// (A company before a person and a post stays so.)
		expect(parseNameLabel('NTT松原部長')).toEqual({ name: '松原', title: '部長', affiliation: 'NTT' });
	});

	test('a bracket after a name is that name’s role; brackets before names head them only when nothing comes between a name and the next bracket', () => {
		const groups = parseParticipants(lines('（委員）林 良平（座長）、中川 ゆかり（座長代理）、内田 慎也', '(会長)倉田 (副会長)岸、中条'), []);
		expect(groups.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			[
				'委員',
				[
					['林 良平', '座長'],
					['中川 ゆかり', '座長代理'],
					['内田 慎也', null],
					['倉田', '会長'],
					['岸', '副会長'],
					['中条', '副会長'],
				],
			],
		]);
	});

	test('`全員` names everyone of the list and no one by name: a note on it, without a warning', () => {
		const diagnostics: Diagnostic[] = [];
		expect(parseParticipants(lines('全員'), diagnostics, '出席委員')).toEqual([{ group: '出席委員', note: '全員', members: [] }]);
		expect(diagnostics).toEqual([]);
	});

	test('groups in 【】 with members on the following lines', () => {
		const diagnostics: Diagnostic[] = [];
		const groups = parseParticipants(lines('【構成員】', '', '後藤座長、小山構成員', '**【発表者】**', '松原実穂子（NTT）、'), diagnostics);
		expect(groups).toEqual([
			{
				group: '構成員',
				members: [
					{ text: '後藤座長', name: '後藤', title: '座長', affiliation: null },
					{ text: '小山構成員', name: '小山', title: '構成員', affiliation: null },
				],
			},
			{ group: '発表者', members: [{ text: '松原実穂子（NTT）', name: '松原実穂子', title: null, affiliation: 'NTT' }] },
		]);
		expect(diagnostics).toEqual([]);
	});

	test('inline groups and other bracket styles', () => {
		const groups = parseParticipants(lines('構成員：後藤座長、小山構成員', '＜オブザーバー＞', 'デジタル庁'), []);
		expect(groups.map((g) => [g.group, g.members.map((m) => m.text)])).toEqual([
			['構成員', ['後藤座長', '小山構成員']],
			['オブザーバー', ['デジタル庁']],
		]);
	});

	test('a bracketed note about the list (（敬称略、五十音順）) is not a member but the group note', () => {
		expect(parseParticipants(lines('【構成員】（敬称略、五十音順）', '（敬称略）', '後藤座長'), [])).toEqual([
			{ group: '構成員', note: '敬称略、五十音順', members: [{ text: '後藤座長', name: '後藤', title: '座長', affiliation: null }] },
		]);
	});

	test.each([
		{ heading: '（１）委員（敬称略）', group: '委員', note: '敬称略' },
		{ heading: '(2) 総務省', group: '総務省', note: undefined },
		{ heading: '１　構成員', group: '構成員', note: undefined },
		{ heading: '1. オブザーバー', group: 'オブザーバー', note: undefined },
		{ heading: '②　説明者（五十音順）', group: '説明者', note: '五十音順' },
		{ heading: '・構成員', group: '構成員', note: undefined },
		{ heading: '委員（敬称略）', group: '委員', note: '敬称略' },
	])('numbered or bulleted group heading $heading', ({ heading, group, note }) => {
		const diagnostics: Diagnostic[] = [];
		const groups = parseParticipants(lines(heading, '相田 仁（主査）、内田 真人'), diagnostics);
		expect(groups).toEqual([
			{
				group,
				...(note === undefined ? {} : { note }),
				members: [
					{ text: '相田 仁（主査）', name: '相田 仁', title: '主査', affiliation: null },
					// (Under a group named by a role, `構成員`, a member without a post of their own holds it.)
					{ text: '内田 真人', name: '内田 真人', title: group === '構成員' ? '構成員' : null, affiliation: null },
				],
			},
		]);
		expect(diagnostics).toEqual([]);
	});

	test.each([
		{ line: '（１）後藤座長', members: ['後藤座長'] },
		{ line: '・総務省', members: ['・総務省'] },
		{ line: '・後藤座長（慶應義塾大学）', members: ['・後藤座長（慶應義塾大学）'] },
	])('$line is a member, not a group', ({ line, members }) => {
		const groups = parseParticipants(lines('【構成員】', line), []);
		expect(groups.map((g) => [g.group, g.members.map((m) => m.text)])).toEqual([['構成員', members]]);
	});

	test('members without a group belong to 出席者', () => {
		expect(parseParticipants(lines('後藤座長、小山構成員'), [])).toMatchObject([{ group: '出席者', members: [{ text: '後藤座長' }, { text: '小山構成員' }] }]);
	});

	test('a group with no members is a warning with its line', () => {
		const diagnostics: Diagnostic[] = [];
		parseParticipants(lines('【構成員】', '【オブザーバー】', 'デジタル庁'), diagnostics);
		expect(diagnostics).toEqual([{ severity: 'warning', code: 'empty-group', line: 10, message: expect.stringContaining('構成員') }]);
	});
});

describe('a roll of posts and padded names in columns', () => {
	const members = (line: string) => parseParticipants([{ text: line, line: 1 }], []).flatMap((group) => group.members.map((member) => [member.text, member.name, member.title]));

	test('a post padded wider than the gaps is joined again, and paired with the name after it', () => {
		expect(members('委  員  大 西 修 一')).toEqual([['委員　大 西 修 一', '大西修一', '委員']]);
		expect(members('委 員 長  中 川 裕 子     副委員長  小 島 健 一')).toEqual([
			['委 員 長　中 川 裕 子', '中川裕子', '委員長'],
			['副委員長　小 島 健 一', '小島健一', '副委員長'],
		]);
	});

	test('single characters that make no post are each kept as written', () => {
		expect(members('甲  乙  丙').map(([text]) => text)).toEqual(['甲', '乙', '丙']);
		expect(members('委  乙  員').map(([text]) => text)).toEqual(['委', '乙', '員']);
	});
});

describe('a participants table under its header row', () => {
	const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 10 }));
	const members = (...texts: string[]) => parseParticipants(lines(...texts), []).map((group) => [group.group, group.members.map(({ name, title, affiliation }) => [name, title, affiliation])]);

	test('name and affiliation columns: one member per row, the header no member', () => {
		expect(members('氏名　　　　所属・役職', '山田　太郎　　○○大学医学部教授（座長）', '佐藤　花子　　県医師会副会長')).toEqual([
			[
				'出席者',
				[
					['山田　太郎', null, '○○大学医学部教授（座長）'],
					['佐藤　花子', null, '県医師会副会長'],
				],
			],
		]);
	});

	test('a cell after a single space starts under its column (`田中　一郎　出席`), and the table goes on across group headings', () => {
		const table = ['役職　　　氏名　　　　備考', '会長　　　田中　一郎　出席', '委員　　　高橋　健　　欠席'];
		expect(members('【委員】', ...table, '【事務局】', '保育課長　　小林　恵')).toEqual([
			[
				'委員',
				[
					['田中　一郎', '会長', null],
					['高橋　健', '委員', null],
				],
			],
			['事務局', [['小林　恵', '保育課長', null]]],
		]);
		// What the table's cells say beyond name, post and affiliation stays in the member's text.
		expect(parseParticipants(lines(...table), [])[0]?.members[0]?.text).toBe('会長　　　田中　一郎　出席');
	});

	test('a header padded apart (`氏　名　　　所　属`), with the affiliation first', () => {
		expect(members('所　属　　　　　氏　名', '東京大学　　　　山田 太郎', 'Ａ株式会社　　　佐藤 花子')).toEqual([
			[
				'出席者',
				[
					['山田 太郎', null, '東京大学'],
					['佐藤 花子', null, 'Ａ株式会社'],
				],
			],
		]);
	});

	test('a line that is no row of the table ends it and is read as before', () => {
		expect(members('氏名　　所属', '山田　太郎　　東京大学', '（事務局）総務課長、企画課長')).toEqual([
			['出席者', [['山田　太郎', null, '東京大学']]],
			[
				'事務局',
				[
					[null, '総務課長', null],
					[null, '企画課長', null],
				],
			],
		]);
	});
});

describe('a committee roll with its head count in the margin and names in kana', () => {
	test('the count is no group, and a padded name in kana after a post is that post\'s member', () => {
		const groups = parseParticipants(
			[
				{ text: '委員長   そうだ 次 郎   副委員長  岩 崎 ふみひろ', line: 1 },
				{ text: '(6名)委  員  山 本 ひろこ   委  員  佐 藤 ゆたか', line: 2 },
			],
			[],
		);
		expect(groups.map((group) => [group.group, group.members.map((member) => [member.name, member.title])])).toEqual([
			[
				'出席者',
				[
					['そうだ 次郎', '委員長'],
					['岩崎 ふみひろ', '副委員長'],
					['山本 ひろこ', '委員'],
					['佐藤 ゆたか', '委員'],
				],
			],
		]);
	});
});

describe('more labels of turns found in unseen records', () => {
	test.each([
		['10番(とおし勝年君)', 'とおし勝年', '君'],
		['立花法制局法制企画調整部長', '立花', '法制局法制企画調整部長'],
		['松永環境政策課主査', '松永', '環境政策課主査'],
		['松澤主幹', '松澤', '主幹'],
		['嶋田副主幹', '嶋田', '副主幹'],
	])('%s is %s, %s', (label, name, title) => {
		expect(parseNameLabel(label)).toMatchObject({ name, title });
	});

	test('`番外（助役）` is the post alone, and a turn of the transcript', () => {
		expect(parseNameLabel('番外（助役）')).toEqual({ name: null, title: '助役', affiliation: null });
		expect(readTurn('○番外（助役）　お答えいたします。')).toEqual({ label: '番外（助役）', speech: 'お答えいたします。' });
		expect(readTurn('○１０番（とおし勝年君）　議案について伺います。')?.label).toBe('１０番（とおし勝年君）');
	});

	test('a name from kana needs its honorific: `（とおし勝年）` alone names no one', () => {
		expect(parseNameLabel('10番(とおし勝年)').name).not.toBe('とおし勝年');
	});
});

describe('speakers of hearings, review boards and national agencies', () => {
	test.each([
		['（日本地域観光推進協会）山口専務理事', '山口', '専務理事', '日本地域観光推進協会'],
		['石原医師', '石原', '医師', null],
		['金田労働局長', '金田', '労働局長', null],
		['飯田賃金指導官', '飯田', '賃金指導官', null],
		['宇都宮医療課企画官', '宇都宮', '医療課企画官', null],
	])('%s is %s, %s (%s)', (label, name, title, affiliation) => {
		expect(parseNameLabel(label)).toEqual({ name, title, affiliation });
	});

	test('an office named at length after a surname-like run stays a post (`村田在宅医療推進室長`), a role in brackets stays one (`委員（弁護士）`)', () => {
		expect(parseNameLabel('村田在宅医療推進室長').name).toBeNull();
		expect(parseNameLabel('就農支援課長').name).toBeNull();
		expect(parseNameLabel('西田 和也 委員（弁護士）')).toEqual({ name: '西田 和也', title: '委員', affiliation: '弁護士' });
	});

	test('`○（観光庁）中川観光資源課長　…` is a turn whose label runs to the space', () => {
		expect(readTurn('○（観光庁）中川観光資源課長　年度内に事例集を作成する。')).toEqual({ label: '（観光庁）中川観光資源課長', speech: '年度内に事例集を作成する。' });
	});
});

describe('a roll of role and holder pairs', () => {
	const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 10 }));

	test('`委員長:星野理恵、副委員長:小幡健二` / `委員：綿貫直人／委員：武藤 亜紀` are members with their roles, not groups named 委員長 and 委員', () => {
		const groups = parseParticipants(lines('委員長:星野理恵、副委員長:小幡健二', '委員：綿貫直人／委員：武藤 亜紀'), [], null, null, '出席委員');
		expect(groups.map((group) => [group.group, group.members.map((member) => [member.text, member.name, member.title])])).toEqual([
			[
				'出席委員',
				[
					['委員長:星野理恵', '星野理恵', '委員長'],
					['副委員長:小幡健二', '小幡健二', '副委員長'],
					['委員：綿貫直人', '綿貫直人', '委員'],
					['委員：武藤 亜紀', '武藤 亜紀', '委員'],
				],
			],
		]);
	});
});

describe('a faculty\'s dean and deputies', () => {
	test.each([
		['堀江学部長', '堀江', '学部長'],
		['佐藤副学部長', '佐藤', '副学部長'],
		['高橋副部長', '高橋', '副部長'],
		['高橋副課長', '高橋', '副課長'],
		['佐藤副病院長', '佐藤', '副病院長'],
		['山田部長', '山田', '部長'],
	])('%s is %s, %s', (label, name, title) => {
		expect(parseNameLabel(label)).toMatchObject({ name, title });
	});
});

describe('a post held at the meeting, then the person\'s own office in brackets', () => {
	test('幹事長　大曽根　聡（内閣審議官） is 大曽根　聡, 幹事長, of 内閣審議官', () => {
		expect(parseNameLabel('幹事長　大曽根　聡（内閣審議官）')).toEqual({ name: '大曽根　聡', title: '幹事長', affiliation: '内閣審議官' });
	});

	test('the turns in brackets of that roll speak', async () => {
		const { parseMinutes } = await import('../../src/parser/index.ts');
		const { meeting } = parseMinutes(
			'行政推進本部　幹事会（第９回）議事概要\n\n１．日時：令和６年８月２９日（木）１７：００～１８：００\n２．場所：オンライン開催\n３．出席者：幹事長　大曽根　聡（内閣審議官）、幹事　片桐　智美\n\n４．議事概要\n（大曽根幹事長）定刻となりましたので始めます。\n（片桐幹事）資料について説明します。\n（大曽根幹事長）以上で終わります。\n',
			{ source: 'k.txt', sourceHash: '0'.repeat(64) },
		);
		expect(meeting!.remarks.map((remark) => remark.speaker)).toEqual(['大曽根幹事長', '片桐幹事', '大曽根幹事長']);
	});
});
