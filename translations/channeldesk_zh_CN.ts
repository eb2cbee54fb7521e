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
        <translation>收入</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Partner revenue</source>
        <translation>合作伙伴收入</translation>
    </message>
    <message>
        <source>Partner-sourced revenue</source>
        <translation>合作伙伴来源收入</translation>
    </message>
    <message>
        <source>Partner-influenced revenue</source>
        <translation>合作伙伴影响收入</translation>
    </message>
    <message>
        <source>Sourced share</source>
        <translation>来源占比</translation>
    </message>
    <message>
        <source>Influenced share</source>
        <translation>影响占比</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加权管道</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>平均商机金额</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>销售周期</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>活跃合作伙伴</translation>
    </message>
    <message>
        <source>Certified partners</source>
        <translation>认证合作伙伴</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>按阶段划分的管道</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权</translation>
    </message>
    <message>
        <source>Partner revenue against target by quarter</source>
        <translation>按季度划分的合作伙伴收入与目标对比</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>赢单收入</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Revenue by region against the geographic split</source>
        <translation>按区域划分的收入与区域分配规划对比</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>规划 %1</translation>
    </message>
    <message>
        <source>Revenue by tier</source>
        <translation>按级别划分的收入</translation>
    </message>
    <message>
        <source>Revenue by partner type</source>
        <translation>按合作伙伴类型划分的收入</translation>
    </message>
    <message>
        <source>Top partners by won revenue</source>
        <translation>赢单收入排名靠前的合作伙伴</translation>
    </message>
    <message>
        <source>Deal registrations and conflicts</source>
        <translation>商机报备与渠道冲突</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>商机报备</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>存在冲突</translation>
    </message>
    <message>
        <source>Pipeline for %1</source>
        <translation>%1 的管道</translation>
    </message>
    <message>
        <source>Weighted pipeline for %1</source>
        <translation>%1 的加权管道</translation>
    </message>
    <message>
        <source>Pipeline for %1 by stage</source>
        <translation>%1 按阶段划分的管道</translation>
    </message>
</context>
<context>
    <name>cd::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
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
    <message numerus="yes">
        <source>%Ln registration status(es) set by the rules as of now.</source>
        <translation>
            <numerusform>已按当前规则设置 %Ln 个报备状态。</numerusform>
        </translation>
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
    <name>cd::QbrReport</name>
    <message>
        <source>Quarterly business review %1</source>
        <translation>QBR（季度业务回顾）%1</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>ChannelDesk · Quarterly business review %1 · page %2</source>
        <translation>ChannelDesk · 季度业务回顾 %1 · 第 %2 页</translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation>季度业务回顾</translation>
    </message>
    <message>
        <source>Partner program</source>
        <translation>合作伙伴计划</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>级别 %1</translation>
    </message>
    <message>
        <source>All regions and programs</source>
        <translation>所有区域和计划</translation>
    </message>
    <message>
        <source>%1 to %2 · figures in %3 · prepared %4</source>
        <translation>%1 至 %2 · 金额单位：%3 · 编制日期：%4</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>Key figures against targets</source>
        <translation>关键指标与目标对比</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Tier and scorecard</source>
        <translation>级别和计分卡</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Top deals won</source>
        <translation>赢单的主要商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Registrations in conflict</source>
        <translation>存在冲突的商机报备</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢单概率</translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; is not in the database, so the tier cannot be evaluated.</source>
        <translation>数据库中没有计划“%1”，因此无法评估级别。</translation>
    </message>
    <message>
        <source>Tier now</source>
        <translation>当前级别</translation>
    </message>
    <message>
        <source>Not evaluated: only active partners are.</source>
        <translation>未评估：仅评估活跃合作伙伴。</translation>
    </message>
    <message>
        <source>Tier by the rules on %1</source>
        <translation>按 %1 的规则评定的级别</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>%1 (rank %2 of %3 partners)</source>
        <translation>%1（%3 个合作伙伴中排名第 %2）</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>计分卡</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Pipeline closing in %1</source>
        <translation>预计在 %1 成交的管道</translation>
    </message>
    <message>
        <source>Program · tier</source>
        <translation>计划 · 级别</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s) proposed</source>
        <translation>
            <numerusform>建议升级 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demotion(s) proposed</source>
        <translation>
            <numerusform>建议降级 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Partners by tier, the rules as of %1</source>
        <translation>按级别划分的合作伙伴（%1 的规则）</translation>
    </message>
    <message>
        <source>By the rules</source>
        <translation>按规则</translation>
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
    <message>
        <source>someone else</source>
        <translation>其他人</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it.</source>
        <translation>%1 在您打开后已被 %2 于 %3 更改。</translation>
    </message>
    <message>
        <source>%1 was changed by %2 since you opened it.</source>
        <translation>%1 在您打开后已被 %2 更改。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被其他人更改</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <source>%1 was deleted since you opened it.</source>
        <translation>%1 在您打开后已被删除。</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>%1 was changed by %2 just now; look at it again before deleting it.</source>
        <translation>%1 刚刚被 %2 更改；请在删除前再查看一次。</translation>
    </message>
    <message>
        <source>Reload shows their version; what you typed here is dropped. Keep editing puts the fields you changed on top of their version, for you to check and save; where you both changed a field, yours is kept.</source>
        <translation>“重新加载”显示对方的版本，您在此处的输入将被丢弃。“继续编辑”将您更改的字段应用到对方的版本上，供您检查并保存；双方都更改了的字段保留您的值。</translation>
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
    <message>
        <source>Closed from</source>
        <translation>成交日期起</translation>
    </message>
    <message>
        <source>Closed until</source>
        <translation>成交日期止</translation>
    </message>
</context>
<context>
    <name>cd::TargetsPage</name>
    <message>
        <source>Partner revenue</source>
        <translation>合作伙伴收入</translation>
    </message>
    <message>
        <source>Partner-sourced revenue</source>
        <translation>合作伙伴来源收入</translation>
    </message>
    <message>
        <source>Partner-influenced revenue</source>
        <translation>合作伙伴影响收入</translation>
    </message>
    <message>
        <source>Partner-sourced share of revenue</source>
        <translation>合作伙伴来源收入占比</translation>
    </message>
    <message>
        <source>Partner-influenced share of revenue</source>
        <translation>合作伙伴影响收入占比</translation>
    </message>
    <message>
        <source>Channel pipeline</source>
        <translation>渠道管道</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>加权管道</translation>
    </message>
    <message>
        <source>Average partner deal size</source>
        <translation>合作伙伴商机平均金额</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Sales cycle (days)</source>
        <translation>销售周期（天）</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>活跃合作伙伴</translation>
    </message>
    <message>
        <source>Certified partners</source>
        <translation>认证合作伙伴</translation>
    </message>
    <message>
        <source>Region&apos;s share of partner revenue</source>
        <translation>该区域在合作伙伴收入中的占比</translation>
    </message>
    <message>
        <source>Technology integrations</source>
        <translation>技术集成</translation>
    </message>
    <message>
        <source>Joint customer references</source>
        <translation>联合客户案例</translation>
    </message>
    <message>
        <source>Partner share of total revenue</source>
        <translation>合作伙伴在总收入中的占比</translation>
    </message>
    <message>
        <source>Revenue per partner</source>
        <translation>每个合作伙伴的收入</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Partner satisfaction (of 5)</source>
        <translation>合作伙伴满意度（满分 5 分）</translation>
    </message>
    <message>
        <source>Integration success</source>
        <translation>集成成功率</translation>
    </message>
    <message>
        <source>Training completion</source>
        <translation>培训完成率</translation>
    </message>
    <message>
        <source>Support response (hours)</source>
        <translation>支持响应时间（小时）</translation>
    </message>
    <message>
        <source>Partner onboarding (days)</source>
        <translation>合作伙伴入驻时长（天）</translation>
    </message>
    <message>
        <source>Integration time (days)</source>
        <translation>集成时长（天）</translation>
    </message>
    <message>
        <source>Support tickets per month</source>
        <translation>每月支持工单数</translation>
    </message>
    <message>
        <source>Partner churn</source>
        <translation>合作伙伴流失率</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Edit targets</source>
        <translation>编辑目标</translation>
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
        <source>Usage: channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]
       channeldesk-cli [--db FILE] commission run --period LABEL [--out FILE]
       channeldesk-cli [--db FILE] commission plan list|import|export|assign|unassign ...

Subcommands:
  calc  statements from a plan, a deals file and exchange rates (no database)
  run   one period&apos;s statements from the database, each partner under its assigned plan
  plan  the database&apos;s commission plans and their assignments

Run &apos;channeldesk-cli commission SUBCOMMAND --help&apos; for its options.
</source>
        <translation>用法: channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]
       channeldesk-cli [--db FILE] commission run --period LABEL [--out FILE]
       channeldesk-cli [--db FILE] commission plan list|import|export|assign|unassign ...

子命令:
  calc  根据佣金方案、商机文件和汇率计算佣金结算单（无需数据库）
  run   根据数据库计算一个期间的佣金结算单，每个合作伙伴按其分配的方案计算
  plan  数据库中的佣金方案及其分配

