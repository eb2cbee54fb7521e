<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>cd::Commission</name>
    <message>
        <source>the commission is too large to compute exactly</source>
        <translation>佣金过大，无法精确计算</translation>
    </message>
    <message>
        <source>no %1 rate to %2 on or before the close date</source>
        <translation>没有成交日期当天或之前 %1 兑 %2 的汇率</translation>
    </message>
    <message>
        <source>is too large once converted to %1</source>
        <translation>换算为 %1 后过大</translation>
    </message>
    <message>
        <source>the credited revenue is too large to compute exactly</source>
        <translation>计入收入过大，无法精确计算</translation>
    </message>
    <message>
        <source>the statement total is too large</source>
        <translation>佣金结算单合计过大</translation>
    </message>
</context>
<context>
    <name>cd::CommissionInput</name>
    <message>
        <source>no partner given</source>
        <translation>未指定合作伙伴</translation>
    </message>
    <message>
        <source>%1 lists several partners without their percentages</source>
        <translation>%1 列出了多个合作伙伴，但未给出各自的比例</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PARTNER=PERCENT</source>
        <translation>“%1”不符合 PARTNER=PERCENT 格式</translation>
    </message>
    <message>
        <source>the share of %1 (%2) is not a decimal number</source>
        <translation>%1 的分配比例（%2）不是数值</translation>
    </message>
    <message>
        <source>the share of %1 (%2) has more digits than a percentage needs (up to %3 decimals)</source>
        <translation>%1 的分配比例（%2）位数过多（最多 %3 位小数）</translation>
    </message>
    <message>
        <source>the share of %1 must be positive</source>
        <translation>%1 的分配比例必须为正数</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 被指定了两次</translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation>分配比例合计为 %1，而不是 100</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 重复出现（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 重复出现</translation>
    </message>
    <message>
        <source>a deal needs an id</source>
        <translation>商机需要 ID</translation>
    </message>
    <message>
        <source>each partner is named once, with a positive share</source>
        <translation>每个合作伙伴只能指定一次，且分配比例须为正数</translation>
    </message>
    <message>
        <source>a share has more than %1 decimals</source>
        <translation>分配比例的小数位超过 %1 位</translation>
    </message>
    <message>
        <source>a deal needs a close date between the years 1 and 9999</source>
        <translation>商机的成交日期必须介于 1 年至 9999 年之间</translation>
    </message>
    <message>
        <source>%1 is not a positive amount in range</source>
        <translation>%1 不是有效范围内的正金额</translation>
    </message>
    <message>
        <source>a cancelled deal needs a cancellation date on or after its close date</source>
        <translation>已取消的商机需要不早于成交日期的取消日期</translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation>未知列，已忽略</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>%1 is not a date like 2026-03-31</source>
        <translation>%1 不是 2026-03-31 格式的日期</translation>
    </message>
    <message>
        <source>%1 is not a currency this program knows</source>
        <translation>%1 不是本程序支持的币种</translation>
    </message>
    <message>
        <source>%1 is not a decimal number</source>
        <translation>%1 不是数值</translation>
    </message>
    <message>
        <source>%1 has more digits than a rate may have (up to %2 decimals)</source>
        <translation>%1 超出汇率允许的位数（最多 %2 位小数）</translation>
    </message>
    <message>
        <source>%1 is not positive</source>
        <translation>%1 不是正数</translation>
    </message>
    <message>
        <source>a %1 rate for %2 is already given on line %3</source>
        <translation>%2 的 %1 汇率已在第 %3 行给出</translation>
    </message>
    <message>
        <source>is missing (won, cancelled, open or lost)</source>
        <translation>缺失（应为 won、cancelled、open 或 lost）</translation>
    </message>
    <message>
        <source>%1 is not one of won, cancelled, open, lost</source>
        <translation>%1 不是 won、cancelled、open、lost 之一</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows (%3)</source>
        <translation>%1 的小数位超出 %2 允许的位数（%3）</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 过大</translation>
    </message>
    <message>
        <source>is missing: a cancelled deal needs the date it was cancelled</source>
        <translation>缺失：已取消的商机需要取消日期</translation>
    </message>
    <message>
        <source>%1 is before the close date %2</source>
        <translation>%1 早于成交日期 %2</translation>
    </message>
    <message>
        <source>%1 is given but the deal is won; a cancelled deal has status cancelled</source>
        <translation>已给出 %1，但该商机已赢单；已取消商机的状态应为 cancelled</translation>
    </message>
    <message>
        <source>no %1 rate to %2 on or before %3</source>
        <translation>没有 %3 当天或之前 %1 兑 %2 的汇率</translation>
    </message>
</context>
<context>
    <name>cd::CommissionPlan</name>
    <message>
        <source>a plan is a JSON object</source>
        <translation>佣金方案必须是 JSON 对象</translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>未知字段（可用字段：%1）</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>%1 is not a currency this program knows (ISO 4217: %2)</source>
        <translation>%1 不是本程序支持的币种（ISO 4217：%2）</translation>
    </message>
    <message>
        <source>%1 is not one of month, quarter, year</source>
        <translation>%1 不是 month、quarter、year 之一</translation>
    </message>
    <message>
        <source>%1 is not a month number from 1 to 12</source>
        <translation>%1 不是 1 到 12 之间的月份</translation>
    </message>
    <message>
        <source>%1 is not one of graduated, retroactive</source>
        <translation>%1 不是 graduated、retroactive 之一</translation>
    </message>
    <message>
        <source>%1 is not one of half-even, half-up</source>
        <translation>%1 不是 half-even、half-up 之一</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>必须是字符串，而不是 %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>%1 is a JSON number; write it as a string (&quot;%1&quot;) so that it stays exact</source>
        <translation>%1 是 JSON 数字；请写成字符串（&quot;%1&quot;）以保持精确</translation>
    </message>
    <message>
        <source>must be a decimal string, not %1</source>
        <translation>必须是数值字符串，而不是 %1</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 不能为负数</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows (%3)</source>
        <translation>%1 的小数位超出 %2 允许的位数（%3）</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 过大</translation>
    </message>
    <message>
        <source>%1 is not a percentage like 15%</source>
        <translation>%1 不是 15% 这样的百分比</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals</source>
        <translation>%1 的小数位超过 %2 位</translation>
    </message>
    <message>
        <source>is required: at least one band starting at 0</source>
        <translation>为必填项：至少需要一个从 0 开始的档位</translation>
    </message>
    <message>
        <source>must be a list of at least one band starting at 0</source>
        <translation>必须是列表，且至少包含一个从 0 开始的档位</translation>
    </message>
    <message>
        <source>a band is an object with &quot;from&quot; and &quot;rate&quot;</source>
        <translation>档位必须是包含 &quot;from&quot; 和 &quot;rate&quot; 的对象</translation>
    </message>
    <message>
        <source>unknown field (known: from, rate)</source>
        <translation>未知字段（可用字段：from、rate）</translation>
    </message>
    <message>
        <source>the first band must start at 0, not %1</source>
        <translation>第一个档位必须从 0 开始，而不是 %1</translation>
    </message>
    <message>
        <source>%1 is not above the previous band&apos;s from (%2): bands must be in ascending order</source>
        <translation>%1 未大于上一档位的 from（%2）：档位必须按升序排列</translation>
    </message>
    <message>
        <source>must be an object with &quot;threshold&quot; and &quot;rate&quot;</source>
        <translation>必须是包含 &quot;threshold&quot; 和 &quot;rate&quot; 的对象</translation>
    </message>
    <message>
        <source>unknown field (known: threshold, rate)</source>
        <translation>未知字段（可用字段：threshold、rate）</translation>
    </message>
