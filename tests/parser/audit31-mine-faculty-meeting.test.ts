/**
 * Minutes told under their agenda's headings (a faculty meeting's 教授会議事録, a society's 理事会): the header's fields, the
 * handouts, a sentence before the business, then `【審議事項】` / `１．…について` / the item's account / an indented `（質疑）` and
 * the questions. Each item's account is the text's, the questions are turns, the chair and the head counts are the roll's.
 */
import { describe, expect, test } from 'vitest';
import { bodyText, parseLines } from './unseen-helpers.ts';

const HEADER = [
	'令和６年度第７回　理工学部教授会議事録',
	'',
	'日　時：令和６年10月16日（水）14時40分～16時10分',
	'場　所：本部棟３階　大会議室（オンライン併用）',
	'出席者：42名（うちオンライン８名）、委任状３名',
	'欠席者：５名',
	'議　長：佐伯学部長',
	'書　記：教務課　村井',
	'',
];
const HANDOUTS = ['配付資料', '　資料１　前回議事録（案）', '　資料２　令和７年度入試日程（案）', '　資料３　非常勤講師任用一覧', '', '議事に先立ち、議長から定足数を満たしている旨の報告があった。', ''];
const BUSINESS = [
	'【審議事項】',
	'１．前回議事録の確認について',
	'　資料１に基づき、前回議事録が確認され、原案どおり承認された。',
	'',
	'２．令和７年度入学試験日程について',
	'　小池入試委員長から資料２に基づき説明があり、審議の結果、原案どおり承認された。',
	'　（質疑）',
	'　　三浦教授：一般選抜の後期日程について、昨年度から変更はあるか。',
	'　　小池入試委員長：試験日を１日前倒しする以外の変更はない。',
	'',
	'３．非常勤講師の任用について',
	'　議長から資料３に基づき説明があり、承認された。',
	'',
	'【報告事項】',
	'１．学生の動向について',
	'　教務課長から、休学者数及び退学者数について報告があった。',
	'',
	'以上',
];

describe('a faculty meeting’s minutes told under their agenda', () => {
	test('the chair is a group of the roll, the counts present and absent notes on their groups, without a warning', () => {
		const result = parseLines([...HEADER, ...HANDOUTS, ...BUSINESS], 'kyojukai.txt');
		expect(result.meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.map((member) => member.text)])).toEqual([
			['出席者', '42名（うちオンライン８名）、委任状３名', []],
			['欠席者', '５名', []],
			['議長', null, ['佐伯学部長']],
			['書記', null, ['教務課　村井']],
		]);
		expect(result.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message)).toEqual([]);
	});

	test('a sentence after the handouts opens the text: no handout takes it into its title', () => {
		const result = parseLines([...HEADER, ...HANDOUTS, ...BUSINESS], 'kyojukai.txt');
		expect(result.meeting?.handouts.map((handout) => handout.title)).toEqual(['前回議事録（案）', '令和７年度入試日程（案）', '非常勤講師任用一覧']);
		expect(bodyText(result)).toContain('議事に先立ち、議長から定足数を満たしている旨の報告があった。'.normalize('NFKC'));
	});

	test('with no sentence before them, the items’ accounts are the text’s: none taken into a title or lost, the next item no part of a turn', () => {
		const result = parseLines([...HEADER, ...BUSINESS], 'kyojukai.txt');
		const text = bodyText(result);
		for (const account of ['資料１に基づき、前回議事録が確認され、原案どおり承認された。', '小池入試委員長から資料２に基づき説明があり、審議の結果、原案どおり承認された。', '議長から資料３に基づき説明があり、承認された。']) expect(text).toContain(account.normalize('NFKC'));
		expect(result.meeting?.agenda.map((item) => item.title).filter((title) => title.includes('。'))).toEqual([]);
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['三浦教授', '一般選抜の後期日程について、昨年度から変更はあるか。'],
			['小池入試委員長', '試験日を１日前倒しする以外の変更はない。'],
		]);
		expect(result.meeting?.sections.map((section) => section.title)).toContain('非常勤講師の任用について');
	});
});

describe('a head count over the list that names them', () => {
	test('`出席理事　四名` over `出席理事の氏名　…`: one list, the count its note', () => {
		const result = parseLines(
			['第3回理事会議事録', '', '一　開催日時　令和六年七月八日（月）午後七時から午後八時まで', '一　理事総数　五名', '一　出席理事　四名', '一　出席理事の氏名　森田恵子、荒井浩二、栗山亜希、三宅由香', '一　議事の経過の概要及び議決の結果', '　議長は定足数を満たしている旨を述べ、議事に入った。'],
			'npo.txt',
		);
		expect(result.meeting?.participants.map((group) => [group.group, group.note ?? null, group.members.length])).toEqual([['出席理事の氏名', '四名', 4]]);
	});
});

describe('the chair’s or the host’s words after the roll', () => {
	test.each(['議長', '司会'])('`%s：ただいまから…` is a turn, and the roll above it stays', (label) => {
		const result = parseLines(
			['第５回理事会議事録', '', '日時：令和６年５月10日（金）18時00分～19時30分', '場所：公民館２階会議室', '出席者：田中理事長、佐藤副理事長、鈴木理事', '', `${label}：ただいまから第５回理事会を開会します。本日の議題は２件です。`, '佐藤副理事長：資料を配付しています。'],
			'rijikai.txt',
		);
		expect(result.meeting?.participants.map((group) => [group.group, group.members.map((member) => member.text)])).toEqual([['出席者', ['田中理事長', '佐藤副理事長', '鈴木理事']]]);
		expect(result.meeting?.remarks.map((remark) => remark.speaker)).toEqual([label, '佐藤副理事長']);
	});
});

describe('a question whose asker runs on to a colon', () => {
	test('`（質問）３班　会員：…` is asked by 3班の会員, the words after the colon', () => {
		const result = parseLines(
			['令和６年度　はなみずき台自治会　定期総会　議事録', '', '日時：令和６年４月２１日（日）１０：００～１１：３０', '場所：はなみずき台集会所', '', '１．議事', '　第１号議案　令和５年度活動報告', '　　吉川副会長より報告。', '　　（質問）３班　会員：防犯灯の修理はいつ終わりますか。', '　　（回答）森山会長：５月中に業者が修理します。', '　　→　拍手多数で承認'],
			'jichikai.txt',
		);
		expect(result.meeting?.remarks.map((remark) => [remark.speaker, remark.text])).toEqual([
			['質問（３班　会員）', '防犯灯の修理はいつ終わりますか。'],
			['回答（森山会長）', '５月中に業者が修理します。'],
		]);
	});
});