运行 &apos;channeldesk-cli commission SUBCOMMAND --help&apos; 查看其选项。
</translation>
    </message>
    <message>
        <source>The statement period: 2026-03, 2026-Q1, FY2027-Q1, 2026 or FY2027.</source>
        <translation>佣金结算单的期间：2026-03、2026-Q1、FY2027-Q1、2026 或 FY2027。</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>Computes one period&apos;s statements from the database&apos;s deals and exchange rates, each partner under the plan its assignment gives (program and tier first, else partner type), as the CSV of &apos;commission calc&apos;. Partners without a plan are named on stderr and left out.</source>
        <translation>根据数据库中的商机和汇率计算一个期间的佣金结算单，每个合作伙伴按其分配所给出的方案计算（优先按计划和级别，否则按合作伙伴类型），输出格式与 &apos;commission calc&apos; 的 CSV 相同。没有方案的合作伙伴会在标准错误输出中列出，并被排除在外。</translation>
    </message>
    <message>
        <source>Write here instead of stdout.</source>
        <translation>写入此处，而不是标准输出。</translation>
    </message>
    <message>
        <source>Lists the commission plans as CSV: plan_id,name,currency,window,method,updated_at,assigned_to (program/tier or type:TYPE, separated by &apos;;&apos;).</source>
        <translation>以 CSV 列出佣金方案：plan_id,name,currency,window,method,updated_at,assigned_to（program/tier 或 type:TYPE，以 &apos;;&apos; 分隔）。</translation>
    </message>
    <message>
        <source>The plan&apos;s display name (one file only).</source>
        <translation>方案的显示名称（仅限一个文件）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Plans as commission.md&apos;s JSON.</source>
        <translation>采用 commission.md 所述 JSON 格式的方案。</translation>
    </message>
    <message>
        <source>Imports commission plans (commission.md&apos;s JSON), all or nothing: a plan whose id exists is replaced. The JSON is kept as given, so export returns the same bytes.</source>
        <translation>导入佣金方案（commission.md 所述 JSON 格式），要么全部成功，要么不做任何更改：ID 已存在的方案将被替换。JSON 按原样保存，因此导出时会返回完全相同的字节。</translation>
    </message>
    <message>
        <source>%1: give one or more plan files (--name with one file only)</source>
        <translation>%1: 请指定一个或多个方案文件（--name 仅限一个文件）</translation>
    </message>
    <message>
        <source>plan %1 is in more than one file</source>
        <translation>方案 %1 出现在多个文件中</translation>
    </message>
    <message>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The plan to export.</source>
        <translation>要导出的方案。</translation>
    </message>
    <message>
        <source>Writes a plan&apos;s JSON exactly as it was imported or saved.</source>
        <translation>按导入或保存时的原样写出方案的 JSON。</translation>
    </message>
    <message>
        <source>%1: give one PLAN_ID</source>
        <translation>%1: 请指定一个 PLAN_ID</translation>
    </message>
    <message>
        <source>there is no commission plan %1</source>
        <translation>不存在佣金方案 %1</translation>
    </message>
    <message>
        <source>The partners&apos; program.</source>
        <translation>合作伙伴所属的计划。</translation>
    </message>
    <message>
        <source>PROGRAM</source>
        <translation>PROGRAM</translation>
    </message>
    <message>
        <source>The partners&apos; tier in the program.</source>
        <translation>合作伙伴在该计划中的级别。</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>TIER</translation>
    </message>
    <message>
        <source>The partners&apos; type.</source>
        <translation>合作伙伴的类型。</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The plan to assign.</source>
        <translation>要分配的方案。</translation>
    </message>
    <message>
        <source>Assigns a plan to the partners of a program and tier, or of a type. A partner whose program and tier have a plan is paid under it; otherwise under its type&apos;s plan.</source>
        <translation>将方案分配给某个计划和级别的合作伙伴，或某一类型的合作伙伴。若合作伙伴所在的计划和级别有方案，则按该方案支付；否则按其类型的方案支付。</translation>
    </message>
    <message>
        <source>Removes the plan assignment of a program and tier, or of a type.</source>
        <translation>取消某个计划和级别或某一类型的方案分配。</translation>
    </message>
    <message>
        <source>%1: give %2(--program P --tier T | --type TYPE)</source>
        <translation>%1: 请指定 %2(--program P --tier T | --type TYPE)</translation>
    </message>
    <message>
        <source>%1: empty --program, --tier or --type</source>
        <translation>%1: --program、--tier 或 --type 为空</translation>
    </message>
    <message>
        <source>%1: no plan is assigned there</source>
        <translation>%1: 此处未分配方案</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli [--db FILE] commission plan list [--out FILE]
       channeldesk-cli [--db FILE] commission plan import FILE... [--name NAME]
       channeldesk-cli [--db FILE] commission plan export PLAN_ID [--out FILE]
       channeldesk-cli [--db FILE] commission plan assign PLAN_ID (--program P --tier T | --type TYPE)
       channeldesk-cli [--db FILE] commission plan unassign (--program P --tier T | --type TYPE)
</source>
        <translation>用法: channeldesk-cli [--db FILE] commission plan list [--out FILE]
       channeldesk-cli [--db FILE] commission plan import FILE... [--name NAME]
       channeldesk-cli [--db FILE] commission plan export PLAN_ID [--out FILE]
       channeldesk-cli [--db FILE] commission plan assign PLAN_ID (--program P --tier T | --type TYPE)
       channeldesk-cli [--db FILE] commission plan unassign (--program P --tier T | --type TYPE)
</translation>
    </message>
    <message>
        <source>report qbr | pipeline: the QBR as PDF, pipeline figures as CSV</source>
        <translation>report qbr | pipeline: 以 PDF 输出 QBR，以 CSV 输出管道数据</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]
       channeldesk-cli [--db FILE] registrations run [--as-of DATETIME] [--dry-run] [--out FILE]

Subcommands:
  evaluate  statuses and winners of deal registrations as of a date-time (no database)
  run       evaluates the database&apos;s registrations and stores their statuses

Run &apos;channeldesk-cli registrations SUBCOMMAND --help&apos; for its options.
</source>
        <translation>用法: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]
       channeldesk-cli [--db FILE] registrations run [--as-of DATETIME] [--dry-run] [--out FILE]

子命令:
  evaluate  评估截至某一日期时间的商机报备状态及胜出者（无需数据库）
  run       评估数据库中的商机报备并保存其状态

运行 &apos;channeldesk-cli registrations SUBCOMMAND --help&apos; 查看其选项。
</translation>
    </message>
    <message>
        <source>Evaluate as of this UTC date-time (default: now), e.g. 2026-03-01T00:00:00Z.</source>
        <translation>以此 UTC 日期时间为准进行评估（默认：当前时间），例如 2026-03-01T00:00:00Z。</translation>
    </message>
    <message>
        <source>Print what would change without writing anything.</source>
        <translation>仅显示将要发生的更改，不写入任何内容。</translation>
    </message>
    <message>
        <source>Write the changes here instead of stdout.</source>
        <translation>将更改写入此处，而不是标准输出。</translation>
    </message>
    <message>
        <source>Evaluates every registration in the database (first to register wins, within the program&apos;s protection days; rejected registrations left out, extensions honoured), stores the statuses with an audit row each and opens a conflict case for every new conflict. Prints the changes as CSV reg_id,old_status,new_status,old_winner,new_winner on stdout (or --out) and a summary on stderr.</source>
        <translation>评估数据库中的每条商机报备（在计划的保护天数内先报备者胜出；已拒绝的报备不计入，延期有效），保存其状态并为每条记录写入一行审计记录，同时为每个新的冲突创建冲突案例。以 CSV 格式 reg_id,old_status,new_status,old_winner,new_winner 将更改输出到标准输出（或 --out），并在标准错误输出中输出摘要。</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) would change as of %1 (dry run, nothing written)</source>
        <translation>
            <numerusform>截至 %1，将有 %n 条商机报备发生变化（试运行，未写入任何内容）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) changed as of %1</source>
        <translation>
            <numerusform>截至 %1，已有 %n 条商机报备发生变化</numerusform>
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
        <translation>用法: channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] [--explain]
       channeldesk-cli [--db FILE] tiers run [--as-of DATE] [--program ID] [--apply] [--out FILE]

子命令:
  evaluate  评估每个合作伙伴的级别和计分卡得分（无需数据库）
  run       按各自计划评估数据库中的合作伙伴；--apply 写入更改

运行 &apos;channeldesk-cli tiers SUBCOMMAND --help&apos; 查看其选项。
</translation>
    </message>
    <message>
        <source>Evaluate as of this date (default: today).</source>
        <translation>以此日期为准进行评估（默认：今天）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only the partners of this program.</source>
        <translation>仅限此计划的合作伙伴。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Write the new tiers into the partners, with an audit record each.</source>
        <translation>将新级别写入合作伙伴，并为每项更改写入一条审计记录。</translation>
    </message>
    <message>
        <source>Evaluates every active partner under its program (partners.program, from the database&apos;s programs) with metrics computed from the database as of a date, and prints the tier changes as CSV: partner,program,from,to,change,score,explanation. Nothing is written without --apply.</source>
        <translation>按各自的计划（partners.program，取自数据库中的计划）评估每个活跃合作伙伴，指标根据数据库截至某一日期的数据计算，并以 CSV 格式输出级别变化：partner,program,from,to,change,score,explanation。不指定 --apply 时不会写入任何内容。</translation>
    </message>
    <message>
        <source>--as-of needs an ISO date like 2026-03-31, not &quot;%1&quot;</source>
        <translation>--as-of 需要 2026-03-31 这样的 ISO 日期，而不是“%1”</translation>
    </message>
    <message>
        <source>no active partner is in a stored program &quot;%1&quot;</source>
        <translation>已存储的计划“%1”中没有活跃的合作伙伴</translation>
    </message>
    <message>
        <source>%1 partners evaluated as of %2: %3 changes (%4 promotions, %5 demotions or other)</source>
        <translation>截至 %2 已评估 %1 个合作伙伴：%3 项变化（%4 项升级，%5 项降级或其他）</translation>
    </message>
    <message>
        <source>nothing was changed; --apply writes them</source>
        <translation>未做任何更改；使用 --apply 写入更改</translation>
    </message>
    <message>
        <source>applied %1 tier changes</source>
        <translation>已应用 %1 项级别变化</translation>
    </message>
    <message numerus="yes">
        <source>registrations evaluated as of %1: %n status change(s)</source>
        <translation>
            <numerusform>已按 %1 评估商机报备：%n 个状态变更</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave registrations without a status for a later &apos;registrations run&apos;.</source>
        <translation>将没有状态的商机报备留待之后的“registrations run”处理。</translation>
    </message>
    <message>
        <source>migrate --from FILE --to URI: a desktop file into an empty team database</source>
        <translation>migrate --from FILE --to URI: 将本地文件迁移到空的团队数据库</translation>
    </message>
    <message>
        <source>team add-user | list | remove-user: a team database&apos;s members and roles</source>
        <translation>team add-user | list | remove-user: 团队数据库的成员和角色</translation>
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
        <translation>用法: channeldesk-cli --db URI team add-user LOGIN --role admin|manager|regional|executive [--region REGION] [--password-stdin]
       channeldesk-cli --db URI team list [--out FILE]
       channeldesk-cli --db URI team remove-user LOGIN