</context>
<context>
    <name>cd::CsvReader</name>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>文件为空；需要标题行</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>该列在标题行中出现了两次</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>标题行中缺少必需的列</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>应与标题行一样有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>带引号的字段直到文件末尾仍未闭合</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>右引号后有意外的文本</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation>未加引号的字段中包含引号（请将整个字段用引号括起来）</translation>
    </message>
</context>
<context>
    <name>cd::DataTransfer</name>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Deal registrations</source>
        <translation>商机报备</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>记录(&amp;R):</translation>
    </message>
    <message>
        <source>Save List…</source>
        <translation>保存列表…</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation>保存问题列表</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>导入被拒绝</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s). Nothing was imported: fix them and import the file again.</source>
        <translation>
            <numerusform>%1 有 %Ln 个问题。未导入任何内容：请修正这些问题后重新导入该文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>新增 %1 条，更新 %2 条，未变 %3 条。</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>已导入 %1</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出完成</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>已将 %1 行写入 %2。</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <source>This database already holds records. Demo data goes into an empty database: open a new file first.</source>
        <translation>此数据库中已有记录。演示数据只能载入空数据库：请先打开一个新文件。</translation>
    </message>
    <message>
        <source>The demo data could not be loaded.</source>
        <translation>无法载入演示数据。</translation>
    </message>
</context>
<context>
    <name>cd::Decimal</name>
    <message>
        <source>has too many digits</source>
        <translation>位数过多</translation>
    </message>
    <message>
        <source>is not a decimal number</source>
        <translation>不是数值</translation>
    </message>
    <message>
        <source>has more than %1 decimals</source>
        <translation>小数位超过 %1 位</translation>
    </message>
</context>
<context>
    <name>cd::JsonParser</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>JSON 值之后有意外的文本</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON 嵌套过深</translation>
    </message>
    <message>
        <source>unexpected end of the JSON text</source>
        <translation>JSON 文本意外结束</translation>
    </message>
    <message>
        <source>unexpected character in JSON</source>
        <translation>JSON 中有意外的字符</translation>
    </message>
    <message>
        <source>expected a quoted member name</source>
        <translation>此处应为带引号的成员名</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>成员名之后应为 &apos;:&apos;</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears twice</source>
        <translation>成员 &quot;%1&quot; 出现了两次</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>对象中此处应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>数组中此处应为 &apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
    <message>
        <source>incomplete \u escape</source>
        <translation>\u 转义不完整</translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation>\u 转义无效</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>字符串未闭合</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>字符串中有控制字符</translation>
    </message>
    <message>
        <source>unknown escape in a string</source>
        <translation>字符串中有未知的转义</translation>
    </message>
</context>
<context>
    <name>cd::Money</name>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation>的小数位超出 %1 允许的位数（%2）</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>过大</translation>
    </message>
</context>
<context>
    <name>cd::Program</name>
    <message>
        <source>&quot;%1&quot; is not a percentage like 65% or a range like 30-40%</source>
        <translation>“%1”不是 65% 这样的百分比，也不是 30-40% 这样的范围</translation>
    </message>
    <message>
        <source>the range &quot;%1&quot; runs backwards</source>
        <translation>范围“%1”的起止顺序颠倒</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount like 500000, 50000+, 10000-25000 or none</source>
        <translation>“%1”不是 500000、50000+、10000-25000 或 none 这样的金额</translation>
    </message>
    <message>
        <source>a program is a JSON object</source>
        <translation>合作伙伴计划必须是 JSON 对象</translation>
    </message>
    <message>
        <source>%1 is not a known ISO 4217 currency</source>
        <translation>%1 不是已知的 ISO 4217 币种</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to 36500</source>
        <translation>必须是 0 到 36500 之间的整数天数</translation>
    </message>
    <message>
        <source>must be an object (a commission plan)</source>
        <translation>必须是对象（佣金方案）</translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation>未知成员</translation>
    </message>
    <message>
        <source>unknown member, ignored</source>
        <translation>未知成员，已忽略</translation>
    </message>
    <message>
        <source>%1 is a JSON number; write it as a string, &quot;%1&quot;</source>
        <translation>%1 是 JSON 数字；请写成字符串 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>必须是字符串，而不是 %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>“%1” %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage like %2</source>
        <translation>“%1”不是 %2 这样的百分比</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>the partner type %1 appears twice</source>
        <translation>合作伙伴类型 %1 出现了两次</translation>
    </message>
    <message>
        <source>must be more than 0 and at most 100</source>
        <translation>必须大于 0 且不超过 100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of &gt;=, &gt;, &lt;=, &lt;, ==</source>
        <translation>“%1”不是 &gt;=、&gt;、&lt;=、&lt;、== 之一</translation>
    </message>
    <message>
        <source>the tier %1 appears twice (first on line %2)</source>
        <translation>级别 %1 出现了两次（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>%1 is not one of the program&apos;s partner_types</source>
        <translation>%1 不在该计划的 partner_types 中</translation>
    </message>
    <message>
        <source>the tier %1 is never reached: %2 above it has no requirements</source>
        <translation>级别 %1 永远无法达到：其上的级别 %2 没有任何要求</translation>
    </message>
    <message>
        <source>the score cannot be part of itself</source>
        <translation>得分不能作为其自身的组成部分</translation>
    </message>
    <message>
        <source>%1 is weighted twice</source>
        <translation>%1 被加权了两次</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>不能为负数</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>必须大于 0</translation>
    </message>
    <message>
        <source>the weights add up to %1%, not 100%</source>
        <translation>权重合计为 %1%，而不是 100%</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of weeks like 4 or 2-4</source>
        <translation>“%1”不是 4 或 2-4 这样的周数</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>无级别</translation>
    </message>
    <message>
        <source>%1: takes every partner left</source>
        <translation>%1: 涵盖其余所有合作伙伴</translation>
    </message>
    <message>
        <source>1 partner above it</source>
        <translation>其上有 1 个合作伙伴</translation>
    </message>
    <message>
        <source>%1 partners above it</source>
        <translation>其上有 %1 个合作伙伴</translation>
    </message>
    <message>
        <source>%1 %2 is in the top %3% (%4, at most %5 allowed)</source>
        <translation>%1 %2 位于前 %3%（%4，最多允许 %5 个）</translation>
    </message>
    <message>
        <source>a value for %1</source>
        <translation>%1 的值</translation>
    </message>
    <message>
        <source>%1 more %2 to reach the top %3%</source>
        <translation>%2 再增加 %1 以进入前 %3%</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <translation>%2 再增加 %1</translation>
    </message>
    <message>
        <source>more than %1 more %2</source>
        <translation>%2 再增加超过 %1</translation>
    </message>
    <message>
        <source>%1 less %2</source>
        <translation>%2 再减少 %1</translation>
    </message>
    <message>
        <source>more than %1 less %2</source>
        <translation>%2 再减少超过 %1</translation>
    </message>
    <message>
        <source>%1 of exactly %2</source>
        <translation>%1 恰好为 %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1，以及 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>needs %1 for %2</source>
        <translation>达到 %2 还需要：%1</translation>
    </message>
    <message>
        <source>the program&apos;s scorecard computes the score; remove this column</source>
        <translation>得分由该计划的计分卡计算；请删除此列</translation>
    </message>
    <message>
        <source>the program uses this metric but the file has no such column; every partner lacks it</source>
        <translation>该计划使用此指标，但文件中没有该列；所有合作伙伴均缺少此值</translation>
    </message>
    <message>
        <source>some tiers are for one partner type only, and the file has no type column; no partner can reach them</source>
        <translation>部分级别仅适用于特定合作伙伴类型，但文件中没有类型列；任何合作伙伴都无法达到这些级别</translation>
    </message>
    <message>
        <source>is empty; every row needs a partner</source>
        <translation>为空；每一行都需要合作伙伴</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 重复出现（首次出现在第 %2 行）</translation>
    </message>
