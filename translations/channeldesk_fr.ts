<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>cd::Commission</name>
    <message>
        <source>the commission is too large to compute exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 rate to %2 on or before the close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large once converted to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credited revenue is too large to compute exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statement total is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::CommissionInput</name>
    <message>
        <source>no partner given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists several partners without their percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PARTNER=PERCENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share of %1 (%2) is not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share of %1 (%2) has more digits than a percentage needs (up to %3 decimals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share of %1 must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deal needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each partner is named once, with a positive share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a share has more than %1 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deal needs a close date between the years 1 and 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a positive amount in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cancelled deal needs a cancellation date on or after its close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date like 2026-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a currency this program knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more digits than a rate may have (up to %2 decimals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 rate for %2 is already given on line %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing (won, cancelled, open or lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of won, cancelled, open, lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing: a cancelled deal needs the date it was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the close date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given but the deal is won; a cancelled deal has status cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 rate to %2 on or before %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::CommissionPlan</name>
    <message>
        <source>a plan is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a currency this program knows (ISO 4217: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of month, quarter, year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a month number from 1 to 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of graduated, retroactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of half-even, half-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a JSON number; write it as a string (&quot;%1&quot;) so that it stays exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a decimal string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a percentage like 15%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required: at least one band starting at 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of at least one band starting at 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a band is an object with &quot;from&quot; and &quot;rate&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (known: from, rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first band must start at 0, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not above the previous band&apos;s from (%2): bands must be in ascending order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with &quot;threshold&quot; and &quot;rate&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field (known: threshold, rate)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::CsvReader</name>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::DataTransfer</name>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s). Nothing was imported: fix them and import the file again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds records. Demo data goes into an empty database: open a new file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Decimal</name>
    <message>
        <source>has too many digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a decimal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more than %1 decimals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::JsonParser</name>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of the JSON text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character in JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a quoted member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown escape in a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Money</name>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Program</name>
    <message>
        <source>&quot;%1&quot; is not a percentage like 65% or a range like 30-40%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the range &quot;%1&quot; runs backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount like 500000, 50000+, 10000-25000 or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a program is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known ISO 4217 currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to 36500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object (a commission plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown member, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a JSON number; write it as a string, &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage like %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the partner type %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than 0 and at most 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of &gt;=, &gt;, &lt;=, &lt;, ==</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tier %1 appears twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the program&apos;s partner_types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tier %1 is never reached: %2 above it has no requirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the score cannot be part of itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is weighted twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weights add up to %1%, not 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of weeks like 4 or 2-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: takes every partner left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 partner above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 partners above it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is in the top %3% (%4, at most %5 allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more %2 to reach the top %3%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 more %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 less %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 less %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of exactly %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program&apos;s scorecard computes the score; remove this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the program uses this metric but the file has no such column; every partner lacks it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some tiers are for one partner type only, and the file has no type column; no partner can reach them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; every row needs a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::RecordEditor</name>
    <message>
        <source>Cannot undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the partner %1? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the deal %1? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Records</name>
    <message>
        <source>no partner given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists several partners without their percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PARTNER=PERCENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share of %1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share of %1 must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage like 15%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Registration</name>
    <message>
        <source>unknown column, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; every registration needs an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; every registration needs a partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name like acme.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty and there is no customer_domain; one of them is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letters or digits to identify the customer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; a date-time like 2026-03-31T14:05:00Z is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 UTC date-time like 2026-03-31T14:05:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known ISO 4217 currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no currency; fill in the currency column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be positive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Similarity</name>
    <message>
        <source>names share %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names are %1% alike letter by letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s domain %2 matches %3&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domains %1 and %2 share the stem &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no domain, %2 has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a domain, %2 has none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::StoreTableModel</name>
    <message>
        <source>Partner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::Vocabulary</name>
    <message>
        <source>System integrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud marketplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North America</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EMEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin America</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner-sourced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner-influenced</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commission bench: %1 deals, %2 statements, %3 bytes of CSV; wall ms read %4, compute %5, write %6; CPU ms read %7, compute %8, write %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]

Subcommands:
  calc  statements from a plan, a deals file and exchange rates (no database)

Run &apos;channeldesk-cli commission calc --help&apos; for its options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commission plan (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deals (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates into the plan currency (CSV: date,currency,rate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fx.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the statements here instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computes commission statements from a plan and a deals file, as CSV on stdout (or --out). Bad input exits with status 2 and one FILE:LINE: FIELD: message per problem on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --%2 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the statements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the new database with a reproducible sample program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed of the demo data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners in the demo (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals in the demo (default 6000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s current date, ISO (default: today); the same date and seed give the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the database, or brings an older one up to this version&apos;s schema. With --demo it also fills an empty database with a sample partner program.
The database is --db FILE, else CHANNELDESK_DB, else the user&apos;s data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init takes no arguments besides its options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--partners needs a whole number of at least 1, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--deals needs a whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today needs an ISO date like 2026-03-31, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: created, schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds records; the demo program goes only into an empty database (give another file with --db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the demo program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the files and count; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file (data.md); more KIND FILE pairs may follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds or updates records from CSV files, all or nothing: a file with any bad row changes nothing and every bad row is listed as FILE:LINE: FIELD: problem. Several KIND FILE pairs are imported in one transaction, partners first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs KIND FILE (KIND: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dry run: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to export: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes every record of a kind as CSV (data.md), sorted by id; the file imports back unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs one KIND (one of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commission calc: statements from a plan and a deals file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tiers evaluate: tiers and scores from a program and metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registrations evaluate: statuses and winners of deal registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create or migrate the database, optionally with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import KIND FILE: add or update records from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export KIND: write records as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure import, model and commission speed at scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli [--db FILE] COMMAND [OPTIONS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &apos;channeldesk-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]

Subcommands:
  evaluate  statuses and winners of deal registrations as of a date-time (no database)

Run &apos;channeldesk-cli registrations evaluate --help&apos; for its options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registrations (CSV).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regs.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate as of this UTC date-time, e.g. 2026-03-01T00:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a registration protects its partner (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the result here instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list, on stderr, registrations that may name the same customer under different keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates deal registrations (first to register wins, within a protection window) and prints reg_id,status,winner in input order on stdout (or --out). Bad input exits with status 2 and one FILE:LINE: FIELD: message per problem on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --as-of: &quot;%2&quot; is not an ISO 8601 UTC date-time like 2026-03-01T00:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --protection-days: &quot;%2&quot; is not a whole number of days from 0 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 and %4 (line %5) may be the same customer (%6%): %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] [--explain]

Subcommands:
  evaluate  each partner&apos;s tier and scorecard score (no database)

Run &apos;channeldesk-cli tiers evaluate --help&apos; for its options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner program (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partners&apos; metrics (CSV: partner_id and one column per metric).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also say on stderr why each partner has its tier and what it lacks for the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates a partner program&apos;s tiers and scorecard and prints partner,tier,score sorted by partner on stdout (or --out). Bad input exits with status 2 and one FILE:LINE: FIELD: message per problem on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: which subcommand?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown subcommand &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not available yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::cli::Bench</name>
    <message>
        <source>Partners to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals to generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won deals for the commission figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work in DIR and keep its files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builds a database of generated partners and deals and prints one line per figure: name value unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--partners, --deals and --commission-deals take positive whole numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generating %1 deals in %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::gui</name>
    <message>
        <source>ChannelDesk: partner programs, deals and commissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on the page NAME (partners, deals, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the language CODE (de, fr, es, ja, zh_CN, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window, save it as the PNG FILE and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size WIDTHxHEIGHT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channeldesk: no page &apos;%1&apos;; pages: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::store::AuditLog</name>
    <message>
        <source>preparing the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the audit log for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::store::Database</name>
    <message>
        <source>no database file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the busy timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabling the WAL journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot use a write-ahead log for %1 (journal mode %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the synchronous mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer ChannelDesk (schema %2, this build knows %3); it was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marking the file as a ChannelDesk database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking for records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading to schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the page size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ChannelDesk database (%2); it was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it belongs to another application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds tables of another application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a savepoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a transaction was committed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the unknown currency &quot;%2&quot; in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database connection does not expose its SQLite handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::store::DealRepository</name>
    <message>
        <source>reading deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the partners of deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deal with the id %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no deal %1 to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the partners of deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no deal %1 to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting deal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::store::Exporter</name>
    <message>
        <source>cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::store::FxRateRepository</name>
    <message>
        <source>reading the exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no rate %1 to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting the rate %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::store::Importer</name>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears twice in the file (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown columns ignored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexing the deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the partners of deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding deals %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the partners of deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing the partners of deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading registration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding registration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing registration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving the rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the cache size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enlarging the cache for the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date like 2026-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date-time in UTC like 2026-03-31T14:05:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency this program knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required with a revenue commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is only used with a revenue commitment; leave it empty or give the commitment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::store::PartnerRepository</name>
    <message>
        <source>reading partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partner with the id %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no partner %1 to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no partner %1 to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking the deals of partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner %1 cannot be deleted: %2 deals and %3 registrations name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting partner %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::store::RecordFormat</name>
    <message>
        <source>%1 %2 has finer digits than the database keeps (thousandths)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is too large to store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database holds %1 thousandths of %2, which has only %3 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database holds &quot;%1&quot; as %2, which is not a decimal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::store::RecordRules</name>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required (one of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be stored exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an id: no spaces, &apos;;&apos; or &apos;=&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code like DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no partner given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share of %1 must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not between 0% and 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for a %1 deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for a cancelled deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is before the close date %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a cancelled deal has a cancellation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer name or domain is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is before submitted_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency this program knows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::store::RegistrationRepository</name>
    <message>
        <source>reading registration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up registration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting the registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a registration with the id %1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding registration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no registration %1 to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing registration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no registration %1 to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting registration %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::DealDialog</name>
    <message>
        <source>New Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P1, or a split such as P2=60;P1=40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 60%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ncelled on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already used by another deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::FilterBar</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::MainWindow</name>
    <message>
        <source>ChannelDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with &amp;Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ChannelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ChannelDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;ChannelDesk %1&lt;/b&gt;&lt;p&gt;Partner programs, deals, registrations and commissions, offline on your desktop, with exact money.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open ChannelDesk Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChannelDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no partners yet. Fill it with a demo program to look around, or import your partners and deals from CSV?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::PartnerDialog</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO code, e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue &amp;commitment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vertical:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is already used by another partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::RecordDialog</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cd::ui::TablePage</name>
    <message>
        <source>All tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All stages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