子命令:
  add-user     为 PostgreSQL 登录名授予此数据库中的角色（登录名不存在时会创建）
  list         以 CSV 输出成员及其角色和区域
  remove-user  撤销成员在此数据库中的权限

角色由服务器强制执行：admin 可执行所有操作，manager 可编辑除方案、计划、目标和团队以外的所有计划数据，regional 仅可编辑其所在区域的合作伙伴及其记录，executive 仅可查看。
</translation>
    </message>
    <message>
        <source>%1: give one LOGIN</source>
        <translation>%1: 请指定一个 LOGIN</translation>
    </message>
    <message>
        <source>admin, manager, regional or executive.</source>
        <translation>admin、manager、regional 或 executive。</translation>
    </message>
    <message>
        <source>The region of a regional member.</source>
        <translation>区域成员的区域。</translation>
    </message>
    <message>
        <source>Read the login&apos;s new password from the first line of standard input.</source>
        <translation>从标准输入的第一行读取该登录名的新密码。</translation>
    </message>
    <message>
        <source>The PostgreSQL login.</source>
        <translation>PostgreSQL 登录名。</translation>
    </message>
    <message>
        <source>Gives a login a role in the team database.</source>
        <translation>为登录名授予团队数据库中的角色。</translation>
    </message>
    <message>
        <source>--role must be admin, manager, regional or executive, not &quot;%1&quot;</source>
        <translation>--role 必须是 admin、manager、regional 或 executive，而不是“%1”</translation>
    </message>
    <message>
        <source>--password-stdin read no password</source>
        <translation>--password-stdin 未读取到密码</translation>
    </message>
    <message>
        <source>%1 is now %2 in %3: %4</source>
        <translation>%1 在 %3 中的角色现为 %2：%4</translation>
    </message>
    <message>
        <source>Write the CSV to FILE instead of standard output.</source>
        <translation>将 CSV 写入 FILE，而不是标准输出。</translation>
    </message>
    <message>
        <source>Lists the team&apos;s members as CSV: login, role, region.</source>
        <translation>以 CSV 列出团队成员：login, role, region。</translation>
    </message>
    <message>
        <source>Takes a member&apos;s rights in the team database away.</source>
        <translation>撤销成员在团队数据库中的权限。</translation>
    </message>
    <message>
        <source>%1 is no longer a member of %2</source>
        <translation>%1 已不再是 %2 的成员</translation>
    </message>
    <message>
        <source>The desktop file (SQLite).</source>
        <translation>本地文件（SQLite）。</translation>
    </message>
    <message>
        <source>The empty team database (PostgreSQL URI).</source>
        <translation>空的团队数据库（PostgreSQL URI）。</translation>
    </message>
    <message>
        <source>Moves a desktop file&apos;s whole program into an empty team database, all or nothing.</source>
        <translation>将本地文件中的整个计划迁移到空的团队数据库，要么全部成功，要么不做任何更改。</translation>
    </message>
    <message>
        <source>--from needs an existing desktop file, not &quot;%1&quot;</source>
        <translation>--from 需要现有的本地文件，而不是“%1”</translation>
    </message>
    <message>
        <source>--to needs a PostgreSQL URI like postgresql://user@host/dbname</source>
        <translation>--to 需要 postgresql://user@host/dbname 这样的 PostgreSQL URI</translation>
    </message>
    <message>
        <source>copying %1 …</source>
        <translation>正在复制 %1 …</translation>
    </message>
    <message>
        <source>%1 moved into %2: %3 rows in %4 tables</source>
        <translation>已将 %1 迁移到 %2：%4 个表，共 %3 行</translation>
    </message>
    <message>
        <source>you are %1 (%2): %3</source>
        <translation>您是 %1（%2）：%3</translation>
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
        <translation>用法: channeldesk-cli report SUBCOMMAND [OPTIONS]

  qbr --period LABEL [--partner ID] [--lang CODE] --pdf FILE
      以 PDF 输出 QBR（季度业务回顾），可针对整个计划或单个合作伙伴
  pipeline --by DIM[,DIM…] [--period LABEL] [--currency CUR] [--out FILE]
      以 CSV 输出进行中的商机，可按 stage、region、country、tier、type、partner、source、quarter 划分
</translation>
    </message>
    <message>
        <source>--period: &apos;%1&apos; is not a period label (2026-Q1, 2026-03, 2026)</source>
        <translation>--period: &apos;%1&apos; 不是期间标签（2026-Q1、2026-03、2026）</translation>
    </message>
    <message>
        <source>Dimensions, comma-separated: %1.</source>
        <translation>维度，以逗号分隔：%1。</translation>
    </message>
    <message>
        <source>Only deals closing in this period.</source>
        <translation>仅限在此期间成交的商机。</translation>
    </message>
    <message>
        <source>Reporting currency (default: the rates&apos; base).</source>
        <translation>报告币种（默认：汇率的基准币种）。</translation>
    </message>
    <message>
        <source>Write the CSV to FILE.</source>
        <translation>将 CSV 写入 FILE。</translation>
    </message>
    <message>
        <source>The numbers behind the pipeline charts, as CSV.</source>
        <translation>以 CSV 输出管道图表背后的数据。</translation>
    </message>
    <message>
        <source>--by: name at least one dimension</source>
        <translation>--by: 请至少指定一个维度</translation>
    </message>
    <message>
        <source>--by: &apos;%1&apos; is not a dimension (or named twice); use %2</source>
        <translation>--by: &apos;%1&apos; 不是维度（或重复指定）；请使用 %2</translation>
    </message>
    <message>
        <source>--currency: &apos;%1&apos; is not a known currency code</source>
        <translation>--currency: &apos;%1&apos; 不是已知的币种代码</translation>
    </message>
    <message>
        <source>The period reviewed (2026-Q1 …).</source>
        <translation>回顾的期间（2026-Q1 …）。</translation>
    </message>
    <message>
        <source>One partner&apos;s review.</source>
        <translation>单个合作伙伴的回顾。</translation>
    </message>
    <message>
        <source>Language of the report.</source>
        <translation>报告的语言。</translation>
    </message>
    <message>
        <source>Write the PDF to FILE.</source>
        <translation>将 PDF 写入 FILE。</translation>
    </message>
    <message>
        <source>Reporting currency.</source>
        <translation>报告币种。</translation>
    </message>
    <message>
        <source>The quarterly business review as a PDF.</source>
        <translation>以 PDF 输出季度业务回顾。</translation>
    </message>
    <message>
        <source>report qbr needs --period LABEL and --pdf FILE</source>
        <translation>report qbr 需要 --period LABEL 和 --pdf FILE</translation>
    </message>
    <message>
        <source>report qbr must run in a GUI application (see reportcommand.h)</source>
        <translation>report qbr 必须在 GUI 应用程序中运行（参见 reportcommand.h）</translation>
    </message>
    <message>
        <source>--partner: no partner &apos;%1&apos;</source>
        <translation>--partner: 不存在合作伙伴 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wrote %1 (%2 pages)</source>
        <translation>已写入 %1（%2 页）</translation>
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
    <message>
        <source>Use the language CODE (de, fr, es, ja, zh_CN, en; pseudo for testing).</source>
        <translation>使用语言 CODE（de、fr、es、ja、zh_CN、en；pseudo 用于测试）。</translation>
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
    <name>cd::store::CommissionRun</name>
    <message>
        <source>the rate on %1 does not fit the rate table</source>
        <translation>%1 的汇率不符合汇率表</translation>
    </message>
    <message>
        <source>plan %1 pays by %2 (fiscal year from month %3): its partners have no statement for %4</source>
        <translation>方案 %1 按%2支付（财年从 %3 月开始）：其合作伙伴没有 %4 的佣金结算单</translation>
    </message>
    <message>
        <source>%1 is not a period label (2026-03, 2026-Q1, FY2027-Q1, 2026 or FY2027)</source>
        <translation>%1 不是期间标签（2026-03、2026-Q1、FY2027-Q1、2026 或 FY2027）</translation>
    </message>
    <message>
        <source>reading the deals of %1</source>
        <translation>读取 %1 的商机</translation>
    </message>
    <message>
        <source>partner %1 has deals in %2 but no commission plan: left out</source>
        <translation>合作伙伴 %1 在 %2 有商机，但没有佣金方案：已排除</translation>
    </message>
    <message>
        <source>reading the deals&apos; dates</source>
        <translation>读取商机的日期</translation>
    </message>