</context>
<context>
    <name>cd::RecordEditor</name>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加 %1</translation>
    </message>
    <message>
        <source>Could not read the record</source>
        <translation>无法读取记录</translation>
    </message>
    <message>
        <source>Delete the partner %1? You can undo this.</source>
        <translation>要删除合作伙伴 %1 吗？此操作可以撤销。</translation>
    </message>
    <message>
        <source>Delete the deal %1? You can undo this.</source>
        <translation>要删除商机 %1 吗？此操作可以撤销。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>无法删除</translation>
    </message>
</context>
<context>
    <name>cd::Records</name>
    <message>
        <source>no partner given</source>
        <translation>未指定合作伙伴</translation>
    </message>
    <message>
        <source>%1 lists several partners without their percentages</source>
        <translation>%1 列出了多个合作伙伴，但未给出各自的比例</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PARTNER=PERCENT</source>
        <translation>“%1”不符合 PARTNER=PERCENT 格式</translation>
    </message>
    <message>
        <source>the share of %1 (%2) %3</source>
        <translation>%1 的分配比例（%2）%3</translation>
    </message>
    <message>
        <source>the share of %1 must be positive</source>
        <translation>%1 的分配比例必须为正数</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 被指定了两次</translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation>分配比例合计为 %1，而不是 100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage like 15%</source>
        <translation>“%1”不是 15% 这样的百分比</translation>
    </message>
</context>
<context>
    <name>cd::Registration</name>
    <message>
        <source>unknown column, ignored</source>
        <translation>未知列，已忽略</translation>
    </message>
    <message>
        <source>is empty; every registration needs an id</source>
        <translation>为空；每条商机报备都需要 ID</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 重复出现（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>is empty; every registration needs a partner</source>
        <translation>为空；每条商机报备都需要合作伙伴</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name like acme.example</source>
        <translation>“%1”不是 acme.example 这样的域名</translation>
    </message>
    <message>
        <source>is empty and there is no customer_domain; one of them is needed</source>
        <translation>为空，且没有 customer_domain；两者至少需要一个</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letters or digits to identify the customer by</source>
        <translation>“%1”不含可用于识别客户的字母或数字</translation>
    </message>
    <message>
        <source>is empty; a date-time like 2026-03-31T14:05:00Z is required</source>
        <translation>为空；需要 2026-03-31T14:05:00Z 这样的日期时间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 UTC date-time like 2026-03-31T14:05:00Z</source>
        <translation>“%1”不是 2026-03-31T14:05:00Z 这样的 ISO 8601 UTC 日期时间</translation>
    </message>
    <message>
        <source>%1 is not a known ISO 4217 currency</source>
        <translation>%1 不是已知的 ISO 4217 币种</translation>
    </message>
    <message>
        <source>%1 has no currency; fill in the currency column</source>
        <translation>%1 没有币种；请填写 currency 列</translation>
    </message>
    <message>
        <source>%1 must be positive</source>
        <translation>%1 必须为正数</translation>
    </message>
</context>
<context>
    <name>cd::Similarity</name>
    <message>
        <source>names share %1</source>
        <translation>名称包含相同的词 %1</translation>
    </message>
    <message>
        <source>names are %1% alike letter by letter</source>
        <translation>名称按字母比对的相似度为 %1%</translation>
    </message>
    <message>
        <source>%1&apos;s domain %2 matches %3&apos;s name</source>
        <translation>%1 的域名 %2 与 %3 的名称相符</translation>
    </message>
    <message>
        <source>domains %1 and %2 share the stem &apos;%3&apos;</source>
        <translation>域名 %1 和 %2 的主干相同（&apos;%3&apos;）</translation>
    </message>
    <message>
        <source>%1 has no domain, %2 has one</source>
        <translation>%1 没有域名，%2 有域名</translation>
    </message>
    <message>
        <source>%1 has a domain, %2 has none</source>
        <translation>%1 有域名，%2 没有域名</translation>
    </message>
</context>
<context>
    <name>cd::StoreTableModel</name>
    <message>
        <source>Partner ID</source>
        <translation>合作伙伴 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>加入日期</translation>
    </message>
    <message>
        <source>Revenue commitment</source>
        <translation>收入承诺</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Deal ID</source>
        <translation>商机 ID</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>商机报备</translation>
    </message>
