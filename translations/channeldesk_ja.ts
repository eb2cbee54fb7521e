<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>cd::Commission</name>
    <message>
        <source>the commission is too large to compute exactly</source>
        <translation>コミッションが大きすぎて正確に計算できません</translation>
    </message>
    <message>
        <source>no %1 rate to %2 on or before the close date</source>
        <translation>クローズ日以前の%1から%2への為替レートがありません</translation>
    </message>
    <message>
        <source>is too large once converted to %1</source>
        <translation>%1に換算すると大きすぎます</translation>
    </message>
    <message>
        <source>the credited revenue is too large to compute exactly</source>
        <translation>計上売上が大きすぎて正確に計算できません</translation>
    </message>
    <message>
        <source>the statement total is too large</source>
        <translation>コミッション明細の合計が大きすぎます</translation>
    </message>
</context>
<context>
    <name>cd::CommissionInput</name>
    <message>
        <source>no partner given</source>
        <translation>パートナーが指定されていません</translation>
    </message>
    <message>
        <source>%1 lists several partners without their percentages</source>
        <translation>%1には複数のパートナーが記載されていますが、配分率が指定されていません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PARTNER=PERCENT</source>
        <translation>「%1」はPARTNER=PERCENTの形式ではありません</translation>
    </message>
    <message>
        <source>the share of %1 (%2) is not a decimal number</source>
        <translation>%1の配分率（%2）は数値ではありません</translation>
    </message>
    <message>
        <source>the share of %1 (%2) has more digits than a percentage needs (up to %3 decimals)</source>
        <translation>%1の配分率（%2）の桁数が多すぎます（小数点以下%3桁まで）</translation>
    </message>
    <message>
        <source>the share of %1 must be positive</source>
        <translation>%1の配分率は正の値である必要があります</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1が2回指定されています</translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation>配分率の合計が100ではなく%1です</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1が重複しています（最初は%2行目）</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1が重複しています</translation>
    </message>
    <message>
        <source>a deal needs an id</source>
        <translation>案件にはIDが必要です</translation>
    </message>
    <message>
        <source>each partner is named once, with a positive share</source>
        <translation>各パートナーは1回だけ、正の配分率で指定してください</translation>
    </message>
    <message>
        <source>a share has more than %1 decimals</source>
        <translation>配分率の小数点以下が%1桁を超えています</translation>
    </message>
    <message>
        <source>a deal needs a close date between the years 1 and 9999</source>
        <translation>案件のクローズ日は1年から9999年の間である必要があります</translation>
    </message>
    <message>
        <source>%1 is not a positive amount in range</source>
        <translation>%1は範囲内の正の金額ではありません</translation>
    </message>
    <message>
        <source>a cancelled deal needs a cancellation date on or after its close date</source>
        <translation>キャンセルされた案件には、クローズ日以降のキャンセル日が必要です</translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation>不明な列のため無視しました</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>値がありません</translation>
    </message>
    <message>
        <source>%1 is not a date like 2026-03-31</source>
        <translation>%1は2026-03-31形式の日付ではありません</translation>
    </message>
    <message>
        <source>%1 is not a currency this program knows</source>
        <translation>%1は対応していない通貨です</translation>
    </message>
    <message>
        <source>%1 is not a decimal number</source>
        <translation>%1は数値ではありません</translation>
    </message>
    <message>
        <source>%1 has more digits than a rate may have (up to %2 decimals)</source>
        <translation>%1は為替レートに使用できる桁数を超えています（小数点以下%2桁まで）</translation>
    </message>
    <message>
        <source>%1 is not positive</source>
        <translation>%1は正の値ではありません</translation>
    </message>
    <message>
        <source>a %1 rate for %2 is already given on line %3</source>
        <translation>%2の%1の為替レートは%3行目で既に指定されています</translation>
    </message>
    <message>
        <source>is missing (won, cancelled, open or lost)</source>
        <translation>値がありません（won、cancelled、open、lostのいずれか）</translation>
    </message>
    <message>
        <source>%1 is not one of won, cancelled, open, lost</source>
        <translation>%1はwon、cancelled、open、lostのいずれでもありません</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows (%3)</source>
        <translation>%1は%2で使用できる小数桁数（%3）を超えています</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1は大きすぎます</translation>
    </message>
    <message>
        <source>is missing: a cancelled deal needs the date it was cancelled</source>
        <translation>値がありません。キャンセルされた案件にはキャンセル日が必要です</translation>
    </message>
    <message>
        <source>%1 is before the close date %2</source>
        <translation>%1はクローズ日%2より前です</translation>
    </message>
    <message>
        <source>%1 is given but the deal is won; a cancelled deal has status cancelled</source>
        <translation>%1が指定されていますが、案件は受注済みです。キャンセルされた案件のステータスはcancelledです</translation>
    </message>
    <message>
        <source>no %1 rate to %2 on or before %3</source>
        <translation>%3以前の%1から%2への為替レートがありません</translation>
    </message>
</context>
<context>
    <name>cd::CommissionPlan</name>
    <message>
        <source>a plan is a JSON object</source>
        <translation>コミッションプランはJSONオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>不明なフィールドです（有効なフィールド：%1）</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>%1 is not a currency this program knows (ISO 4217: %2)</source>
        <translation>%1は対応していない通貨です（ISO 4217：%2）</translation>
    </message>
    <message>
        <source>%1 is not one of month, quarter, year</source>
        <translation>%1はmonth、quarter、yearのいずれでもありません</translation>
    </message>
    <message>
        <source>%1 is not a month number from 1 to 12</source>
        <translation>%1は1～12の月番号ではありません</translation>
    </message>
    <message>
        <source>%1 is not one of graduated, retroactive</source>
        <translation>%1はgraduated、retroactiveのいずれでもありません</translation>
    </message>
    <message>
        <source>%1 is not one of half-even, half-up</source>
        <translation>%1はhalf-even、half-upのいずれでもありません</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>%1ではなく文字列である必要があります</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>%1 is a JSON number; write it as a string (&quot;%1&quot;) so that it stays exact</source>
        <translation>%1はJSONの数値です。正確な値を保つため、文字列（&quot;%1&quot;）として記述してください</translation>
    </message>
    <message>
        <source>must be a decimal string, not %1</source>
        <translation>%1ではなく数値の文字列である必要があります</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1は負の値にできません</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows (%3)</source>
        <translation>%1は%2で使用できる小数桁数（%3）を超えています</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1は大きすぎます</translation>
    </message>
    <message>
        <source>%1 is not a percentage like 15%</source>
        <translation>%1は15%形式のパーセント値ではありません</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals</source>
        <translation>%1は小数点以下が%2桁を超えています</translation>
    </message>
    <message>
        <source>is required: at least one band starting at 0</source>
        <translation>必須です。0から始まる料率帯が1つ以上必要です</translation>
    </message>
    <message>
        <source>must be a list of at least one band starting at 0</source>
        <translation>0から始まる料率帯を1つ以上含むリストである必要があります</translation>
    </message>
    <message>
        <source>a band is an object with &quot;from&quot; and &quot;rate&quot;</source>
        <translation>料率帯は&quot;from&quot;と&quot;rate&quot;を持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>unknown field (known: from, rate)</source>
        <translation>不明なフィールドです（有効なフィールド：from、rate）</translation>
    </message>
    <message>
        <source>the first band must start at 0, not %1</source>
        <translation>最初の料率帯は%1ではなく0から始まる必要があります</translation>
    </message>
    <message>
        <source>%1 is not above the previous band&apos;s from (%2): bands must be in ascending order</source>
        <translation>%1は前の料率帯のfrom（%2）より大きくありません。料率帯は昇順に並べてください</translation>
    </message>
    <message>
        <source>must be an object with &quot;threshold&quot; and &quot;rate&quot;</source>
        <translation>&quot;threshold&quot;と&quot;rate&quot;を持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>unknown field (known: threshold, rate)</source>
        <translation>不明なフィールドです（有効なフィールド：threshold、rate）</translation>
    </message>
</context>
<context>
    <name>cd::CsvReader</name>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>ファイルが空です。ヘッダー行が必要です</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>ヘッダーに同じ列が2回あります</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>必須の列がヘッダーにありません</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>ヘッダーと同じ%1個のフィールドが必要ですが、%2個あります</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>引用符で囲まれたフィールドがファイルの終わりまでに閉じられていません</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>閉じ引用符の後に予期しないテキストがあります</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation>引用符で囲まれていないフィールド内に引用符があります（フィールド全体を引用符で囲んでください）</translation>
    </message>
</context>
<context>
    <name>cd::DashboardCharts</name>
    <message>
        <source>%1 millions</source>
        <translation>%1（百万）</translation>
    </message>
    <message>
        <source>%1 thousands</source>
        <translation>%1（千）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>Partner revenue</source>
        <translation>パートナー売上</translation>
    </message>
    <message>
        <source>Partner-sourced revenue</source>
        <translation>パートナー創出の売上</translation>
    </message>
    <message>
        <source>Partner-influenced revenue</source>
        <translation>パートナー関与の売上</translation>
    </message>
    <message>
        <source>Sourced share</source>
        <translation>創出の割合</translation>
    </message>
    <message>
        <source>Influenced share</source>
        <translation>関与の割合</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加重パイプライン</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>平均案件規模</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>成約率</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>営業サイクル</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>アクティブなパートナー</translation>
    </message>
    <message>
        <source>Certified partners</source>
        <translation>認定パートナー</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>ステージ別パイプライン</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加重</translation>
    </message>
    <message>
        <source>Partner revenue against target by quarter</source>
        <translation>四半期別のパートナー売上と目標</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>受注売上</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Revenue by region against the geographic split</source>
        <translation>地域別売上と地域配分計画</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>計画%1</translation>
    </message>
    <message>
        <source>Revenue by tier</source>
        <translation>ティア別売上</translation>
    </message>
    <message>
        <source>Revenue by partner type</source>
        <translation>パートナー種別ごとの売上</translation>
    </message>
    <message>
        <source>Top partners by won revenue</source>
        <translation>受注売上の上位パートナー</translation>
    </message>
    <message>
        <source>Deal registrations and conflicts</source>
        <translation>案件登録とチャネルコンフリクト</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>案件登録</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>コンフリクト中</translation>
    </message>
    <message>
        <source>Pipeline for %1</source>
        <translation>%1 のパイプライン</translation>
    </message>
    <message>
        <source>Weighted pipeline for %1</source>
        <translation>%1 の加重パイプライン</translation>
    </message>
    <message>
        <source>Pipeline for %1 by stage</source>
        <translation>%1 のステージ別パイプライン</translation>
    </message>
</context>
<context>
    <name>cd::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目標</translation>
    </message>
</context>
<context>
    <name>cd::DataTransfer</name>
    <message>
        <source>Partners</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Deal registrations</source>
        <translation>案件登録</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>為替レート</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>レコード(&amp;R):</translation>
    </message>
    <message>
        <source>Save List…</source>
        <translation>一覧を保存…</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation>問題一覧の保存</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>テキスト (*.txt)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSVのインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSVファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1をインポートしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>インポートに失敗しました</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>インポートをキャンセルしました</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更されていません。</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>インポートできませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s). Nothing was imported: fix them and import the file again.</source>
        <translation>
            <numerusform>%1に%Ln件の問題があります。何もインポートされていません。問題を修正してから、もう一度ファイルをインポートしてください。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>追加%1件、更新%2件、変更なし%3件。</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1をインポートしました</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSVのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1に書き込めません：%2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>エクスポートしています…</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1に書き込めません：%2</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>エクスポート完了</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%2に%1行を書き込みました。</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <source>This database already holds records. Demo data goes into an empty database: open a new file first.</source>
        <translation>このデータベースには既にレコードがあります。デモデータは空のデータベースにのみ読み込めます。先に新しいファイルを開いてください。</translation>
    </message>
    <message>
        <source>The demo data could not be loaded.</source>
        <translation>デモデータを読み込めませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration status(es) set by the rules as of now.</source>
        <translation>
            <numerusform>現時点のルールで %Ln 件の登録ステータスを設定しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::Decimal</name>
    <message>
        <source>has too many digits</source>
        <translation>は桁数が多すぎます</translation>
    </message>
    <message>
        <source>is not a decimal number</source>
        <translation>は数値ではありません</translation>
    </message>
    <message>
        <source>has more than %1 decimals</source>
        <translation>は小数点以下が%1桁を超えています</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 is the value as written, %2 what is wrong with it (&quot;is not a decimal number&quot;).</extracomment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>cd::JsonParser</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>JSON値の後に予期しないテキストがあります</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSONの入れ子が深すぎます</translation>
    </message>
    <message>
        <source>unexpected end of the JSON text</source>
        <translation>JSONテキストが途中で終わっています</translation>
    </message>
    <message>
        <source>unexpected character in JSON</source>
        <translation>JSONに予期しない文字があります</translation>
    </message>
    <message>
        <source>expected a quoted member name</source>
        <translation>引用符で囲まれたメンバー名が必要です</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>メンバー名の後に&apos;:&apos;が必要です</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears twice</source>
        <translation>メンバー&quot;%1&quot;が2回出現しています</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>オブジェクト内に&apos;,&apos;または&apos;}&apos;が必要です</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>配列内に&apos;,&apos;または&apos;]&apos;が必要です</translation>
    </message>
    <message>
        <source>incomplete \u escape</source>
        <translation>不完全な\uエスケープです</translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation>不正な\uエスケープです</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>文字列が閉じられていません</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>文字列内に制御文字があります</translation>
    </message>
    <message>
        <source>unknown escape in a string</source>
        <translation>文字列内に不明なエスケープがあります</translation>
    </message>
</context>
<context>
    <name>cd::Money</name>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation>は%1で使用できる小数桁数（%2）を超えています</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>は大きすぎます</translation>
    </message>
</context>
<context>
    <name>cd::Program</name>
    <message>
        <source>&quot;%1&quot; is not a percentage like 65% or a range like 30-40%</source>
        <translation>「%1」は65%のようなパーセント値でも、30-40%のような範囲でもありません</translation>
    </message>
    <message>
        <source>the range &quot;%1&quot; runs backwards</source>
        <translation>範囲「%1」の開始値が終了値より大きくなっています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount like 500000, 50000+, 10000-25000 or none</source>
        <translation>「%1」は500000、50000+、10000-25000、noneのような金額ではありません</translation>
    </message>
    <message>
        <source>a program is a JSON object</source>
        <translation>パートナープログラムはJSONオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>%1 is not a known ISO 4217 currency</source>
        <translation>%1はISO 4217の既知の通貨ではありません</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to 36500</source>
        <translation>0～36500の整数（日数）である必要があります</translation>
    </message>
    <message>
        <source>must be an object (a commission plan)</source>
        <translation>オブジェクト（コミッションプラン）である必要があります</translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation>不明なメンバーです</translation>
    </message>
    <message>
        <source>unknown member, ignored</source>
        <translation>不明なメンバーのため無視しました</translation>
    </message>
    <message>
        <source>%1 is a JSON number; write it as a string, &quot;%1&quot;</source>
        <translation>%1はJSONの数値です。文字列&quot;%1&quot;として記述してください</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>%1ではなく文字列である必要があります</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>「%1」%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage like %2</source>
        <translation>「%1」は%2形式のパーセント値ではありません</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>配列である必要があります</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>the partner type %1 appears twice</source>
        <translation>パートナー種別%1が重複しています</translation>
    </message>
    <message>
        <source>must be more than 0 and at most 100</source>
        <translation>0より大きく100以下である必要があります</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of &gt;=, &gt;, &lt;=, &lt;, ==</source>
        <translation>「%1」は&gt;=、&gt;、&lt;=、&lt;、==のいずれでもありません</translation>
    </message>
    <message>
        <source>the tier %1 appears twice (first on line %2)</source>
        <translation>ティア%1が重複しています（最初は%2行目）</translation>
    </message>
    <message>
        <source>%1 is not one of the program&apos;s partner_types</source>
        <translation>%1はプログラムのpartner_typesにありません</translation>
    </message>
    <message>
        <source>the tier %1 is never reached: %2 above it has no requirements</source>
        <translation>ティア%1に到達することはありません。上位のティア%2に要件がないためです</translation>
    </message>
    <message>
        <source>the score cannot be part of itself</source>
        <translation>スコアを自身の構成要素にすることはできません</translation>
    </message>
    <message>
        <source>%1 is weighted twice</source>
        <translation>%1の重みが2回指定されています</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>負の値にできません</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>0より大きい必要があります</translation>
    </message>
    <message>
        <source>the weights add up to %1%, not 100%</source>
        <translation>重みの合計が100%ではなく%1%です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of weeks like 4 or 2-4</source>
        <translation>「%1」は4や2-4のような週数ではありません</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>ティアなし</translation>
    </message>
    <message>
        <source>%1: takes every partner left</source>
        <translation>%1: 残りのすべてのパートナーが該当</translation>
    </message>
    <message>
        <source>1 partner above it</source>
        <translation>上位に1社</translation>
    </message>
    <message>
        <source>%1 partners above it</source>
        <translation>上位に%1社</translation>
    </message>
    <message>
        <source>%1 %2 is in the top %3% (%4, at most %5 allowed)</source>
        <translation>%1 %2は上位%3%以内です（%4、許容は最大%5社）</translation>
    </message>
    <message>
        <source>a value for %1</source>
        <translation>%1の値</translation>
    </message>
    <message>
        <source>%1 more %2 to reach the top %3%</source>
        <translation>上位%3%に入るために%2をあと%1増やすこと</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <translation>%2をあと%1増やすこと</translation>
    </message>
    <message>
        <source>more than %1 more %2</source>
        <translation>%2をあと%1より多く増やすこと</translation>
    </message>
    <message>
        <source>%1 less %2</source>
        <translation>%2をあと%1減らすこと</translation>
    </message>
    <message>
        <source>more than %1 less %2</source>
        <translation>%2をあと%1より多く減らすこと</translation>
    </message>
    <message>
        <source>%1 of exactly %2</source>
        <translation>%1をちょうど%2にすること</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>needs %1 for %2</source>
        <translation>%2に到達するには、%1が必要です</translation>
    </message>
    <message>
        <source>the program&apos;s scorecard computes the score; remove this column</source>
        <translation>スコアはプログラムのスコアカードで計算されます。この列を削除してください</translation>
    </message>
    <message>
        <source>the program uses this metric but the file has no such column; every partner lacks it</source>
        <translation>プログラムはこの指標を使用していますが、ファイルにこの列がありません。すべてのパートナーでこの値が欠けています</translation>
    </message>
    <message>
        <source>some tiers are for one partner type only, and the file has no type column; no partner can reach them</source>
        <translation>一部のティアは特定のパートナー種別専用ですが、ファイルに種別の列がありません。どのパートナーもそれらのティアに到達できません</translation>
    </message>
    <message>
        <source>is empty; every row needs a partner</source>
        <translation>空です。すべての行にパートナーが必要です</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1が重複しています（最初は%2行目）</translation>
    </message>