</context>
<context>
    <name>cd::store::ConflictCaseStore</name>
    <message>
        <source>saving conflict case %1</source>
        <translation>保存冲突案例 %1</translation>
    </message>
    <message>
        <source>reading the conflict cases</source>
        <translation>读取冲突案例</translation>
    </message>
    <message>
        <source>a conflict case needs at least two registrations</source>
        <translation>冲突案例至少需要两条商机报备</translation>
    </message>
    <message>
        <source>the winner %1 is not one of the case&apos;s registrations</source>
        <translation>胜出者 %1 不是该案例中的商机报备</translation>
    </message>
    <message>
        <source>numbering conflict cases</source>
        <translation>为冲突案例编号</translation>
    </message>
    <message>
        <source>there is no conflict case %1</source>
        <translation>不存在冲突案例 %1</translation>
    </message>
    <message>
        <source>%1 is not one of the registrations of case %2</source>
        <translation>%1 不是案例 %2 的商机报备</translation>
    </message>
    <message>
        <source>conflict case %1 must have six steps</source>
        <translation>冲突案例 %1 必须有六个步骤</translation>
    </message>
    <message>
        <source>deleting conflict case %1</source>
        <translation>删除冲突案例 %1</translation>
    </message>
</context>
<context>
    <name>cd::store::DashboardQuery</name>
    <message>
        <source>unknown pipeline dimension &apos;%1&apos;</source>
        <translation>未知的管道维度 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no exchange rate from %1 to %2 in fx_rates</source>
        <translation>fx_rates 中没有从 %1 到 %2 的汇率</translation>
    </message>
    <message>
        <source>creating the dashboard index</source>
        <translation>创建仪表板索引</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) left out: no exchange rate to %1 on their close date</source>
        <translation>
            <numerusform>已排除 %n 个商机：其成交日期没有到 %1 的汇率</numerusform>
        </translation>
    </message>
    <message>
        <source>the database connection does not expose its SQLite handle</source>
        <translation>数据库连接未提供其 SQLite 句柄</translation>
    </message>
    <message>
        <source>preparing the dashboard query failed: %1</source>
        <translation>准备仪表板查询失败：%1</translation>
    </message>
    <message>
        <source>reading the dashboard figures failed: %1</source>
        <translation>读取仪表板数据失败：%1</translation>
    </message>
    <message>
        <source>creating the index of split deals</source>
        <translation>正在创建分摊商机的索引</translation>
    </message>
    <message>
        <source>opening a second connection to %1 failed: %2</source>
        <translation>打开到 %1 的第二个连接失败：%2</translation>
    </message>
    <message>
        <source>the database connection does not expose its PostgreSQL handle</source>
        <translation>数据库连接未提供其 PostgreSQL 句柄</translation>
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
        <source>preparing the import failed: %1</source>
        <translation>准备导入失败：%1</translation>
    </message>
    <message>
        <source>the database refused %1 for your role: %2</source>
        <translation>数据库拒绝以您的角色执行 %1：%2</translation>
    </message>
    <message>
        <source>the PostgreSQL URI is not valid; write it as postgresql://user@host:5432/dbname</source>
        <translation>PostgreSQL URI 无效；请按 postgresql://user@host:5432/dbname 的格式填写</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; in the PostgreSQL URI is not a port number</source>
        <translation>PostgreSQL URI 中的端口“%1”不是端口号</translation>
    </message>
    <message>
        <source>the PostgreSQL URI has the parameter &quot;%1&quot;, which ChannelDesk does not use</source>
        <translation>PostgreSQL URI 包含 ChannelDesk 不使用的参数“%1”</translation>
    </message>
    <message>
        <source>the PostgreSQL URI names no database (postgresql://host/dbname)</source>
        <translation>PostgreSQL URI 未指定数据库（postgresql://host/dbname）</translation>
    </message>
    <message>
        <source>cannot listen for the team&apos;s changes: %1</source>
        <translation>无法监听团队的更改：%1</translation>
    </message>
    <message>
        <source>cannot connect to %1: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation>无法连接到 %1：未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>setting up the session</source>
        <translation>设置会话</translation>
    </message>
    <message>
        <source>waiting for another migration</source>
        <translation>等待另一个迁移完成</translation>
    </message>
    <message>
        <source>setting up change notifications</source>
        <translation>设置变更通知</translation>
    </message>
    <message>
        <source>looking for changes</source>
        <translation>检查更改</translation>
    </message>
    <message>
        <source>no row was added</source>
        <translation>没有添加任何行</translation>
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
    <message>
        <source>deal %1</source>
        <translation>商机 %1</translation>
    </message>
</context>
<context>
    <name>cd::store::Enablement</name>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an id: no spaces, &apos;;&apos; or &apos;=&apos;</source>
        <translation>“%1”不能用作 ID：不能包含空格、&apos;;&apos; 或 &apos;=&apos;</translation>
    </message>
    <message>
        <source>reading people</source>
        <translation>读取人员</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date like 2026-03-31</source>
        <translation>“%1”不是 2026-03-31 这样的 ISO 日期</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 重复出现（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>importing people</source>
        <translation>导入人员</translation>
    </message>
    <message>
        <source>%1: unknown columns ignored: %2</source>
        <translation>%1: 已忽略未知列：%2</translation>
    </message>
    <message>
        <source>no partner %1</source>
        <translation>不存在合作伙伴 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>“%1”不是电子邮件地址</translation>
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
        <source>importing person %1</source>
        <translation>导入人员 %1</translation>
    </message>
    <message>
        <source>no person %1</source>
        <translation>不存在人员 %1</translation>
    </message>
    <message>
        <source>%1 is before earned_on %2</source>
        <translation>%1 早于 earned_on %2</translation>
    </message>
    <message>
        <source>importing certification %1</source>
        <translation>导入认证 %1</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>无法写入导出内容：%1</translation>
    </message>
    <message>
        <source>reading certifications</source>
        <translation>读取认证</translation>
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
    <name>cd::store::Migration</name>
    <message>
        <source>reading the team database&apos;s tables</source>
        <translation>读取团队数据库的表</translation>
    </message>
    <message>
        <source>the team database&apos;s foreign keys form a cycle</source>
        <translation>团队数据库的外键形成了循环</translation>
    </message>
    <message>
        <source>checking that %1 is empty</source>
        <translation>检查 %1 是否为空</translation>
    </message>
    <message>
        <source>%1 already holds data (table %2); a desktop file moves only into an empty team database</source>
        <translation>%1 已包含数据（表 %2）；本地文件只能迁移到空的团队数据库</translation>
    </message>
    <message>
        <source>reading %1 from %2</source>
        <translation>从 %2 读取 %1</translation>
    </message>
    <message>
        <source>writing %1 to %2</source>
        <translation>将 %1 写入 %2</translation>
    </message>
    <message>
        <source>%1 is not a team database: give a PostgreSQL URI</source>
        <translation>%1 不是团队数据库：请指定 PostgreSQL URI</translation>
    </message>
    <message>
        <source>%1 is not a desktop file</source>
        <translation>%1 不是本地文件</translation>
    </message>
    <message>
        <source>%1 and %2 have different schema versions</source>
        <translation>%1 和 %2 的架构版本不同</translation>
    </message>
</context>
<context>
    <name>cd::store::PartnerMetrics</name>
    <message>
        <source>reading the won deals</source>
        <translation>读取赢单商机</translation>
    </message>
    <message>
        <source>%1: no exchange rate for %2 on %3; revenue of %4 left out</source>
        <translation>%1: %3 没有 %2 的汇率；已排除 %4 的收入</translation>
    </message>
    <message>
        <source>%1: no exchange rate for %2 on %3; its revenue commitment is left out</source>
        <translation>%1: %3 没有 %2 的汇率；已排除其收入承诺</translation>
    </message>
    <message numerus="yes">
        <source>program %1: not in the database; its %n partner(s) were not evaluated</source>
        <translation>
            <numerusform>计划 %1：不在数据库中；其 %n 个合作伙伴未被评估</numerusform>
        </translation>
    </message>
    <message>
        <source>program %1: %2</source>
        <translation>计划 %1：%2</translation>
    </message>
    <message>
        <source>changing the tier of %1</source>
        <translation>更改 %1 的级别</translation>
    </message>
    <message>
        <source>no partner %1</source>
        <translation>不存在合作伙伴 %1</translation>
    </message>
    <message>
        <source>%1 is now in tier &quot;%2&quot;, not &quot;%3&quot;; evaluate again</source>
        <translation>%1 当前的级别为“%2”，而不是“%3”；请重新评估</translation>
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
    <message>
        <source>partner %1</source>
        <translation>合作伙伴 %1</translation>
    </message>
</context>
<context>
    <name>cd::store::PlanRepository</name>
    <message>
        <source>a plan is assigned to a program and tier, or to a partner type</source>
        <translation>方案应分配给某个计划和级别，或某一合作伙伴类型</translation>
    </message>
    <message>
        <source>reading plan assignments</source>
        <translation>读取方案分配</translation>
    </message>
    <message>
        <source>reading commission plans</source>
        <translation>读取佣金方案</translation>
    </message>
    <message>
        <source>reading commission plan %1</source>
        <translation>读取佣金方案 %1</translation>
    </message>
    <message>
        <source>counting commission plans</source>
        <translation>统计佣金方案数量</translation>
    </message>
    <message>
        <source>saving commission plan %1</source>
        <translation>保存佣金方案 %1</translation>
    </message>
    <message>
        <source>there is no commission plan %1</source>
        <translation>不存在佣金方案 %1</translation>
    </message>
    <message>
        <source>removing commission plan %1</source>
        <translation>删除佣金方案 %1</translation>
    </message>
    <message>
        <source>assigning commission plan %1</source>
        <translation>分配佣金方案 %1</translation>
    </message>
    <message>
        <source>removing a plan assignment</source>
        <translation>取消方案分配</translation>
    </message>
    <message>
        <source>reading the partners&apos; commission plans</source>
        <translation>读取合作伙伴的佣金方案</translation>
    </message>
    <message>
        <source>NEXT Portal SI Tier 1 margin (65%)</source>
        <translation>NEXT Portal SI 1 级利润率（65%）</translation>
    </message>
    <message>
        <source>NEXT Portal SI Tier 2 margin (50%)</source>
        <translation>NEXT Portal SI 2 级利润率（50%）</translation>
    </message>
    <message>
        <source>NEXT Portal SI Tier 3 margin (35%)</source>
        <translation>NEXT Portal SI 3 级利润率（35%）</translation>
    </message>
    <message>
        <source>NEXT Portal Gold reseller margin (45%)</source>
        <translation>NEXT Portal Gold 经销商利润率（45%）</translation>
    </message>
    <message>
        <source>NEXT Portal Silver reseller margin (40%)</source>
        <translation>NEXT Portal Silver 经销商利润率（40%）</translation>
    </message>
    <message>
        <source>NEXT Portal Authorized reseller margin (35%)</source>
        <translation>NEXT Portal Authorized 经销商利润率（35%）</translation>
    </message>
    <message>
        <source>Technology partners revenue share (20%, 5% bonus)</source>
        <translation>技术合作伙伴收入分成（20%，奖金 5%）</translation>
    </message>
    <message>
        <source>Consulting partners revenue share (30%, 10% bonus)</source>
        <translation>咨询合作伙伴收入分成（30%，奖金 10%）</translation>
    </message>
    <message>
        <source>Channel partners revenue share (25%, 7% bonus)</source>
        <translation>渠道合作伙伴收入分成（25%，奖金 7%）</translation>
    </message>
    <message>
        <source>Integration partners revenue share (15%, 3% bonus)</source>
        <translation>集成合作伙伴收入分成（15%，奖金 3%）</translation>
    </message>
    <message>
        <source>Referral partners revenue share (10%, 2% bonus)</source>
        <translation>推荐合作伙伴收入分成（10%，奖金 2%）</translation>
    </message>
    <message>
        <source>Playbook graduated commission (15/20/25%)</source>
        <translation>Playbook 累进佣金（15/20/25%）</translation>
    </message>
    <message>
        <source>the plan template %1 is missing from the program</source>
        <translation>计划中缺少方案模板 %1</translation>
    </message>
</context>
<context>
    <name>cd::store::ProgramStore</name>
    <message>
        <source>reading partner %1</source>
        <translation>读取合作伙伴 %1</translation>
    </message>
    <message>
        <source>no partner %1</source>
        <translation>不存在合作伙伴 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a development stage</source>
        <translation>“%1”不是发展阶段</translation>
    </message>
    <message>
        <source>moving partner %1</source>
        <translation>移动合作伙伴 %1</translation>
    </message>
    <message>
        <source>reading the programs</source>
        <translation>读取计划</translation>
    </message>
    <message>
        <source>reading program %1</source>
        <translation>读取计划 %1</translation>
    </message>
    <message>
        <source>the JSON says &quot;%1&quot;; it must be the program&apos;s id</source>
        <translation>JSON 中为“%1”；它必须是计划的 ID</translation>
    </message>
    <message>
        <source>saving program %1</source>
        <translation>保存计划 %1</translation>
    </message>
    <message>
        <source>removing program %1</source>
        <translation>删除计划 %1</translation>
    </message>
    <message>
        <source>reading the partners&apos; stages</source>
        <translation>读取合作伙伴的阶段</translation>
    </message>
    <message>
        <source>reading the stages of %1</source>
        <translation>读取 %1 的阶段</translation>
    </message>
    <message>
        <source>recording the stage of %1</source>
        <translation>记录 %1 的阶段</translation>
    </message>
    <message>
        <source>recording %1 of %2</source>
        <translation>记录 %2 的 %1</translation>
    </message>
    <message>
        <source>reading the partners&apos; KPIs</source>
        <translation>读取合作伙伴的 KPI</translation>
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
    <message>
        <source>registration %1</source>
        <translation>商机报备 %1</translation>
    </message>
</context>
<context>
    <name>cd::store::RegistrationWorkflowDemo</name>
    <message>
        <source>Called both account executives. %1 logged a discovery workshop with %3 before %2 made contact; %2 was brought in by the customer&apos;s procurement team.</source>
        <translation>已致电双方客户经理。%1 在 %2 接触之前就记录了与 %3 的需求探索研讨会；%2 是由客户的采购团队引入的。</translation>
    </message>
    <message>
        <source>Checked CRM activity: %1 has two meetings and a scoped proposal for %3; %2 has an introductory email only.</source>
        <translation>已检查 CRM 活动：%1 与 %3 开过两次会，并提交了明确范围的方案书；%2 只有一封介绍邮件。</translation>
    </message>
    <message>
        <source>%2 says %3 asked them for a quote directly. %1 shared the meeting notes that show the opportunity started with them.</source>
        <translation>%2 称 %3 直接向其索要报价。%1 分享了会议记录，表明该商机始于他们。</translation>
    </message>
    <message>
        <source>Joint call with both partners. %2 accepted that %1 registered first and asked to be considered for the implementation services.</source>
        <translation>与双方合作伙伴召开联合电话会议。%2 承认 %1 先报备，并希望能参与实施服务。</translation>
    </message>
    <message>
        <source>Mediation call; %2 proposed a split. %1 declined, pointing to the registration date.</source>
        <translation>调解电话会议；%2 提议分摊。%1 以报备日期为由予以拒绝。</translation>
    </message>
    <message>
        <source>%1 and %2 agreed to let the channel team decide on the registration record.</source>
        <translation>%1 和 %2 同意由渠道团队根据报备记录作出决定。</translation>
    </message>
    <message>
        <source>Applied the program rule: first to register, inside the 30-day protection period.</source>
        <translation>应用计划规则：在 30 天保护期内先报备者优先。</translation>
    </message>
    <message>
        <source>Decision sent to both partners and the regional sales lead; %1 acknowledged.</source>
        <translation>已将决定发送给双方合作伙伴和区域销售负责人；%1 已确认。</translation>
    </message>
    <message>
        <source>Added %1 to the named-account list; %2 and the other partners now see existing registrations in the portal before outreach.</source>
        <translation>已将 %1 加入指定客户名单；%2 和其他合作伙伴现在可在接洽前在门户中看到已有的商机报备。</translation>
    </message>
    <message>
        <source>Reminded %2 of the registration rules in the monthly partner call; %1 stays with the current owner, no rule change needed.</source>
        <translation>在月度合作伙伴会议上向 %2 重申了报备规则；%1 仍归当前所有者，无需更改规则。</translation>
    </message>
    <message>
        <source>Credit stays with %1 (%2); the other partner is offered the services work.</source>
        <translation>归属仍为 %1（%2）；向另一合作伙伴提供服务工作。</translation>
    </message>
    <message>
        <source>Credit stays with %1 (%2).</source>
        <translation>归属仍为 %1（%2）。</translation>
    </message>
    <message>
        <source>Escalate to the channel director.</source>
        <translation>上报给渠道总监。</translation>
    </message>
    <message>
        <source>Named-account list updated.</source>
        <translation>已更新指定客户名单。</translation>
    </message>
    <message>
        <source>Duplicate of %1, which is still protected; please update that registration instead.</source>
        <translation>与 %1 重复，%1 仍在保护期内；请改为更新该报备。</translation>
    </message>
</context>
<context>
    <name>cd::store::RegistrationWorkflowStore</name>
    <message>
        <source>there is no registration %1</source>
        <translation>不存在商机报备 %1</translation>
    </message>
    <message>
        <source>saving the workflow of registration %1</source>
        <translation>保存商机报备 %1 的工作流</translation>
    </message>
    <message>
        <source>reading the registration settings</source>
        <translation>读取报备设置</translation>
    </message>
    <message>
        <source>protection days must be 0 to %1 and extension days 1 to %1</source>
        <translation>保护天数必须为 0 到 %1，延期天数必须为 1 到 %1</translation>
    </message>
    <message>
        <source>saving the registration settings</source>
        <translation>保存报备设置</translation>
    </message>
    <message>
        <source>reading the workflow of registration %1</source>
        <translation>读取商机报备 %1 的工作流</translation>
    </message>
    <message>
        <source>reading the registration workflow</source>
        <translation>读取报备工作流</translation>
    </message>
    <message>
        <source>reading the partners&apos; names</source>
        <translation>读取合作伙伴名称</translation>
    </message>
    <message>
        <source>only a registration the rules approved can be confirmed; %1 is %2</source>
        <translation>只能确认规则已批准的商机报备；%1 的状态为 %2</translation>
    </message>
    <message>
        <source>registration %1 was approved already</source>
        <translation>商机报备 %1 已被批准</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>拒绝需要提供理由</translation>
    </message>
    <message>
        <source>registration %1 became deal %2 and can no longer be rejected</source>
        <translation>商机报备 %1 已转为商机 %2，无法再拒绝</translation>
    </message>
    <message>
        <source>registration %1 is already rejected</source>
        <translation>商机报备 %1 已被拒绝</translation>
    </message>
    <message>
        <source>registration %1 was extended already; a registration is extended once</source>
        <translation>商机报备 %1 已延期过；每条报备只能延期一次</translation>
    </message>
    <message>
        <source>registration %1 is rejected</source>
        <translation>商机报备 %1 已被拒绝</translation>
    </message>
    <message>
        <source>only a registration that won its customer can be extended; %1 is %2</source>
        <translation>只有赢得该客户的商机报备才能延期；%1 的状态为 %2</translation>
    </message>
    <message>
        <source>registration %1 was converted to deal %2 already</source>
        <translation>商机报备 %1 已转为商机 %2</translation>
    </message>
    <message>
        <source>only an approved registration becomes a deal; %1 is %2</source>
        <translation>只有已批准的商机报备才能转为商机；%1 的状态为 %2</translation>
    </message>
    <message>
        <source>a deal with the id %1 already exists</source>
        <translation>ID 为 %1 的商机已存在</translation>
    </message>
    <message>
        <source>storing the evaluated registrations</source>
        <translation>保存已评估的商机报备</translation>
    </message>
    <message>
        <source>%1 (partner %2, submitted %3) registered %4 / %5 inside the protection window of %6 (partner %7, submitted %8).</source>
        <translation>%1（合作伙伴 %2，提交于 %3）在 %6（合作伙伴 %7，提交于 %8）的保护期内报备了 %4 / %5。</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>任意产品</translation>
    </message>
    <message>
        <source>looking for registrations without a status</source>
        <translation>查找没有状态的商机报备</translation>
    </message>
</context>
<context>
    <name>cd::store::RowVersion</name>
    <message>
        <source>%1 was deleted by %2 at %3 since you opened it</source>
        <translation>%1 在您打开后已被 %2 于 %3 删除</translation>
    </message>
    <message>
        <source>%1 was deleted since you opened it</source>
        <translation>%1 在您打开后已被删除</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it</source>
        <translation>%1 在您打开后已被 %2 于 %3 更改</translation>
    </message>
    <message>
        <source>%1 was changed since you opened it</source>
        <translation>%1 在您打开后已被更改</translation>
    </message>
    <message>
        <source>reading the version of %1</source>
        <translation>读取 %1 的版本</translation>
    </message>
</context>
<context>
    <name>cd::store::TargetRepository</name>
    <message>
        <source>cannot read the target template %1</source>
        <translation>无法读取目标模板 %1</translation>
    </message>
    <message>
        <source>the target template %1 has no id</source>
        <translation>目标模板 %1 没有 ID</translation>
    </message>
    <message>
        <source>the target template %1 has a bad value for %2</source>
        <translation>目标模板 %1 中 %2 的值无效</translation>
    </message>
    <message>
        <source>reading the targets</source>
        <translation>读取目标</translation>
    </message>
    <message>
        <source>unknown target metric &apos;%1&apos;</source>
        <translation>未知的目标指标 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a target&apos;s quarter is 1 to 4, or 0 for the year</source>
        <translation>目标的季度应为 1 到 4，或 0 表示全年</translation>
    </message>
    <message>
        <source>saving the target %1</source>
        <translation>保存目标 %1</translation>
    </message>
    <message>
        <source>deleting the target %1</source>
        <translation>删除目标 %1</translation>
    </message>
    <message>
        <source>creating the targets table</source>
        <translation>创建目标表</translation>
    </message>
    <message>
        <source>the seed target templates are missing</source>
        <translation>缺少种子目标模板</translation>
    </message>
</context>
<context>
    <name>cd::store::Team</name>
    <message>
        <source>an admin may do everything</source>
        <translation>管理员可以执行所有操作</translation>
    </message>
    <message>
        <source>a manager edits all program data but not plans, programs, targets or the team</source>
        <translation>经理可编辑除方案、计划、目标和团队以外的所有计划数据</translation>
    </message>
    <message>
        <source>a regional member edits only the partners of %1 and their deals, registrations, people and certifications</source>
        <translation>区域成员只能编辑 %1 的合作伙伴及其商机、商机报备、人员和认证</translation>
    </message>
    <message>
        <source>an executive reads everything and changes nothing</source>
        <translation>高管可查看所有内容，但不能进行任何更改</translation>
    </message>
    <message>
        <source>%1 is a desktop file: a team needs a PostgreSQL database (docs/team.md)</source>
        <translation>%1 是本地文件：团队需要 PostgreSQL 数据库（docs/team.md）</translation>
    </message>
    <message>
        <source>setting up the team&apos;s roles</source>
        <translation>设置团队的角色</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>读取团队</translation>
    </message>
    <message>
        <source>a team member needs a login</source>
        <translation>团队成员需要登录名</translation>
    </message>
    <message>
        <source>a regional member needs a region, one of %1</source>
        <translation>区域成员需要区域（应为 %1 之一）</translation>
    </message>
    <message>
        <source>only a regional member has a region</source>
        <translation>只有区域成员才有区域</translation>
    </message>
    <message>
        <source>adding %1 to the team</source>
        <translation>将 %1 添加到团队</translation>
    </message>
    <message>
        <source>changing the roles of %1</source>
        <translation>更改 %1 的角色</translation>
    </message>
    <message>
        <source>removing %1 from the team</source>
        <translation>将 %1 从团队中移除</translation>
    </message>
    <message>
        <source>%1 is not a member of the team</source>
        <translation>%1 不是团队成员</translation>
    </message>
</context>
<context>
    <name>cd::ui::CompetitorsModel</name>
    <message>
        <source>Winner</source>
        <translation>胜出报备</translation>
    </message>
    <message>
        <source>Competing</source>
        <translation>竞争报备</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>任意产品</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>归属</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>商机报备</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Submitted (UTC)</source>
        <translation>提交时间（UTC）</translation>
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
        <source>Protected until (UTC)</source>
        <translation>保护截止时间（UTC）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConflictCaseModel</name>
    <message>
        <source>Open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>1 Identify</source>
        <translation>1 识别</translation>
    </message>
    <message>
        <source>2 Investigate</source>
        <translation>2 调查</translation>
    </message>
    <message>
        <source>3 Mediate</source>
        <translation>3 调解</translation>
    </message>
    <message>
        <source>4 Decide</source>
        <translation>4 决定</translation>
    </message>
    <message>
        <source>5 Communicate</source>
        <translation>5 沟通</translation>
    </message>
    <message>
        <source>6 Prevent</source>
        <translation>6 预防</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案例</translation>
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
        <source>Winner</source>
        <translation>胜出报备</translation>
    </message>
    <message>
        <source>Competing</source>
        <translation>竞争报备</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>创建日期</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConflictStepsModel</name>
    <message>
        <source>to do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConflictsPage</name>
    <message>
        <source>All cases</source>
        <translation>所有案例</translation>
    </message>
    <message>
        <source>Record a step</source>
        <translation>记录步骤</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>What was decided or agreed</source>
        <translation>决定或商定的内容</translation>
    </message>
    <message>
        <source>The decide step may award the credit to another registration of the case.</source>
        <translation>决定步骤可以将归属判给该案例中的另一条商机报备。</translation>
    </message>
    <message>
        <source>Facts, who was contacted, what they said</source>
        <translation>事实、联系了谁、对方说了什么</translation>
    </message>
    <message>
        <source>&amp;Save step</source>
        <translation>保存步骤(&amp;S)</translation>
    </message>
    <message>
        <source>Credit to</source>
        <translation>归属给</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Conflict cases</source>
        <translation>冲突案例</translation>
    </message>
    <message>
        <source>Possible conflicts (review)</source>
        <translation>可能的冲突（待审核）</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of registrations may name the same customer under different keys (similar names, a domain on one and not the other). They are shown for review and never change a status; a real conflict is fixed by correcting the customer or domain of one registration.</source>
        <translation>
            <numerusform>%n 对商机报备可能以不同的键值（名称相似、一方有域名而另一方没有）指向同一客户。它们仅供审核显示，不会更改状态；真正的冲突需通过更正其中一条报备的客户或域名来解决。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cases shown, %2 open</source>
        <translation>显示 %1 个案例，%2 个进行中</translation>
    </message>
    <message>
        <source>No conflict case selected</source>
        <translation>未选择冲突案例</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (%2) registered customer &quot;%3&quot; first, on %4; its protection runs to %5.</source>
        <translation>%1（%2）于 %4 首先报备了客户“%3”；其保护期至 %5。</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Inside that window came %1, so the rule gives the credit to %2 (first to register).</source>
        <translation>在该期间内又有 %1 报备，因此按规则归属给 %2（先报备者优先）。</translation>
    </message>
    <message>
        <source>The decide step awarded the credit to %1 instead.</source>
        <translation>决定步骤改为将归属判给 %1。</translation>
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
        <translation>连接到团队数据库</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation>db.example.com，或套接字文件夹，如 /run/postgresql</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>默认（5432）</translation>
    </message>
    <message>
        <source>not remembered; empty: PGPASSWORD or ~/.pgpass</source>
        <translation>不会保存；留空则使用 PGPASSWORD 或 ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>连接配置(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
</context>
<context>
    <name>cd::ui::DashboardPage</name>
    <message>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>所有计划</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>All partner types</source>
        <translation>所有合作伙伴类型</translation>
    </message>
    <message>
        <source>Currency shown</source>
        <translation>显示币种</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>目标…</translation>
    </message>
    <message>
        <source>QBR report…</source>
        <translation>QBR 报告…</translation>
    </message>
    <message>
        <source>Export charts…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Export the charts to</source>
        <translation>将图表导出到</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>无法读取数据：%1</translation>
    </message>
    <message>
        <source>Partner program performance, %1 — %2</source>
        <translation>合作伙伴计划绩效，%1 — %2</translation>
    </message>
    <message>
        <source>Figures in %1 · compared with %2 · read in %3 ms</source>
        <translation>金额单位：%1 · 对比期间：%2 · 读取耗时 %3 毫秒</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation>对比 %1</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>导出为 SVG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation>季度业务回顾</translation>
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
        <source>S&amp;ource:</source>
        <translation>来源(&amp;O):</translation>
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
    <message>
        <source>Cancell&amp;ed on:</source>
        <translation>取消日期(&amp;E):</translation>
    </message>
    <message>
        <source>Re&amp;gistration:</source>
        <translation>商机报备(&amp;G):</translation>
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
    <message>
        <source>Conditions set from elsewhere; click to remove them</source>
        <translation>在其他位置设置的条件；点击即可移除</translation>
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
        <translation>将 %1 移至 %2</translation>
    </message>
    <message>
        <source>◀ Previous stage</source>
        <translation>◀ 上一阶段</translation>
    </message>
    <message>
        <source>Next stage ▶</source>
        <translation>下一阶段 ▶</translation>
    </message>
    <message>
        <source>Partner details…</source>
        <translation>合作伙伴详情…</translation>
    </message>
    <message>
        <source>Drag a card to another stage, or select it and move it. Red cards are overdue for their stage&apos;s target weeks (seed 003).</source>
        <translation>将卡片拖到另一个阶段，或选中后移动。红色卡片表示已超出该阶段的目标周数（seed 003）。</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>%1 days in stage</source>
        <translation>处于此阶段 %1 天</translation>
    </message>
    <message>
        <source> (target %1 weeks)</source>
        <translation> （目标 %1 周）</translation>
    </message>
    <message>
        <source>%1, %2 since %3</source>
        <translation>%1，自 %3 起处于%2</translation>
    </message>
    <message>
        <source> — %1 overdue</source>
        <translation> — 已超期 %1</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
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
    <message>
        <source>Statements</source>
        <translation>佣金结算单</translation>
    </message>
    <message>
        <source>Commission plans</source>
        <translation>佣金方案</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3)</source>
        <translation>已登录为 %1（%2，%3）</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>已登录为 %1（%2）</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Database…</source>
        <translation>连接到团队数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>Could not connect to the team database</source>
        <translation>无法连接到团队数据库</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>本机上的 %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>cd::ui::PartnerDetailDialog</name>
    <message>
        <source>Partner %1</source>
        <translation>合作伙伴 %1</translation>
    </message>
    <message>
        <source>No partner %1.</source>
        <translation>不存在合作伙伴 %1。</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; is not in the database.</source>
        <translation>计划“%1”不在数据库中。</translation>
    </message>
    <message>
        <source>Tier in %1</source>
        <translation>在 %1 中的级别</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>当前：</translation>
    </message>
    <message>
        <source>Evaluated on %1:</source>
        <translation>%1 的评估：</translation>
    </message>
    <message>
        <source>Not evaluated: only active partners are.</source>
        <translation>未评估：仅评估活跃合作伙伴。</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>权益</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>计分卡</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Certifications (%1 people)</source>
        <translation>认证（%1 人）</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>获得日期</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation>%1 天后到期</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>尚未生效</translation>
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
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S):</translation>
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
    <message>
        <source>Ti&amp;er:</source>
        <translation>级别(&amp;E):</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A):</translation>
    </message>
    <message>
        <source>Revenue c&amp;ommitment:</source>
        <translation>收入承诺(&amp;O):</translation>
    </message>