</context>
<context>
    <name>cd::Vocabulary</name>
    <message>
        <source>System integrator</source>
        <translation>系统集成商</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>经销商</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>分销商</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>代理机构</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>集成</translation>
    </message>
    <message>
        <source>Managed service provider</source>
        <translation>托管服务提供商</translation>
    </message>
    <message>
        <source>OEM</source>
        <translation>OEM</translation>
    </message>
    <message>
        <source>Cloud marketplace</source>
        <translation>云市场</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>北美</translation>
    </message>
    <message>
        <source>EMEA</source>
        <translation>EMEA</translation>
    </message>
    <message>
        <source>APAC</source>
        <translation>亚太</translation>
    </message>
    <message>
        <source>Latin America</source>
        <translation>拉丁美洲</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>资格评估</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>入驻</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>持续管理</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非活跃</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>客户挖掘</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>方案建议</translation>
    </message>
    <message>
        <source>Partner-sourced</source>
        <translation>合作伙伴来源</translation>
    </message>
    <message>
        <source>Partner-influenced</source>
        <translation>合作伙伴影响</translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>commission bench: %1 deals, %2 statements, %3 bytes of CSV; wall ms read %4, compute %5, write %6; CPU ms read %7, compute %8, write %9</source>
        <translation>佣金基准测试：%1 个商机，%2 份佣金结算单，CSV %3 字节；实际耗时（毫秒）读取 %4，计算 %5，写入 %6；CPU 时间（毫秒）读取 %7，计算 %8，写入 %9</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]

Subcommands:
  calc  statements from a plan, a deals file and exchange rates (no database)

Run &apos;channeldesk-cli commission calc --help&apos; for its options.
</source>
        <translation>用法: channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]

子命令:
  calc  根据佣金方案、商机文件和汇率计算佣金结算单（无需数据库）

运行 &apos;channeldesk-cli commission calc --help&apos; 查看其选项。
</translation>
    </message>
    <message>
        <source>The commission plan (JSON).</source>
        <translation>佣金方案（JSON）。</translation>
    </message>
    <message>
        <source>P.json</source>
        <translation>P.json</translation>
    </message>
    <message>
        <source>The deals (CSV).</source>
        <translation>商机（CSV）。</translation>
    </message>
    <message>
        <source>deals.csv</source>
        <translation>deals.csv</translation>
    </message>
    <message>
        <source>Exchange rates into the plan currency (CSV: date,currency,rate).</source>
        <translation>换算为方案币种的汇率（CSV：date,currency,rate）。</translation>
    </message>
    <message>
        <source>fx.csv</source>
        <translation>fx.csv</translation>
    </message>
    <message>
        <source>Write the statements here instead of stdout.</source>
        <translation>将佣金结算单写入此文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Computes commission statements from a plan and a deals file, as CSV on stdout (or --out). Bad input exits with status 2 and one FILE:LINE: FIELD: message per problem on stderr.</source>
        <translation>根据佣金方案和商机文件计算佣金结算单，以 CSV 格式输出到标准输出（或 --out）。输入有误时以状态 2 退出，并在标准错误输出中为每个问题输出一行 FILE:LINE: FIELD: message。</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: 意外的参数 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: --%2 is required</source>
        <translation>%1: 必须指定 --%2</translation>
    </message>
    <message>
        <source>cannot write the statements: %1</source>
        <translation>无法写入佣金结算单：%1</translation>
    </message>
    <message>
        <source>Fill the new database with a reproducible sample program.</source>
        <translation>在新数据库中填入可重现的示例合作伙伴计划。</translation>
    </message>
    <message>
        <source>Random seed of the demo data (default 1).</source>
        <translation>演示数据的随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>Partners in the demo (default 200).</source>
        <translation>演示中的合作伙伴数量（默认 200）。</translation>
    </message>
    <message>
        <source>Deals in the demo (default 6000).</source>
        <translation>演示中的商机数量（默认 6000）。</translation>
    </message>
    <message>
        <source>The demo&apos;s current date, ISO (default: today); the same date and seed give the same data.</source>
        <translation>演示的当前日期，ISO 格式（默认：今天）；日期和种子相同，生成的数据也相同。</translation>
    </message>
    <message>
        <source>Creates the database, or brings an older one up to this version&apos;s schema. With --demo it also fills an empty database with a sample partner program.
The database is --db FILE, else CHANNELDESK_DB, else the user&apos;s data folder.</source>
        <translation>创建数据库，或将旧数据库升级到此版本的架构。使用 --demo 时，还会在空数据库中填入示例合作伙伴计划。
数据库为 --db FILE，未指定时为 CHANNELDESK_DB，两者都未指定时为用户数据文件夹。</translation>
    </message>
    <message>
        <source>init takes no arguments besides its options</source>
        <translation>init 除选项外不接受其他参数</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number, not &quot;%1&quot;</source>
        <translation>--seed 需要非负整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--partners needs a whole number of at least 1, not &quot;%1&quot;</source>
        <translation>--partners 需要不小于 1 的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--deals needs a whole number, not &quot;%1&quot;</source>
        <translation>--deals 需要整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--today needs an ISO date like 2026-03-31, not &quot;%1&quot;</source>
        <translation>--today 需要 2026-03-31 这样的 ISO 日期，而不是“%1”</translation>
    </message>
    <message>
        <source>%1: schema version %2</source>
        <translation>%1: 架构版本 %2</translation>
    </message>
    <message>
        <source>%1: created, schema version %2</source>
        <translation>%1: 已创建，架构版本 %2</translation>
    </message>
    <message>
        <source>%1 already holds records; the demo program goes only into an empty database (give another file with --db)</source>
        <translation>%1 中已有记录；演示计划只能载入空数据库（请用 --db 指定其他文件）</translation>
    </message>
    <message>
        <source>adding the demo program</source>
        <translation>正在添加演示计划</translation>
    </message>
    <message>
        <source>Check the files and count; change nothing.</source>
        <translation>检查文件并计数；不做任何更改。</translation>
    </message>
    <message>
        <source>What the file holds: %1.</source>
        <translation>文件内容：%1。</translation>
    </message>
    <message>
        <source>The CSV file (data.md); more KIND FILE pairs may follow.</source>
        <translation>CSV 文件（参见 data.md）；后面可以再跟更多 KIND FILE 对。</translation>
    </message>
    <message>
        <source>Adds or updates records from CSV files, all or nothing: a file with any bad row changes nothing and every bad row is listed as FILE:LINE: FIELD: problem. Several KIND FILE pairs are imported in one transaction, partners first.</source>
        <translation>从 CSV 文件添加或更新记录，要么全部成功，要么不做任何更改：只要文件中有任何错误行，就不做任何更改，并以 FILE:LINE: FIELD: problem 的形式列出每个错误行。多个 KIND FILE 对在同一事务中导入，先导入合作伙伴。</translation>
    </message>
    <message>
        <source>import needs KIND FILE (KIND: %1)</source>
        <translation>import 需要 KIND FILE（KIND：%1）</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (one of %2)</source>
        <translation>未知类型“%1”（应为 %2 之一）</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message>
        <source>dry run: nothing was changed</source>
        <translation>试运行：未做任何更改</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>What to export: %1.</source>
        <translation>要导出的内容：%1。</translation>
    </message>
    <message>
        <source>Writes every record of a kind as CSV (data.md), sorted by id; the file imports back unchanged.</source>
        <translation>将某一类型的全部记录按 ID 排序写为 CSV（参见 data.md）；该文件可原样重新导入。</translation>
    </message>
    <message>
        <source>export needs one KIND (one of %1)</source>
        <translation>export 需要一个 KIND（%1 之一）</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %3 %2 条</translation>
    </message>
    <message>
        <source>commission calc: statements from a plan and a deals file</source>
        <translation>commission calc: 根据佣金方案和商机文件计算佣金结算单</translation>
    </message>
    <message>
        <source>tiers evaluate: tiers and scores from a program and metrics</source>
        <translation>tiers evaluate: 根据合作伙伴计划和指标计算级别和得分</translation>
    </message>
    <message>
        <source>registrations evaluate: statuses and winners of deal registrations</source>
        <translation>registrations evaluate: 商机报备的状态和胜出方</translation>
    </message>
    <message>
        <source>create or migrate the database, optionally with demo data</source>
        <translation>创建或迁移数据库，可选择载入演示数据</translation>
    </message>
    <message>
        <source>import KIND FILE: add or update records from CSV</source>
        <translation>import KIND FILE: 从 CSV 添加或更新记录</translation>
    </message>
    <message>
        <source>export KIND: write records as CSV</source>
        <translation>export KIND: 将记录写为 CSV</translation>
    </message>
    <message>
        <source>measure import, model and commission speed at scale</source>
        <translation>在大数据量下测量导入、模型和佣金计算速度</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli [--db FILE] COMMAND [OPTIONS]