</context>
<context>
    <name>cd::QbrReport</name>
    <message>
        <source>Quarterly business review %1</source>
        <translation>QBR（四半期ビジネスレビュー）%1</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1を書き込めませんでした</translation>
    </message>
    <message>
        <source>ChannelDesk · Quarterly business review %1 · page %2</source>
        <translation>ChannelDesk · 四半期ビジネスレビュー %1 · %2ページ</translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation>四半期ビジネスレビュー</translation>
    </message>
    <message>
        <source>Partner program</source>
        <translation>パートナープログラム</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>ティア%1</translation>
    </message>
    <message>
        <source>All regions and programs</source>
        <translation>すべての地域とプログラム</translation>
    </message>
    <message>
        <source>%1 to %2 · figures in %3 · prepared %4</source>
        <translation>%1～%2 · 金額単位：%3 · 作成日：%4</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1ポイント</translation>
    </message>
    <message>
        <source>Key figures against targets</source>
        <translation>主要指標と目標の比較</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>達成率</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Tier and scorecard</source>
        <translation>ティアとスコアカード</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Top deals won</source>
        <translation>受注した主要案件</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>クローズ日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Registrations in conflict</source>
        <translation>コンフリクト中の案件登録</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>確度</translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; is not in the database, so the tier cannot be evaluated.</source>
        <translation>プログラム「%1」がデータベースにないため、ティアを評価できません。</translation>
    </message>
    <message>
        <source>Tier now</source>
        <translation>現在のティア</translation>
    </message>
    <message>
        <source>Not evaluated: only active partners are.</source>
        <translation>未評価：評価対象はアクティブなパートナーのみです。</translation>
    </message>
    <message>
        <source>Tier by the rules on %1</source>
        <translation>%1 時点のルールによるティア</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>%1 (rank %2 of %3 partners)</source>
        <translation>%1（%3 社中 %2 位）</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>スコアカード</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>ウェイト</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>Pipeline closing in %1</source>
        <translation>%1 にクローズ予定のパイプライン</translation>
    </message>
    <message>
        <source>Program · tier</source>
        <translation>プログラム · ティア</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s) proposed</source>
        <translation>
            <numerusform>昇格の提案 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demotion(s) proposed</source>
        <translation>
            <numerusform>降格の提案 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Partners by tier, the rules as of %1</source>
        <translation>ティア別パートナー（%1 時点のルール）</translation>
    </message>
    <message>
        <source>By the rules</source>
        <translation>ルールによる</translation>
    </message>
</context>
<context>
    <name>cd::RecordEditor</name>
    <message>
        <source>Cannot undo</source>
        <translation>元に戻せません</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存されませんでした</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1の編集</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1の追加</translation>
    </message>
    <message>
        <source>Could not read the record</source>
        <translation>レコードを読み込めませんでした</translation>
    </message>
    <message>
        <source>Delete the partner %1? You can undo this.</source>
        <translation>パートナー%1を削除しますか？この操作は元に戻せます。</translation>
    </message>
    <message>
        <source>Delete the deal %1? You can undo this.</source>
        <translation>案件%1を削除しますか？この操作は元に戻せます。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1の削除</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>削除できませんでした</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>他のユーザー</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it.</source>
        <translation>%1は、開いた後に%2によって%3に変更されました。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 since you opened it.</source>
        <translation>%1は、開いた後に%2によって変更されました。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>他のユーザーが変更しました</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
    <message>
        <source>%1 was deleted since you opened it.</source>
        <translation>%1は、開いた後に削除されました。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>削除されませんでした</translation>
    </message>
    <message>
        <source>%1 was changed by %2 just now; look at it again before deleting it.</source>
        <translation>%1は今%2によって変更されました。削除する前にもう一度確認してください。</translation>
    </message>
    <message>
        <source>Reload shows their version; what you typed here is dropped. Keep editing puts the fields you changed on top of their version, for you to check and save; where you both changed a field, yours is kept.</source>
        <translation>「再読み込み」は相手の版を表示し、ここでの入力は破棄されます。「編集を続ける」はあなたが変更した項目を相手の版に反映し、確認して保存できるようにします。両方が同じ項目を変更した場合はあなたの値が残ります。</translation>
    </message>
</context>
<context>
    <name>cd::Records</name>
    <message>
        <source>no partner given</source>
        <translation>パートナーが指定されていません</translation>
    </message>
    <message>
        <source>%1 lists several partners without their percentages</source>
        <translation>%1には複数のパートナーが記載されていますが、配分率が指定されていません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PARTNER=PERCENT</source>
        <translation>「%1」はPARTNER=PERCENTの形式ではありません</translation>
    </message>
    <message>
        <source>the share of %1 (%2) %3</source>
        <translation>%1の配分率（%2）%3</translation>
    </message>
    <message>
        <source>the share of %1 must be positive</source>
        <translation>%1の配分率は正の値である必要があります</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1が2回指定されています</translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation>配分率の合計が100ではなく%1です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage like 15%</source>
        <translation>「%1」は15%形式のパーセント値ではありません</translation>
    </message>
</context>
<context>
    <name>cd::Registration</name>
    <message>
        <source>unknown column, ignored</source>
        <translation>不明な列のため無視しました</translation>
    </message>
    <message>
        <source>is empty; every registration needs an id</source>
        <translation>空です。すべての案件登録にIDが必要です</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1が重複しています（最初は%2行目）</translation>
    </message>
    <message>
        <source>is empty; every registration needs a partner</source>
        <translation>空です。すべての案件登録にパートナーが必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name like acme.example</source>
        <translation>「%1」はacme.example形式のドメイン名ではありません</translation>
    </message>
    <message>
        <source>is empty and there is no customer_domain; one of them is needed</source>
        <translation>空で、customer_domainもありません。どちらか一方が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letters or digits to identify the customer by</source>
        <translation>「%1」には顧客を識別できる文字や数字が含まれていません</translation>
    </message>
    <message>
        <source>is empty; a date-time like 2026-03-31T14:05:00Z is required</source>
        <translation>空です。2026-03-31T14:05:00Z形式の日時が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 UTC date-time like 2026-03-31T14:05:00Z</source>
        <translation>「%1」は2026-03-31T14:05:00Z形式のISO 8601 UTC日時ではありません</translation>
    </message>
    <message>
        <source>%1 is not a known ISO 4217 currency</source>
        <translation>%1はISO 4217の既知の通貨ではありません</translation>
    </message>
    <message>
        <source>%1 has no currency; fill in the currency column</source>
        <translation>%1に通貨がありません。currency列を入力してください</translation>
    </message>
    <message>
        <source>%1 must be positive</source>
        <translation>%1は正の値である必要があります</translation>
    </message>
</context>
<context>
    <name>cd::Similarity</name>
    <message>
        <source>names share %1</source>
        <translation>名前に共通する語：%1</translation>
    </message>
    <message>
        <source>names are %1% alike letter by letter</source>
        <translation>名前の文字単位の類似度が%1%です</translation>
    </message>
    <message>
        <source>%1&apos;s domain %2 matches %3&apos;s name</source>
        <translation>%1のドメイン%2が%3の名前と一致します</translation>
    </message>
    <message>
        <source>domains %1 and %2 share the stem &apos;%3&apos;</source>
        <translation>ドメイン%1と%2の語幹&apos;%3&apos;が共通です</translation>
    </message>
    <message>
        <source>%1 has no domain, %2 has one</source>
        <translation>%1にはドメインがなく、%2にはあります</translation>
    </message>
    <message>
        <source>%1 has a domain, %2 has none</source>
        <translation>%1にはドメインがあり、%2にはありません</translation>
    </message>
</context>
<context>
    <name>cd::StoreTableModel</name>
    <message>
        <source>Partner ID</source>
        <translation>パートナーID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日</translation>
    </message>
    <message>
        <source>Revenue commitment</source>
        <translation>売上コミットメント</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Deal ID</source>
        <translation>案件ID</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>確度</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>クローズ日</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>案件登録</translation>
    </message>
    <message>
        <source>Closed from</source>
        <translation>クローズ日（開始）</translation>
    </message>
    <message>
        <source>Closed until</source>
        <translation>クローズ日（終了）</translation>
    </message>
</context>
<context>
    <name>cd::TargetsPage</name>
    <message>
        <source>Partner revenue</source>
        <translation>パートナー売上</translation>
    </message>
    <message>
        <source>Partner-sourced revenue</source>
        <translation>パートナー創出の売上</translation>
    </message>
    <message>
        <source>Partner-influenced revenue</source>
        <translation>パートナー関与の売上</translation>
    </message>
    <message>
        <source>Partner-sourced share of revenue</source>
        <translation>売上に占めるパートナー創出の割合</translation>
    </message>
    <message>
        <source>Partner-influenced share of revenue</source>
        <translation>売上に占めるパートナー関与の割合</translation>
    </message>
    <message>
        <source>Channel pipeline</source>
        <translation>チャネルパイプライン</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加重パイプライン</translation>
    </message>
    <message>
        <source>Average partner deal size</source>
        <translation>パートナー案件の平均規模</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>成約率</translation>
    </message>
    <message>
        <source>Sales cycle (days)</source>
        <translation>営業サイクル（日）</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>アクティブなパートナー</translation>
    </message>
    <message>
        <source>Certified partners</source>
        <translation>認定パートナー</translation>
    </message>
    <message>
        <source>Region&apos;s share of partner revenue</source>
        <translation>パートナー売上に占める地域の割合</translation>
    </message>
    <message>
        <source>Technology integrations</source>
        <translation>テクノロジー統合</translation>
    </message>
    <message>
        <source>Joint customer references</source>
        <translation>共同顧客事例</translation>
    </message>
    <message>
        <source>Partner share of total revenue</source>
        <translation>総売上に占めるパートナーの割合</translation>
    </message>
    <message>
        <source>Revenue per partner</source>
        <translation>パートナーあたりの売上</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Partner satisfaction (of 5)</source>
        <translation>パートナー満足度（5点満点）</translation>
    </message>
    <message>
        <source>Integration success</source>
        <translation>統合の成功率</translation>
    </message>
    <message>
        <source>Training completion</source>
        <translation>トレーニング修了率</translation>
    </message>
    <message>
        <source>Support response (hours)</source>
        <translation>サポート応答時間（時間）</translation>
    </message>
    <message>
        <source>Partner onboarding (days)</source>
        <translation>パートナーのオンボーディング（日）</translation>
    </message>
    <message>
        <source>Integration time (days)</source>
        <translation>統合にかかる期間（日）</translation>
    </message>
    <message>
        <source>Support tickets per month</source>
        <translation>月あたりのサポートチケット数</translation>
    </message>
    <message>
        <source>Partner churn</source>
        <translation>パートナー離脱率</translation>
    </message>
    <message>
        <source>days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Edit targets</source>
        <translation>目標の編集</translation>
    </message>
</context>
<context>
    <name>cd::Vocabulary</name>
    <message>
        <source>System integrator</source>
        <translation>システムインテグレーター</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>リセラー</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>ディストリビューター</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>テクノロジー</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>コンサルティング</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>エージェンシー</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>インテグレーション</translation>
    </message>
    <message>
        <source>Managed service provider</source>
        <translation>マネージドサービスプロバイダー</translation>
    </message>
    <message>
        <source>OEM</source>
        <translation>OEM</translation>
    </message>
    <message>
        <source>Cloud marketplace</source>
        <translation>クラウドマーケットプレイス</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>北米</translation>
    </message>
    <message>
        <source>EMEA</source>
        <translation>EMEA</translation>
    </message>
    <message>
        <source>APAC</source>
        <translation>APAC</translation>
    </message>
    <message>
        <source>Latin America</source>
        <translation>中南米</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>候補発掘</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>適格性評価</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>交渉</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>オンボーディング</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>運用管理</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>契約終了</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>受注</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失注</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>見込み客開拓</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Partner-sourced</source>
        <translation>パートナー創出</translation>
    </message>
    <message>
        <source>Partner-influenced</source>
        <translation>パートナー関与</translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1に書き込めません：%2</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません：%1</translation>
    </message>
    <message>
        <source>The commission plan (JSON).</source>
        <translation>コミッションプラン（JSON）を指定します。</translation>
    </message>
    <message>
        <source>P.json</source>
        <translation>P.json</translation>
    </message>
    <message>
        <source>The deals (CSV).</source>
        <translation>案件（CSV）を指定します。</translation>
    </message>
    <message>
        <source>deals.csv</source>
        <translation>deals.csv</translation>
    </message>
    <message>
        <source>Exchange rates into the plan currency (CSV: date,currency,rate).</source>
        <translation>プランの通貨への為替レート（CSV：date,currency,rate）を指定します。</translation>
    </message>
    <message>
        <source>fx.csv</source>
        <translation>fx.csv</translation>
    </message>
    <message>
        <source>Write the statements here instead of stdout.</source>
        <translation>コミッション明細を標準出力ではなくこのファイルに書き込みます。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Computes commission statements from a plan and a deals file, as CSV on stdout (or --out). Bad input exits with status 2 and one FILE:LINE: FIELD: message per problem on stderr.</source>
        <translation>コミッションプランと案件ファイルからコミッション明細を計算し、CSVとして標準出力（または--out）に出力します。入力に誤りがある場合はステータス2で終了し、問題ごとに1行ずつFILE:LINE: FIELD: messageの形式で標準エラー出力に出力します。</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: 予期しない引数&apos;%2&apos;があります</translation>
    </message>
    <message>
        <source>%1: --%2 is required</source>
        <translation>%1: --%2は必須です</translation>
    </message>
    <message>
        <source>Fill the new database with a reproducible sample program.</source>
        <translation>再現可能なサンプルのパートナープログラムを新しいデータベースに登録します。</translation>
    </message>
    <message>
        <source>Random seed of the demo data (default 1).</source>
        <translation>デモデータの乱数シード（既定値：1）。</translation>
    </message>
    <message>
        <source>Partners in the demo (default 200).</source>
        <translation>デモのパートナー数（既定値：200）。</translation>
    </message>
    <message>
        <source>Deals in the demo (default 6000).</source>
        <translation>デモの案件数（既定値：6000）。</translation>
    </message>
    <message>
        <source>The demo&apos;s current date, ISO (default: today); the same date and seed give the same data.</source>
        <translation>デモの現在日付（ISO形式、既定値：今日）。日付とシードが同じなら同じデータが生成されます。</translation>
    </message>
    <message>
        <source>Creates the database, or brings an older one up to this version&apos;s schema. With --demo it also fills an empty database with a sample partner program.
The database is --db FILE, else CHANNELDESK_DB, else the user&apos;s data folder.</source>
        <translation>データベースを作成するか、古いデータベースをこのバージョンのスキーマに更新します。--demoを指定すると、空のデータベースにサンプルのパートナープログラムも登録します。