</context>
<context>
    <name>cd::ui::PlanEditor</name>
    <message>
        <source>From (plan currency)</source>
        <translation>起点（方案币种）</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>费率</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>添加档位</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>删除档位</translation>
    </message>
    <message>
        <source>Bonus when the window&apos;s revenue reaches a threshold</source>
        <translation>计算周期内的收入达到阈值时的奖金</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存方案</translation>
    </message>
    <message>
        <source>Plan id</source>
        <translation>方案 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>计算周期</translation>
    </message>
    <message>
        <source>Fiscal year starts in month</source>
        <translation>财年起始月份</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>舍入</translation>
    </message>
    <message>
        <source>Sample revenue in a window</source>
        <translation>计算周期内的收入示例</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <source>Bands (rates as percentages, e.g. 15%)</source>
        <translation>档位（费率以百分比表示，例如 15%）</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Correct the plan to see what it pays.</source>
        <translation>请更正方案以查看其支付金额。</translation>
    </message>
    <message>
        <source>Type an amount such as %1.</source>
        <translation>请输入金额，例如 %1。</translation>
    </message>
    <message>
        <source>Commission %1</source>
        <translation>佣金 %1</translation>
    </message>
    <message>
        <source>bonus %1</source>
        <translation>奖金 %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
</context>
<context>
    <name>cd::ui::PlanListModel</name>
    <message>
        <source>type %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>计算周期</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>分配对象</translation>
    </message>