Commands:
</source>
        <translation>用法: channeldesk-cli [--db FILE] COMMAND [OPTIONS]

命令:
</translation>
    </message>
    <message>
        <source>
Run &apos;channeldesk-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
运行 &apos;channeldesk-cli COMMAND --help&apos; 查看命令的选项。
</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db 需要文件名</translation>
    </message>
    <message>
        <source>internal failure: %1</source>
        <translation>内部错误：%1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>未知命令 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]

Subcommands:
  evaluate  statuses and winners of deal registrations as of a date-time (no database)

Run &apos;channeldesk-cli registrations evaluate --help&apos; for its options.
</source>
        <translation>用法: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]

子命令:
  evaluate  截至某一日期时间的商机报备状态和胜出方（无需数据库）

运行 &apos;channeldesk-cli registrations evaluate --help&apos; 查看其选项。
</translation>
    </message>
    <message>
        <source>The registrations (CSV).</source>
        <translation>商机报备（CSV）。</translation>
    </message>
    <message>
        <source>regs.csv</source>
        <translation>regs.csv</translation>
    </message>
    <message>
        <source>Evaluate as of this UTC date-time, e.g. 2026-03-01T00:00:00Z.</source>
        <translation>以此 UTC 日期时间为准进行评估，例如 2026-03-01T00:00:00Z。</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>DATETIME</translation>
    </message>
    <message>
        <source>Days a registration protects its partner (default 30).</source>
        <translation>商机报备为其合作伙伴提供保护的天数（默认 30）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write the result here instead of stdout.</source>
        <translation>将结果写入此文件，而不是标准输出。</translation>
    </message>
    <message>
        <source>Also list, on stderr, registrations that may name the same customer under different keys.</source>
        <translation>同时在标准错误输出中列出可能以不同键值指向同一客户的商机报备。</translation>
    </message>
    <message>
        <source>Evaluates deal registrations (first to register wins, within a protection window) and prints reg_id,status,winner in input order on stdout (or --out). Bad input exits with status 2 and one FILE:LINE: FIELD: message per problem on stderr.</source>
        <translation>评估商机报备（在保护期内先报备者胜出），并按输入顺序将 reg_id,status,winner 输出到标准输出（或 --out）。输入有误时以状态 2 退出，并在标准错误输出中为每个问题输出一行 FILE:LINE: FIELD: message。</translation>
    </message>
    <message>
        <source>%1: --as-of: &quot;%2&quot; is not an ISO 8601 UTC date-time like 2026-03-01T00:00:00Z</source>
        <translation>%1: --as-of: “%2”不是 2026-03-01T00:00:00Z 这样的 ISO 8601 UTC 日期时间</translation>
    </message>
    <message>
        <source>%1: --protection-days: &quot;%2&quot; is not a whole number of days from 0 to %3</source>
        <translation>%1: --protection-days: “%2”不是 0 到 %3 之间的整数天数</translation>
    </message>
    <message>
        <source>%1:%2: %3 and %4 (line %5) may be the same customer (%6%): %7</source>
        <translation>%1:%2: %3 与 %4（第 %5 行）可能是同一客户（%6%）：%7</translation>
    </message>
    <message>
        <source>cannot write the result: %1</source>
        <translation>无法写入结果：%1</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] [--explain]

Subcommands:
  evaluate  each partner&apos;s tier and scorecard score (no database)

Run &apos;channeldesk-cli tiers evaluate --help&apos; for its options.
</source>
        <translation>用法: channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] [--explain]

子命令:
  evaluate  每个合作伙伴的级别和计分卡得分（无需数据库）

运行 &apos;channeldesk-cli tiers evaluate --help&apos; 查看其选项。
</translation>
    </message>
    <message>
        <source>The partner program (JSON).</source>
        <translation>合作伙伴计划（JSON）。</translation>
    </message>
    <message>
        <source>The partners&apos; metrics (CSV: partner_id and one column per metric).</source>
        <translation>合作伙伴的指标（CSV：partner_id 加上每个指标一列）。</translation>
    </message>
    <message>
        <source>metrics.csv</source>
        <translation>metrics.csv</translation>
    </message>
    <message>
        <source>Also say on stderr why each partner has its tier and what it lacks for the next one.</source>
        <translation>同时在标准错误输出中说明每个合作伙伴获得其级别的原因，以及距下一级别还缺少什么。</translation>
    </message>
    <message>
        <source>Evaluates a partner program&apos;s tiers and scorecard and prints partner,tier,score sorted by partner on stdout (or --out). Bad input exits with status 2 and one FILE:LINE: FIELD: message per problem on stderr.</source>
        <translation>评估合作伙伴计划的级别和计分卡，并按合作伙伴排序将 partner,tier,score 输出到标准输出（或 --out）。输入有误时以状态 2 退出，并在标准错误输出中为每个问题输出一行 FILE:LINE: FIELD: message。</translation>
    </message>
    <message>
        <source>%1: which subcommand?</source>
        <translation>%1: 请指定子命令</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &apos;%2&apos;</source>
        <translation>%1: 未知子命令 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available yet</source>
        <translation>&apos;%1&apos; 暂不可用</translation>
    </message>