データベースは--db FILE、指定がなければCHANNELDESK_DB、それもなければユーザーのデータフォルダーです。</translation>
    </message>
    <message>
        <source>init takes no arguments besides its options</source>
        <translation>initはオプション以外の引数を取りません</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number, not &quot;%1&quot;</source>
        <translation>--seedには「%1」ではなく0以上の整数を指定してください</translation>
    </message>
    <message>
        <source>--partners needs a whole number of at least 1, not &quot;%1&quot;</source>
        <translation>--partnersには「%1」ではなく1以上の整数を指定してください</translation>
    </message>
    <message>
        <source>--deals needs a whole number, not &quot;%1&quot;</source>
        <translation>--dealsには「%1」ではなく整数を指定してください</translation>
    </message>
    <message>
        <source>--today needs an ISO date like 2026-03-31, not &quot;%1&quot;</source>
        <translation>--todayには「%1」ではなく2026-03-31形式のISO日付を指定してください</translation>
    </message>
    <message>
        <source>%1: schema version %2</source>
        <translation>%1: スキーマバージョン%2</translation>
    </message>
    <message>
        <source>%1: created, schema version %2</source>
        <translation>%1: 作成しました（スキーマバージョン%2）</translation>
    </message>
    <message>
        <source>%1 already holds records; the demo program goes only into an empty database (give another file with --db)</source>
        <translation>%1には既にレコードがあります。デモプログラムは空のデータベースにのみ登録できます（--dbで別のファイルを指定してください）</translation>
    </message>
    <message>
        <source>adding the demo program</source>
        <translation>デモプログラムを追加中</translation>
    </message>
    <message>
        <source>Check the files and count; change nothing.</source>
        <translation>ファイルを検査して件数を数えます。何も変更しません。</translation>
    </message>
    <message>
        <source>What the file holds: %1.</source>
        <translation>ファイルの内容：%1。</translation>
    </message>
    <message>
        <source>The CSV file (data.md); more KIND FILE pairs may follow.</source>
        <translation>CSVファイル（data.mdを参照）。KIND FILEの組をさらに続けて指定できます。</translation>
    </message>
    <message>
        <source>Adds or updates records from CSV files, all or nothing: a file with any bad row changes nothing and every bad row is listed as FILE:LINE: FIELD: problem. Several KIND FILE pairs are imported in one transaction, partners first.</source>
        <translation>CSVファイルからレコードを追加または更新します。処理はすべて成功するか、何も行わないかのいずれかです。不正な行が1行でもあるファイルでは何も変更されず、不正な行はすべてFILE:LINE: FIELD: problemの形式で一覧表示されます。複数のKIND FILEの組は1つのトランザクションでインポートされ、パートナーが最初に処理されます。</translation>
    </message>
    <message>
        <source>import needs KIND FILE (KIND: %1)</source>
        <translation>importにはKIND FILEが必要です（KIND：%1）</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (one of %2)</source>
        <translation>不明な種類「%1」です（%2のいずれか）</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>インポート中</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>何も変更されていません</translation>
    </message>
    <message>
        <source>dry run: nothing was changed</source>
        <translation>ドライラン：何も変更されていません</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>標準出力ではなくFILEに書き込みます。</translation>
    </message>
    <message>
        <source>What to export: %1.</source>
        <translation>エクスポートする内容：%1。</translation>
    </message>
    <message>
        <source>Writes every record of a kind as CSV (data.md), sorted by id; the file imports back unchanged.</source>
        <translation>指定した種類のすべてのレコードをID順にCSV（data.mdを参照）として書き出します。このファイルはそのままインポートし直せます。</translation>
    </message>
    <message>
        <source>export needs one KIND (one of %1)</source>
        <translation>exportにはKINDを1つ指定してください（%1のいずれか）</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %3 %2件</translation>
    </message>
    <message>
        <source>commission calc: statements from a plan and a deals file</source>
        <translation>commission calc: コミッションプランと案件ファイルからコミッション明細を計算</translation>
    </message>
    <message>
        <source>tiers evaluate: tiers and scores from a program and metrics</source>
        <translation>tiers evaluate: パートナープログラムと指標からティアとスコアを算出</translation>
    </message>
    <message>
        <source>registrations evaluate: statuses and winners of deal registrations</source>
        <translation>registrations evaluate: 案件登録のステータスと優先パートナーを判定</translation>
    </message>
    <message>
        <source>create or migrate the database, optionally with demo data</source>
        <translation>データベースを作成または移行（デモデータの追加も可能）</translation>
    </message>
    <message>
        <source>import KIND FILE: add or update records from CSV</source>
        <translation>import KIND FILE: CSVからレコードを追加または更新</translation>
    </message>
    <message>
        <source>export KIND: write records as CSV</source>
        <translation>export KIND: レコードをCSVとして書き出し</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli [--db FILE] COMMAND [OPTIONS]

Commands:
</source>
        <translation>使用法: channeldesk-cli [--db FILE] COMMAND [OPTIONS]

コマンド:
</translation>
    </message>
    <message>
        <source>
Run &apos;channeldesk-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
コマンドのオプションについては&apos;channeldesk-cli COMMAND --help&apos;を実行してください。
</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--dbにはファイル名を指定してください</translation>
    </message>
    <message>
        <source>internal failure: %1</source>
        <translation>内部エラー：%1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド&apos;%1&apos;です</translation>
    </message>
    <message>
        <source>The registrations (CSV).</source>
        <translation>案件登録（CSV）を指定します。</translation>
    </message>
    <message>
        <source>regs.csv</source>
        <translation>regs.csv</translation>
    </message>
    <message>
        <source>Evaluate as of this UTC date-time, e.g. 2026-03-01T00:00:00Z.</source>
        <translation>このUTC日時の時点で判定します（例：2026-03-01T00:00:00Z）。</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>DATETIME</translation>
    </message>
    <message>
        <source>Days a registration protects its partner (default 30).</source>
        <translation>案件登録がパートナーを保護する日数（既定値：30）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write the result here instead of stdout.</source>
        <translation>結果を標準出力ではなくこのファイルに書き込みます。</translation>
    </message>
    <message>
        <source>Also list, on stderr, registrations that may name the same customer under different keys.</source>
        <translation>異なるキーで同じ顧客を指している可能性のある案件登録も、標準エラー出力に一覧表示します。</translation>
    </message>
    <message>
        <source>Evaluates deal registrations (first to register wins, within a protection window) and prints reg_id,status,winner in input order on stdout (or --out). Bad input exits with status 2 and one FILE:LINE: FIELD: message per problem on stderr.</source>
        <translation>案件登録を判定し（保護期間内は最初に登録したパートナーが優先）、reg_id,status,winnerを入力順に標準出力（または--out）に出力します。入力に誤りがある場合はステータス2で終了し、問題ごとに1行ずつFILE:LINE: FIELD: messageの形式で標準エラー出力に出力します。</translation>
    </message>
    <message>
        <source>%1: --as-of: &quot;%2&quot; is not an ISO 8601 UTC date-time like 2026-03-01T00:00:00Z</source>
        <translation>%1: --as-of: 「%2」は2026-03-01T00:00:00Z形式のISO 8601 UTC日時ではありません</translation>
    </message>
    <message>
        <source>%1: --protection-days: &quot;%2&quot; is not a whole number of days from 0 to %3</source>
        <translation>%1: --protection-days: 「%2」は0～%3の整数（日数）ではありません</translation>
    </message>
    <message>
        <source>%1:%2: %3 and %4 (line %5) may be the same customer (%6%): %7</source>
        <translation>%1:%2: %3と%4（%5行目）は同じ顧客の可能性があります（%6%）：%7</translation>
    </message>
    <message>
        <source>cannot write the result: %1</source>
        <translation>結果を書き込めません：%1</translation>
    </message>
    <message>
        <source>The partner program (JSON).</source>
        <translation>パートナープログラム（JSON）を指定します。</translation>
    </message>
    <message>
        <source>The partners&apos; metrics (CSV: partner_id and one column per metric).</source>
        <translation>パートナーの指標（CSV：partner_idと指標ごとに1列）を指定します。</translation>
    </message>
    <message>
        <source>metrics.csv</source>
        <translation>metrics.csv</translation>
    </message>
    <message>
        <source>Also say on stderr why each partner has its tier and what it lacks for the next one.</source>
        <translation>各パートナーがそのティアになった理由と、次のティアに不足しているものも標準エラー出力に表示します。</translation>
    </message>
    <message>
        <source>Evaluates a partner program&apos;s tiers and scorecard and prints partner,tier,score sorted by partner on stdout (or --out). Bad input exits with status 2 and one FILE:LINE: FIELD: message per problem on stderr.</source>
        <translation>パートナープログラムのティアとスコアカードを評価し、partner,tier,scoreをパートナー順に標準出力（または--out）に出力します。入力に誤りがある場合はステータス2で終了し、問題ごとに1行ずつFILE:LINE: FIELD: messageの形式で標準エラー出力に出力します。</translation>
    </message>
    <message>
        <source>%1: which subcommand?</source>
        <translation>%1: サブコマンドを指定してください</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &apos;%2&apos;</source>
        <translation>%1: 不明なサブコマンド&apos;%2&apos;です</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]
       channeldesk-cli [--db FILE] commission run --period LABEL [--out FILE]
       channeldesk-cli [--db FILE] commission plan list|import|export|assign|unassign ...

Subcommands:
  calc  statements from a plan, a deals file and exchange rates (no database)
  run   one period&apos;s statements from the database, each partner under its assigned plan
  plan  the database&apos;s commission plans and their assignments

Run &apos;channeldesk-cli commission SUBCOMMAND --help&apos; for its options.
</source>
        <translation>使用法: channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]
       channeldesk-cli [--db FILE] commission run --period LABEL [--out FILE]
       channeldesk-cli [--db FILE] commission plan list|import|export|assign|unassign ...

サブコマンド:
  calc  コミッションプラン、案件ファイル、為替レートからコミッション明細を計算（データベース不要）
  run   データベースから1期間分のコミッション明細を計算（各パートナーに割り当てられたプランを適用）
  plan  データベースのコミッションプランとその割り当て

各オプションについては「channeldesk-cli commission SUBCOMMAND --help」を実行してください。
</translation>
    </message>
    <message>
        <source>The statement period: 2026-03, 2026-Q1, FY2027-Q1, 2026 or FY2027.</source>
        <translation>コミッション明細の期間：2026-03、2026-Q1、FY2027-Q1、2026、FY2027のいずれか。</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>Computes one period&apos;s statements from the database&apos;s deals and exchange rates, each partner under the plan its assignment gives (program and tier first, else partner type), as the CSV of &apos;commission calc&apos;. Partners without a plan are named on stderr and left out.</source>
        <translation>データベースの案件と為替レートから1期間分のコミッション明細を計算します。各パートナーには割り当てに従ったプラン（プログラムとティアを優先し、なければパートナー種別）を適用し、「commission calc」と同じ形式のCSVで出力します。プランのないパートナーは標準エラー出力に表示され、計算から除外されます。</translation>
    </message>
    <message>
        <source>Write here instead of stdout.</source>
        <translation>標準出力の代わりにここに書き込みます。</translation>
    </message>
    <message>
        <source>Lists the commission plans as CSV: plan_id,name,currency,window,method,updated_at,assigned_to (program/tier or type:TYPE, separated by &apos;;&apos;).</source>
        <translation>コミッションプランをCSV（plan_id,name,currency,window,method,updated_at,assigned_to）で一覧表示します。assigned_toはprogram/tierまたはtype:TYPEを「;」で区切ったものです。</translation>
    </message>
    <message>
        <source>The plan&apos;s display name (one file only).</source>
        <translation>プランの表示名（ファイルが1つの場合のみ）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Plans as commission.md&apos;s JSON.</source>
        <translation>commission.mdのJSON形式のプラン。</translation>
    </message>
    <message>
        <source>Imports commission plans (commission.md&apos;s JSON), all or nothing: a plan whose id exists is replaced. The JSON is kept as given, so export returns the same bytes.</source>
        <translation>コミッションプラン（commission.mdのJSON形式）をインポートします。処理はすべて成功するか、何も行わないかのいずれかです。IDが既に存在するプランは置き換えられます。JSONは指定されたとおりに保存されるため、エクスポートすると同じバイト列が返されます。</translation>
    </message>
    <message>
        <source>%1: give one or more plan files (--name with one file only)</source>
        <translation>%1: プランファイルを1つ以上指定してください（--nameはファイルが1つの場合のみ）</translation>
    </message>
    <message>
        <source>plan %1 is in more than one file</source>
        <translation>プラン%1が複数のファイルに含まれています</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The plan to export.</source>
        <translation>エクスポートするプラン。</translation>
    </message>
    <message>
        <source>Writes a plan&apos;s JSON exactly as it was imported or saved.</source>
        <translation>プランのJSONを、インポートまたは保存されたとおりに書き出します。</translation>
    </message>
    <message>
        <source>%1: give one PLAN_ID</source>
        <translation>%1: PLAN_IDを1つ指定してください</translation>
    </message>
    <message>
        <source>there is no commission plan %1</source>
        <translation>コミッションプラン%1はありません</translation>
    </message>
    <message>
        <source>The partners&apos; program.</source>
        <translation>パートナーのプログラム。</translation>
    </message>
    <message>
        <source>PROGRAM</source>
        <translation>PROGRAM</translation>
    </message>
    <message>
        <source>The partners&apos; tier in the program.</source>
        <translation>プログラム内でのパートナーのティア。</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>TIER</translation>
    </message>
    <message>
        <source>The partners&apos; type.</source>
        <translation>パートナーの種別。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The plan to assign.</source>
        <translation>割り当てるプラン。</translation>
    </message>
    <message>
        <source>Assigns a plan to the partners of a program and tier, or of a type. A partner whose program and tier have a plan is paid under it; otherwise under its type&apos;s plan.</source>
        <translation>プログラムとティア、または種別のパートナーにプランを割り当てます。プログラムとティアにプランがあるパートナーにはそのプランが適用され、ない場合は種別のプランが適用されます。</translation>
    </message>
    <message>
        <source>Removes the plan assignment of a program and tier, or of a type.</source>
        <translation>プログラムとティア、または種別へのプランの割り当てを解除します。</translation>
    </message>
    <message>
        <source>%1: give %2(--program P --tier T | --type TYPE)</source>
        <translation>%1: %2(--program P --tier T | --type TYPE)を指定してください</translation>
    </message>
    <message>
        <source>%1: empty --program, --tier or --type</source>
        <translation>%1: --program、--tier、--typeのいずれかが空です</translation>
    </message>
    <message>
        <source>%1: no plan is assigned there</source>
        <translation>%1: そこにはプランが割り当てられていません</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli [--db FILE] commission plan list [--out FILE]
       channeldesk-cli [--db FILE] commission plan import FILE... [--name NAME]
       channeldesk-cli [--db FILE] commission plan export PLAN_ID [--out FILE]
       channeldesk-cli [--db FILE] commission plan assign PLAN_ID (--program P --tier T | --type TYPE)
       channeldesk-cli [--db FILE] commission plan unassign (--program P --tier T | --type TYPE)
</source>
        <translation>使用法: channeldesk-cli [--db FILE] commission plan list [--out FILE]
       channeldesk-cli [--db FILE] commission plan import FILE... [--name NAME]
       channeldesk-cli [--db FILE] commission plan export PLAN_ID [--out FILE]
       channeldesk-cli [--db FILE] commission plan assign PLAN_ID (--program P --tier T | --type TYPE)
       channeldesk-cli [--db FILE] commission plan unassign (--program P --tier T | --type TYPE)
</translation>
    </message>
    <message>
        <source>report qbr | pipeline: the QBR as PDF, pipeline figures as CSV</source>
        <translation>report qbr | pipeline: QBRをPDFで、パイプラインの数値をCSVで出力</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]
       channeldesk-cli [--db FILE] registrations run [--as-of DATETIME] [--dry-run] [--out FILE]

Subcommands:
  evaluate  statuses and winners of deal registrations as of a date-time (no database)
  run       evaluates the database&apos;s registrations and stores their statuses

Run &apos;channeldesk-cli registrations SUBCOMMAND --help&apos; for its options.
</source>
        <translation>使用法: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]
       channeldesk-cli [--db FILE] registrations run [--as-of DATETIME] [--dry-run] [--out FILE]

サブコマンド:
  evaluate  指定日時時点の案件登録のステータスと優先パートナーを判定（データベース不要）
  run       データベースの案件登録を判定し、ステータスを保存

各オプションについては「channeldesk-cli registrations SUBCOMMAND --help」を実行してください。
</translation>
    </message>
    <message>
        <source>Evaluate as of this UTC date-time (default: now), e.g. 2026-03-01T00:00:00Z.</source>
        <translation>このUTC日時の時点で判定します（既定値：現在）。例：2026-03-01T00:00:00Z。</translation>
    </message>
    <message>
        <source>Print what would change without writing anything.</source>
        <translation>何も書き込まずに、変更される内容を表示します。</translation>
    </message>
    <message>
        <source>Write the changes here instead of stdout.</source>
        <translation>変更内容を標準出力の代わりにここに書き込みます。</translation>
    </message>
    <message>
        <source>Evaluates every registration in the database (first to register wins, within the program&apos;s protection days; rejected registrations left out, extensions honoured), stores the statuses with an audit row each and opens a conflict case for every new conflict. Prints the changes as CSV reg_id,old_status,new_status,old_winner,new_winner on stdout (or --out) and a summary on stderr.</source>
        <translation>データベース内のすべての案件登録を判定し（プログラムの保護日数内は最初に登録したパートナーが優先。却下された登録は除外し、延長を反映）、ステータスを保存して各変更の監査レコードを記録し、新たなコンフリクトごとにコンフリクトケースを作成します。変更内容はCSV（reg_id,old_status,new_status,old_winner,new_winner）として標準出力（または--out）に、概要は標準エラー出力に出力します。</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) would change as of %1 (dry run, nothing written)</source>
        <translation>
            <numerusform>%1時点で%n件の案件登録が変更されます（ドライランのため、何も書き込まれていません）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) changed as of %1</source>
        <translation>
            <numerusform>%1時点で%n件の案件登録が変更されました</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] [--explain]
       channeldesk-cli [--db FILE] tiers run [--as-of DATE] [--program ID] [--apply] [--out FILE]

Subcommands:
  evaluate  each partner&apos;s tier and scorecard score (no database)
  run       evaluates the database&apos;s partners under their programs; --apply writes the changes

Run &apos;channeldesk-cli tiers SUBCOMMAND --help&apos; for its options.
</source>
        <translation>使用法: channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] [--explain]
       channeldesk-cli [--db FILE] tiers run [--as-of DATE] [--program ID] [--apply] [--out FILE]

