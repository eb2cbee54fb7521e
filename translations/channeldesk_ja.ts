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
        <source>commission bench: %1 deals, %2 statements, %3 bytes of CSV; wall ms read %4, compute %5, write %6; CPU ms read %7, compute %8, write %9</source>
        <translation>コミッションベンチ：案件%1件、コミッション明細%2件、CSV %3バイト。経過時間（ms）読み込み%4、計算%5、書き込み%6。CPU時間（ms）読み込み%7、計算%8、書き込み%9</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]

Subcommands:
  calc  statements from a plan, a deals file and exchange rates (no database)

Run &apos;channeldesk-cli commission calc --help&apos; for its options.
</source>
        <translation>使用法: channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]

サブコマンド:
  calc  コミッションプラン、案件ファイル、為替レートからコミッション明細を計算（データベース不要）

オプションについては&apos;channeldesk-cli commission calc --help&apos;を実行してください。
</translation>
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
        <source>cannot write the statements: %1</source>
        <translation>コミッション明細を書き込めません：%1</translation>
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
        <source>measure import, model and commission speed at scale</source>
        <translation>大規模データでインポート、モデル、コミッション計算の速度を測定</translation>
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
        <source>Usage: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]

Subcommands:
  evaluate  statuses and winners of deal registrations as of a date-time (no database)

Run &apos;channeldesk-cli registrations evaluate --help&apos; for its options.
</source>
        <translation>使用法: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]

サブコマンド:
  evaluate  指定日時時点の案件登録のステータスと優先パートナーを判定（データベース不要）

オプションについては&apos;channeldesk-cli registrations evaluate --help&apos;を実行してください。
</translation>
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
        <source>Usage: channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] [--explain]

Subcommands:
  evaluate  each partner&apos;s tier and scorecard score (no database)

Run &apos;channeldesk-cli tiers evaluate --help&apos; for its options.
</source>
        <translation>使用法: channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] [--explain]

サブコマンド:
  evaluate  各パートナーのティアとスコアカードのスコアを算出（データベース不要）

オプションについては&apos;channeldesk-cli tiers evaluate --help&apos;を実行してください。
</translation>
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
        <source>&apos;%1&apos; is not available yet</source>
        <translation>&apos;%1&apos;はまだ利用できません</translation>
    </message>
</context>
<context>
    <name>cd::cli::Bench</name>
    <message>
        <source>Partners to generate.</source>
        <translation>生成するパートナー数。</translation>
    </message>
    <message>
        <source>Deals to generate.</source>
        <translation>生成する案件数。</translation>
    </message>
    <message>
        <source>Won deals for the commission figure.</source>
        <translation>コミッションの計測に使う受注案件数。</translation>
    </message>
    <message>
        <source>Work in DIR and keep its files.</source>
        <translation>DIRで作業し、そのファイルを残します。</translation>
    </message>
    <message>
        <source>Builds a database of generated partners and deals and prints one line per figure: name value unit.</source>
        <translation>生成したパートナーと案件でデータベースを構築し、計測値ごとに1行（name value unit）を出力します。</translation>
    </message>
    <message>
        <source>--partners, --deals and --commission-deals take positive whole numbers</source>
        <translation>--partners、--deals、--commission-dealsには正の整数を指定してください</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1に書き込めません</translation>
    </message>
    <message>
        <source>generating %1 deals in %2 …</source>
        <translation>%2に案件%1件を生成しています…</translation>
    </message>
    <message>
        <source>importing …</source>
        <translation>インポートしています…</translation>
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
        <source>Use the language CODE (de, fr, es, ja, zh_CN, en).</source>
        <translation>言語CODE（de、fr、es、ja、zh_CN、en）を使用します。</translation>
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
        <source>the database connection does not expose its SQLite handle</source>
        <translation>データベース接続からSQLiteハンドルを取得できません</translation>
    </message>
    <message>
        <source>preparing the import failed: %1</source>
        <translation>インポートの準備に失敗しました：%1</translation>
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
        <source>Ca&amp;ncelled on:</source>
        <translation>キャンセル日(&amp;E):</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>ソース(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>案件登録(&amp;G):</translation>
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
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
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
        <source>T&amp;ier:</source>
        <translation>ティア(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>ステージ(&amp;S):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>ステータス(&amp;A):</translation>
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
        <source>Revenue &amp;commitment:</source>
        <translation>売上コミットメント(&amp;O):</translation>
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
</context>
<context>
    <name>cd::ui::RecordDialog</name>
    <message>
        <source>%1 %2</source>
        <translation>%1：%2</translation>
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
</TS>