</context>
<context>
    <name>cd::cli::Bench</name>
    <message>
        <source>Partners to generate.</source>
        <translation>要生成的合作伙伴数量。</translation>
    </message>
    <message>
        <source>Deals to generate.</source>
        <translation>要生成的商机数量。</translation>
    </message>
    <message>
        <source>Won deals for the commission figure.</source>
        <translation>用于佣金测量的赢单商机数量。</translation>
    </message>
    <message>
        <source>Work in DIR and keep its files.</source>
        <translation>在 DIR 中工作并保留其中的文件。</translation>
    </message>
    <message>
        <source>Builds a database of generated partners and deals and prints one line per figure: name value unit.</source>
        <translation>用生成的合作伙伴和商机构建数据库，并为每项指标输出一行：name value unit。</translation>
    </message>
    <message>
        <source>--partners, --deals and --commission-deals take positive whole numbers</source>
        <translation>--partners、--deals 和 --commission-deals 需要正整数</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>generating %1 deals in %2 …</source>
        <translation>正在生成 %1 个商机，写入 %2…</translation>
    </message>
    <message>
        <source>importing …</source>
        <translation>正在导入…</translation>
    </message>
</context>
<context>
    <name>cd::gui</name>
    <message>
        <source>ChannelDesk: partner programs, deals and commissions.</source>
        <translation>ChannelDesk：管理合作伙伴计划、商机和佣金。</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>打开数据库 FILE。</translation>
    </message>
    <message>
        <source>Open on the page NAME (partners, deals, …).</source>
        <translation>启动时打开页面 NAME（partners、deals、…）。</translation>
    </message>
    <message>
        <source>Use the language CODE (de, fr, es, ja, zh_CN, en).</source>
        <translation>使用语言 CODE（de、fr、es、ja、zh_CN、en）。</translation>
    </message>
    <message>
        <source>Render the main window, save it as the PNG FILE and quit.</source>
        <translation>渲染主窗口，将其保存为 PNG 文件 FILE 后退出。</translation>
    </message>
    <message>
        <source>Window size WIDTHxHEIGHT.</source>
        <translation>窗口大小 WIDTHxHEIGHT。</translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
    <message>
        <source>channeldesk: no page &apos;%1&apos;; pages: %2</source>
        <translation>channeldesk: 没有页面 &apos;%1&apos;；可用页面：%2</translation>
    </message>
</context>
<context>
    <name>cd::store::AuditLog</name>
    <message>
        <source>preparing the audit log</source>
        <translation>准备审计记录</translation>
    </message>
    <message>
        <source>writing the audit log for %1 %2</source>
        <translation>写入 %1 %2 的审计记录</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>读取审计记录</translation>
    </message>
    <message>
        <source>counting the audit log</source>
        <translation>统计审计记录</translation>
    </message>
</context>
<context>
    <name>cd::store::Database</name>
    <message>
        <source>no database file was given</source>
        <translation>未指定数据库文件</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 不是文件</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation>无法创建 %1：文件夹 %2 不存在</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>setting the busy timeout</source>
        <translation>设置忙等待超时</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>启用外键</translation>
    </message>
    <message>
        <source>enabling the WAL journal</source>
        <translation>启用 WAL 日志</translation>
    </message>
    <message>
        <source>cannot use a write-ahead log for %1 (journal mode %2)</source>
        <translation>无法为 %1 使用预写日志（日志模式 %2）</translation>
    </message>
    <message>
        <source>setting the synchronous mode</source>
        <translation>设置同步模式</translation>
    </message>
    <message>
        <source>%1 was written by a newer ChannelDesk (schema %2, this build knows %3); it was not changed</source>
        <translation>%1 由较新版本的 ChannelDesk 写入（架构 %2，此版本仅支持到 %3）；文件未被更改</translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation>记录架构版本 %1</translation>
    </message>
    <message>
        <source>marking the file as a ChannelDesk database</source>
        <translation>将文件标记为 ChannelDesk 数据库</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>读取架构版本</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 时失败：%2</translation>
    </message>
    <message>
        <source>checking for records</source>
        <translation>检查是否已有记录</translation>
    </message>
    <message>
        <source>upgrading to schema %1</source>
        <translation>升级到架构 %1</translation>
    </message>
    <message>
        <source>setting the page size</source>
        <translation>设置页面大小</translation>
    </message>
    <message>
        <source>%1 is not a ChannelDesk database (%2); it was not changed</source>
        <translation>%1 不是 ChannelDesk 数据库（%2）；文件未被更改</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>不是 SQLite 文件</translation>
    </message>
    <message>
        <source>it belongs to another application</source>
        <translation>它属于其他应用程序</translation>
    </message>
    <message>
        <source>it holds tables of another application</source>
        <translation>其中包含其他应用程序的表</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>开始事务</translation>
    </message>
    <message>
        <source>starting a savepoint</source>
        <translation>设置保存点</translation>
    </message>
    <message>
        <source>a transaction was committed twice</source>
        <translation>事务被提交了两次</translation>
    </message>
    <message>
        <source>committing the changes</source>
        <translation>提交更改</translation>
    </message>
    <message>
        <source>%1 has the unknown currency &quot;%2&quot; in the database</source>
        <translation>数据库中的 %1 使用了未知币种“%2”</translation>
    </message>
    <message>
        <source>reading partners</source>
        <translation>读取合作伙伴</translation>
    </message>
    <message>
        <source>looking up partner %1</source>
        <translation>查找合作伙伴 %1</translation>
    </message>
    <message>
        <source>the database connection does not expose its SQLite handle</source>
        <translation>数据库连接未提供其 SQLite 句柄</translation>
    </message>
    <message>
        <source>preparing the import failed: %1</source>
        <translation>准备导入失败：%1</translation>
    </message>
</context>
<context>
    <name>cd::store::DealRepository</name>
    <message>
        <source>reading deal %1</source>
        <translation>读取商机 %1</translation>
    </message>
    <message>
        <source>reading the deals</source>
        <translation>读取商机</translation>
    </message>
    <message>
        <source>looking up deal %1</source>
        <translation>查找商机 %1</translation>
    </message>
    <message>
        <source>counting the deals</source>
        <translation>统计商机</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>没有合作伙伴 %1</translation>
    </message>
    <message>
        <source>saving the partners of deal %1</source>
        <translation>保存商机 %1 的合作伙伴</translation>
    </message>
    <message>
        <source>a deal with the id %1 already exists</source>
        <translation>ID 为 %1 的商机已存在</translation>
    </message>
    <message>
        <source>adding deal %1</source>
        <translation>添加商机 %1</translation>
    </message>
    <message>
        <source>there is no deal %1 to change</source>
        <translation>没有要更改的商机 %1</translation>
    </message>
    <message>
        <source>changing deal %1</source>
        <translation>更改商机 %1</translation>
    </message>
    <message>
        <source>changing the partners of deal %1</source>
        <translation>更改商机 %1 的合作伙伴</translation>
    </message>
    <message>
        <source>there is no deal %1 to delete</source>
        <translation>没有要删除的商机 %1</translation>
    </message>
    <message>
        <source>deleting deal %1</source>
        <translation>删除商机 %1</translation>
    </message>