サブコマンド:
  evaluate  各パートナーのティアとスコアカードのスコアを評価（データベース不要）
  run       データベースのパートナーをそれぞれのプログラムで評価。--applyで変更を書き込み

各オプションについては「channeldesk-cli tiers SUBCOMMAND --help」を実行してください。
</translation>
    </message>
    <message>
        <source>Evaluate as of this date (default: today).</source>
        <translation>この日付の時点で評価します（既定値：今日）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only the partners of this program.</source>
        <translation>このプログラムのパートナーのみ。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Write the new tiers into the partners, with an audit record each.</source>
        <translation>新しいティアをパートナーに書き込み、それぞれ監査レコードを記録します。</translation>
    </message>
    <message>
        <source>Evaluates every active partner under its program (partners.program, from the database&apos;s programs) with metrics computed from the database as of a date, and prints the tier changes as CSV: partner,program,from,to,change,score,explanation. Nothing is written without --apply.</source>
        <translation>アクティブなすべてのパートナーをそれぞれのプログラム（partners.program、データベースのプログラム）で評価します。指標は指定日時点のデータベースから計算し、ティアの変更をCSV（partner,program,from,to,change,score,explanation）で出力します。--applyを指定しない限り、何も書き込まれません。</translation>
    </message>
    <message>
        <source>--as-of needs an ISO date like 2026-03-31, not &quot;%1&quot;</source>
        <translation>--as-ofには2026-03-31のようなISO日付を指定してください（「%1」は不可）</translation>
    </message>
    <message>
        <source>no active partner is in a stored program &quot;%1&quot;</source>
        <translation>保存済みのプログラム「%1」に属するアクティブなパートナーはありません</translation>
    </message>
    <message>
        <source>%1 partners evaluated as of %2: %3 changes (%4 promotions, %5 demotions or other)</source>
        <translation>%2時点で%1件のパートナーを評価しました：変更%3件（昇格%4件、降格またはその他%5件）</translation>
    </message>
    <message>
        <source>nothing was changed; --apply writes them</source>
        <translation>何も変更していません。変更を書き込むには--applyを指定してください</translation>
    </message>
    <message>
        <source>applied %1 tier changes</source>
        <translation>ティアの変更を%1件適用しました</translation>
    </message>
    <message numerus="yes">
        <source>registrations evaluated as of %1: %n status change(s)</source>
        <translation>
            <numerusform>%1 時点で案件登録を評価しました：ステータス変更 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave registrations without a status for a later &apos;registrations run&apos;.</source>
        <translation>ステータスのない案件登録を後の「registrations run」まで残します。</translation>
    </message>
    <message>
        <source>migrate --from FILE --to URI: a desktop file into an empty team database</source>
        <translation>migrate --from FILE --to URI: ローカルファイルを空のチームデータベースに移行</translation>
    </message>
    <message>
        <source>team add-user | list | remove-user: a team database&apos;s members and roles</source>
        <translation>team add-user | list | remove-user: チームデータベースのメンバーとロール</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli --db URI team add-user LOGIN --role admin|manager|regional|executive [--region REGION] [--password-stdin]
       channeldesk-cli --db URI team list [--out FILE]
       channeldesk-cli --db URI team remove-user LOGIN

Subcommands:
  add-user     gives a PostgreSQL login a role in this database (creating the login if new)
  list         the members, their roles and regions, as CSV
  remove-user  takes a member&apos;s rights in this database away

The server enforces the roles: admin everything, manager all program data but not plans, programs, targets or the team, regional only its region&apos;s partners and their records, executive reads only.
</source>
        <translation>使用法: channeldesk-cli --db URI team add-user LOGIN --role admin|manager|regional|executive [--region REGION] [--password-stdin]
       channeldesk-cli --db URI team list [--out FILE]
       channeldesk-cli --db URI team remove-user LOGIN

サブコマンド:
  add-user     PostgreSQLのログイン名にこのデータベースでのロールを付与（新しいログイン名の場合は作成）
  list         メンバーとそのロール、地域をCSVで出力
  remove-user  このデータベースでのメンバーの権限を削除

ロールはサーバーが適用します。adminはすべての操作、managerはプラン、プログラム、目標、チームを除くすべてのプログラムデータの編集、regionalは自地域のパートナーとそのレコードのみの編集、executiveは閲覧のみが可能です。
</translation>
    </message>
    <message>
        <source>%1: give one LOGIN</source>
        <translation>%1: LOGINを1つ指定してください</translation>
    </message>
    <message>
        <source>admin, manager, regional or executive.</source>
        <translation>admin、manager、regional、executiveのいずれか。</translation>
    </message>
    <message>
        <source>The region of a regional member.</source>
        <translation>地域メンバーの地域。</translation>
    </message>
    <message>
        <source>Read the login&apos;s new password from the first line of standard input.</source>
        <translation>ログイン名の新しいパスワードを標準入力の1行目から読み取ります。</translation>
    </message>
    <message>
        <source>The PostgreSQL login.</source>
        <translation>PostgreSQLのログイン名。</translation>
    </message>
    <message>
        <source>Gives a login a role in the team database.</source>
        <translation>チームデータベースでのロールをログイン名に付与します。</translation>
    </message>
    <message>
        <source>--role must be admin, manager, regional or executive, not &quot;%1&quot;</source>
        <translation>--roleには「%1」ではなくadmin、manager、regional、executiveのいずれかを指定してください</translation>
    </message>
    <message>
        <source>--password-stdin read no password</source>
        <translation>--password-stdinでパスワードを読み取れませんでした</translation>
    </message>
    <message>
        <source>%1 is now %2 in %3: %4</source>
        <translation>%1の%3でのロールを%2に設定しました：%4</translation>
    </message>
    <message>
        <source>Write the CSV to FILE instead of standard output.</source>
        <translation>標準出力ではなくFILEにCSVを書き込みます。</translation>
    </message>
    <message>
        <source>Lists the team&apos;s members as CSV: login, role, region.</source>
        <translation>チームのメンバーをCSV（login, role, region）で一覧表示します。</translation>
    </message>
    <message>
        <source>Takes a member&apos;s rights in the team database away.</source>
        <translation>チームデータベースでのメンバーの権限を削除します。</translation>
    </message>
    <message>
        <source>%1 is no longer a member of %2</source>
        <translation>%1は%2のメンバーではなくなりました</translation>
    </message>
    <message>
        <source>The desktop file (SQLite).</source>
        <translation>ローカルファイル（SQLite）。</translation>
    </message>
    <message>
        <source>The empty team database (PostgreSQL URI).</source>
        <translation>空のチームデータベース（PostgreSQLのURI）。</translation>
    </message>
    <message>
        <source>Moves a desktop file&apos;s whole program into an empty team database, all or nothing.</source>
        <translation>ローカルファイルのプログラム全体を空のチームデータベースに移行します。処理はすべて成功するか、何も行わないかのいずれかです。</translation>
    </message>
    <message>
        <source>--from needs an existing desktop file, not &quot;%1&quot;</source>
        <translation>--fromには「%1」ではなく既存のローカルファイルを指定してください</translation>
    </message>
    <message>
        <source>--to needs a PostgreSQL URI like postgresql://user@host/dbname</source>
        <translation>--toにはpostgresql://user@host/dbnameのようなPostgreSQLのURIを指定してください</translation>
    </message>
    <message>
        <source>copying %1 …</source>
        <translation>%1をコピーしています…</translation>
    </message>
    <message>
        <source>%1 moved into %2: %3 rows in %4 tables</source>
        <translation>%1を%2に移行しました：%4テーブル、%3行</translation>
    </message>
    <message>
        <source>you are %1 (%2): %3</source>
        <translation>あなたは %1（%2）です: %3</translation>
    </message>
</context>
<context>
    <name>cd::cli::Report</name>
    <message>
        <source>Usage: channeldesk-cli report SUBCOMMAND [OPTIONS]

  qbr --period LABEL [--partner ID] [--lang CODE] --pdf FILE
      the quarterly business review as a PDF, program-wide or for one partner
  pipeline --by DIM[,DIM…] [--period LABEL] [--currency CUR] [--out FILE]
      open deals as CSV by stage, region, country, tier, type, partner, source, quarter
</source>
        <translation>使用法: channeldesk-cli report SUBCOMMAND [OPTIONS]

  qbr --period LABEL [--partner ID] [--lang CODE] --pdf FILE
      QBR（四半期ビジネスレビュー）をPDFで出力（プログラム全体または1パートナー）
  pipeline --by DIM[,DIM…] [--period LABEL] [--currency CUR] [--out FILE]
      進行中の案件をCSVで出力（stage、region、country、tier、type、partner、source、quarter別）
</translation>
    </message>
    <message>
        <source>--period: &apos;%1&apos; is not a period label (2026-Q1, 2026-03, 2026)</source>
        <translation>--period: 「%1」は期間ラベル（2026-Q1、2026-03、2026）ではありません</translation>
    </message>
    <message>
        <source>Dimensions, comma-separated: %1.</source>
        <translation>集計軸（カンマ区切り）：%1。</translation>
    </message>
    <message>
        <source>Only deals closing in this period.</source>
        <translation>この期間にクローズする案件のみ。</translation>
    </message>
    <message>
        <source>Reporting currency (default: the rates&apos; base).</source>
        <translation>レポート通貨（既定値：為替レートの基準通貨）。</translation>
    </message>
    <message>
        <source>Write the CSV to FILE.</source>
        <translation>CSVをFILEに書き込みます。</translation>
    </message>
    <message>
        <source>The numbers behind the pipeline charts, as CSV.</source>
        <translation>パイプラインのグラフの基になる数値をCSVで出力します。</translation>
    </message>
    <message>
        <source>--by: name at least one dimension</source>
        <translation>--by: 集計軸を1つ以上指定してください</translation>
    </message>
    <message>
        <source>--by: &apos;%1&apos; is not a dimension (or named twice); use %2</source>
        <translation>--by: 「%1」は集計軸ではありません（または重複しています）。%2を使用してください</translation>
    </message>
    <message>
        <source>--currency: &apos;%1&apos; is not a known currency code</source>
        <translation>--currency: 「%1」は既知の通貨コードではありません</translation>
    </message>
    <message>
        <source>The period reviewed (2026-Q1 …).</source>
        <translation>レビュー対象の期間（2026-Q1 …）。</translation>
    </message>
    <message>
        <source>One partner&apos;s review.</source>
        <translation>1パートナーのレビュー。</translation>
    </message>
    <message>
        <source>Language of the report.</source>
        <translation>レポートの言語。</translation>
    </message>
    <message>
        <source>Write the PDF to FILE.</source>
        <translation>PDFをFILEに書き込みます。</translation>
    </message>
    <message>
        <source>Reporting currency.</source>
        <translation>レポート通貨。</translation>
    </message>
    <message>
        <source>The quarterly business review as a PDF.</source>
        <translation>QBR（四半期ビジネスレビュー）をPDFで出力します。</translation>
    </message>
    <message>
        <source>report qbr needs --period LABEL and --pdf FILE</source>
        <translation>report qbrには--period LABELと--pdf FILEが必要です</translation>
    </message>
    <message>
        <source>report qbr must run in a GUI application (see reportcommand.h)</source>
        <translation>report qbrはGUIアプリケーション内で実行する必要があります（reportcommand.hを参照）</translation>
    </message>
    <message>
        <source>--partner: no partner &apos;%1&apos;</source>
        <translation>--partner: パートナー「%1」はありません</translation>
    </message>
    <message>
        <source>wrote %1 (%2 pages)</source>
        <translation>%1を書き込みました（%2ページ）</translation>
    </message>
</context>
<context>
    <name>cd::gui</name>
    <message>
        <source>ChannelDesk: partner programs, deals and commissions.</source>
        <translation>ChannelDesk：パートナープログラム、案件、コミッションの管理。</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>データベースFILEを開きます。</translation>
    </message>
    <message>
        <source>Open on the page NAME (partners, deals, …).</source>
        <translation>ページNAME（partners、deals、…）を開いた状態で起動します。</translation>
    </message>
    <message>
        <source>Render the main window, save it as the PNG FILE and quit.</source>
        <translation>メインウィンドウを描画してPNGファイルFILEとして保存し、終了します。</translation>
    </message>
    <message>
        <source>Window size WIDTHxHEIGHT.</source>
        <translation>ウィンドウサイズ（WIDTHxHEIGHT）。</translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
    <message>
        <source>channeldesk: no page &apos;%1&apos;; pages: %2</source>
        <translation>channeldesk: ページ&apos;%1&apos;はありません。ページ：%2</translation>
    </message>
    <message>
        <source>Use the language CODE (de, fr, es, ja, zh_CN, en; pseudo for testing).</source>
        <translation>言語CODE（de、fr、es、ja、zh_CN、en。テスト用にはpseudo）を使用します。</translation>
    </message>
</context>
<context>
    <name>cd::store::AuditLog</name>
    <message>
        <source>preparing the audit log</source>
        <translation>監査ログの準備</translation>
    </message>
    <message>
        <source>writing the audit log for %1 %2</source>
        <translation>%1 %2の監査ログの書き込み</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>監査ログの読み込み</translation>
    </message>
    <message>
        <source>counting the audit log</source>
        <translation>監査ログの件数取得</translation>
    </message>
</context>
<context>
    <name>cd::store::CommissionRun</name>
    <message>
        <source>the rate on %1 does not fit the rate table</source>
        <translation>%1のレートがレート表に収まりません</translation>
    </message>
    <message>
        <source>plan %1 pays by %2 (fiscal year from month %3): its partners have no statement for %4</source>
        <translation>プラン%1は%2単位で支払います（会計年度は%3月開始）。そのため、%4についてはパートナーのコミッション明細がありません</translation>
    </message>
    <message>
        <source>%1 is not a period label (2026-03, 2026-Q1, FY2027-Q1, 2026 or FY2027)</source>
        <translation>%1は期間ラベル（2026-03、2026-Q1、FY2027-Q1、2026、FY2027）ではありません</translation>
    </message>
    <message>
        <source>reading the deals of %1</source>
        <translation>%1の案件の読み込み</translation>
    </message>
    <message>
        <source>partner %1 has deals in %2 but no commission plan: left out</source>
        <translation>パートナー%1には%2の案件がありますが、コミッションプランがないため除外しました</translation>
    </message>
    <message>
        <source>reading the deals&apos; dates</source>
        <translation>案件の日付の読み込み</translation>
    </message>
</context>
<context>
    <name>cd::store::ConflictCaseStore</name>
    <message>
        <source>saving conflict case %1</source>
        <translation>コンフリクトケース%1の保存</translation>
    </message>
    <message>
        <source>reading the conflict cases</source>
        <translation>コンフリクトケースの読み込み</translation>
    </message>
    <message>
        <source>a conflict case needs at least two registrations</source>
        <translation>コンフリクトケースには2件以上の案件登録が必要です</translation>
    </message>
    <message>
        <source>the winner %1 is not one of the case&apos;s registrations</source>
        <translation>優先登録%1はこのケースの案件登録ではありません</translation>
    </message>
    <message>
        <source>numbering conflict cases</source>
        <translation>コンフリクトケースの採番</translation>
    </message>
    <message>
        <source>there is no conflict case %1</source>
        <translation>コンフリクトケース%1はありません</translation>
    </message>
    <message>
        <source>%1 is not one of the registrations of case %2</source>
        <translation>%1はケース%2の案件登録ではありません</translation>
    </message>
    <message>
        <source>conflict case %1 must have six steps</source>
        <translation>コンフリクトケース%1には6つのステップが必要です</translation>
    </message>
    <message>
        <source>deleting conflict case %1</source>
        <translation>コンフリクトケース%1の削除</translation>
    </message>
</context>
<context>
    <name>cd::store::DashboardQuery</name>
    <message>
        <source>unknown pipeline dimension &apos;%1&apos;</source>
        <translation>不明なパイプライン集計軸「%1」</translation>
    </message>
    <message>
        <source>no exchange rate from %1 to %2 in fx_rates</source>
        <translation>fx_ratesに%1から%2への為替レートがありません</translation>
    </message>
    <message>
        <source>creating the dashboard index</source>
        <translation>ダッシュボード用インデックスの作成</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) left out: no exchange rate to %1 on their close date</source>
        <translation>
            <numerusform>%n件の案件を除外しました：クローズ日の%1への為替レートがありません</numerusform>
        </translation>
    </message>
    <message>
        <source>the database connection does not expose its SQLite handle</source>
        <translation>データベース接続からSQLiteハンドルを取得できません</translation>
    </message>
    <message>
        <source>preparing the dashboard query failed: %1</source>
        <translation>ダッシュボードのクエリの準備に失敗しました：%1</translation>
    </message>
    <message>
        <source>reading the dashboard figures failed: %1</source>
        <translation>ダッシュボードの数値の読み込みに失敗しました：%1</translation>
    </message>
    <message>
        <source>creating the index of split deals</source>
        <translation>分割案件のインデックスを作成中</translation>
    </message>
    <message>
        <source>opening a second connection to %1 failed: %2</source>
        <translation>%1 への2本目の接続を開けませんでした: %2</translation>
    </message>
    <message>
        <source>the database connection does not expose its PostgreSQL handle</source>
        <translation>データベース接続からPostgreSQLハンドルを取得できません</translation>
    </message>