</context>
<context>
    <name>cd::ui::PlansPage</name>
    <message>
        <source>save plan %1</source>
        <translation>保存方案 %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>new-plan</source>
        <translation>new-plan</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存方案</translation>
    </message>
</context>
<context>
    <name>cd::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>Pseudo-localization (for testing)</source>
        <extracomment>A testing language: every text accented and longer, to find untranslated or cut-off text.</extracomment>
        <translation>伪本地化（用于测试）</translation>
    </message>
    <message>
        <source>Numbers, amounts and dates follow the language&apos;s region. Files and the database stay in the invariant format, so teams in other regions read them alike.</source>
        <translation>数字、金额和日期遵循该语言所属地区的格式。文件和数据库保持与地区无关的格式，因此其他地区的团队也能以相同方式读取。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L):</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProgramEditorPage</name>
    <message>
        <source>Save program %1</source>
        <translation>保存计划 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;metric &gt;= value&quot; nor &quot;top 5% by metric&quot;</source>
        <translation>“%1”既不是“metric &gt;= value”，也不是“top 5% by metric”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;key=value&quot;</source>
        <translation>“%1”不是“key=value”</translation>
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
        <translation>合作伙伴类型</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>权益</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
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
        <translation>币种</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>基于</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>添加级别</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>删除级别</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>添加 KPI</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>删除 KPI</translation>
    </message>
    <message>
        <source>Copy as…</source>
        <translation>复制为…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tiers&lt;/b&gt;, highest first. Requirements: &quot;revenue_commitment &gt;= 500000; top 5% by revenue&quot;; benefits: &quot;margin=35%; mdf_budget=10000&quot;.</source>
        <translation>&lt;b&gt;级别&lt;/b&gt;，从高到低。要求示例：“revenue_commitment &gt;= 500000; top 5% by revenue”；权益示例：“margin=35%; mdf_budget=10000”。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scorecard&lt;/b&gt;: weights in %, adding up to 100%.</source>
        <translation>&lt;b&gt;计分卡&lt;/b&gt;：权重以 % 表示，合计为 100%。</translation>
    </message>
    <message>
        <source>Copy program</source>
        <translation>复制计划</translation>
    </message>
    <message>
        <source>Id of the copy:</source>
        <translation>副本的 ID：</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> （副本）</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1（模板）</translation>
    </message>
    <message>
        <source>a seed template: copy it to edit</source>
        <translation>种子模板：请复制后再编辑</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>tier %1: requirements: %2</source>
        <translation>级别 %1：要求：%2</translation>
    </message>
    <message>
        <source>tier %1: benefits: %2</source>
        <translation>级别 %1：权益：%2</translation>
    </message>
    <message>
        <source>Templates are kept as the seeds wrote them: “Copy as…” to make your own program.</source>
        <translation>模板保持种子数据写入时的原样：请使用“复制为…”创建您自己的计划。</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>有效。</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>The program could not be saved.</source>
        <translation>无法保存计划。</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProgramPages</name>
    <message>
        <source>Programs</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Tier review</source>
        <translation>级别审核</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>计分卡</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProgramText</name>
    <message>
        <source>won revenue (12 months)</source>
        <translation>赢单收入（12 个月）</translation>
    </message>
    <message>
        <source>won deals (12 months)</source>
        <translation>赢单商机数（12 个月）</translation>
    </message>
    <message>
        <source>committed revenue</source>
        <translation>承诺收入</translation>
    </message>
    <message>
        <source>revenue attainment</source>
        <translation>收入达成率</translation>
    </message>
    <message>
        <source>people</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>certified people</source>
        <translation>持证人员</translation>
    </message>
    <message>
        <source>certified consultants</source>
        <translation>认证顾问</translation>
    </message>
    <message>
        <source>certified engineers</source>
        <translation>认证工程师</translation>
    </message>
    <message>
        <source>certification rate (%)</source>
        <translation>认证率（%）</translation>
    </message>
    <message>
        <source>customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>marketing collaboration</source>
        <translation>营销协作</translation>
    </message>
    <message>
        <source>scorecard score</source>
        <translation>计分卡得分</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>无级别</translation>
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
        <source>%1 less %2</source>
        <translation>%2 再减少 %1</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <translation>%2 再增加 %1</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>下一级：%1</translation>
    </message>
    <message>
        <source>needs %1 for %2</source>
        <translation>达到 %2 还需要：%1</translation>
    </message>
    <message>
        <source>%1 %2 is in the top %3%</source>
        <translation>%1 %2 位于前 %3%</translation>
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
        <translation>最后由 %1 于 %2 更改</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationCommands</name>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>批准 %1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>拒绝 %1</translation>
    </message>
    <message>
        <source>Extend %1</source>
        <translation>延期 %1</translation>
    </message>
    <message>
        <source>Convert %1 to deal %2</source>
        <translation>将 %1 转为商机 %2</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>未转换</translation>
    </message>
    <message>
        <source>Add registration %1</source>
        <translation>添加商机报备 %1</translation>
    </message>
    <message>
        <source>there is no conflict case %1</source>
        <translation>不存在冲突案例 %1</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationDialog</name>
    <message>
        <source>New deal registration</source>
        <translation>新建商机报备</translation>
    </message>
    <message>
        <source>Choose a partner</source>
        <translation>请选择合作伙伴</translation>
    </message>
    <message>
        <source>Company name, e.g. ACME Corp.</source>
        <translation>公司名称，例如 ACME Corp.</translation>
    </message>
    <message>
        <source>acme.example (optional, decides the customer when given)</source>
        <translation>acme.example（可选，填写后以此确定客户）</translation>
    </message>
    <message>
        <source>Empty: every product of the customer</source>
        <translation>留空：该客户的所有产品</translation>
    </message>
    <message>
        <source>Registration &amp;id</source>
        <translation>报备 ID(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>合作伙伴(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>Customer &amp;domain</source>
        <translation>客户域名(&amp;D)</translation>
    </message>
    <message>
        <source>P&amp;roduct</source>
        <translation>产品(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Submitted</source>
        <translation>提交时间(&amp;S)</translation>
    </message>
    <message>
        <source>Amount: is required</source>
        <translation>金额：为必填项</translation>
    </message>
    <message>
        <source>Amount: &quot;%1&quot; is not an amount</source>
        <translation>金额：“%1”不是金额</translation>
    </message>
    <message>
        <source>Amount: has more decimals than %1 allows (%2)</source>
        <translation>金额：小数位数超出 %1 允许的位数（%2）</translation>
    </message>
    <message>
        <source>Registration id: is required</source>
        <translation>报备 ID：为必填项</translation>
    </message>
    <message>
        <source>Registration id: %1 exists already</source>
        <translation>报备 ID：%1 已存在</translation>
    </message>
    <message>
        <source>Partner: choose one</source>
        <translation>合作伙伴：请选择一个</translation>
    </message>
    <message>
        <source>Customer: a name or a domain is required</source>
        <translation>客户：需要名称或域名</translation>
    </message>
    <message>
        <source>Enter a partner and a customer to see whether this registration would win.</source>
        <translation>输入合作伙伴和客户，即可查看此报备是否会胜出。</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>任意产品</translation>
    </message>
    <message>
        <source>Approved: the first registration of customer &quot;%1&quot; for %2. The partner is protected until %3.</source>
        <translation>已批准：这是客户“%1”针对 %2 的首条商机报备。该合作伙伴的保护期至 %3。</translation>
    </message>
    <message>
        <source>First for customer &quot;%1&quot; and %2, but its protection ended on %3 (expired).</source>
        <translation>是客户“%1”和 %2 的首条报备，但其保护期已于 %3 结束（已过期）。</translation>
    </message>
    <message>
        <source>Duplicate of %1: the same partner registered customer &quot;%2&quot; on %3; it is protected until %4. Registering again extends nothing.</source>
        <translation>与 %1 重复：同一合作伙伴已于 %3 报备客户“%2”，保护期至 %4。再次报备不会延长任何期限。</translation>
    </message>
    <message>
        <source>Conflict: %1 by %2 registered customer &quot;%3&quot; first, on %4, and is protected until %5. The winner is %1; saving opens a conflict case.</source>
        <translation>冲突：%2 的 %1 于 %4 首先报备了客户“%3”，保护期至 %5。胜出者为 %1；保存后将创建冲突案例。</translation>
    </message>
    <message>
        <source>%1 – %2 (%3), %4%: %5</source>
        <translation>%1 – %2（%3），%4%：%5</translation>
    </message>
    <message>
        <source>May be the same customer (for review, does not change the status):
%1</source>
        <translation>可能是同一客户（仅供审核，不会更改状态）：
%1</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationPages</name>
    <message>
        <source>Registrations</source>
        <translation>商机报备</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationQueueModel</name>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation> （已延期）</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>由 %1 批准</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>待审核</translation>
    </message>
    <message numerus="yes">
        <source>The protection ends within %n day(s)</source>
        <translation>
            <numerusform>保护期将在 %n 天内结束</numerusform>
        </translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>商机报备</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <source>Submitted</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <source>Protected until</source>
        <translation>保护截止时间</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>胜出报备</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationsPage</name>
    <message>
        <source>Search registration, partner or customer</source>
        <translation>搜索报备、合作伙伴或客户</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>%n 天内到期</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New registration…</source>
        <translation>新建报备(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Confirm the rules&apos; approval: the first registration of this customer, inside its window.</source>
        <translation>确认规则的批准结果：这是该客户在保护期内的首条报备。</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>拒绝(&amp;R)…</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>延期(&amp;X)</translation>
    </message>
    <message>
        <source>Extend the protection once by the program&apos;s extension days.</source>
        <translation>按计划的延期天数将保护期延长一次。</translation>
    </message>
    <message>
        <source>&amp;Convert to deal…</source>
        <translation>转为商机(&amp;C)…</translation>
    </message>
    <message>
        <source>Re-e&amp;valuate</source>
        <translation>重新评估(&amp;V)</translation>
    </message>
    <message>
        <source>Evaluate every registration as of now and store the statuses (audited).</source>
        <translation>以当前时间评估所有报备并保存其状态（记入审计记录）。</translation>
    </message>
    <message>
        <source>%1 of %2 registrations shown · %3 expiring within %4 days · protection %5 days, one extension of %6 days</source>
        <translation>显示 %1 / %2 条报备 · %3 条将在 %4 天内到期 · 保护期 %5 天，可延期一次 %6 天</translation>
    </message>
    <message>
        <source>Select a registration to see its protection window and decisions.</source>
        <translation>选择一条报备以查看其保护期和决定。</translation>
    </message>
    <message>
        <source>%1 · %2 (%3) · %4 · %5</source>
        <translation>%1 · %2（%3） · %4 · %5</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>任意产品</translation>
    </message>
    <message>
        <source>credit with %1</source>
        <translation>归属给 %1</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>由 %1 批准</translation>
    </message>
    <message>
        <source>became deal %1</source>
        <translation>已转为商机 %1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>拒绝 %1</translation>
    </message>
    <message>
        <source>Why is this registration rejected? The partner sees this reason.</source>
        <translation>为什么拒绝此报备？合作伙伴会看到此理由。</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>未拒绝</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>拒绝需要提供理由。</translation>
    </message>
    <message>
        <source>Convert %1 to a deal</source>
        <translation>将 %1 转为商机</translation>
    </message>
    <message>
        <source>The new open deal keeps the registration&apos;s id (%1). Deal id:</source>
        <translation>新的进行中商机将沿用报备的 ID（%1）。商机 ID：</translation>
    </message>
    <message>
        <source>Registrations evaluated</source>
        <translation>报备评估完成</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) changed status.</source>
        <translation>
            <numerusform>%n 条报备的状态已更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>protected %1 – %2 UTC (extended)</source>
        <translation>保护期 %1 – %2 UTC（已延期）</translation>
    </message>
    <message>
        <source>protected %1 – %2 UTC</source>
        <translation>保护期 %1 – %2 UTC</translation>
    </message>
</context>
<context>
    <name>cd::ui::ScorecardPage</name>
    <message>
        <source>%1: points contributed to the score</source>
        <translation>%1：对得分贡献的分数</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
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
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Score = Σ weight × min(actual ÷ target, cap); the dashed line is 100 points</source>
        <translation>得分 = Σ 权重 × min(实际 ÷ 目标, 上限)；虚线为 100 分</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>所有计划</translation>
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
        <translation>得分</translation>
    </message>
    <message>
        <source>Earlier registration</source>
        <translation>较早的报备</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Later registration</source>
        <translation>较晚的报备</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Why they may be the same customer</source>
        <translation>可能为同一客户的原因</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatementLinesModel</name>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>追回</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>计入金额</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatementSummaryModel</name>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Credited revenue</source>
        <translation>计入收入</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Clawbacks</source>
        <translation>追回</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatementsPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save statement as PDF…</source>
        <translation>将佣金结算单另存为 PDF…</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>打印佣金结算单…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>No statements yet: add commission plans, assign them and record won deals.</source>
        <translation>尚无佣金结算单：请添加佣金方案、进行分配并记录赢单商机。</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) with a statement</source>
        <translation>
            <numerusform>%n 个合作伙伴有佣金结算单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n 条备注</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 · plan %3 · %4</source>
        <translation>%1 — %2 · 方案 %3 · %4</translation>
    </message>
    <message>
        <source>Commission statement</source>
        <translation>佣金结算单</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Credited revenue</source>
        <translation>计入收入</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>佣金</translation>
    </message>
    <message>
        <source>Clawbacks</source>
        <translation>追回</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Computed exactly per the plan&apos;s rules; amounts are rounded once per window.</source>
        <translation>按方案规则精确计算；金额在每个计算周期舍入一次。</translation>
    </message>
    <message>
        <source>Commission statement %1 %2</source>
        <translation>佣金结算单 %1 %2</translation>
    </message>
    <message>
        <source>Export statements</source>
        <translation>导出佣金结算单</translation>
    </message>
    <message>
        <source>statements-%1.csv</source>
        <translation>statements-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>保存佣金结算单</translation>
    </message>
    <message>
        <source>statement-%1-%2.pdf</source>
        <translation>statement-%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
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
<context>
    <name>cd::ui::TargetsPage</name>
    <message>
        <source>All regions</source>
        <translation>所有区域</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>所有计划</translation>
    </message>
    <message>
        <source>%1 — Year %2</source>
        <translation>%1 — %2 年</translation>
    </message>
    <message>
        <source>Load template</source>
        <translation>加载模板</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>财年</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>全年</translation>
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
        <translation>空白的季度取全年收入和管道目标的四分之一，比率或数量则取全年的值。没有单独收入目标的区域按区域分配规划中的占比计算。</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a target (a number, zero or more)</source>
        <translation>%1：&apos;%2&apos; 不是目标值（应为大于或等于零的数字）</translation>
    </message>
</context>
<context>
    <name>cd::ui::TierReviewPage</name>
    <message>
        <source>Accept tier %1 for %2</source>
        <translation>接受 %2 的级别 %1</translation>
    </message>
    <message>
        <source>Reject tier %1 for %2</source>
        <translation>拒绝 %2 的级别 %1</translation>
    </message>
    <message>
        <source>undo of the accepted proposal</source>
        <translation>撤销已接受的提议</translation>
    </message>
    <message>
        <source>promotion</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>demotion</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Current tier</source>
        <translation>当前级别</translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation>建议级别</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>全部接受</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>全部拒绝</translation>
    </message>
    <message>
        <source>Partner details…</source>
        <translation>合作伙伴详情…</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>评估日期</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n tier changes</source>
        <translation>
            <numerusform>接受 %n 项级别变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n tier changes</source>
        <translation>
            <numerusform>拒绝 %n 项级别变化</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier review</source>
        <translation>级别审核</translation>
    </message>
    <message>
        <source>%1 partners evaluated: %2 promotions, %3 demotions; %4 to decide</source>
        <translation>已评估 %1 个合作伙伴：%2 项升级，%3 项降级；%4 项待决定</translation>
    </message>
</context>
</TS>