</context>
<context>
    <name>cd::store::Exporter</name>
    <message>
        <source>cannot write the export: %1</source>
        <translation>无法写入导出内容：%1</translation>
    </message>
    <message>
        <source>exporting %1</source>
        <translation>导出 %1</translation>
    </message>
</context>
<context>
    <name>cd::store::FxRateRepository</name>
    <message>
        <source>reading the exchange rates</source>
        <translation>读取汇率</translation>
    </message>
    <message>
        <source>counting the exchange rates</source>
        <translation>统计汇率</translation>
    </message>
    <message>
        <source>reading the rate %1</source>
        <translation>读取汇率 %1</translation>
    </message>
    <message>
        <source>saving the rate %1</source>
        <translation>保存汇率 %1</translation>
    </message>
    <message>
        <source>there is no rate %1 to delete</source>
        <translation>没有要删除的汇率 %1</translation>
    </message>
    <message>
        <source>deleting the rate %1</source>
        <translation>删除汇率 %1</translation>
    </message>
</context>
<context>
    <name>cd::store::Importer</name>
    <message>
        <source>reading %1</source>
        <translation>读取 %1</translation>
    </message>
    <message>
        <source>%1 appears twice in the file (first on line %2)</source>
        <translation>%1 在文件中重复出现（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>准备导入</translation>
    </message>
    <message>
        <source>reading deals</source>
        <translation>读取商机</translation>
    </message>
    <message>
        <source>importing %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>%1: unknown columns ignored: %2</source>
        <translation>%1: 已忽略未知列：%2</translation>
    </message>
    <message>
        <source>reading the partners</source>
        <translation>读取合作伙伴</translation>
    </message>
    <message>
        <source>reading the exchange rates</source>
        <translation>读取汇率</translation>
    </message>
    <message>
        <source>indexing the deals</source>
        <translation>为商机建立索引</translation>
    </message>
    <message>
        <source>adding partner %1</source>
        <translation>添加合作伙伴 %1</translation>
    </message>
    <message>
        <source>changing partner %1</source>
        <translation>更改合作伙伴 %1</translation>
    </message>
    <message>
        <source>saving the partners of deal %1</source>
        <translation>保存商机 %1 的合作伙伴</translation>
    </message>
    <message>
        <source>adding deal %1</source>
        <translation>添加商机 %1</translation>
    </message>
    <message>
        <source>adding deals %1 to %2</source>
        <translation>添加商机 %1 至 %2</translation>
    </message>
    <message>
        <source>saving the partners of deals</source>
        <translation>保存商机的合作伙伴</translation>
    </message>
    <message>
        <source>reading deal %1</source>
        <translation>读取商机 %1</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>没有合作伙伴 %1</translation>
    </message>
    <message>
        <source>changing deal %1</source>
        <translation>更改商机 %1</translation>
    </message>
    <message>
        <source>changing the partners of deal %1</source>
        <translation>更改商机 %1 的合作伙伴</translation>
    </message>
    <message>
        <source>reading registration %1</source>
        <translation>读取商机报备 %1</translation>
    </message>
    <message>
        <source>adding registration %1</source>
        <translation>添加商机报备 %1</translation>
    </message>
    <message>
        <source>changing registration %1</source>
        <translation>更改商机报备 %1</translation>
    </message>
    <message>
        <source>saving the rate %1</source>
        <translation>保存汇率 %1</translation>
    </message>
    <message>
        <source>reading the cache size</source>
        <translation>读取缓存大小</translation>
    </message>
    <message>
        <source>enlarging the cache for the import</source>
        <translation>为导入扩大缓存</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1: 新增 %2 条，更新 %3 条，未变 %4 条</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date like 2026-03-31</source>
        <translation>“%1”不是 2026-03-31 这样的 ISO 日期</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date-time in UTC like 2026-03-31T14:05:00Z</source>
        <translation>“%1”不是 2026-03-31T14:05:00Z 这样的 UTC ISO 日期时间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency this program knows</source>
        <translation>“%1”不是本程序支持的币种</translation>
    </message>
    <message>
        <source>is required with a revenue commitment</source>
        <translation>填写收入承诺时为必填项</translation>
    </message>
    <message>
        <source>is only used with a revenue commitment; leave it empty or give the commitment</source>
        <translation>仅在填写收入承诺时使用；请留空或填写收入承诺</translation>
    </message>
</context>
<context>
    <name>cd::store::PartnerRepository</name>
    <message>
        <source>reading partner %1</source>
        <translation>读取合作伙伴 %1</translation>
    </message>
    <message>
        <source>reading the partners</source>
        <translation>读取合作伙伴</translation>
    </message>
    <message>
        <source>counting the partners</source>
        <translation>统计合作伙伴</translation>
    </message>
    <message>
        <source>a partner with the id %1 already exists</source>
        <translation>ID 为 %1 的合作伙伴已存在</translation>
    </message>
    <message>
        <source>adding partner %1</source>
        <translation>添加合作伙伴 %1</translation>
    </message>
    <message>
        <source>there is no partner %1 to change</source>
        <translation>没有要更改的合作伙伴 %1</translation>
    </message>
    <message>
        <source>changing partner %1</source>
        <translation>更改合作伙伴 %1</translation>
    </message>
    <message>
        <source>there is no partner %1 to delete</source>
        <translation>没有要删除的合作伙伴 %1</translation>
    </message>
    <message>
        <source>checking the deals of partner %1</source>
        <translation>检查合作伙伴 %1 的商机</translation>
    </message>
    <message>
        <source>partner %1 cannot be deleted: %2 deals and %3 registrations name it</source>
        <translation>无法删除合作伙伴 %1：有 %2 个商机和 %3 条商机报备引用了它</translation>
    </message>
    <message>
        <source>deleting partner %1</source>
        <translation>删除合作伙伴 %1</translation>
    </message>
</context>
<context>
    <name>cd::store::RecordFormat</name>
    <message>
        <source>%1 %2 has finer digits than the database keeps (thousandths)</source>
        <translation>%1 %2 的精度超出数据库可保存的精度（千分之一）</translation>
    </message>
    <message>
        <source>%1 %2 is too large to store</source>
        <translation>%1 %2 过大，无法保存</translation>
    </message>
    <message>
        <source>the database holds %1 thousandths of %2, which has only %3 decimals</source>
        <translation>数据库中以千分之一为单位保存了 %1（%2），而 %2 只有 %3 位小数</translation>
    </message>
    <message>
        <source>the database holds &quot;%1&quot; as %2, which is not a decimal</source>
        <translation>数据库中将“%1”保存为 %2，但它不是数值</translation>
    </message>