</context>
<context>
    <name>cd::store::Database</name>
    <message>
        <source>no database file was given</source>
        <translation>データベースファイルが指定されていません</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1はファイルではありません</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation>%1を作成できません：フォルダー%2が存在しません</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1を開けません：%2</translation>
    </message>
    <message>
        <source>setting the busy timeout</source>
        <translation>ビジータイムアウトの設定</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>外部キーの有効化</translation>
    </message>
    <message>
        <source>enabling the WAL journal</source>
        <translation>WALジャーナルの有効化</translation>
    </message>
    <message>
        <source>cannot use a write-ahead log for %1 (journal mode %2)</source>
        <translation>%1では先行書き込みログ（WAL）を使用できません（ジャーナルモード：%2）</translation>
    </message>
    <message>
        <source>setting the synchronous mode</source>
        <translation>同期モードの設定</translation>
    </message>
    <message>
        <source>%1 was written by a newer ChannelDesk (schema %2, this build knows %3); it was not changed</source>
        <translation>%1は新しいバージョンのChannelDeskで作成されています（スキーマ%2、このビルドの対応は%3まで）。ファイルは変更していません</translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation>スキーマバージョン%1の記録</translation>
    </message>
    <message>
        <source>marking the file as a ChannelDesk database</source>
        <translation>ChannelDeskデータベースとしてのファイルの識別情報の書き込み</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>スキーマバージョンの読み込み</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1に失敗しました：%2</translation>
    </message>
    <message>
        <source>checking for records</source>
        <translation>レコードの有無の確認</translation>
    </message>
    <message>
        <source>upgrading to schema %1</source>
        <translation>スキーマ%1へのアップグレード</translation>
    </message>
    <message>
        <source>setting the page size</source>
        <translation>ページサイズの設定</translation>
    </message>
    <message>
        <source>%1 is not a ChannelDesk database (%2); it was not changed</source>
        <translation>%1はChannelDeskのデータベースではありません（%2）。ファイルは変更していません</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1を読み込めません：%2</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>SQLiteファイルではありません</translation>
    </message>
    <message>
        <source>it belongs to another application</source>
        <translation>別のアプリケーションのファイルです</translation>
    </message>
    <message>
        <source>it holds tables of another application</source>
        <translation>別のアプリケーションのテーブルが含まれています</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>トランザクションの開始</translation>
    </message>
    <message>
        <source>starting a savepoint</source>
        <translation>セーブポイントの設定</translation>
    </message>
    <message>
        <source>a transaction was committed twice</source>
        <translation>トランザクションが2回コミットされました</translation>
    </message>
    <message>
        <source>committing the changes</source>
        <translation>変更のコミット</translation>
    </message>
    <message>
        <source>%1 has the unknown currency &quot;%2&quot; in the database</source>
        <translation>データベース内の%1に不明な通貨「%2」があります</translation>
    </message>
    <message>
        <source>reading partners</source>
        <translation>パートナーの読み込み</translation>
    </message>
    <message>
        <source>looking up partner %1</source>
        <translation>パートナー%1の検索</translation>
    </message>
    <message>
        <source>preparing the import failed: %1</source>
        <translation>インポートの準備に失敗しました：%1</translation>
    </message>
    <message>
        <source>the database refused %1 for your role: %2</source>
        <translation>データベースにより、お使いのロールでの%1が拒否されました：%2</translation>
    </message>
    <message>
        <source>the PostgreSQL URI is not valid; write it as postgresql://user@host:5432/dbname</source>
        <translation>PostgreSQLのURIが正しくありません。postgresql://user@host:5432/dbnameの形式で指定してください</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; in the PostgreSQL URI is not a port number</source>
        <translation>PostgreSQLのURIのポート「%1」はポート番号ではありません</translation>
    </message>
    <message>
        <source>the PostgreSQL URI has the parameter &quot;%1&quot;, which ChannelDesk does not use</source>
        <translation>PostgreSQLのURIに、ChannelDeskでは使用しないパラメーター「%1」が含まれています</translation>
    </message>
    <message>
        <source>the PostgreSQL URI names no database (postgresql://host/dbname)</source>
        <translation>PostgreSQLのURIにデータベースが指定されていません（postgresql://host/dbname）</translation>
    </message>
    <message>
        <source>cannot listen for the team&apos;s changes: %1</source>
        <translation>チームの変更を受信できません：%1</translation>
    </message>
    <message>
        <source>cannot connect to %1: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation>%1に接続できません：QtのPostgreSQLドライバーがインストールされていません（Debianパッケージlibqt6sql6-psql）</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>%1に接続できません：%2</translation>
    </message>
    <message>
        <source>setting up the session</source>
        <translation>セッションの設定</translation>
    </message>
    <message>
        <source>waiting for another migration</source>
        <translation>他の移行処理の完了待ち</translation>
    </message>
    <message>
        <source>setting up change notifications</source>
        <translation>変更通知の設定</translation>
    </message>
    <message>
        <source>looking for changes</source>
        <translation>変更の確認</translation>
    </message>
    <message>
        <source>no row was added</source>
        <translation>行が追加されませんでした</translation>
    </message>
</context>
<context>
    <name>cd::store::DealRepository</name>
    <message>
        <source>reading deal %1</source>
        <translation>案件%1の読み込み</translation>
    </message>
    <message>
        <source>reading the deals</source>
        <translation>案件の読み込み</translation>
    </message>
    <message>
        <source>looking up deal %1</source>
        <translation>案件%1の検索</translation>
    </message>
    <message>
        <source>counting the deals</source>
        <translation>案件数の取得</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>パートナー%1は存在しません</translation>
    </message>
    <message>
        <source>saving the partners of deal %1</source>
        <translation>案件%1のパートナーの保存</translation>
    </message>
    <message>
        <source>a deal with the id %1 already exists</source>
        <translation>ID%1の案件は既に存在します</translation>
    </message>
    <message>
        <source>adding deal %1</source>
        <translation>案件%1の追加</translation>
    </message>
    <message>
        <source>there is no deal %1 to change</source>
        <translation>変更対象の案件%1は存在しません</translation>
    </message>
    <message>
        <source>changing deal %1</source>
        <translation>案件%1の変更</translation>
    </message>
    <message>
        <source>changing the partners of deal %1</source>
        <translation>案件%1のパートナーの変更</translation>
    </message>
    <message>
        <source>there is no deal %1 to delete</source>
        <translation>削除対象の案件%1は存在しません</translation>
    </message>
    <message>
        <source>deleting deal %1</source>
        <translation>案件%1の削除</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>案件%1</translation>
    </message>
</context>
<context>
    <name>cd::store::Enablement</name>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an id: no spaces, &apos;;&apos; or &apos;=&apos;</source>
        <translation>「%1」はIDとして使用できません（スペース、&apos;;&apos;、&apos;=&apos;は使用不可）</translation>
    </message>
    <message>
        <source>reading people</source>
        <translation>人員の読み込み</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date like 2026-03-31</source>
        <translation>「%1」は2026-03-31形式のISO日付ではありません</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1が重複しています（最初は%2行目）</translation>
    </message>
    <message>
        <source>importing people</source>
        <translation>人員のインポート</translation>
    </message>
    <message>
        <source>%1: unknown columns ignored: %2</source>
        <translation>%1: 不明な列を無視しました：%2</translation>
    </message>
    <message>
        <source>no partner %1</source>
        <translation>パートナー%1はありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>「%1」はメールアドレスではありません</translation>
    </message>
    <message>
        <source>is required (one of %1)</source>
        <translation>必須です（%1のいずれか）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>「%1」は%2のいずれでもありません</translation>
    </message>
    <message>
        <source>importing person %1</source>
        <translation>人員%1のインポート</translation>
    </message>
    <message>
        <source>no person %1</source>
        <translation>人員%1はありません</translation>
    </message>
    <message>
        <source>%1 is before earned_on %2</source>
        <translation>%1はearned_on（%2）より前です</translation>
    </message>
    <message>
        <source>importing certification %1</source>
        <translation>認定資格%1のインポート</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>エクスポートを書き込めません：%1</translation>
    </message>
    <message>
        <source>reading certifications</source>
        <translation>認定資格の読み込み</translation>
    </message>
</context>
<context>
    <name>cd::store::Exporter</name>
    <message>
        <source>cannot write the export: %1</source>
        <translation>エクスポートを書き込めません：%1</translation>
    </message>
    <message>
        <source>exporting %1</source>
        <translation>%1のエクスポート</translation>
    </message>
</context>
<context>
    <name>cd::store::FxRateRepository</name>
    <message>
        <source>reading the exchange rates</source>
        <translation>為替レートの読み込み</translation>
    </message>
    <message>
        <source>counting the exchange rates</source>
        <translation>為替レート数の取得</translation>
    </message>
    <message>
        <source>reading the rate %1</source>
        <translation>レート%1の読み込み</translation>
    </message>
    <message>
        <source>saving the rate %1</source>
        <translation>レート%1の保存</translation>
    </message>
    <message>
        <source>there is no rate %1 to delete</source>
        <translation>削除対象のレート%1は存在しません</translation>
    </message>
    <message>
        <source>deleting the rate %1</source>
        <translation>レート%1の削除</translation>
    </message>
</context>
<context>
    <name>cd::store::Importer</name>
    <message>
        <source>reading %1</source>
        <translation>%1の読み込み</translation>
    </message>
    <message>
        <source>%1 appears twice in the file (first on line %2)</source>
        <translation>%1がファイル内で重複しています（最初は%2行目）</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>インポートの準備</translation>
    </message>
    <message>
        <source>reading deals</source>
        <translation>案件の読み込み</translation>
    </message>
    <message>
        <source>importing %1</source>
        <translation>%1のインポート</translation>
    </message>
    <message>
        <source>%1: unknown columns ignored: %2</source>
        <translation>%1: 不明な列を無視しました：%2</translation>
    </message>
    <message>
        <source>reading the partners</source>
        <translation>パートナーの読み込み</translation>
    </message>
    <message>
        <source>reading the exchange rates</source>
        <translation>為替レートの読み込み</translation>
    </message>
    <message>
        <source>indexing the deals</source>
        <translation>案件のインデックス作成</translation>
    </message>
    <message>
        <source>adding partner %1</source>
        <translation>パートナー%1の追加</translation>
    </message>
    <message>
        <source>changing partner %1</source>
        <translation>パートナー%1の変更</translation>
    </message>
    <message>
        <source>saving the partners of deal %1</source>
        <translation>案件%1のパートナーの保存</translation>
    </message>
    <message>
        <source>adding deal %1</source>
        <translation>案件%1の追加</translation>
    </message>
    <message>
        <source>adding deals %1 to %2</source>
        <translation>案件%1～%2の追加</translation>
    </message>
    <message>
        <source>saving the partners of deals</source>
        <translation>案件のパートナーの保存</translation>
    </message>
    <message>
        <source>reading deal %1</source>
        <translation>案件%1の読み込み</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>パートナー%1は存在しません</translation>
    </message>
    <message>
        <source>changing deal %1</source>
        <translation>案件%1の変更</translation>
    </message>
    <message>
        <source>changing the partners of deal %1</source>
        <translation>案件%1のパートナーの変更</translation>
    </message>
    <message>
        <source>reading registration %1</source>
        <translation>案件登録%1の読み込み</translation>
    </message>
    <message>
        <source>adding registration %1</source>
        <translation>案件登録%1の追加</translation>
    </message>
    <message>
        <source>changing registration %1</source>
        <translation>案件登録%1の変更</translation>
    </message>
    <message>
        <source>saving the rate %1</source>
        <translation>レート%1の保存</translation>
    </message>
    <message>
        <source>reading the cache size</source>
        <translation>キャッシュサイズの読み込み</translation>
    </message>
    <message>
        <source>enlarging the cache for the import</source>
        <translation>インポート用のキャッシュの拡大</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1: 追加%2件、更新%3件、変更なし%4件</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません：%1</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>有効なUTF-8テキストではありません</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date like 2026-03-31</source>
        <translation>「%1」は2026-03-31形式のISO日付ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date-time in UTC like 2026-03-31T14:05:00Z</source>
        <translation>「%1」は2026-03-31T14:05:00Z形式のUTCのISO日時ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency this program knows</source>
        <translation>「%1」は対応していない通貨です</translation>
    </message>
    <message>
        <source>is required with a revenue commitment</source>
        <translation>売上コミットメントを指定する場合は必須です</translation>
    </message>
    <message>
        <source>is only used with a revenue commitment; leave it empty or give the commitment</source>
        <translation>売上コミットメントを指定する場合にのみ使用します。空欄にするか、売上コミットメントを入力してください</translation>
    </message>
</context>
<context>
    <name>cd::store::Migration</name>
    <message>
        <source>reading the team database&apos;s tables</source>
        <translation>チームデータベースのテーブルの読み込み</translation>
    </message>
    <message>
        <source>the team database&apos;s foreign keys form a cycle</source>
        <translation>チームデータベースの外部キーが循環しています</translation>
    </message>
    <message>
        <source>checking that %1 is empty</source>
        <translation>%1が空であることの確認</translation>
    </message>
    <message>
        <source>%1 already holds data (table %2); a desktop file moves only into an empty team database</source>
        <translation>%1にはすでにデータがあります（テーブル%2）。ローカルファイルの移行先は空のチームデータベースに限られます</translation>
    </message>
    <message>
        <source>reading %1 from %2</source>
        <translation>%2からの%1の読み込み</translation>
    </message>
    <message>
        <source>writing %1 to %2</source>
        <translation>%2への%1の書き込み</translation>
    </message>
    <message>
        <source>%1 is not a team database: give a PostgreSQL URI</source>
        <translation>%1はチームデータベースではありません。PostgreSQLのURIを指定してください</translation>
    </message>
    <message>
        <source>%1 is not a desktop file</source>
        <translation>%1はローカルファイルではありません</translation>
    </message>
    <message>
        <source>%1 and %2 have different schema versions</source>
        <translation>%1と%2のスキーマバージョンが異なります</translation>
    </message>
</context>
<context>
    <name>cd::store::PartnerMetrics</name>
    <message>
        <source>reading the won deals</source>
        <translation>受注案件の読み込み</translation>
    </message>
    <message>
        <source>%1: no exchange rate for %2 on %3; revenue of %4 left out</source>
        <translation>%1: %3の%2の為替レートがないため、%4の売上を除外しました</translation>
    </message>
    <message>
        <source>%1: no exchange rate for %2 on %3; its revenue commitment is left out</source>
        <translation>%1: %3の%2の為替レートがないため、売上コミットメントを除外しました</translation>
    </message>
    <message numerus="yes">
        <source>program %1: not in the database; its %n partner(s) were not evaluated</source>
        <translation>
            <numerusform>プログラム%1: データベースにないため、%n件のパートナーを評価しませんでした</numerusform>
        </translation>
    </message>
    <message>
        <source>program %1: %2</source>
        <translation>プログラム%1: %2</translation>
    </message>
    <message>
        <source>changing the tier of %1</source>
        <translation>%1のティアの変更</translation>
    </message>
    <message>
        <source>no partner %1</source>
        <translation>パートナー%1はありません</translation>
    </message>
    <message>
        <source>%1 is now in tier &quot;%2&quot;, not &quot;%3&quot;; evaluate again</source>
        <translation>%1は現在ティア「%2」であり、「%3」ではありません。もう一度評価してください</translation>
    </message>
</context>
<context>
    <name>cd::store::PartnerRepository</name>
    <message>
        <source>reading partner %1</source>
        <translation>パートナー%1の読み込み</translation>
    </message>
    <message>
        <source>reading the partners</source>
        <translation>パートナーの読み込み</translation>
    </message>
    <message>
        <source>counting the partners</source>
        <translation>パートナー数の取得</translation>
    </message>
    <message>
        <source>a partner with the id %1 already exists</source>
        <translation>ID%1のパートナーは既に存在します</translation>
    </message>
    <message>
        <source>adding partner %1</source>
        <translation>パートナー%1の追加</translation>
    </message>
    <message>
        <source>there is no partner %1 to change</source>
        <translation>変更対象のパートナー%1は存在しません</translation>
    </message>
    <message>
        <source>changing partner %1</source>
        <translation>パートナー%1の変更</translation>
    </message>
    <message>
        <source>there is no partner %1 to delete</source>
        <translation>削除対象のパートナー%1は存在しません</translation>
    </message>
    <message>
        <source>checking the deals of partner %1</source>
        <translation>パートナー%1の案件の確認</translation>
    </message>
    <message>
        <source>partner %1 cannot be deleted: %2 deals and %3 registrations name it</source>
        <translation>パートナー%1は削除できません：%2件の案件と%3件の案件登録で指定されています</translation>
    </message>
    <message>
        <source>deleting partner %1</source>
        <translation>パートナー%1の削除</translation>
    </message>
    <message>
        <source>partner %1</source>
        <translation>パートナー%1</translation>
    </message>
</context>
<context>
    <name>cd::store::PlanRepository</name>
    <message>
        <source>a plan is assigned to a program and tier, or to a partner type</source>
        <translation>プランはプログラムとティア、またはパートナー種別に割り当てます</translation>
    </message>
    <message>
        <source>reading plan assignments</source>
        <translation>プランの割り当ての読み込み</translation>
    </message>
    <message>
        <source>reading commission plans</source>
        <translation>コミッションプランの読み込み</translation>
    </message>
    <message>
        <source>reading commission plan %1</source>
        <translation>コミッションプラン%1の読み込み</translation>
    </message>
    <message>
        <source>counting commission plans</source>
        <translation>コミッションプランの集計</translation>
    </message>
    <message>
        <source>saving commission plan %1</source>
        <translation>コミッションプラン%1の保存</translation>
    </message>
    <message>
        <source>there is no commission plan %1</source>
        <translation>コミッションプラン%1はありません</translation>
    </message>
    <message>
        <source>removing commission plan %1</source>
        <translation>コミッションプラン%1の削除</translation>
    </message>
    <message>
        <source>assigning commission plan %1</source>
        <translation>コミッションプラン%1の割り当て</translation>
    </message>
    <message>
        <source>removing a plan assignment</source>
        <translation>プランの割り当ての解除</translation>
    </message>
    <message>
        <source>reading the partners&apos; commission plans</source>
        <translation>パートナーのコミッションプランの読み込み</translation>
    </message>
    <message>
        <source>NEXT Portal SI Tier 1 margin (65%)</source>
        <translation>NEXT Portal SIティア1マージン（65%）</translation>
    </message>
    <message>
        <source>NEXT Portal SI Tier 2 margin (50%)</source>
        <translation>NEXT Portal SIティア2マージン（50%）</translation>
    </message>
    <message>
        <source>NEXT Portal SI Tier 3 margin (35%)</source>
        <translation>NEXT Portal SIティア3マージン（35%）</translation>
    </message>
    <message>
        <source>NEXT Portal Gold reseller margin (45%)</source>
        <translation>NEXT Portal Goldリセラーマージン（45%）</translation>
    </message>
    <message>
        <source>NEXT Portal Silver reseller margin (40%)</source>
        <translation>NEXT Portal Silverリセラーマージン（40%）</translation>
    </message>
    <message>
        <source>NEXT Portal Authorized reseller margin (35%)</source>
        <translation>NEXT Portal Authorizedリセラーマージン（35%）</translation>
    </message>
    <message>
        <source>Technology partners revenue share (20%, 5% bonus)</source>
        <translation>テクノロジーパートナーのレベニューシェア（20%、ボーナス5%）</translation>
    </message>
    <message>
        <source>Consulting partners revenue share (30%, 10% bonus)</source>
        <translation>コンサルティングパートナーのレベニューシェア（30%、ボーナス10%）</translation>
    </message>
    <message>
        <source>Channel partners revenue share (25%, 7% bonus)</source>
        <translation>チャネルパートナーのレベニューシェア（25%、ボーナス7%）</translation>
    </message>
    <message>
        <source>Integration partners revenue share (15%, 3% bonus)</source>
        <translation>インテグレーションパートナーのレベニューシェア（15%、ボーナス3%）</translation>
    </message>
    <message>
        <source>Referral partners revenue share (10%, 2% bonus)</source>
        <translation>紹介パートナーのレベニューシェア（10%、ボーナス2%）</translation>
    </message>
    <message>
        <source>Playbook graduated commission (15/20/25%)</source>
        <translation>Playbook段階式コミッション（15/20/25%）</translation>
    </message>
    <message>
        <source>the plan template %1 is missing from the program</source>
        <translation>プランテンプレート%1がプログラムにありません</translation>
    </message>
</context>
<context>
    <name>cd::store::ProgramStore</name>
    <message>
        <source>reading partner %1</source>
        <translation>パートナー%1の読み込み</translation>
    </message>
    <message>
        <source>no partner %1</source>
        <translation>パートナー%1はありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a development stage</source>
        <translation>「%1」は育成段階ではありません</translation>
    </message>
    <message>
        <source>moving partner %1</source>
        <translation>パートナー%1の移動</translation>
    </message>
    <message>
        <source>reading the programs</source>
        <translation>プログラムの読み込み</translation>
    </message>
    <message>
        <source>reading program %1</source>
        <translation>プログラム%1の読み込み</translation>
    </message>
    <message>
        <source>the JSON says &quot;%1&quot;; it must be the program&apos;s id</source>
        <translation>JSONでは「%1」となっていますが、プログラムのIDである必要があります</translation>
    </message>
    <message>
        <source>saving program %1</source>
        <translation>プログラム%1の保存</translation>
    </message>
    <message>
        <source>removing program %1</source>
        <translation>プログラム%1の削除</translation>
    </message>
    <message>
        <source>reading the partners&apos; stages</source>
        <translation>パートナーの段階の読み込み</translation>
    </message>
    <message>
        <source>reading the stages of %1</source>
        <translation>%1の段階の読み込み</translation>
    </message>
    <message>
        <source>recording the stage of %1</source>
        <translation>%1の段階の記録</translation>
    </message>
    <message>
        <source>recording %1 of %2</source>
        <translation>%2の%1の記録</translation>
    </message>
    <message>
        <source>reading the partners&apos; KPIs</source>
        <translation>パートナーのKPIの読み込み</translation>
    </message>
</context>
<context>
    <name>cd::store::RecordFormat</name>
    <message>
        <source>%1 %2 has finer digits than the database keeps (thousandths)</source>
        <translation>%1 %2はデータベースで保持できる精度（1000分の1）より細かい桁を含んでいます</translation>
    </message>
    <message>
        <source>%1 %2 is too large to store</source>
        <translation>%1 %2は大きすぎて保存できません</translation>
    </message>
    <message>
        <source>the database holds %1 thousandths of %2, which has only %3 decimals</source>
        <translation>データベースに%2の1000分の1単位で%1が保存されていますが、%2の小数桁数は%3桁のみです</translation>
    </message>
    <message>
        <source>the database holds &quot;%1&quot; as %2, which is not a decimal</source>
        <translation>データベースに%2として「%1」が保存されていますが、数値ではありません</translation>
    </message>
</context>
<context>
    <name>cd::store::RecordRules</name>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>is required (one of %1)</source>
        <translation>必須です（%1のいずれか）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>「%1」は%2のいずれでもありません</translation>
    </message>
    <message>
        <source>%1 must be positive</source>
        <translation>%1は正の値である必要があります</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1は負の値にできません</translation>
    </message>
    <message>
        <source>%1 cannot be stored exactly</source>
        <translation>%1は正確に保存できません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an id: no spaces, &apos;;&apos; or &apos;=&apos;</source>
        <translation>「%1」はIDとして使用できません（スペース、&apos;;&apos;、&apos;=&apos;は使用不可）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code like DE</source>
        <translation>「%1」はDEのようなISO 3166-1 alpha-2国コードではありません</translation>
    </message>
    <message>
        <source>no partner given</source>
        <translation>パートナーが指定されていません</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1が2回指定されています</translation>
    </message>
    <message>
        <source>the share of %1 must be positive</source>
        <translation>%1の配分率は正の値である必要があります</translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation>配分率の合計が100ではなく%1です</translation>
    </message>
    <message>
        <source>%1 is not between 0% and 100%</source>
        <translation>%1は0%～100%の範囲外です</translation>
    </message>
    <message>
        <source>is required for a %1 deal</source>
        <translation>ステータスが%1の案件では必須です</translation>
    </message>
    <message>
        <source>is required for a cancelled deal</source>
        <translation>キャンセルされた案件では必須です</translation>
    </message>
    <message>
        <source>%1 is before the close date %2</source>
        <translation>%1はクローズ日%2より前です</translation>
    </message>
    <message>
        <source>only a cancelled deal has a cancellation date</source>
        <translation>キャンセル日はキャンセルされた案件にのみ指定できます</translation>
    </message>
    <message>
        <source>a customer name or domain is required</source>
        <translation>顧客名またはドメインが必要です</translation>
    </message>
    <message>
        <source>is before submitted_at</source>
        <translation>submitted_atより前です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency this program knows</source>
        <translation>「%1」は対応していない通貨です</translation>
    </message>
</context>
<context>
    <name>cd::store::RegistrationRepository</name>
    <message>
        <source>reading registration %1</source>
        <translation>案件登録%1の読み込み</translation>
    </message>
    <message>
        <source>reading the registrations</source>
        <translation>案件登録の読み込み</translation>
    </message>
    <message>
        <source>looking up registration %1</source>
        <translation>案件登録%1の検索</translation>
    </message>
    <message>
        <source>counting the registrations</source>
        <translation>案件登録数の取得</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>パートナー%1は存在しません</translation>
    </message>
    <message>
        <source>a registration with the id %1 already exists</source>
        <translation>ID%1の案件登録は既に存在します</translation>
    </message>
    <message>
        <source>adding registration %1</source>
        <translation>案件登録%1の追加</translation>
    </message>
    <message>
        <source>there is no registration %1 to change</source>
        <translation>変更対象の案件登録%1は存在しません</translation>
    </message>
    <message>
        <source>changing registration %1</source>
        <translation>案件登録%1の変更</translation>
    </message>
    <message>
        <source>there is no registration %1 to delete</source>
        <translation>削除対象の案件登録%1は存在しません</translation>
    </message>
    <message>
        <source>deleting registration %1</source>
        <translation>案件登録%1の削除</translation>
    </message>
    <message>
        <source>registration %1</source>
        <translation>案件登録%1</translation>
    </message>
</context>
<context>
    <name>cd::store::RegistrationWorkflowDemo</name>
    <message>
        <source>Called both account executives. %1 logged a discovery workshop with %3 before %2 made contact; %2 was brought in by the customer&apos;s procurement team.</source>
        <translation>両方のアカウントエグゼクティブに電話しました。%1は%2が接触する前に%3とのディスカバリーワークショップを記録しています。%2は顧客の購買部門から声がかかりました。</translation>
    </message>
    <message>
        <source>Checked CRM activity: %1 has two meetings and a scoped proposal for %3; %2 has an introductory email only.</source>
        <translation>CRMの活動を確認しました：%1は%3との打ち合わせが2回あり、範囲を定めた提案書も提出しています。%2は紹介メールのみです。</translation>
    </message>
    <message>
        <source>%2 says %3 asked them for a quote directly. %1 shared the meeting notes that show the opportunity started with them.</source>
        <translation>%2によると、%3から直接見積もりを依頼されたとのことです。%1は、この案件が自社から始まったことを示す打ち合わせ記録を共有しました。</translation>
    </message>
    <message>
        <source>Joint call with both partners. %2 accepted that %1 registered first and asked to be considered for the implementation services.</source>
        <translation>両パートナーとの合同電話会議。%2は%1が先に登録したことを認め、導入サービスでの起用を検討してほしいと要望しました。</translation>
    </message>
    <message>
        <source>Mediation call; %2 proposed a split. %1 declined, pointing to the registration date.</source>
        <translation>調停の電話会議。%2が分割を提案しましたが、%1は登録日を根拠に辞退しました。</translation>
    </message>
    <message>
        <source>%1 and %2 agreed to let the channel team decide on the registration record.</source>
        <translation>%1と%2は、登録記録に基づいてチャネルチームが判断することに合意しました。</translation>
    </message>
    <message>
        <source>Applied the program rule: first to register, inside the 30-day protection period.</source>
        <translation>プログラムのルールを適用：30日間の保護期間内で最初に登録したパートナーを優先。</translation>
    </message>
    <message>
        <source>Decision sent to both partners and the regional sales lead; %1 acknowledged.</source>
        <translation>決定を両パートナーと地域の営業責任者に送付しました。%1は了承しました。</translation>
    </message>
    <message>
        <source>Added %1 to the named-account list; %2 and the other partners now see existing registrations in the portal before outreach.</source>
        <translation>%1を指名アカウントリストに追加しました。%2と他のパートナーは、アプローチ前にポータルで既存の案件登録を確認できるようになりました。</translation>
    </message>
    <message>
        <source>Reminded %2 of the registration rules in the monthly partner call; %1 stays with the current owner, no rule change needed.</source>
        <translation>月例のパートナー会議で%2に登録ルールを再確認してもらいました。%1は現在の担当のままとし、ルール変更は不要です。</translation>
    </message>
    <message>
        <source>Credit stays with %1 (%2); the other partner is offered the services work.</source>
        <translation>%1（%2）に帰属したままとします。もう一方のパートナーにはサービス業務を提案します。</translation>
    </message>
    <message>
        <source>Credit stays with %1 (%2).</source>
        <translation>%1（%2）に帰属したままとします。</translation>
    </message>
    <message>
        <source>Escalate to the channel director.</source>
        <translation>チャネルディレクターにエスカレーションします。</translation>
    </message>
    <message>
        <source>Named-account list updated.</source>
        <translation>指名アカウントリストを更新しました。</translation>
    </message>
    <message>
        <source>Duplicate of %1, which is still protected; please update that registration instead.</source>
        <translation>%1の重複です。%1はまだ保護されているため、そちらの登録を更新してください。</translation>
    </message>
</context>
<context>
    <name>cd::store::RegistrationWorkflowStore</name>
    <message>
        <source>there is no registration %1</source>
        <translation>案件登録%1はありません</translation>
    </message>
    <message>
        <source>saving the workflow of registration %1</source>
        <translation>案件登録%1のワークフローの保存</translation>
    </message>
    <message>
        <source>reading the registration settings</source>
        <translation>案件登録の設定の読み込み</translation>
    </message>
    <message>
        <source>protection days must be 0 to %1 and extension days 1 to %1</source>
        <translation>保護日数は0～%1、延長日数は1～%1で指定してください</translation>
    </message>
    <message>
        <source>saving the registration settings</source>
        <translation>案件登録の設定の保存</translation>
    </message>
    <message>
        <source>reading the workflow of registration %1</source>
        <translation>案件登録%1のワークフローの読み込み</translation>
    </message>
    <message>
        <source>reading the registration workflow</source>
        <translation>案件登録のワークフローの読み込み</translation>
    </message>
    <message>
        <source>reading the partners&apos; names</source>
        <translation>パートナー名の読み込み</translation>
    </message>
    <message>
        <source>only a registration the rules approved can be confirmed; %1 is %2</source>
        <translation>確定できるのはルールで承認された案件登録のみです。%1は%2です</translation>
    </message>
    <message>
        <source>registration %1 was approved already</source>
        <translation>案件登録%1は既に承認されています</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>却下には理由が必要です</translation>
    </message>
    <message>
        <source>registration %1 became deal %2 and can no longer be rejected</source>
        <translation>案件登録%1は案件%2になったため、却下できません</translation>
    </message>
    <message>
        <source>registration %1 is already rejected</source>
        <translation>案件登録%1は既に却下されています</translation>
    </message>
    <message>
        <source>registration %1 was extended already; a registration is extended once</source>
        <translation>案件登録%1は既に延長されています。延長できるのは1回のみです</translation>
    </message>
    <message>
        <source>registration %1 is rejected</source>
        <translation>案件登録%1は却下されています</translation>
    </message>
    <message>
        <source>only a registration that won its customer can be extended; %1 is %2</source>
        <translation>延長できるのは顧客を獲得した案件登録のみです。%1は%2です</translation>
    </message>
    <message>
        <source>registration %1 was converted to deal %2 already</source>
        <translation>案件登録%1は既に案件%2に変換されています</translation>
    </message>
    <message>
        <source>only an approved registration becomes a deal; %1 is %2</source>
        <translation>案件にできるのは承認済みの案件登録のみです。%1は%2です</translation>
    </message>
    <message>
        <source>a deal with the id %1 already exists</source>
        <translation>ID%1の案件は既に存在します</translation>
    </message>
    <message>
        <source>storing the evaluated registrations</source>
        <translation>判定した案件登録の保存</translation>
    </message>
    <message>
        <source>%1 (partner %2, submitted %3) registered %4 / %5 inside the protection window of %6 (partner %7, submitted %8).</source>
        <translation>%1（パートナー%2、%3に登録）は、%6（パートナー%7、%8に登録）の保護期間内に%4 / %5を登録しました。</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>全製品</translation>
    </message>
    <message>
        <source>looking for registrations without a status</source>
        <translation>ステータスのない案件登録の検索</translation>
    </message>
</context>
<context>
    <name>cd::store::RowVersion</name>
    <message>
        <source>%1 was deleted by %2 at %3 since you opened it</source>
        <translation>%1は、開いた後に%2によって%3に削除されました</translation>
    </message>
    <message>
        <source>%1 was deleted since you opened it</source>
        <translation>%1は、開いた後に削除されました</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it</source>
        <translation>%1は、開いた後に%2によって%3に変更されました</translation>
    </message>
    <message>
        <source>%1 was changed since you opened it</source>
        <translation>%1は、開いた後に変更されました</translation>
    </message>
    <message>
        <source>reading the version of %1</source>
        <translation>%1のバージョンの読み込み</translation>
    </message>
</context>
<context>
    <name>cd::store::TargetRepository</name>
    <message>
        <source>cannot read the target template %1</source>
        <translation>目標テンプレート%1を読み込めません</translation>
    </message>
    <message>
        <source>the target template %1 has no id</source>
        <translation>目標テンプレート%1にIDがありません</translation>
    </message>
    <message>
        <source>the target template %1 has a bad value for %2</source>
        <translation>目標テンプレート%1の%2の値が不正です</translation>
    </message>
    <message>
        <source>reading the targets</source>
        <translation>目標の読み込み</translation>
    </message>
    <message>
        <source>unknown target metric &apos;%1&apos;</source>
        <translation>不明な目標指標「%1」</translation>
    </message>
    <message>
        <source>a target&apos;s quarter is 1 to 4, or 0 for the year</source>
        <translation>目標の四半期は1～4、または年間の場合は0です</translation>
    </message>
    <message>
        <source>saving the target %1</source>
        <translation>目標%1の保存</translation>
    </message>
    <message>
        <source>deleting the target %1</source>
        <translation>目標%1の削除</translation>
    </message>
    <message>
        <source>creating the targets table</source>
        <translation>目標テーブルの作成</translation>
    </message>
    <message>
        <source>the seed target templates are missing</source>
        <translation>初期目標テンプレートがありません</translation>
    </message>
</context>
<context>
    <name>cd::store::Team</name>
    <message>
        <source>an admin may do everything</source>
        <translation>管理者はすべての操作を行えます</translation>
    </message>
    <message>
        <source>a manager edits all program data but not plans, programs, targets or the team</source>
        <translation>マネージャーはプラン、プログラム、目標、チームを除くすべてのプログラムデータを編集できます</translation>
    </message>
    <message>
        <source>a regional member edits only the partners of %1 and their deals, registrations, people and certifications</source>
        <translation>地域メンバーが編集できるのは、%1のパートナーとその案件、案件登録、人員、認定資格だけです</translation>
    </message>
    <message>
        <source>an executive reads everything and changes nothing</source>
        <translation>エグゼクティブはすべてを閲覧できますが、何も変更できません</translation>
    </message>
    <message>
        <source>%1 is a desktop file: a team needs a PostgreSQL database (docs/team.md)</source>
        <translation>%1はローカルファイルです。チームにはPostgreSQLデータベースが必要です（docs/team.md）</translation>
    </message>
    <message>
        <source>setting up the team&apos;s roles</source>
        <translation>チームのロールの設定</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>チームの読み込み</translation>
    </message>
    <message>
        <source>a team member needs a login</source>
        <translation>チームメンバーにはログイン名が必要です</translation>
    </message>
    <message>
        <source>a regional member needs a region, one of %1</source>
        <translation>地域メンバーには地域が必要です（%1のいずれか）</translation>
    </message>
    <message>
        <source>only a regional member has a region</source>
        <translation>地域を持てるのは地域メンバーだけです</translation>
    </message>
    <message>
        <source>adding %1 to the team</source>
        <translation>チームへの%1の追加</translation>
    </message>
    <message>
        <source>changing the roles of %1</source>
        <translation>%1のロールの変更</translation>
    </message>
    <message>
        <source>removing %1 from the team</source>
        <translation>チームからの%1の削除</translation>
    </message>
    <message>
        <source>%1 is not a member of the team</source>
        <translation>%1はチームのメンバーではありません</translation>
    </message>
</context>
<context>
    <name>cd::ui::CompetitorsModel</name>
    <message>
        <source>Winner</source>
        <translation>優先登録</translation>
    </message>
    <message>
        <source>Competing</source>
        <translation>競合登録</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>全製品</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>帰属</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>案件登録</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Submitted (UTC)</source>
        <translation>登録日時（UTC）</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Protected until (UTC)</source>
        <translation>保護期限（UTC）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConflictCaseModel</name>
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>1 Identify</source>
        <translation>1 特定</translation>
    </message>
    <message>
        <source>2 Investigate</source>
        <translation>2 調査</translation>
    </message>
    <message>
        <source>3 Mediate</source>
        <translation>3 調停</translation>
    </message>
    <message>
        <source>4 Decide</source>
        <translation>4 決定</translation>
    </message>
    <message>
        <source>5 Communicate</source>
        <translation>5 連絡</translation>
    </message>
    <message>
        <source>6 Prevent</source>
        <translation>6 再発防止</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>優先登録</translation>
    </message>
    <message>
        <source>Competing</source>
        <translation>競合登録</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>開始日</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConflictStepsModel</name>
    <message>
        <source>to do</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>By</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConflictsPage</name>
    <message>
        <source>All cases</source>
        <translation>すべてのケース</translation>
    </message>
    <message>
        <source>Record a step</source>
        <translation>ステップの記録</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>What was decided or agreed</source>
        <translation>決定または合意した内容</translation>
    </message>
    <message>
        <source>The decide step may award the credit to another registration of the case.</source>
        <translation>決定ステップでは、このケースの別の案件登録に帰属させることができます。</translation>
    </message>
    <message>
        <source>Facts, who was contacted, what they said</source>
        <translation>事実関係、連絡した相手、その発言</translation>
    </message>
    <message>
        <source>&amp;Save step</source>
        <translation>ステップを保存(&amp;S)</translation>
    </message>
    <message>
        <source>Credit to</source>
        <translation>帰属先</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Conflict cases</source>
        <translation>コンフリクトケース</translation>
    </message>
    <message>
        <source>Possible conflicts (review)</source>
        <translation>コンフリクトの可能性（要確認）</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of registrations may name the same customer under different keys (similar names, a domain on one and not the other). They are shown for review and never change a status; a real conflict is fixed by correcting the customer or domain of one registration.</source>
        <translation>
            <numerusform>%n組の案件登録が、異なるキー（類似した名前、一方にのみドメインがあるなど）で同じ顧客を指している可能性があります。これらは確認用に表示されるもので、ステータスが変わることはありません。実際のコンフリクトは、いずれかの登録の顧客またはドメインを修正することで解消します。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cases shown, %2 open</source>
        <translation>%1件のケースを表示（未解決%2件）</translation>
    </message>
    <message>
        <source>No conflict case selected</source>
        <translation>コンフリクトケースが選択されていません</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (%2) registered customer &quot;%3&quot; first, on %4; its protection runs to %5.</source>
        <translation>%1（%2）が%4に顧客「%3」を最初に登録しました。保護期間は%5までです。</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1（%2、%3）</translation>
    </message>
    <message>
        <source>Inside that window came %1, so the rule gives the credit to %2 (first to register).</source>
        <translation>その期間内に%1の登録があったため、ルールにより%2に帰属します（最初に登録したパートナーが優先）。</translation>
    </message>
    <message>
        <source>The decide step awarded the credit to %1 instead.</source>
        <translation>決定ステップにより、代わりに%1に帰属しました。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConnectDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation>チームデータベースに接続</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation>db.example.com、または/run/postgresqlなどのソケットフォルダー</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>既定値（5432）</translation>
    </message>
    <message>
        <source>not remembered; empty: PGPASSWORD or ~/.pgpass</source>
        <translation>保存されません。空欄の場合はPGPASSWORDまたは~/.pgpassを使用します</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
</context>
<context>
    <name>cd::ui::DashboardPage</name>
    <message>
        <source>All regions</source>
        <translation>すべての地域</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>すべてのプログラム</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>すべてのティア</translation>
    </message>
    <message>
        <source>All partner types</source>
        <translation>すべてのパートナー種別</translation>
    </message>
    <message>
        <source>Currency shown</source>
        <translation>表示通貨</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>目標…</translation>
    </message>
    <message>
        <source>QBR report…</source>
        <translation>QBRレポート…</translation>
    </message>
    <message>
        <source>Export charts…</source>
        <translation>グラフのエクスポート…</translation>
    </message>
    <message>
        <source>Export the charts to</source>
        <translation>グラフのエクスポート先</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>数値を読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Partner program performance, %1 — %2</source>
        <translation>パートナープログラムの実績、%1 — %2</translation>
    </message>
    <message>
        <source>Figures in %1 · compared with %2 · read in %3 ms</source>
        <translation>金額単位：%1 · 比較対象：%2 · 読み込み時間：%3ms</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目標%1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>目標なし</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1ポイント</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation>比較：%1</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>PNGとしてエクスポート…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>SVGとしてエクスポート…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>グラフのエクスポート</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1を書き込めませんでした。</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG図形 (*.svg)</translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation>四半期ビジネスレビュー</translation>
    </message>
</context>
<context>
    <name>cd::ui::DealDialog</name>
    <message>
        <source>New Deal</source>
        <translation>新規案件</translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation>案件%1</translation>
    </message>
    <message>
        <source>P1, or a split such as P2=60;P1=40</source>
        <translation>P1、またはP2=60;P1=40のような配分指定</translation>
    </message>
    <message>
        <source>e.g. 60%</source>
        <translation>例：60%</translation>
    </message>
    <message>
        <source>Deal &amp;ID:</source>
        <translation>案件ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>パートナー(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>顧客(&amp;C):</translation>
    </message>
    <message>
        <source>Customer &amp;domain:</source>
        <translation>顧客ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>製品(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>ステータス(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>ステージ(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金額(&amp;A):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>通貨(&amp;U):</translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation>確度(&amp;B):</translation>
    </message>
    <message>
        <source>C&amp;lose date:</source>
        <translation>クローズ日(&amp;L):</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>ソース(&amp;O):</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>「%1」は金額ではありません</translation>
    </message>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation>%1で使用できる小数桁数（%2）を超えています</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage</source>
        <translation>「%1」はパーセント値ではありません</translation>
    </message>
    <message>
        <source>is already used by another deal</source>
        <translation>ほかの案件で既に使用されています</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>パートナー%1は存在しません</translation>
    </message>
    <message>
        <source>Cancell&amp;ed on:</source>
        <translation>キャンセル日(&amp;E):</translation>
    </message>
    <message>
        <source>Re&amp;gistration:</source>
        <translation>案件登録(&amp;G):</translation>
    </message>
</context>
<context>
    <name>cd::ui::FilterBar</name>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Conditions set from elsewhere; click to remove them</source>
        <translation>他の画面で設定された条件です。クリックすると解除します</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 ✕</source>
        <extracomment>A button in the filter row listing conditions it has no list for; the cross removes them.</extracomment>
        <translation>%1 ✕</translation>
    </message>
</context>
<context>
    <name>cd::ui::LifecyclePage</name>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1を%2に移動</translation>
    </message>
    <message>
        <source>◀ Previous stage</source>
        <translation>◀ 前の段階</translation>
    </message>
    <message>
        <source>Next stage ▶</source>
        <translation>次の段階 ▶</translation>
    </message>
    <message>
        <source>Partner details…</source>
        <translation>パートナーの詳細…</translation>
    </message>
    <message>
        <source>Drag a card to another stage, or select it and move it. Red cards are overdue for their stage&apos;s target weeks (seed 003).</source>
        <translation>カードを別の段階にドラッグするか、カードを選択して移動してください。赤いカードは、その段階の目標週数を超過しています（seed 003）。</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>%1 days in stage</source>
        <translation>この段階で%1日</translation>
    </message>
    <message>
        <source> (target %1 weeks)</source>
        <translation> （目標%1週）</translation>
    </message>
    <message>
        <source>%1, %2 since %3</source>
        <translation>%1、%3から%2</translation>
    </message>
    <message>
        <source> — %1 overdue</source>
        <translation> — %1超過</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>ライフサイクル</translation>
    </message>
</context>
<context>
    <name>cd::ui::MainWindow</name>
    <message>
        <source>ChannelDesk — %1</source>
        <translation>ChannelDesk — %1</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Could not read the database</source>
        <translation>データベースを読み込めませんでした</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSVをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSVをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Fill with &amp;Demo Data</source>
        <translation>デモデータを読み込む(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規作成(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ChannelDesk</source>
        <translation>ChannelDeskについて(&amp;A)</translation>
    </message>
    <message>
        <source>About ChannelDesk</source>
        <translation>ChannelDeskについて</translation>
    </message>
    <message>
        <source>&lt;b&gt;ChannelDesk %1&lt;/b&gt;&lt;p&gt;Partner programs, deals, registrations and commissions, offline on your desktop, with exact money.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;ChannelDesk %1&lt;/b&gt;&lt;p&gt;パートナープログラム、案件、案件登録、コミッションをデスクトップでオフライン管理。金額は誤差なく正確に計算します。&lt;/p&gt;&lt;p&gt;データベース：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>パートナー%Ln社</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>案件%Ln件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 loaded)</source>
        <translation>%1（%2件読み込み済み）</translation>
    </message>
    <message>
        <source>Open ChannelDesk Database</source>
        <translation>ChannelDeskデータベースを開く</translation>
    </message>
    <message>
        <source>ChannelDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>ChannelDeskデータベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>データベースを開けませんでした</translation>
    </message>
    <message>
        <source>An empty database</source>
        <translation>空のデータベース</translation>
    </message>
    <message>
        <source>This database holds no partners yet. Fill it with a demo program to look around, or import your partners and deals from CSV?</source>
        <translation>このデータベースにはまだパートナーがありません。デモプログラムを読み込んで操作を試しますか？それとも、CSVからパートナーと案件をインポートしますか？</translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation>デモデータを読み込む</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSVをインポート…</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>空のまま開始</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>コミッション明細</translation>
    </message>
    <message>
        <source>Commission plans</source>
        <translation>コミッションプラン</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3)</source>
        <translation>%1としてログイン中（%2、%3）</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>%1としてログイン中（%2）</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Database…</source>
        <translation>チームデータベースに接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Could not connect to the team database</source>
        <translation>チームデータベースに接続できませんでした</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>このコンピューター上の%1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2上の%1</translation>
    </message>
</context>
<context>
    <name>cd::ui::PartnerDetailDialog</name>
    <message>
        <source>Partner %1</source>
        <translation>パートナー%1</translation>
    </message>
    <message>
        <source>No partner %1.</source>
        <translation>パートナー%1はありません。</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; is not in the database.</source>
        <translation>プログラム「%1」はデータベースにありません。</translation>
    </message>
    <message>
        <source>Tier in %1</source>
        <translation>%1でのティア</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>現在：</translation>
    </message>
    <message>
        <source>Evaluated on %1:</source>
        <translation>%1時点の評価：</translation>
    </message>
    <message>
        <source>Not evaluated: only active partners are.</source>
        <translation>未評価：評価対象はアクティブなパートナーのみです。</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>特典</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>スコアカード</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>ウェイト</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Certifications (%1 people)</source>
        <translation>認定資格（%1人）</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>トラック</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>取得日</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation>あと%1日で期限切れ</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>まだ有効ではありません</translation>
    </message>
</context>
<context>
    <name>cd::ui::PartnerDialog</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation>新規パートナー</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>パートナー%1</translation>
    </message>
    <message>
        <source>ISO code, e.g. DE</source>
        <translation>ISOコード（例：DE）</translation>
    </message>
    <message>
        <source>Partner &amp;ID:</source>
        <translation>パートナーID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>種別(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>プログラム(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>ステージ(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>担当者(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>加入日(&amp;J):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>通貨(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Webサイト(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Vertical:</source>
        <translation>業種(&amp;V):</translation>
    </message>
    <message>
        <source>needs a currency</source>
        <translation>通貨が必要です</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>「%1」は金額ではありません</translation>
    </message>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation>%1で使用できる小数桁数（%2）を超えています</translation>
    </message>
    <message>
        <source>is already used by another partner</source>
        <translation>ほかのパートナーで既に使用されています</translation>
    </message>
    <message>
        <source>Ti&amp;er:</source>
        <translation>ティア(&amp;E):</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>ステータス(&amp;A):</translation>
    </message>
    <message>
        <source>Revenue c&amp;ommitment:</source>
        <translation>売上コミットメント(&amp;O):</translation>
    </message>
</context>
<context>
    <name>cd::ui::PlanEditor</name>
    <message>
        <source>From (plan currency)</source>
        <translation>下限（プランの通貨）</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>料率</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>料率帯を追加</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>料率帯を削除</translation>
    </message>
    <message>
        <source>Bonus when the window&apos;s revenue reaches a threshold</source>
        <translation>期間内の売上がしきい値に達したときのボーナス</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>プランを保存</translation>
    </message>
    <message>
        <source>Plan id</source>
        <translation>プランID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>計算期間</translation>
    </message>
    <message>
        <source>Fiscal year starts in month</source>
        <translation>会計年度の開始月</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>計算方式</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>端数処理</translation>
    </message>
    <message>
        <source>Sample revenue in a window</source>
        <translation>期間内の売上の例</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>支払額</translation>
    </message>
    <message>
        <source>Bands (rates as percentages, e.g. 15%)</source>
        <translation>料率帯（料率はパーセントで指定、例：15%）</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Correct the plan to see what it pays.</source>
        <translation>支払額を確認するには、プランを修正してください。</translation>
    </message>
    <message>
        <source>Type an amount such as %1.</source>
        <translation>%1のような金額を入力してください。</translation>
    </message>
    <message>
        <source>Commission %1</source>
        <translation>コミッション%1</translation>
    </message>
    <message>
        <source>bonus %1</source>
        <translation>ボーナス%1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>合計%1</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金額が大きすぎます。</translation>
    </message>
</context>
<context>
    <name>cd::ui::PlanListModel</name>
    <message>
        <source>type %1</source>
        <translation>種別%1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>計算期間</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>計算方式</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>割り当て先</translation>
    </message>
</context>
<context>
    <name>cd::ui::PlansPage</name>
    <message>
        <source>save plan %1</source>
        <translation>プラン%1の保存</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新規プラン</translation>
    </message>
    <message>
        <source>new-plan</source>
        <translation>new-plan</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>プランを保存</translation>
    </message>
</context>
<context>
    <name>cd::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>システムに合わせる（%1）</translation>
    </message>
    <message>
        <source>Pseudo-localization (for testing)</source>
        <extracomment>A testing language: every text accented and longer, to find untranslated or cut-off text.</extracomment>
        <translation>疑似ローカライズ（テスト用）</translation>
    </message>
    <message>
        <source>Numbers, amounts and dates follow the language&apos;s region. Files and the database stay in the invariant format, so teams in other regions read them alike.</source>
        <translation>数値、金額、日付は言語の地域の形式で表示されます。ファイルとデータベースは地域に依存しない形式のままなので、他の地域のチームも同じように読み取れます。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProgramEditorPage</name>
    <message>
        <source>Save program %1</source>
        <translation>プログラム%1の保存</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;metric &gt;= value&quot; nor &quot;top 5% by metric&quot;</source>
        <translation>「%1」は「metric &gt;= value」でも「top 5% by metric」でもありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;key=value&quot;</source>
        <translation>「%1」は「key=value」ではありません</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>パートナー種別</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>要件</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>特典</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>ウェイト</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>ベース</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>ティアを追加</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>ティアを削除</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>KPIを追加</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>KPIを削除</translation>
    </message>
    <message>
        <source>Copy as…</source>
        <translation>名前を付けてコピー…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tiers&lt;/b&gt;, highest first. Requirements: &quot;revenue_commitment &gt;= 500000; top 5% by revenue&quot;; benefits: &quot;margin=35%; mdf_budget=10000&quot;.</source>
        <translation>&lt;b&gt;ティア&lt;/b&gt;（上位から順に）。要件の例：「revenue_commitment &gt;= 500000; top 5% by revenue」、特典の例：「margin=35%; mdf_budget=10000」。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scorecard&lt;/b&gt;: weights in %, adding up to 100%.</source>
        <translation>&lt;b&gt;スコアカード&lt;/b&gt;：ウェイトは%で指定し、合計100%にします。</translation>
    </message>
    <message>
        <source>Copy program</source>
        <translation>プログラムのコピー</translation>
    </message>
    <message>
        <source>Id of the copy:</source>
        <translation>コピーのID：</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> （コピー）</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1（テンプレート）</translation>
    </message>
    <message>
        <source>a seed template: copy it to edit</source>
        <translation>初期テンプレート：編集するにはコピーしてください</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>tier %1: requirements: %2</source>
        <translation>ティア%1: 要件: %2</translation>
    </message>
    <message>
        <source>tier %1: benefits: %2</source>
        <translation>ティア%1: 特典: %2</translation>
    </message>
    <message>
        <source>Templates are kept as the seeds wrote them: “Copy as…” to make your own program.</source>
        <translation>テンプレートは初期データのまま保持されます。独自のプログラムを作成するには「名前を付けてコピー…」を使用してください。</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>有効です。</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>The program could not be saved.</source>
        <translation>プログラムを保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProgramPages</name>
    <message>
        <source>Programs</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Tier review</source>
        <translation>ティアの見直し</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>スコアカード</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>ライフサイクル</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProgramText</name>
    <message>
        <source>won revenue (12 months)</source>
        <translation>受注売上（12か月）</translation>
    </message>
    <message>
        <source>won deals (12 months)</source>
        <translation>受注案件数（12か月）</translation>
    </message>
    <message>
        <source>committed revenue</source>
        <translation>コミット済み売上</translation>
    </message>
    <message>
        <source>revenue attainment</source>
        <translation>売上達成率</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人員</translation>
    </message>
    <message>
        <source>certified people</source>
        <translation>認定資格保有者</translation>
    </message>
    <message>
        <source>certified consultants</source>
        <translation>認定コンサルタント</translation>
    </message>
    <message>
        <source>certified engineers</source>
        <translation>認定エンジニア</translation>
    </message>
    <message>
        <source>certification rate (%)</source>
        <translation>認定資格取得率（%）</translation>
    </message>
    <message>
        <source>customer satisfaction</source>
        <translation>顧客満足度</translation>
    </message>
    <message>
        <source>marketing collaboration</source>
        <translation>マーケティング連携</translation>
    </message>
    <message>
        <source>scorecard score</source>
        <translation>スコアカードのスコア</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>ティアなし</translation>
    </message>
    <message>
        <source>a value for %1</source>
        <translation>%1の値</translation>
    </message>
    <message>
        <source>%1 more %2 to reach the top %3%</source>
        <translation>上位%3%に入るために%2をあと%1増やすこと</translation>
    </message>
    <message>
        <source>%1 less %2</source>
        <translation>%2をあと%1減らすこと</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <translation>%2をあと%1増やすこと</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>次：%1</translation>
    </message>
    <message>
        <source>needs %1 for %2</source>
        <translation>%2に到達するには、%1が必要です</translation>
    </message>
    <message>
        <source>%1 %2 is in the top %3%</source>
        <translation>%1 %2は上位%3%以内です</translation>
    </message>
    <message>
        <source>%1 %2 (%3 %4)</source>
        <translation>%1 %2（%3 %4）</translation>
    </message>
</context>
<context>
    <name>cd::ui::RecordDialog</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A field&apos;s label, then what is wrong with its value: &quot;Amount: is required&quot;.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>最終更新: %1（%2）</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationCommands</name>
    <message>
        <source>Cannot undo</source>
        <translation>元に戻せません</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存されませんでした</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>%1の承認</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>%1の却下</translation>
    </message>
    <message>
        <source>Extend %1</source>
        <translation>%1の延長</translation>
    </message>
    <message>
        <source>Convert %1 to deal %2</source>
        <translation>%1を案件%2に変換</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>変換されませんでした</translation>
    </message>
    <message>
        <source>Add registration %1</source>
        <translation>案件登録%1の追加</translation>
    </message>
    <message>
        <source>there is no conflict case %1</source>
        <translation>コンフリクトケース%1はありません</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationDialog</name>
    <message>
        <source>New deal registration</source>
        <translation>新規案件登録</translation>
    </message>
    <message>
        <source>Choose a partner</source>
        <translation>パートナーを選択してください</translation>
    </message>
    <message>
        <source>Company name, e.g. ACME Corp.</source>
        <translation>会社名（例：ACME Corp.）</translation>
    </message>
    <message>
        <source>acme.example (optional, decides the customer when given)</source>
        <translation>acme.example（任意。指定すると顧客の判定に使用されます）</translation>
    </message>
    <message>
        <source>Empty: every product of the customer</source>
        <translation>空欄：顧客のすべての製品</translation>
    </message>
    <message>
        <source>Registration &amp;id</source>
        <translation>登録ID(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>パートナー(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>顧客(&amp;C)</translation>
    </message>
    <message>
        <source>Customer &amp;domain</source>
        <translation>顧客ドメイン(&amp;D)</translation>
    </message>
    <message>
        <source>P&amp;roduct</source>
        <translation>製品(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金額(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Submitted</source>
        <translation>登録日時(&amp;S)</translation>
    </message>
    <message>
        <source>Amount: is required</source>
        <translation>金額：必須です</translation>
    </message>
    <message>
        <source>Amount: &quot;%1&quot; is not an amount</source>
        <translation>金額：「%1」は金額ではありません</translation>
    </message>
    <message>
        <source>Amount: has more decimals than %1 allows (%2)</source>
        <translation>金額：小数点以下の桁数が%1で許容される桁数を超えています（%2）</translation>
    </message>
    <message>
        <source>Registration id: is required</source>
        <translation>登録ID：必須です</translation>
    </message>
    <message>
        <source>Registration id: %1 exists already</source>
        <translation>登録ID：%1は既に存在します</translation>
    </message>
    <message>
        <source>Partner: choose one</source>
        <translation>パートナー：選択してください</translation>
    </message>
    <message>
        <source>Customer: a name or a domain is required</source>
        <translation>顧客：名前またはドメインが必要です</translation>
    </message>
    <message>
        <source>Enter a partner and a customer to see whether this registration would win.</source>
        <translation>パートナーと顧客を入力すると、この案件登録が優先されるかどうかを確認できます。</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>全製品</translation>
    </message>
    <message>
        <source>Approved: the first registration of customer &quot;%1&quot; for %2. The partner is protected until %3.</source>
        <translation>承認：顧客「%1」の%2に対する最初の案件登録です。パートナーは%3まで保護されます。</translation>
    </message>
    <message>
        <source>First for customer &quot;%1&quot; and %2, but its protection ended on %3 (expired).</source>
        <translation>顧客「%1」と%2に対する最初の登録ですが、保護期間は%3に終了しています（期限切れ）。</translation>
    </message>
    <message>
        <source>Duplicate of %1: the same partner registered customer &quot;%2&quot; on %3; it is protected until %4. Registering again extends nothing.</source>
        <translation>%1の重複：同じパートナーが%3に顧客「%2」を登録しており、%4まで保護されています。再登録しても何も延長されません。</translation>
    </message>
    <message>
        <source>Conflict: %1 by %2 registered customer &quot;%3&quot; first, on %4, and is protected until %5. The winner is %1; saving opens a conflict case.</source>
        <translation>コンフリクト：%2の%1が%4に顧客「%3」を最初に登録しており、%5まで保護されています。優先されるのは%1です。保存するとコンフリクトケースが作成されます。</translation>
    </message>
    <message>
        <source>%1 – %2 (%3), %4%: %5</source>
        <translation>%1 – %2（%3）、%4%：%5</translation>
    </message>
    <message>
        <source>May be the same customer (for review, does not change the status):
%1</source>
        <translation>同じ顧客の可能性があります（確認用。ステータスは変わりません）：
%1</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationPages</name>
    <message>
        <source>Registrations</source>
        <translation>案件登録</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>コンフリクト</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationQueueModel</name>
    <message>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>コンフリクト</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation> （延長済み）</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>却下：%1</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>%1が承認</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>要確認</translation>
    </message>
    <message numerus="yes">
        <source>The protection ends within %n day(s)</source>
        <translation>
            <numerusform>保護期間はあと%n日以内に終了します</numerusform>
        </translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>案件登録</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>登録日時</translation>
    </message>
    <message>
        <source>Protected until</source>
        <translation>保護期限</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>優先登録</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>案件</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationsPage</name>
    <message>
        <source>Search registration, partner or customer</source>
        <translation>案件登録、パートナー、顧客を検索</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>%n日以内に期限切れ</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New registration…</source>
        <translation>新規案件登録(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>Confirm the rules&apos; approval: the first registration of this customer, inside its window.</source>
        <translation>ルールによる承認を確定します：この顧客の最初の案件登録で、保護期間内です。</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>却下(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>延長(&amp;X)</translation>
    </message>
    <message>
        <source>Extend the protection once by the program&apos;s extension days.</source>
        <translation>プログラムの延長日数だけ保護期間を1回延長します。</translation>
    </message>
    <message>
        <source>&amp;Convert to deal…</source>
        <translation>案件に変換(&amp;C)…</translation>
    </message>
    <message>
        <source>Re-e&amp;valuate</source>
        <translation>再判定(&amp;V)</translation>
    </message>
    <message>
        <source>Evaluate every registration as of now and store the statuses (audited).</source>
        <translation>現時点ですべての案件登録を判定し、ステータスを保存します（監査ログに記録）。</translation>
    </message>
    <message>
        <source>%1 of %2 registrations shown · %3 expiring within %4 days · protection %5 days, one extension of %6 days</source>
        <translation>%2件中%1件の案件登録を表示 · %4日以内に期限切れ：%3件 · 保護期間%5日、延長1回%6日</translation>
    </message>
    <message>
        <source>Select a registration to see its protection window and decisions.</source>
        <translation>案件登録を選択すると、保護期間と決定内容が表示されます。</translation>
    </message>
    <message>
        <source>%1 · %2 (%3) · %4 · %5</source>
        <translation>%1 · %2（%3） · %4 · %5</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>全製品</translation>
    </message>
    <message>
        <source>credit with %1</source>
        <translation>帰属先：%1</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>却下：%1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>%1が承認</translation>
    </message>
    <message>
        <source>became deal %1</source>
        <translation>案件%1に変換済み</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>%1の却下</translation>
    </message>
    <message>
        <source>Why is this registration rejected? The partner sees this reason.</source>
        <translation>この案件登録を却下する理由を入力してください。この理由はパートナーに表示されます。</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>却下されませんでした</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>却下には理由が必要です。</translation>
    </message>
    <message>
        <source>Convert %1 to a deal</source>
        <translation>%1を案件に変換</translation>
    </message>
    <message>
        <source>The new open deal keeps the registration&apos;s id (%1). Deal id:</source>
        <translation>新しい進行中の案件には、案件登録のID（%1）が引き継がれます。案件ID：</translation>
    </message>
    <message>
        <source>Registrations evaluated</source>
        <translation>案件登録の判定完了</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) changed status.</source>
        <translation>
            <numerusform>%n件の案件登録のステータスが変更されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>判定されませんでした</translation>
    </message>
    <message>
        <source>protected %1 – %2 UTC (extended)</source>
        <translation>保護期間 %1～%2 UTC（延長済み）</translation>
    </message>
    <message>
        <source>protected %1 – %2 UTC</source>
        <translation>保護期間 %1～%2 UTC</translation>
    </message>
</context>
<context>
    <name>cd::ui::ScorecardPage</name>
    <message>
        <source>%1: points contributed to the score</source>
        <translation>%1：スコアへの寄与ポイント</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>寄与</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Score = Σ weight × min(actual ÷ target, cap); the dashed line is 100 points</source>
        <translation>スコア = Σ ウェイト × min(実績 ÷ 目標, 上限)。破線は100ポイント</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>すべてのプログラム</translation>
    </message>
</context>
<context>
    <name>cd::ui::SimilarPairsModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Earlier registration</source>
        <translation>先の登録</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Later registration</source>
        <translation>後の登録</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Why they may be the same customer</source>
        <translation>同じ顧客の可能性がある理由</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatementLinesModel</name>
    <message>
        <source>Commission</source>
        <translation>コミッション</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>返還（クローバック）</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>ボーナス</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>明細行</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>クローズ日</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>計上額</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatementSummaryModel</name>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Credited revenue</source>
        <translation>計上売上</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>コミッション</translation>
    </message>
    <message>
        <source>Clawbacks</source>
        <translation>返還（クローバック）</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>ボーナス</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatementsPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSVをエクスポート…</translation>
    </message>
    <message>
        <source>Save statement as PDF…</source>
        <translation>コミッション明細をPDFで保存…</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>コミッション明細を印刷…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期間：</translation>
    </message>
    <message>
        <source>No statements yet: add commission plans, assign them and record won deals.</source>
        <translation>コミッション明細はまだありません。コミッションプランを追加して割り当て、受注案件を記録してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) with a statement</source>
        <translation>
            <numerusform>コミッション明細のあるパートナー：%n件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>注記%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 · plan %3 · %4</source>
        <translation>%1 — %2 · プラン%3 · %4</translation>
    </message>
    <message>
        <source>Commission statement</source>
        <translation>コミッション明細</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Credited revenue</source>
        <translation>計上売上</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>コミッション</translation>
    </message>
    <message>
        <source>Clawbacks</source>
        <translation>返還（クローバック）</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>ボーナス</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Computed exactly per the plan&apos;s rules; amounts are rounded once per window.</source>
        <translation>プランのルールに従って正確に計算しています。金額の端数処理は計算期間ごとに1回行います。</translation>
    </message>
    <message>
        <source>Commission statement %1 %2</source>
        <translation>コミッション明細 %1 %2</translation>
    </message>
    <message>
        <source>Export statements</source>
        <translation>コミッション明細のエクスポート</translation>
    </message>
    <message>
        <source>statements-%1.csv</source>
        <translation>statements-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSVファイル (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1に書き込めません：%2</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>コミッション明細の保存</translation>
    </message>
    <message>
        <source>statement-%1-%2.pdf</source>
        <translation>statement-%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1に書き込めません</translation>
    </message>
</context>
<context>
    <name>cd::ui::TablePage</name>
    <message>
        <source>All tiers</source>
        <translation>すべてのティア</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>すべての種別</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>すべての地域</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>すべてのステージ</translation>
    </message>
</context>
<context>
    <name>cd::ui::TargetsPage</name>
    <message>
        <source>All regions</source>
        <translation>すべての地域</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>すべてのプログラム</translation>
    </message>
    <message>
        <source>%1 — Year %2</source>
        <translation>%1 — %2年</translation>
    </message>
    <message>
        <source>Load template</source>
        <translation>テンプレートを読み込む</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>会計年度</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年間</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>Q1</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>Q2</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>Q3</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>Q4</translation>
    </message>
    <message>
        <source>Empty quarters take a quarter of the year&apos;s revenue and pipeline targets, and the year&apos;s value of a rate or count. A region without its own revenue target takes its share of the geographic split.</source>
        <translation>空欄の四半期には、売上とパイプラインの目標は年間の4分の1が、率や件数は年間の値が適用されます。独自の売上目標がない地域には、地域配分計画に基づく割合が適用されます。</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a target (a number, zero or more)</source>
        <translation>%1: 「%2」は目標値（0以上の数値）ではありません</translation>
    </message>
</context>
<context>
    <name>cd::ui::TierReviewPage</name>
    <message>
        <source>Accept tier %1 for %2</source>
        <translation>%2のティア%1を承認</translation>
    </message>
    <message>
        <source>Reject tier %1 for %2</source>
        <translation>%2のティア%1を却下</translation>
    </message>
    <message>
        <source>undo of the accepted proposal</source>
        <translation>承認した提案の取り消し</translation>
    </message>
    <message>
        <source>promotion</source>
        <translation>昇格</translation>
    </message>
    <message>
        <source>demotion</source>
        <translation>降格</translation>
    </message>
    <message>
        <source>change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>プログラム</translation>
    </message>
    <message>
        <source>Current tier</source>
        <translation>現在のティア</translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation>提案ティア</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>すべて承認</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>すべて却下</translation>
    </message>
    <message>
        <source>Partner details…</source>
        <translation>パートナーの詳細…</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>評価基準日</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n tier changes</source>
        <translation>
            <numerusform>ティアの変更を%n件承認</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n tier changes</source>
        <translation>
            <numerusform>ティアの変更を%n件却下</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier review</source>
        <translation>ティアの見直し</translation>
    </message>
    <message>
        <source>%1 partners evaluated: %2 promotions, %3 demotions; %4 to decide</source>
        <translation>%1件のパートナーを評価：昇格%2件、降格%3件、未決定%4件</translation>
    </message>
</context>
</TS>
