/**
 * A prefecture's committee record whose 理事者 are listed by department, each department's officials under its head with
 * a ditto mark for the department (`総務部長　…` / `同　次長　…` / `同　人事課長　…`), padded to the roll's columns.
 */
import { describe, expect, test } from 'vitest';
import { parseText } from './unseen-helpers.ts';

const SUBCOMMITTEE = `　　　　　　　予算特別委員会第二分科会会議録

令和六年三月六日（水曜日）

開会　午前十時

場所　第三委員会室

出席分科員（三名）
　　主　査　　　　　坂　本　洋　平　君
　　副主査　　　　　北　村　由　紀　君
　　分科員　　　　　三　浦　健　司　君

欠席分科員（なし）

説明のため出席した者
　　健康福祉部長　　　　　　　　原　田　雅　彦　君
　　同　次長　　　　　　　　　　福　田　理　恵　君
　　同　次長　　　　　　　　　　丸　山　誠　君
　　子ども家庭課長　　　　　　　青　木　亜　希　君

○坂本主査　ただいまから予算特別委員会第二分科会を開会いたします。
○原田健康福祉部長　健康福祉部所管の予算について御説明いたします。
○三浦分科員　福祉人材の確保について、次長に伺います。
○福田健康福祉部次長　お答えします。修学資金の貸付枠を広げます。
○坂本主査　これをもって閉会いたします。
`;

const COMMITTEE = `令和５年度決算特別委員会会議録（第３号）

１　日　時　　令和６年10月８日（火）　午前10時00分開会

２　場　所　　全員協議会室

３　出席委員
　　委員長　　　西　田　義　明
　　副委員長　　東　野　奈　緒

４　出席した理事者
　　会計管理者　　　　　　　　小野寺　和　弘
　　総務部長　　　　　　　　　柴　田　忠
　　　同　　次長　　　　　　　谷　口　絵　美
　　　同　　人事課長　　　　　古　川　剛
　　企画振興部長　　　　　　　安　藤　博
　　　同　　次長（政策調整担当）　　浜　田　春　香

○西田委員長　ただいまから決算特別委員会を開会します。
○柴田総務部長　総務部の決算の概要を説明いたします。
○東野副委員長　時間外勤務の縮減について伺います。
○古川人事課長　お答えいたします。前年度より一割減りました。
○西田委員長　以上で閉会します。
`;

const officials = (text: string, source: string, group: string) =>
	parseText(text, source)
		.meeting?.participants.find((entry) => entry.group === group)
		?.members.map((member) => [member.name, member.title]);

describe('a department\'s officials under its head, each with a ditto mark for the department', () => {
	test('`同　次長` under `健康福祉部長` is the department\'s 次長, and so is the next `同　次長`', () => {
		expect(officials(SUBCOMMITTEE, 'yosan-2.txt', '説明のため出席した者')).toEqual([
			['原田雅彦', '健康福祉部長'],
			['福田理恵', '健康福祉部次長'],
			['丸山誠', '健康福祉部次長'],
			['青木亜希', '子ども家庭課長'],
		]);
	});

	test('a 分科会\'s `欠席分科員（なし）` is no member of those present', () => {
		const present = parseText(SUBCOMMITTEE, 'yosan-2.txt').meeting?.participants.find((entry) => entry.group === '出席分科員');
		expect(present?.members.map((member) => member.name)).toEqual(['坂本洋平', '北村由紀', '三浦健司']);
	});

	test('`出席した理事者` heads its roll, a section\'s post and one in charge of a part (`次長（政策調整担当）`) take the department', () => {
		expect(officials(COMMITTEE, 'kessan-3.txt', '出席した理事者')).toEqual([
			['小野寺 和弘', '会計管理者'],
			['柴田忠', '総務部長'],
			['谷口絵美', '総務部次長'],
			['古川剛', '総務部人事課長'],
			['安藤博', '企画振興部長'],
			['浜田春香', '企画振興部次長（政策調整担当）'],
		]);
	});
});