</context>
<context>
    <name>cd::store::RecordRules</name>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>is required (one of %1)</source>
        <translation>为必填项（应为 %1 之一）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>“%1”不是 %2 之一</translation>
    </message>
    <message>
        <source>%1 must be positive</source>
        <translation>%1 必须为正数</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 不能为负数</translation>
    </message>
    <message>
        <source>%1 cannot be stored exactly</source>
        <translation>%1 无法精确保存</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an id: no spaces, &apos;;&apos; or &apos;=&apos;</source>
        <translation>“%1”不能用作 ID：不能包含空格、&apos;;&apos; 或 &apos;=&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code like DE</source>
        <translation>“%1”不是 DE 这样的 ISO 3166-1 alpha-2 国家/地区代码</translation>
    </message>
    <message>
        <source>no partner given</source>
        <translation>未指定合作伙伴</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 被指定了两次</translation>
    </message>
    <message>
        <source>the share of %1 must be positive</source>
        <translation>%1 的分配比例必须为正数</translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation>分配比例合计为 %1，而不是 100</translation>
    </message>
    <message>
        <source>%1 is not between 0% and 100%</source>
        <translation>%1 不在 0% 到 100% 之间</translation>
    </message>
    <message>
        <source>is required for a %1 deal</source>
        <translation>状态为 %1 的商机必须填写</translation>
    </message>
    <message>
        <source>is required for a cancelled deal</source>
        <translation>已取消的商机必须填写</translation>
    </message>
    <message>
        <source>%1 is before the close date %2</source>
        <translation>%1 早于成交日期 %2</translation>
    </message>
    <message>
        <source>only a cancelled deal has a cancellation date</source>
        <translation>只有已取消的商机才有取消日期</translation>
    </message>
    <message>
        <source>a customer name or domain is required</source>
        <translation>需要填写客户名称或域名</translation>
    </message>
    <message>
        <source>is before submitted_at</source>
        <translation>早于 submitted_at</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency this program knows</source>
        <translation>“%1”不是本程序支持的币种</translation>
    </message>
</context>
<context>
    <name>cd::store::RegistrationRepository</name>
    <message>
        <source>reading registration %1</source>
        <translation>读取商机报备 %1</translation>
    </message>
    <message>
        <source>reading the registrations</source>
        <translation>读取商机报备</translation>
    </message>
    <message>
        <source>looking up registration %1</source>
        <translation>查找商机报备 %1</translation>
    </message>
    <message>
        <source>counting the registrations</source>
        <translation>统计商机报备</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>没有合作伙伴 %1</translation>
    </message>
    <message>
        <source>a registration with the id %1 already exists</source>
        <translation>ID 为 %1 的商机报备已存在</translation>
    </message>
    <message>
        <source>adding registration %1</source>
        <translation>添加商机报备 %1</translation>
    </message>
    <message>
        <source>there is no registration %1 to change</source>
        <translation>没有要更改的商机报备 %1</translation>
    </message>
    <message>
        <source>changing registration %1</source>
        <translation>更改商机报备 %1</translation>
    </message>
    <message>
        <source>there is no registration %1 to delete</source>
        <translation>没有要删除的商机报备 %1</translation>
    </message>
    <message>
        <source>deleting registration %1</source>
        <translation>删除商机报备 %1</translation>
    </message>
</context>
<context>
    <name>cd::ui::DealDialog</name>
    <message>
        <source>New Deal</source>
        <translation>新建商机</translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation>商机 %1</translation>
    </message>
    <message>
        <source>P1, or a split such as P2=60;P1=40</source>
        <translation>P1，或 P2=60;P1=40 这样的分配</translation>
    </message>
    <message>
        <source>e.g. 60%</source>
        <translation>例如 60%</translation>
    </message>
    <message>
        <source>Deal &amp;ID:</source>
        <translation>商机 ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>合作伙伴(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C):</translation>
    </message>
    <message>
        <source>Customer &amp;domain:</source>
        <translation>客户域名(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>产品(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S):</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>阶段(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U):</translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation>赢单概率(&amp;B):</translation>
    </message>
    <message>
        <source>C&amp;lose date:</source>
        <translation>成交日期(&amp;L):</translation>
    </message>
    <message>
        <source>Ca&amp;ncelled on:</source>
        <translation>取消日期(&amp;E):</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>商机报备(&amp;G):</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>“%1”不是金额</translation>
    </message>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation>小数位超出 %1 允许的位数（%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage</source>
        <translation>“%1”不是百分比</translation>
    </message>
    <message>
        <source>is already used by another deal</source>
        <translation>已被其他商机使用</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>没有合作伙伴 %1</translation>
    </message>
</context>
<context>
    <name>cd::ui::FilterBar</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
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
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Could not read the database</source>
        <translation>无法读取数据库</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Fill with &amp;Demo Data</source>
        <translation>填入演示数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ChannelDesk</source>
        <translation>关于 ChannelDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About ChannelDesk</source>
        <translation>关于 ChannelDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;ChannelDesk %1&lt;/b&gt;&lt;p&gt;Partner programs, deals, registrations and commissions, offline on your desktop, with exact money.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;ChannelDesk %1&lt;/b&gt;&lt;p&gt;在桌面上离线管理合作伙伴计划、商机、商机报备和佣金，金额精确无误差。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln 个合作伙伴</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln 个商机</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 loaded)</source>
        <translation>%1（已载入 %2 个）</translation>
    </message>
    <message>
        <source>Open ChannelDesk Database</source>
        <translation>打开 ChannelDesk 数据库</translation>
    </message>
    <message>
        <source>ChannelDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>ChannelDesk 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>An empty database</source>
        <translation>空数据库</translation>
    </message>
    <message>
        <source>This database holds no partners yet. Fill it with a demo program to look around, or import your partners and deals from CSV?</source>
        <translation>此数据库中还没有合作伙伴。要填入演示计划来体验一下，还是从 CSV 导入您的合作伙伴和商机？</translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation>填入演示数据</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>导入 CSV…</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
</context>
<context>
    <name>cd::ui::PartnerDialog</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation>新建合作伙伴</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>合作伙伴 %1</translation>
    </message>
    <message>
        <source>ISO code, e.g. DE</source>
        <translation>ISO 代码，例如 DE</translation>
    </message>
    <message>
        <source>Partner &amp;ID:</source>
        <translation>合作伙伴 ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>国家/地区(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>计划(&amp;P):</translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation>级别(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S):</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>负责人(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>加入日期(&amp;J):</translation>
    </message>
    <message>
        <source>Revenue &amp;commitment:</source>
        <translation>收入承诺(&amp;O):</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>币种(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Vertical:</source>
        <translation>行业(&amp;V):</translation>
    </message>
    <message>
        <source>needs a currency</source>
        <translation>需要币种</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>“%1”不是金额</translation>
    </message>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation>小数位超出 %1 允许的位数（%2）</translation>
    </message>
    <message>
        <source>is already used by another partner</source>
        <translation>已被其他合作伙伴使用</translation>
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
        <translation>所有级别</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>所有阶段</translation>
    </message>
</context>
</TS>
