<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>cd::Commission</name>
    <message>
        <source>the commission is too large to compute exactly</source>
        <translation>die Provision ist zu groß, um sie exakt zu berechnen</translation>
    </message>
    <message>
        <source>no %1 rate to %2 on or before the close date</source>
        <translation>kein Wechselkurs von %1 nach %2 am oder vor dem Abschlussdatum</translation>
    </message>
    <message>
        <source>is too large once converted to %1</source>
        <translation>ist nach der Umrechnung in %1 zu groß</translation>
    </message>
    <message>
        <source>the credited revenue is too large to compute exactly</source>
        <translation>der angerechnete Umsatz ist zu groß, um ihn exakt zu berechnen</translation>
    </message>
    <message>
        <source>the statement total is too large</source>
        <translation>die Gesamtsumme der Provisionsabrechnung ist zu groß</translation>
    </message>
</context>
<context>
    <name>cd::CommissionInput</name>
    <message>
        <source>no partner given</source>
        <translation>kein Partner angegeben</translation>
    </message>
    <message>
        <source>%1 lists several partners without their percentages</source>
        <translation>%1 nennt mehrere Partner ohne deren Prozentanteile</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PARTNER=PERCENT</source>
        <translation>„%1“ hat nicht die Form PARTNER=PROZENT</translation>
    </message>
    <message>
        <source>the share of %1 (%2) is not a decimal number</source>
        <translation>der Anteil von %1 (%2) ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>the share of %1 (%2) has more digits than a percentage needs (up to %3 decimals)</source>
        <translation>der Anteil von %1 (%2) hat mehr Stellen, als ein Prozentsatz benötigt (höchstens %3 Nachkommastellen)</translation>
    </message>
    <message>
        <source>the share of %1 must be positive</source>
        <translation>der Anteil von %1 muss positiv sein</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation>die Anteile ergeben in Summe %1, nicht 100</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 kommt doppelt vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 kommt doppelt vor</translation>
    </message>
    <message>
        <source>a deal needs an id</source>
        <translation>ein Deal benötigt eine ID</translation>
    </message>
    <message>
        <source>each partner is named once, with a positive share</source>
        <translation>jeder Partner darf nur einmal und mit einem positiven Anteil angegeben werden</translation>
    </message>
    <message>
        <source>a share has more than %1 decimals</source>
        <translation>ein Anteil hat mehr als %1 Nachkommastellen</translation>
    </message>
    <message>
        <source>a deal needs a close date between the years 1 and 9999</source>
        <translation>ein Deal benötigt ein Abschlussdatum zwischen den Jahren 1 und 9999</translation>
    </message>
    <message>
        <source>%1 is not a positive amount in range</source>
        <translation>%1 ist kein positiver Betrag im zulässigen Bereich</translation>
    </message>
    <message>
        <source>a cancelled deal needs a cancellation date on or after its close date</source>
        <translation>ein stornierter Deal benötigt ein Stornodatum am oder nach seinem Abschlussdatum</translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation>unbekannte Spalte, ignoriert</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>%1 is not a date like 2026-03-31</source>
        <translation>%1 ist kein Datum im Format 2026-03-31</translation>
    </message>
    <message>
        <source>%1 is not a currency this program knows</source>
        <translation>%1 ist keine diesem Programm bekannte Währung</translation>
    </message>
    <message>
        <source>%1 is not a decimal number</source>
        <translation>%1 ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>%1 has more digits than a rate may have (up to %2 decimals)</source>
        <translation>%1 hat mehr Stellen, als ein Kurs haben darf (höchstens %2 Nachkommastellen)</translation>
    </message>
    <message>
        <source>%1 is not positive</source>
        <translation>%1 ist nicht positiv</translation>
    </message>
    <message>
        <source>a %1 rate for %2 is already given on line %3</source>
        <translation>ein Wechselkurs für %1 am %2 ist bereits in Zeile %3 angegeben</translation>
    </message>
    <message>
        <source>is missing (won, cancelled, open or lost)</source>
        <translation>fehlt (won, cancelled, open oder lost)</translation>
    </message>
    <message>
        <source>%1 is not one of won, cancelled, open, lost</source>
        <translation>%1 ist keiner der Werte won, cancelled, open, lost</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows (%3)</source>
        <translation>%1 hat mehr Nachkommastellen, als %2 zulässt (%3)</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <source>is missing: a cancelled deal needs the date it was cancelled</source>
        <translation>fehlt: ein stornierter Deal benötigt das Datum der Stornierung</translation>
    </message>
    <message>
        <source>%1 is before the close date %2</source>
        <translation>%1 liegt vor dem Abschlussdatum %2</translation>
    </message>
    <message>
        <source>%1 is given but the deal is won; a cancelled deal has status cancelled</source>
        <translation>%1 ist angegeben, aber der Deal hat den Status won; ein stornierter Deal hat den Status cancelled</translation>
    </message>
    <message>
        <source>no %1 rate to %2 on or before %3</source>
        <translation>kein Wechselkurs von %1 nach %2 am oder vor dem %3</translation>
    </message>
</context>
<context>
    <name>cd::CommissionPlan</name>
    <message>
        <source>a plan is a JSON object</source>
        <translation>ein Plan muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>unbekanntes Feld (bekannt: %1)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 is not a currency this program knows (ISO 4217: %2)</source>
        <translation>%1 ist keine diesem Programm bekannte Währung (ISO 4217: %2)</translation>
    </message>
    <message>
        <source>%1 is not one of month, quarter, year</source>
        <translation>%1 ist keiner der Werte month, quarter, year</translation>
    </message>
    <message>
        <source>%1 is not a month number from 1 to 12</source>
        <translation>%1 ist keine Monatszahl von 1 bis 12</translation>
    </message>
    <message>
        <source>%1 is not one of graduated, retroactive</source>
        <translation>%1 ist keiner der Werte graduated, retroactive</translation>
    </message>
    <message>
        <source>%1 is not one of half-even, half-up</source>
        <translation>%1 ist keiner der Werte half-even, half-up</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is a JSON number; write it as a string (&quot;%1&quot;) so that it stays exact</source>
        <translation>%1 ist eine JSON-Zahl; schreiben Sie sie als Zeichenkette (&quot;%1&quot;), damit sie exakt bleibt</translation>
    </message>
    <message>
        <source>must be a decimal string, not %1</source>
        <translation>muss eine Dezimalzahl als Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 darf nicht negativ sein</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows (%3)</source>
        <translation>%1 hat mehr Nachkommastellen, als %2 zulässt (%3)</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <source>%1 is not a percentage like 15%</source>
        <translation>%1 ist kein Prozentsatz wie 15%</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals</source>
        <translation>%1 hat mehr als %2 Nachkommastellen</translation>
    </message>
    <message>
        <source>is required: at least one band starting at 0</source>
        <translation>ist erforderlich: mindestens eine Staffel ab 0</translation>
    </message>
    <message>
        <source>must be a list of at least one band starting at 0</source>
        <translation>muss eine Liste mit mindestens einer Staffel ab 0 sein</translation>
    </message>
    <message>
        <source>a band is an object with &quot;from&quot; and &quot;rate&quot;</source>
        <translation>eine Staffel ist ein Objekt mit &quot;from&quot; und &quot;rate&quot;</translation>
    </message>
    <message>
        <source>unknown field (known: from, rate)</source>
        <translation>unbekanntes Feld (bekannt: from, rate)</translation>
    </message>
    <message>
        <source>the first band must start at 0, not %1</source>
        <translation>die erste Staffel muss bei 0 beginnen, nicht bei %1</translation>
    </message>
    <message>
        <source>%1 is not above the previous band&apos;s from (%2): bands must be in ascending order</source>
        <translation>%1 liegt nicht über dem from-Wert der vorherigen Staffel (%2): Staffeln müssen aufsteigend sortiert sein</translation>
    </message>
    <message>
        <source>must be an object with &quot;threshold&quot; and &quot;rate&quot;</source>
        <translation>muss ein Objekt mit &quot;threshold&quot; und &quot;rate&quot; sein</translation>
    </message>
    <message>
        <source>unknown field (known: threshold, rate)</source>
        <translation>unbekanntes Feld (bekannt: threshold, rate)</translation>
    </message>
</context>
<context>
    <name>cd::CsvReader</name>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>die Datei ist leer; eine Kopfzeile ist erforderlich</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>die Spalte kommt in der Kopfzeile doppelt vor</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>erforderliche Spalte fehlt in der Kopfzeile</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation>Anführungszeichen in einem Feld ohne Anführungszeichen (setzen Sie das ganze Feld in Anführungszeichen)</translation>
    </message>
</context>
<context>
    <name>cd::DashboardCharts</name>
    <message>
        <source>%1 millions</source>
        <translation>Mio. %1</translation>
    </message>
    <message>
        <source>%1 thousands</source>
        <translation>Tsd. %1</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Partner revenue</source>
        <translation>Partnerumsatz</translation>
    </message>
    <message>
        <source>Partner-sourced revenue</source>
        <translation>Partnergenerierter Umsatz</translation>
    </message>
    <message>
        <source>Partner-influenced revenue</source>
        <translation>Partnerbeeinflusster Umsatz</translation>
    </message>
    <message>
        <source>Sourced share</source>
        <translation>Anteil partnergeneriert</translation>
    </message>
    <message>
        <source>Influenced share</source>
        <translation>Anteil partnerbeeinflusst</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>Gewichtete Pipeline</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>Durchschnittliche Deal-Größe</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Verkaufszyklus</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>Aktive Partner</translation>
    </message>
    <message>
        <source>Certified partners</source>
        <translation>Zertifizierte Partner</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>Pipeline nach Phase</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>Partner revenue against target by quarter</source>
        <translation>Partnerumsatz im Vergleich zum Ziel nach Quartal</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Gewonnener Umsatz</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Revenue by region against the geographic split</source>
        <translation>Umsatz nach Region im Vergleich zur geografischen Aufteilung</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <source>Revenue by tier</source>
        <translation>Umsatz nach Stufe</translation>
    </message>
    <message>
        <source>Revenue by partner type</source>
        <translation>Umsatz nach Partnertyp</translation>
    </message>
    <message>
        <source>Top partners by won revenue</source>
        <translation>Top-Partner nach gewonnenem Umsatz</translation>
    </message>
    <message>
        <source>Deal registrations and conflicts</source>
        <translation>Deal-Registrierungen und Konflikte</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registrierungen</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>Im Konflikt</translation>
    </message>
    <message>
        <source>Pipeline for %1</source>
        <translation>Pipeline für %1</translation>
    </message>
    <message>
        <source>Weighted pipeline for %1</source>
        <translation>Gewichtete Pipeline für %1</translation>
    </message>
    <message>
        <source>Pipeline for %1 by stage</source>
        <translation>Pipeline für %1 nach Phase</translation>
    </message>
</context>
<context>
    <name>cd::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
</context>
<context>
    <name>cd::DataTransfer</name>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Deal registrations</source>
        <translation>Deal-Registrierungen</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Datensätze:</translation>
    </message>
    <message>
        <source>Save List…</source>
        <translation>Liste speichern…</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation>Probleme speichern</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s). Nothing was imported: fix them and import the file again.</source>
        <translation>
            <numerusform>In %1 wurde %Ln Problem gefunden. Es wurde nichts importiert: Beheben Sie das Problem und importieren Sie die Datei erneut.</numerusform>
            <numerusform>In %1 wurden %Ln Probleme gefunden. Es wurde nichts importiert: Beheben Sie die Probleme und importieren Sie die Datei erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 unverändert.</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>%1 Zeilen in %2 geschrieben.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>This database already holds records. Demo data goes into an empty database: open a new file first.</source>
        <translation>Diese Datenbank enthält bereits Datensätze. Demodaten lassen sich nur in eine leere Datenbank laden: Öffnen Sie zuerst eine neue Datei.</translation>
    </message>
    <message>
        <source>The demo data could not be loaded.</source>
        <translation>Die Demodaten konnten nicht geladen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration status(es) set by the rules as of now.</source>
        <translation>
            <numerusform>%Ln Registrierungsstatus nach den Regeln zum jetzigen Zeitpunkt gesetzt.</numerusform>
            <numerusform>%Ln Registrierungsstatus nach den Regeln zum jetzigen Zeitpunkt gesetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::Decimal</name>
    <message>
        <source>has too many digits</source>
        <translation>hat zu viele Stellen</translation>
    </message>
    <message>
        <source>is not a decimal number</source>
        <translation>ist keine Dezimalzahl</translation>
    </message>
    <message>
        <source>has more than %1 decimals</source>
        <translation>hat mehr als %1 Nachkommastellen</translation>
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
        <translation>unerwarteter Text nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>JSON zu tief verschachtelt</translation>
    </message>
    <message>
        <source>unexpected end of the JSON text</source>
        <translation>unerwartetes Ende des JSON-Textes</translation>
    </message>
    <message>
        <source>unexpected character in JSON</source>
        <translation>unerwartetes Zeichen in JSON</translation>
    </message>
    <message>
        <source>expected a quoted member name</source>
        <translation>Schlüsselname in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>&apos;:&apos; nach einem Schlüsselnamen erwartet</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears twice</source>
        <translation>der Schlüssel „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>&apos;,&apos; oder &apos;}&apos; in einem Objekt erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>&apos;,&apos; oder &apos;]&apos; in einem Array erwartet</translation>
    </message>
    <message>
        <source>incomplete \u escape</source>
        <translation>unvollständige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>eine Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>Steuerzeichen in einer Zeichenkette</translation>
    </message>
    <message>
        <source>unknown escape in a string</source>
        <translation>unbekannte Escape-Sequenz in einer Zeichenkette</translation>
    </message>
</context>
<context>
    <name>cd::Money</name>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation>hat mehr Nachkommastellen, als %1 zulässt (%2)</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>ist zu groß</translation>
    </message>
</context>
<context>
    <name>cd::Program</name>
    <message>
        <source>&quot;%1&quot; is not a percentage like 65% or a range like 30-40%</source>
        <translation>„%1“ ist weder ein Prozentsatz wie 65% noch ein Bereich wie 30-40%</translation>
    </message>
    <message>
        <source>the range &quot;%1&quot; runs backwards</source>
        <translation>die Grenzen des Bereichs „%1“ sind vertauscht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount like 500000, 50000+, 10000-25000 or none</source>
        <translation>„%1“ ist kein Betrag wie 500000, 50000+, 10000-25000 oder none</translation>
    </message>
    <message>
        <source>a program is a JSON object</source>
        <translation>ein Programm muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>%1 is not a known ISO 4217 currency</source>
        <translation>%1 ist keine bekannte ISO-4217-Währung</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to 36500</source>
        <translation>muss eine ganze Zahl von Tagen zwischen 0 und 36500 sein</translation>
    </message>
    <message>
        <source>must be an object (a commission plan)</source>
        <translation>muss ein Objekt sein (ein Provisionsplan)</translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation>unbekannter Schlüssel</translation>
    </message>
    <message>
        <source>unknown member, ignored</source>
        <translation>unbekannter Schlüssel, ignoriert</translation>
    </message>
    <message>
        <source>%1 is a JSON number; write it as a string, &quot;%1&quot;</source>
        <translation>%1 ist eine JSON-Zahl; schreiben Sie sie als Zeichenkette: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>„%1“ %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage like %2</source>
        <translation>„%1“ ist kein Prozentsatz wie %2</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>muss ein Array sein</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the partner type %1 appears twice</source>
        <translation>der Partnertyp %1 kommt doppelt vor</translation>
    </message>
    <message>
        <source>must be more than 0 and at most 100</source>
        <translation>muss größer als 0 und höchstens 100 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of &gt;=, &gt;, &lt;=, &lt;, ==</source>
        <translation>„%1“ ist keiner der Operatoren &gt;=, &gt;, &lt;=, &lt;, ==</translation>
    </message>
    <message>
        <source>the tier %1 appears twice (first on line %2)</source>
        <translation>die Stufe %1 kommt doppelt vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>%1 is not one of the program&apos;s partner_types</source>
        <translation>%1 ist keiner der partner_types des Programms</translation>
    </message>
    <message>
        <source>the tier %1 is never reached: %2 above it has no requirements</source>
        <translation>die Stufe %1 wird nie erreicht: die darüberliegende Stufe %2 hat keine Anforderungen</translation>
    </message>
    <message>
        <source>the score cannot be part of itself</source>
        <translation>der Score kann nicht Teil seiner selbst sein</translation>
    </message>
    <message>
        <source>%1 is weighted twice</source>
        <translation>%1 ist doppelt gewichtet</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <source>the weights add up to %1%, not 100%</source>
        <translation>die Gewichte ergeben in Summe %1 %, nicht 100 %</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of weeks like 4 or 2-4</source>
        <translation>„%1“ ist keine Anzahl von Wochen wie 4 oder 2-4</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <source>%1: takes every partner left</source>
        <translation>%1: nimmt alle übrigen Partner auf</translation>
    </message>
    <message>
        <source>1 partner above it</source>
        <translation>1 Partner darüber</translation>
    </message>
    <message>
        <source>%1 partners above it</source>
        <translation>%1 Partner darüber</translation>
    </message>
    <message>
        <source>%1 %2 is in the top %3% (%4, at most %5 allowed)</source>
        <translation>%1 %2 liegt in den Top %3 % (%4, höchstens %5 zulässig)</translation>
    </message>
    <message>
        <source>a value for %1</source>
        <translation>einen Wert für %1</translation>
    </message>
    <message>
        <source>%1 more %2 to reach the top %3%</source>
        <translation>%1 mehr %2, um die Top %3 % zu erreichen</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <translation>%1 mehr %2</translation>
    </message>
    <message>
        <source>more than %1 more %2</source>
        <translation>über %1 mehr %2</translation>
    </message>
    <message>
        <source>%1 less %2</source>
        <translation>%1 weniger %2</translation>
    </message>
    <message>
        <source>more than %1 less %2</source>
        <translation>über %1 weniger %2</translation>
    </message>
    <message>
        <source>%1 of exactly %2</source>
        <translation>%1 von genau %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>needs %1 for %2</source>
        <translation>benötigt %1 für %2</translation>
    </message>
    <message>
        <source>the program&apos;s scorecard computes the score; remove this column</source>
        <translation>die Scorecard des Programms berechnet den Score; entfernen Sie diese Spalte</translation>
    </message>
    <message>
        <source>the program uses this metric but the file has no such column; every partner lacks it</source>
        <translation>das Programm verwendet diese Kennzahl, aber die Datei hat keine solche Spalte; sie fehlt bei allen Partnern</translation>
    </message>
    <message>
        <source>some tiers are for one partner type only, and the file has no type column; no partner can reach them</source>
        <translation>einige Stufen gelten nur für einen Partnertyp, und die Datei hat keine type-Spalte; kein Partner kann sie erreichen</translation>
    </message>
    <message>
        <source>is empty; every row needs a partner</source>
        <translation>ist leer; jede Zeile benötigt einen Partner</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 kommt doppelt vor (zuerst in Zeile %2)</translation>
    </message>
</context>
<context>
    <name>cd::QbrReport</name>
    <message>
        <source>Quarterly business review %1</source>
        <translation>Quarterly Business Review %1</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>ChannelDesk · Quarterly business review %1 · page %2</source>
        <translation>ChannelDesk · Quarterly Business Review %1 · Seite %2</translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation>Quarterly Business Review</translation>
    </message>
    <message>
        <source>Partner program</source>
        <translation>Partnerprogramm</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>All regions and programs</source>
        <translation>Alle Regionen und Programme</translation>
    </message>
    <message>
        <source>%1 to %2 · figures in %3 · prepared %4</source>
        <translation>%1 bis %2 · Zahlen in %3 · erstellt am %4</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>Key figures against targets</source>
        <translation>Kennzahlen im Vergleich zu den Zielen</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Tier and scorecard</source>
        <translation>Stufe und Scorecard</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Top deals won</source>
        <translation>Größte gewonnene Deals</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Registrations in conflict</source>
        <translation>Registrierungen im Konflikt</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; is not in the database, so the tier cannot be evaluated.</source>
        <translation>Das Programm „%1“ ist nicht in der Datenbank, daher kann die Stufe nicht ausgewertet werden.</translation>
    </message>
    <message>
        <source>Tier now</source>
        <translation>Aktuelle Stufe</translation>
    </message>
    <message>
        <source>Not evaluated: only active partners are.</source>
        <translation>Nicht ausgewertet: Nur aktive Partner werden ausgewertet.</translation>
    </message>
    <message>
        <source>Tier by the rules on %1</source>
        <translation>Stufe nach den Regeln am %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>%1 (rank %2 of %3 partners)</source>
        <translation>%1 (Rang %2 von %3 Partnern)</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Pipeline closing in %1</source>
        <translation>Pipeline mit Abschluss in %1</translation>
    </message>
    <message>
        <source>Program · tier</source>
        <translation>Programm · Stufe</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s) proposed</source>
        <translation>
            <numerusform>%n Aufstufung vorgeschlagen</numerusform>
            <numerusform>%n Aufstufungen vorgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demotion(s) proposed</source>
        <translation>
            <numerusform>%n Abstufung vorgeschlagen</numerusform>
            <numerusform>%n Abstufungen vorgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Partners by tier, the rules as of %1</source>
        <translation>Partner nach Stufe, Regeln zum %1</translation>
    </message>
    <message>
        <source>By the rules</source>
        <translation>Nach den Regeln</translation>
    </message>
</context>
<context>
    <name>cd::RecordEditor</name>
    <message>
        <source>Cannot undo</source>
        <translation>Rückgängig machen nicht möglich</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Could not read the record</source>
        <translation>Der Datensatz konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Delete the partner %1? You can undo this.</source>
        <translation>Partner %1 löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete the deal %1? You can undo this.</source>
        <translation>Deal %1 löschen? Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>jemand anderem</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it.</source>
        <translation>%1 wurde seit dem Öffnen von %2 am %3 geändert.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 since you opened it.</source>
        <translation>%1 wurde seit dem Öffnen von %2 geändert.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>%1 was deleted since you opened it.</source>
        <translation>%1 wurde seit dem Öffnen gelöscht.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>%1 was changed by %2 just now; look at it again before deleting it.</source>
        <translation>%1 wurde soeben von %2 geändert; sehen Sie es sich vor dem Löschen noch einmal an.</translation>
    </message>
    <message>
        <source>Reload shows their version; what you typed here is dropped. Keep editing puts the fields you changed on top of their version, for you to check and save; where you both changed a field, yours is kept.</source>
        <translation>„Neu laden“ zeigt deren Fassung; Ihre Eingaben hier gehen verloren. „Weiter bearbeiten“ übernimmt die von Ihnen geänderten Felder in deren Fassung, zum Prüfen und Speichern; wo Sie beide ein Feld geändert haben, bleibt Ihres.</translation>
    </message>
</context>
<context>
    <name>cd::Records</name>
    <message>
        <source>no partner given</source>
        <translation>kein Partner angegeben</translation>
    </message>
    <message>
        <source>%1 lists several partners without their percentages</source>
        <translation>%1 nennt mehrere Partner ohne deren Prozentanteile</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PARTNER=PERCENT</source>
        <translation>„%1“ hat nicht die Form PARTNER=PROZENT</translation>
    </message>
    <message>
        <source>the share of %1 (%2) %3</source>
        <translation>der Anteil von %1 (%2) %3</translation>
    </message>
    <message>
        <source>the share of %1 must be positive</source>
        <translation>der Anteil von %1 muss positiv sein</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation>die Anteile ergeben in Summe %1, nicht 100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage like 15%</source>
        <translation>„%1“ ist kein Prozentsatz wie 15%</translation>
    </message>
</context>
<context>
    <name>cd::Registration</name>
    <message>
        <source>unknown column, ignored</source>
        <translation>unbekannte Spalte, ignoriert</translation>
    </message>
    <message>
        <source>is empty; every registration needs an id</source>
        <translation>ist leer; jede Registrierung benötigt eine ID</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 kommt doppelt vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>is empty; every registration needs a partner</source>
        <translation>ist leer; jede Registrierung benötigt einen Partner</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name like acme.example</source>
        <translation>„%1“ ist kein Domainname wie acme.example</translation>
    </message>
    <message>
        <source>is empty and there is no customer_domain; one of them is needed</source>
        <translation>ist leer, und es gibt keine customer_domain; eines von beiden ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letters or digits to identify the customer by</source>
        <translation>„%1“ enthält keine Buchstaben oder Ziffern, an denen sich der Kunde erkennen lässt</translation>
    </message>
    <message>
        <source>is empty; a date-time like 2026-03-31T14:05:00Z is required</source>
        <translation>ist leer; ein Zeitpunkt wie 2026-03-31T14:05:00Z ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 UTC date-time like 2026-03-31T14:05:00Z</source>
        <translation>„%1“ ist kein ISO-8601-Zeitpunkt in UTC wie 2026-03-31T14:05:00Z</translation>
    </message>
    <message>
        <source>%1 is not a known ISO 4217 currency</source>
        <translation>%1 ist keine bekannte ISO-4217-Währung</translation>
    </message>
    <message>
        <source>%1 has no currency; fill in the currency column</source>
        <translation>%1 hat keine Währung; füllen Sie die Spalte currency aus</translation>
    </message>
    <message>
        <source>%1 must be positive</source>
        <translation>%1 muss positiv sein</translation>
    </message>
</context>
<context>
    <name>cd::Similarity</name>
    <message>
        <source>names share %1</source>
        <translation>die Namen haben %1 gemeinsam</translation>
    </message>
    <message>
        <source>names are %1% alike letter by letter</source>
        <translation>die Namen stimmen buchstabenweise zu %1 % überein</translation>
    </message>
    <message>
        <source>%1&apos;s domain %2 matches %3&apos;s name</source>
        <translation>die Domain %2 von %1 passt zum Namen von %3</translation>
    </message>
    <message>
        <source>domains %1 and %2 share the stem &apos;%3&apos;</source>
        <translation>die Domains %1 und %2 haben den Wortstamm „%3“ gemeinsam</translation>
    </message>
    <message>
        <source>%1 has no domain, %2 has one</source>
        <translation>%1 hat keine Domain, %2 hat eine</translation>
    </message>
    <message>
        <source>%1 has a domain, %2 has none</source>
        <translation>%1 hat eine Domain, %2 hat keine</translation>
    </message>
</context>
<context>
    <name>cd::StoreTableModel</name>
    <message>
        <source>Partner ID</source>
        <translation>Partner-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Partnermanager</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beitrittsdatum</translation>
    </message>
    <message>
        <source>Revenue commitment</source>
        <translation>Umsatzzusage</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Deal ID</source>
        <translation>Deal-ID</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Closed from</source>
        <translation>Abschluss ab</translation>
    </message>
    <message>
        <source>Closed until</source>
        <translation>Abschluss bis</translation>
    </message>
</context>
<context>
    <name>cd::TargetsPage</name>
    <message>
        <source>Partner revenue</source>
        <translation>Partnerumsatz</translation>
    </message>
    <message>
        <source>Partner-sourced revenue</source>
        <translation>Partnergenerierter Umsatz</translation>
    </message>
    <message>
        <source>Partner-influenced revenue</source>
        <translation>Partnerbeeinflusster Umsatz</translation>
    </message>
    <message>
        <source>Partner-sourced share of revenue</source>
        <translation>Anteil des partnergenerierten Umsatzes</translation>
    </message>
    <message>
        <source>Partner-influenced share of revenue</source>
        <translation>Anteil des partnerbeeinflussten Umsatzes</translation>
    </message>
    <message>
        <source>Channel pipeline</source>
        <translation>Channel-Pipeline</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>Gewichtete Pipeline</translation>
    </message>
    <message>
        <source>Average partner deal size</source>
        <translation>Durchschnittliche Deal-Größe der Partner</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>Sales cycle (days)</source>
        <translation>Verkaufszyklus (Tage)</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>Aktive Partner</translation>
    </message>
    <message>
        <source>Certified partners</source>
        <translation>Zertifizierte Partner</translation>
    </message>
    <message>
        <source>Region&apos;s share of partner revenue</source>
        <translation>Anteil der Region am Partnerumsatz</translation>
    </message>
    <message>
        <source>Technology integrations</source>
        <translation>Technologieintegrationen</translation>
    </message>
    <message>
        <source>Joint customer references</source>
        <translation>Gemeinsame Kundenreferenzen</translation>
    </message>
    <message>
        <source>Partner share of total revenue</source>
        <translation>Partneranteil am Gesamtumsatz</translation>
    </message>
    <message>
        <source>Revenue per partner</source>
        <translation>Umsatz pro Partner</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Partner satisfaction (of 5)</source>
        <translation>Partnerzufriedenheit (von 5)</translation>
    </message>
    <message>
        <source>Integration success</source>
        <translation>Integrationserfolg</translation>
    </message>
    <message>
        <source>Training completion</source>
        <translation>Schulungsabschluss</translation>
    </message>
    <message>
        <source>Support response (hours)</source>
        <translation>Support-Reaktionszeit (Stunden)</translation>
    </message>
    <message>
        <source>Partner onboarding (days)</source>
        <translation>Partner-Onboarding (Tage)</translation>
    </message>
    <message>
        <source>Integration time (days)</source>
        <translation>Integrationsdauer (Tage)</translation>
    </message>
    <message>
        <source>Support tickets per month</source>
        <translation>Support-Tickets pro Monat</translation>
    </message>
    <message>
        <source>Partner churn</source>
        <translation>Partnerabwanderung</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Edit targets</source>
        <translation>Ziele bearbeiten</translation>
    </message>
</context>
<context>
    <name>cd::Vocabulary</name>
    <message>
        <source>System integrator</source>
        <translation>Systemintegrator</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Reseller</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distributor</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Beratung</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agentur</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integration</translation>
    </message>
    <message>
        <source>Managed service provider</source>
        <translation>Managed Service Provider</translation>
    </message>
    <message>
        <source>OEM</source>
        <translation>OEM</translation>
    </message>
    <message>
        <source>Cloud marketplace</source>
        <translation>Cloud-Marketplace</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Nordamerika</translation>
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
        <translation>Lateinamerika</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identifizierung</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Verhandlung</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Onboarding</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Betreuung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>Akquise</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Partner-sourced</source>
        <translation>Partnergeneriert</translation>
    </message>
    <message>
        <source>Partner-influenced</source>
        <translation>Partnerbeeinflusst</translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The commission plan (JSON).</source>
        <translation>Der Provisionsplan (JSON).</translation>
    </message>
    <message>
        <source>P.json</source>
        <translation>P.json</translation>
    </message>
    <message>
        <source>The deals (CSV).</source>
        <translation>Die Deals (CSV).</translation>
    </message>
    <message>
        <source>deals.csv</source>
        <translation>deals.csv</translation>
    </message>
    <message>
        <source>Exchange rates into the plan currency (CSV: date,currency,rate).</source>
        <translation>Wechselkurse in die Planwährung (CSV: date,currency,rate).</translation>
    </message>
    <message>
        <source>fx.csv</source>
        <translation>fx.csv</translation>
    </message>
    <message>
        <source>Write the statements here instead of stdout.</source>
        <translation>Die Provisionsabrechnungen in diese Datei statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Computes commission statements from a plan and a deals file, as CSV on stdout (or --out). Bad input exits with status 2 and one FILE:LINE: FIELD: message per problem on stderr.</source>
        <translation>Berechnet Provisionsabrechnungen aus einem Plan und einer Deal-Datei und gibt sie als CSV auf stdout aus (oder in --out). Bei fehlerhafter Eingabe endet das Programm mit Status 2 und gibt je Problem eine Zeile FILE:LINE: FIELD: message auf stderr aus.</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <source>%1: --%2 is required</source>
        <translation>%1: --%2 ist erforderlich</translation>
    </message>
    <message>
        <source>Fill the new database with a reproducible sample program.</source>
        <translation>Die neue Datenbank mit einem reproduzierbaren Beispielprogramm füllen.</translation>
    </message>
    <message>
        <source>Random seed of the demo data (default 1).</source>
        <translation>Zufalls-Seed der Demodaten (Standard: 1).</translation>
    </message>
    <message>
        <source>Partners in the demo (default 200).</source>
        <translation>Anzahl der Partner in den Demodaten (Standard: 200).</translation>
    </message>
    <message>
        <source>Deals in the demo (default 6000).</source>
        <translation>Anzahl der Deals in den Demodaten (Standard: 6000).</translation>
    </message>
    <message>
        <source>The demo&apos;s current date, ISO (default: today); the same date and seed give the same data.</source>
        <translation>Aktuelles Datum der Demodaten im ISO-Format (Standard: heute); gleiches Datum und gleicher Seed ergeben dieselben Daten.</translation>
    </message>
    <message>
        <source>Creates the database, or brings an older one up to this version&apos;s schema. With --demo it also fills an empty database with a sample partner program.
The database is --db FILE, else CHANNELDESK_DB, else the user&apos;s data folder.</source>
        <translation>Legt die Datenbank an oder aktualisiert eine ältere auf das Schema dieser Version. Mit --demo wird eine leere Datenbank außerdem mit einem Beispiel-Partnerprogramm gefüllt.
Die Datenbank ist --db FILE, sonst CHANNELDESK_DB, sonst der Datenordner des Benutzers.</translation>
    </message>
    <message>
        <source>init takes no arguments besides its options</source>
        <translation>init akzeptiert außer seinen Optionen keine Argumente</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number, not &quot;%1&quot;</source>
        <translation>--seed erwartet eine nicht negative ganze Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>--partners needs a whole number of at least 1, not &quot;%1&quot;</source>
        <translation>--partners erwartet eine ganze Zahl von mindestens 1, nicht „%1“</translation>
    </message>
    <message>
        <source>--deals needs a whole number, not &quot;%1&quot;</source>
        <translation>--deals erwartet eine ganze Zahl, nicht „%1“</translation>
    </message>
    <message>
        <source>--today needs an ISO date like 2026-03-31, not &quot;%1&quot;</source>
        <translation>--today erwartet ein ISO-Datum wie 2026-03-31, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: schema version %2</source>
        <translation>%1: Schemaversion %2</translation>
    </message>
    <message>
        <source>%1: created, schema version %2</source>
        <translation>%1: angelegt, Schemaversion %2</translation>
    </message>
    <message>
        <source>%1 already holds records; the demo program goes only into an empty database (give another file with --db)</source>
        <translation>%1 enthält bereits Datensätze; das Demoprogramm lässt sich nur in eine leere Datenbank laden (geben Sie mit --db eine andere Datei an)</translation>
    </message>
    <message>
        <source>adding the demo program</source>
        <translation>Hinzufügen des Demoprogramms</translation>
    </message>
    <message>
        <source>Check the files and count; change nothing.</source>
        <translation>Dateien prüfen und zählen; nichts ändern.</translation>
    </message>
    <message>
        <source>What the file holds: %1.</source>
        <translation>Inhalt der Datei: %1.</translation>
    </message>
    <message>
        <source>The CSV file (data.md); more KIND FILE pairs may follow.</source>
        <translation>Die CSV-Datei (data.md); weitere Paare aus KIND und FILE können folgen.</translation>
    </message>
    <message>
        <source>Adds or updates records from CSV files, all or nothing: a file with any bad row changes nothing and every bad row is listed as FILE:LINE: FIELD: problem. Several KIND FILE pairs are imported in one transaction, partners first.</source>
        <translation>Fügt Datensätze aus CSV-Dateien hinzu oder aktualisiert sie, nach dem Alles-oder-nichts-Prinzip: Eine Datei mit einer fehlerhaften Zeile ändert nichts, und jede fehlerhafte Zeile wird als FILE:LINE: FIELD: problem aufgeführt. Mehrere Paare aus KIND und FILE werden in einer Transaktion importiert, Partner zuerst.</translation>
    </message>
    <message>
        <source>import needs KIND FILE (KIND: %1)</source>
        <translation>import erwartet KIND FILE (KIND: %1)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (one of %2)</source>
        <translation>unbekannte Art „%1“ (zulässig: %2)</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>es wurde nichts geändert</translation>
    </message>
    <message>
        <source>dry run: nothing was changed</source>
        <translation>Probelauf: es wurde nichts geändert</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>What to export: %1.</source>
        <translation>Was exportiert werden soll: %1.</translation>
    </message>
    <message>
        <source>Writes every record of a kind as CSV (data.md), sorted by id; the file imports back unchanged.</source>
        <translation>Schreibt alle Datensätze einer Art als CSV (data.md), sortiert nach ID; die Datei lässt sich unverändert wieder importieren.</translation>
    </message>
    <message>
        <source>export needs one KIND (one of %1)</source>
        <translation>export erwartet genau ein KIND (eines von %1)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>commission calc: statements from a plan and a deals file</source>
        <translation>commission calc: Provisionsabrechnungen aus einem Plan und einer Deal-Datei</translation>
    </message>
    <message>
        <source>tiers evaluate: tiers and scores from a program and metrics</source>
        <translation>tiers evaluate: Stufen und Scores aus einem Programm und Kennzahlen</translation>
    </message>
    <message>
        <source>registrations evaluate: statuses and winners of deal registrations</source>
        <translation>registrations evaluate: Status und Gewinner von Deal-Registrierungen</translation>
    </message>
    <message>
        <source>create or migrate the database, optionally with demo data</source>
        <translation>Datenbank anlegen oder migrieren, optional mit Demodaten</translation>
    </message>
    <message>
        <source>import KIND FILE: add or update records from CSV</source>
        <translation>import KIND FILE: Datensätze aus CSV hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <source>export KIND: write records as CSV</source>
        <translation>export KIND: Datensätze als CSV schreiben</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli [--db FILE] COMMAND [OPTIONS]

Commands:
</source>
        <translation>Aufruf: channeldesk-cli [--db FILE] COMMAND [OPTIONS]

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;channeldesk-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Die Optionen eines Befehls zeigt &apos;channeldesk-cli COMMAND --help&apos;.
</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db erwartet einen Dateinamen</translation>
    </message>
    <message>
        <source>internal failure: %1</source>
        <translation>interner Fehler: %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>The registrations (CSV).</source>
        <translation>Die Registrierungen (CSV).</translation>
    </message>
    <message>
        <source>regs.csv</source>
        <translation>regs.csv</translation>
    </message>
    <message>
        <source>Evaluate as of this UTC date-time, e.g. 2026-03-01T00:00:00Z.</source>
        <translation>Auswertung zu diesem UTC-Zeitpunkt, z. B. 2026-03-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>DATETIME</translation>
    </message>
    <message>
        <source>Days a registration protects its partner (default 30).</source>
        <translation>Schutzfrist einer Registrierung in Tagen (Standard: 30).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write the result here instead of stdout.</source>
        <translation>Das Ergebnis in diese Datei statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>Also list, on stderr, registrations that may name the same customer under different keys.</source>
        <translation>Zusätzlich auf stderr die Registrierungen auflisten, die möglicherweise denselben Kunden unter verschiedenen Schlüsseln nennen.</translation>
    </message>
    <message>
        <source>Evaluates deal registrations (first to register wins, within a protection window) and prints reg_id,status,winner in input order on stdout (or --out). Bad input exits with status 2 and one FILE:LINE: FIELD: message per problem on stderr.</source>
        <translation>Wertet Deal-Registrierungen aus (wer zuerst registriert, gewinnt – innerhalb einer Schutzfrist) und gibt reg_id,status,winner in Eingabereihenfolge auf stdout aus (oder in --out). Bei fehlerhafter Eingabe endet das Programm mit Status 2 und gibt je Problem eine Zeile FILE:LINE: FIELD: message auf stderr aus.</translation>
    </message>
    <message>
        <source>%1: --as-of: &quot;%2&quot; is not an ISO 8601 UTC date-time like 2026-03-01T00:00:00Z</source>
        <translation>%1: --as-of: „%2“ ist kein ISO-8601-Zeitpunkt in UTC wie 2026-03-01T00:00:00Z</translation>
    </message>
    <message>
        <source>%1: --protection-days: &quot;%2&quot; is not a whole number of days from 0 to %3</source>
        <translation>%1: --protection-days: „%2“ ist keine ganze Zahl von Tagen zwischen 0 und %3</translation>
    </message>
    <message>
        <source>%1:%2: %3 and %4 (line %5) may be the same customer (%6%): %7</source>
        <translation>%1:%2: %3 und %4 (Zeile %5) sind möglicherweise derselbe Kunde (%6 %): %7</translation>
    </message>
    <message>
        <source>cannot write the result: %1</source>
        <translation>das Ergebnis kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The partner program (JSON).</source>
        <translation>Das Partnerprogramm (JSON).</translation>
    </message>
    <message>
        <source>The partners&apos; metrics (CSV: partner_id and one column per metric).</source>
        <translation>Die Kennzahlen der Partner (CSV: partner_id und eine Spalte je Kennzahl).</translation>
    </message>
    <message>
        <source>metrics.csv</source>
        <translation>metrics.csv</translation>
    </message>
    <message>
        <source>Also say on stderr why each partner has its tier and what it lacks for the next one.</source>
        <translation>Zusätzlich auf stderr erklären, warum jeder Partner seine Stufe hat und was ihm für die nächste fehlt.</translation>
    </message>
    <message>
        <source>Evaluates a partner program&apos;s tiers and scorecard and prints partner,tier,score sorted by partner on stdout (or --out). Bad input exits with status 2 and one FILE:LINE: FIELD: message per problem on stderr.</source>
        <translation>Wertet die Stufen und die Scorecard eines Partnerprogramms aus und gibt partner,tier,score sortiert nach Partner auf stdout aus (oder in --out). Bei fehlerhafter Eingabe endet das Programm mit Status 2 und gibt je Problem eine Zeile FILE:LINE: FIELD: message auf stderr aus.</translation>
    </message>
    <message>
        <source>%1: which subcommand?</source>
        <translation>%1: welcher Unterbefehl?</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &apos;%2&apos;</source>
        <translation>%1: unbekannter Unterbefehl „%2“</translation>
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
        <translation>Aufruf: channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]
       channeldesk-cli [--db FILE] commission run --period LABEL [--out FILE]
       channeldesk-cli [--db FILE] commission plan list|import|export|assign|unassign ...

Unterbefehle:
  calc  Provisionsabrechnungen aus einem Plan, einer Deal-Datei und Wechselkursen (ohne Datenbank)
  run   Provisionsabrechnungen eines Zeitraums aus der Datenbank, jeder Partner nach seinem zugewiesenen Plan
  plan  die Provisionspläne der Datenbank und ihre Zuweisungen

Mit &apos;channeldesk-cli commission SUBCOMMAND --help&apos; werden die Optionen eines Unterbefehls angezeigt.
</translation>
    </message>
    <message>
        <source>The statement period: 2026-03, 2026-Q1, FY2027-Q1, 2026 or FY2027.</source>
        <translation>Der Abrechnungszeitraum: 2026-03, 2026-Q1, FY2027-Q1, 2026 oder FY2027.</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>Computes one period&apos;s statements from the database&apos;s deals and exchange rates, each partner under the plan its assignment gives (program and tier first, else partner type), as the CSV of &apos;commission calc&apos;. Partners without a plan are named on stderr and left out.</source>
        <translation>Berechnet die Provisionsabrechnungen eines Zeitraums aus den Deals und Wechselkursen der Datenbank, jeden Partner nach dem Plan, den seine Zuweisung ergibt (zuerst Programm und Stufe, sonst Partnertyp), im CSV-Format von &apos;commission calc&apos;. Partner ohne Plan werden auf stderr genannt und ausgelassen.</translation>
    </message>
    <message>
        <source>Write here instead of stdout.</source>
        <translation>In diese Datei statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>Lists the commission plans as CSV: plan_id,name,currency,window,method,updated_at,assigned_to (program/tier or type:TYPE, separated by &apos;;&apos;).</source>
        <translation>Listet die Provisionspläne als CSV auf: plan_id,name,currency,window,method,updated_at,assigned_to (Programm/Stufe oder type:TYPE, getrennt durch &apos;;&apos;).</translation>
    </message>
    <message>
        <source>The plan&apos;s display name (one file only).</source>
        <translation>Der Anzeigename des Plans (nur bei einer Datei).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Plans as commission.md&apos;s JSON.</source>
        <translation>Pläne im JSON-Format aus commission.md.</translation>
    </message>
    <message>
        <source>Imports commission plans (commission.md&apos;s JSON), all or nothing: a plan whose id exists is replaced. The JSON is kept as given, so export returns the same bytes.</source>
        <translation>Importiert Provisionspläne (JSON aus commission.md) nach dem Alles-oder-nichts-Prinzip: Ein Plan, dessen ID bereits existiert, wird ersetzt. Das JSON wird unverändert gespeichert, sodass der Export genau dieselben Bytes liefert.</translation>
    </message>
    <message>
        <source>%1: give one or more plan files (--name with one file only)</source>
        <translation>%1: Geben Sie eine oder mehrere Plandateien an (--name nur bei einer Datei)</translation>
    </message>
    <message>
        <source>plan %1 is in more than one file</source>
        <translation>Plan %1 kommt in mehr als einer Datei vor</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The plan to export.</source>
        <translation>Der zu exportierende Plan.</translation>
    </message>
    <message>
        <source>Writes a plan&apos;s JSON exactly as it was imported or saved.</source>
        <translation>Schreibt das JSON eines Plans genau so, wie es importiert oder gespeichert wurde.</translation>
    </message>
    <message>
        <source>%1: give one PLAN_ID</source>
        <translation>%1: Geben Sie genau eine PLAN_ID an</translation>
    </message>
    <message>
        <source>there is no commission plan %1</source>
        <translation>es gibt keinen Provisionsplan %1</translation>
    </message>
    <message>
        <source>The partners&apos; program.</source>
        <translation>Das Programm der Partner.</translation>
    </message>
    <message>
        <source>PROGRAM</source>
        <translation>PROGRAM</translation>
    </message>
    <message>
        <source>The partners&apos; tier in the program.</source>
        <translation>Die Stufe der Partner im Programm.</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>TIER</translation>
    </message>
    <message>
        <source>The partners&apos; type.</source>
        <translation>Der Typ der Partner.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The plan to assign.</source>
        <translation>Der zuzuweisende Plan.</translation>
    </message>
    <message>
        <source>Assigns a plan to the partners of a program and tier, or of a type. A partner whose program and tier have a plan is paid under it; otherwise under its type&apos;s plan.</source>
        <translation>Weist einen Plan den Partnern eines Programms und einer Stufe oder eines Typs zu. Ein Partner, für dessen Programm und Stufe ein Plan besteht, wird danach vergütet; andernfalls nach dem Plan seines Typs.</translation>
    </message>
    <message>
        <source>Removes the plan assignment of a program and tier, or of a type.</source>
        <translation>Entfernt die Planzuweisung eines Programms und einer Stufe oder eines Typs.</translation>
    </message>
    <message>
        <source>%1: give %2(--program P --tier T | --type TYPE)</source>
        <translation>%1: Geben Sie %2(--program P --tier T | --type TYPE) an</translation>
    </message>
    <message>
        <source>%1: empty --program, --tier or --type</source>
        <translation>%1: --program, --tier oder --type ist leer</translation>
    </message>
    <message>
        <source>%1: no plan is assigned there</source>
        <translation>%1: dort ist kein Plan zugewiesen</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli [--db FILE] commission plan list [--out FILE]
       channeldesk-cli [--db FILE] commission plan import FILE... [--name NAME]
       channeldesk-cli [--db FILE] commission plan export PLAN_ID [--out FILE]
       channeldesk-cli [--db FILE] commission plan assign PLAN_ID (--program P --tier T | --type TYPE)
       channeldesk-cli [--db FILE] commission plan unassign (--program P --tier T | --type TYPE)
</source>
        <translation>Aufruf: channeldesk-cli [--db FILE] commission plan list [--out FILE]
       channeldesk-cli [--db FILE] commission plan import FILE... [--name NAME]
       channeldesk-cli [--db FILE] commission plan export PLAN_ID [--out FILE]
       channeldesk-cli [--db FILE] commission plan assign PLAN_ID (--program P --tier T | --type TYPE)
       channeldesk-cli [--db FILE] commission plan unassign (--program P --tier T | --type TYPE)
</translation>
    </message>
    <message>
        <source>report qbr | pipeline: the QBR as PDF, pipeline figures as CSV</source>
        <translation>report qbr | pipeline: das QBR als PDF, Pipeline-Zahlen als CSV</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]
       channeldesk-cli [--db FILE] registrations run [--as-of DATETIME] [--dry-run] [--out FILE]

Subcommands:
  evaluate  statuses and winners of deal registrations as of a date-time (no database)
  run       evaluates the database&apos;s registrations and stores their statuses

Run &apos;channeldesk-cli registrations SUBCOMMAND --help&apos; for its options.
</source>
        <translation>Aufruf: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]
       channeldesk-cli [--db FILE] registrations run [--as-of DATETIME] [--dry-run] [--out FILE]

Unterbefehle:
  evaluate  Status und Gewinner von Deal-Registrierungen zu einem Zeitpunkt (ohne Datenbank)
  run       wertet die Registrierungen der Datenbank aus und speichert ihren Status

Mit &apos;channeldesk-cli registrations SUBCOMMAND --help&apos; werden die Optionen eines Unterbefehls angezeigt.
</translation>
    </message>
    <message>
        <source>Evaluate as of this UTC date-time (default: now), e.g. 2026-03-01T00:00:00Z.</source>
        <translation>Auswertung zu diesem UTC-Zeitpunkt (Standard: jetzt), z. B. 2026-03-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>Print what would change without writing anything.</source>
        <translation>Anzeigen, was sich ändern würde, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <source>Write the changes here instead of stdout.</source>
        <translation>Die Änderungen in diese Datei statt auf stdout schreiben.</translation>
    </message>
    <message>
        <source>Evaluates every registration in the database (first to register wins, within the program&apos;s protection days; rejected registrations left out, extensions honoured), stores the statuses with an audit row each and opens a conflict case for every new conflict. Prints the changes as CSV reg_id,old_status,new_status,old_winner,new_winner on stdout (or --out) and a summary on stderr.</source>
        <translation>Wertet alle Registrierungen in der Datenbank aus (wer zuerst registriert, gewinnt – innerhalb der Schutzfrist des Programms; abgelehnte Registrierungen bleiben außen vor, Verlängerungen werden berücksichtigt), speichert den Status mit je einer Zeile im Änderungsprotokoll und eröffnet für jeden neuen Konflikt einen Konfliktfall. Gibt die Änderungen als CSV reg_id,old_status,new_status,old_winner,new_winner auf stdout (oder in --out) und eine Zusammenfassung auf stderr aus.</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) would change as of %1 (dry run, nothing written)</source>
        <translation>
            <numerusform>%n Registrierung würde sich zum %1 ändern (Probelauf, nichts geschrieben)</numerusform>
            <numerusform>%n Registrierungen würden sich zum %1 ändern (Probelauf, nichts geschrieben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) changed as of %1</source>
        <translation>
            <numerusform>%n Registrierung zum %1 geändert</numerusform>
            <numerusform>%n Registrierungen zum %1 geändert</numerusform>
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
        <translation>Aufruf: channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] [--explain]
       channeldesk-cli [--db FILE] tiers run [--as-of DATE] [--program ID] [--apply] [--out FILE]

Unterbefehle:
  evaluate  Stufe und Scorecard-Score jedes Partners (ohne Datenbank)
  run       wertet die Partner der Datenbank nach ihren Programmen aus; --apply schreibt die Änderungen

Mit &apos;channeldesk-cli tiers SUBCOMMAND --help&apos; werden die Optionen eines Unterbefehls angezeigt.
</translation>
    </message>
    <message>
        <source>Evaluate as of this date (default: today).</source>
        <translation>Auswertung zu diesem Datum (Standard: heute).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only the partners of this program.</source>
        <translation>Nur die Partner dieses Programms.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Write the new tiers into the partners, with an audit record each.</source>
        <translation>Die neuen Stufen in die Partner schreiben, mit je einem Eintrag im Änderungsprotokoll.</translation>
    </message>
    <message>
        <source>Evaluates every active partner under its program (partners.program, from the database&apos;s programs) with metrics computed from the database as of a date, and prints the tier changes as CSV: partner,program,from,to,change,score,explanation. Nothing is written without --apply.</source>
        <translation>Wertet jeden aktiven Partner nach seinem Programm aus (partners.program, aus den Programmen der Datenbank), mit Kennzahlen, die zu einem Datum aus der Datenbank berechnet werden, und gibt die Stufenänderungen als CSV aus: partner,program,from,to,change,score,explanation. Ohne --apply wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>--as-of needs an ISO date like 2026-03-31, not &quot;%1&quot;</source>
        <translation>--as-of erwartet ein ISO-Datum wie 2026-03-31, nicht „%1“</translation>
    </message>
    <message>
        <source>no active partner is in a stored program &quot;%1&quot;</source>
        <translation>kein aktiver Partner ist in einem gespeicherten Programm „%1“</translation>
    </message>
    <message>
        <source>%1 partners evaluated as of %2: %3 changes (%4 promotions, %5 demotions or other)</source>
        <translation>%1 Partner zum %2 ausgewertet: %3 Änderungen (%4 Aufstufungen, %5 Abstufungen oder sonstige)</translation>
    </message>
    <message>
        <source>nothing was changed; --apply writes them</source>
        <translation>nichts wurde geändert; --apply schreibt die Änderungen</translation>
    </message>
    <message>
        <source>applied %1 tier changes</source>
        <translation>%1 Stufenänderungen übernommen</translation>
    </message>
    <message numerus="yes">
        <source>registrations evaluated as of %1: %n status change(s)</source>
        <translation>
            <numerusform>Registrierungen zum Stand %1 bewertet: %n Statusänderung</numerusform>
            <numerusform>Registrierungen zum Stand %1 bewertet: %n Statusänderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave registrations without a status for a later &apos;registrations run&apos;.</source>
        <translation>Registrierungen ohne Status für ein späteres „registrations run“ belassen.</translation>
    </message>
    <message>
        <source>migrate --from FILE --to URI: a desktop file into an empty team database</source>
        <translation>migrate --from FILE --to URI: eine lokale Datei in eine leere Team-Datenbank migrieren</translation>
    </message>
    <message>
        <source>team add-user | list | remove-user: a team database&apos;s members and roles</source>
        <translation>team add-user | list | remove-user: Mitglieder und Rollen einer Team-Datenbank</translation>
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
        <translation>Aufruf: channeldesk-cli --db URI team add-user LOGIN --role admin|manager|regional|executive [--region REGION] [--password-stdin]
       channeldesk-cli --db URI team list [--out FILE]
       channeldesk-cli --db URI team remove-user LOGIN

Unterbefehle:
  add-user     gibt einem PostgreSQL-Login eine Rolle in dieser Datenbank (und legt den Login an, falls er neu ist)
  list         die Mitglieder mit ihren Rollen und Regionen als CSV
  remove-user  entzieht einem Mitglied die Rechte in dieser Datenbank

Der Server setzt die Rollen durch: admin darf alles, manager bearbeitet alle Programmdaten außer Plänen, Programmen, Zielen und dem Team, regional nur die Partner der eigenen Region und deren Datensätze, executive liest nur.
</translation>
    </message>
    <message>
        <source>%1: give one LOGIN</source>
        <translation>%1: Geben Sie genau einen LOGIN an</translation>
    </message>
    <message>
        <source>admin, manager, regional or executive.</source>
        <translation>admin, manager, regional oder executive.</translation>
    </message>
    <message>
        <source>The region of a regional member.</source>
        <translation>Die Region eines regionalen Mitglieds.</translation>
    </message>
    <message>
        <source>Read the login&apos;s new password from the first line of standard input.</source>
        <translation>Das neue Passwort des Logins aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>The PostgreSQL login.</source>
        <translation>Der PostgreSQL-Login.</translation>
    </message>
    <message>
        <source>Gives a login a role in the team database.</source>
        <translation>Weist einem Login eine Rolle in der Team-Datenbank zu.</translation>
    </message>
    <message>
        <source>--role must be admin, manager, regional or executive, not &quot;%1&quot;</source>
        <translation>--role muss admin, manager, regional oder executive sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--password-stdin read no password</source>
        <translation>--password-stdin hat kein Passwort gelesen</translation>
    </message>
    <message>
        <source>%1 is now %2 in %3: %4</source>
        <translation>%1 hat jetzt die Rolle %2 in %3: %4</translation>
    </message>
    <message>
        <source>Write the CSV to FILE instead of standard output.</source>
        <translation>Die CSV-Daten in FILE statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Lists the team&apos;s members as CSV: login, role, region.</source>
        <translation>Listet die Mitglieder des Teams als CSV auf: login, role, region.</translation>
    </message>
    <message>
        <source>Takes a member&apos;s rights in the team database away.</source>
        <translation>Entzieht einem Mitglied die Rechte in der Team-Datenbank.</translation>
    </message>
    <message>
        <source>%1 is no longer a member of %2</source>
        <translation>%1 ist kein Mitglied von %2 mehr</translation>
    </message>
    <message>
        <source>The desktop file (SQLite).</source>
        <translation>Die lokale Datei (SQLite).</translation>
    </message>
    <message>
        <source>The empty team database (PostgreSQL URI).</source>
        <translation>Die leere Team-Datenbank (PostgreSQL-URI).</translation>
    </message>
    <message>
        <source>Moves a desktop file&apos;s whole program into an empty team database, all or nothing.</source>
        <translation>Migriert das gesamte Programm einer lokalen Datei in eine leere Team-Datenbank, nach dem Alles-oder-nichts-Prinzip.</translation>
    </message>
    <message>
        <source>--from needs an existing desktop file, not &quot;%1&quot;</source>
        <translation>--from erwartet eine vorhandene lokale Datei, nicht „%1“</translation>
    </message>
    <message>
        <source>--to needs a PostgreSQL URI like postgresql://user@host/dbname</source>
        <translation>--to erwartet eine PostgreSQL-URI wie postgresql://user@host/dbname</translation>
    </message>
    <message>
        <source>copying %1 …</source>
        <translation>Kopieren von %1 …</translation>
    </message>
    <message>
        <source>%1 moved into %2: %3 rows in %4 tables</source>
        <translation>%1 in %2 migriert: %3 Zeilen in %4 Tabellen</translation>
    </message>
    <message>
        <source>you are %1 (%2): %3</source>
        <translation>Sie sind %1 (%2): %3</translation>
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
        <translation>Aufruf: channeldesk-cli report SUBCOMMAND [OPTIONS]

  qbr --period LABEL [--partner ID] [--lang CODE] --pdf FILE
      das Quarterly Business Review als PDF, programmweit oder für einen Partner
  pipeline --by DIM[,DIM…] [--period LABEL] [--currency CUR] [--out FILE]
      offene Deals als CSV nach stage, region, country, tier, type, partner, source, quarter
</translation>
    </message>
    <message>
        <source>--period: &apos;%1&apos; is not a period label (2026-Q1, 2026-03, 2026)</source>
        <translation>--period: „%1“ ist keine Zeitraumangabe (2026-Q1, 2026-03, 2026)</translation>
    </message>
    <message>
        <source>Dimensions, comma-separated: %1.</source>
        <translation>Dimensionen, durch Kommas getrennt: %1.</translation>
    </message>
    <message>
        <source>Only deals closing in this period.</source>
        <translation>Nur Deals mit Abschluss in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Reporting currency (default: the rates&apos; base).</source>
        <translation>Berichtswährung (Standard: die Basiswährung der Wechselkurse).</translation>
    </message>
    <message>
        <source>Write the CSV to FILE.</source>
        <translation>Die CSV-Datei in FILE schreiben.</translation>
    </message>
    <message>
        <source>The numbers behind the pipeline charts, as CSV.</source>
        <translation>Die Zahlen hinter den Pipeline-Diagrammen als CSV.</translation>
    </message>
    <message>
        <source>--by: name at least one dimension</source>
        <translation>--by: Geben Sie mindestens eine Dimension an</translation>
    </message>
    <message>
        <source>--by: &apos;%1&apos; is not a dimension (or named twice); use %2</source>
        <translation>--by: „%1“ ist keine Dimension (oder doppelt angegeben); verwenden Sie %2</translation>
    </message>
    <message>
        <source>--currency: &apos;%1&apos; is not a known currency code</source>
        <translation>--currency: „%1“ ist kein bekannter Währungscode</translation>
    </message>
    <message>
        <source>The period reviewed (2026-Q1 …).</source>
        <translation>Der geprüfte Zeitraum (2026-Q1 …).</translation>
    </message>
    <message>
        <source>One partner&apos;s review.</source>
        <translation>Das Review eines einzelnen Partners.</translation>
    </message>
    <message>
        <source>Language of the report.</source>
        <translation>Sprache des Berichts.</translation>
    </message>
    <message>
        <source>Write the PDF to FILE.</source>
        <translation>Das PDF in FILE schreiben.</translation>
    </message>
    <message>
        <source>Reporting currency.</source>
        <translation>Berichtswährung.</translation>
    </message>
    <message>
        <source>The quarterly business review as a PDF.</source>
        <translation>Das Quarterly Business Review als PDF.</translation>
    </message>
    <message>
        <source>report qbr needs --period LABEL and --pdf FILE</source>
        <translation>report qbr erfordert --period LABEL und --pdf FILE</translation>
    </message>
    <message>
        <source>report qbr must run in a GUI application (see reportcommand.h)</source>
        <translation>report qbr muss in einer GUI-Anwendung laufen (siehe reportcommand.h)</translation>
    </message>
    <message>
        <source>--partner: no partner &apos;%1&apos;</source>
        <translation>--partner: kein Partner „%1“</translation>
    </message>
    <message>
        <source>wrote %1 (%2 pages)</source>
        <translation>%1 geschrieben (%2 Seiten)</translation>
    </message>
</context>
<context>
    <name>cd::gui</name>
    <message>
        <source>ChannelDesk: partner programs, deals and commissions.</source>
        <translation>ChannelDesk: Partnerprogramme, Deals und Provisionen.</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>Die Datenbank FILE öffnen.</translation>
    </message>
    <message>
        <source>Open on the page NAME (partners, deals, …).</source>
        <translation>Mit der Seite NAME starten (partners, deals, …).</translation>
    </message>
    <message>
        <source>Render the main window, save it as the PNG FILE and quit.</source>
        <translation>Das Hauptfenster rendern, als PNG-Datei FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>Window size WIDTHxHEIGHT.</source>
        <translation>Fenstergröße WIDTHxHEIGHT.</translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
    <message>
        <source>channeldesk: no page &apos;%1&apos;; pages: %2</source>
        <translation>channeldesk: keine Seite „%1“; Seiten: %2</translation>
    </message>
    <message>
        <source>Use the language CODE (de, fr, es, ja, zh_CN, en; pseudo for testing).</source>
        <translation>Die Sprache CODE verwenden (de, fr, es, ja, zh_CN, en; pseudo zum Testen).</translation>
    </message>
</context>
<context>
    <name>cd::store::AuditLog</name>
    <message>
        <source>preparing the audit log</source>
        <translation>Vorbereiten des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>writing the audit log for %1 %2</source>
        <translation>Schreiben des Änderungsprotokolls für %1 %2</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>Lesen des Änderungsprotokolls</translation>
    </message>
    <message>
        <source>counting the audit log</source>
        <translation>Zählen der Einträge im Änderungsprotokoll</translation>
    </message>
</context>
<context>
    <name>cd::store::CommissionRun</name>
    <message>
        <source>the rate on %1 does not fit the rate table</source>
        <translation>der Wechselkurs vom %1 passt nicht in die Kurstabelle</translation>
    </message>
    <message>
        <source>plan %1 pays by %2 (fiscal year from month %3): its partners have no statement for %4</source>
        <translation>Plan %1 rechnet nach %2 ab (Geschäftsjahr ab Monat %3): Seine Partner haben keine Provisionsabrechnung für %4</translation>
    </message>
    <message>
        <source>%1 is not a period label (2026-03, 2026-Q1, FY2027-Q1, 2026 or FY2027)</source>
        <translation>%1 ist keine Zeitraumangabe (2026-03, 2026-Q1, FY2027-Q1, 2026 oder FY2027)</translation>
    </message>
    <message>
        <source>reading the deals of %1</source>
        <translation>Lesen der Deals von %1</translation>
    </message>
    <message>
        <source>partner %1 has deals in %2 but no commission plan: left out</source>
        <translation>Partner %1 hat Deals in %2, aber keinen Provisionsplan: ausgelassen</translation>
    </message>
    <message>
        <source>reading the deals&apos; dates</source>
        <translation>Lesen der Deal-Daten</translation>
    </message>
</context>
<context>
    <name>cd::store::ConflictCaseStore</name>
    <message>
        <source>saving conflict case %1</source>
        <translation>Speichern von Konfliktfall %1</translation>
    </message>
    <message>
        <source>reading the conflict cases</source>
        <translation>Lesen der Konfliktfälle</translation>
    </message>
    <message>
        <source>a conflict case needs at least two registrations</source>
        <translation>ein Konfliktfall benötigt mindestens zwei Registrierungen</translation>
    </message>
    <message>
        <source>the winner %1 is not one of the case&apos;s registrations</source>
        <translation>der Gewinner %1 ist keine der Registrierungen des Falls</translation>
    </message>
    <message>
        <source>numbering conflict cases</source>
        <translation>Nummerieren der Konfliktfälle</translation>
    </message>
    <message>
        <source>there is no conflict case %1</source>
        <translation>es gibt keinen Konfliktfall %1</translation>
    </message>
    <message>
        <source>%1 is not one of the registrations of case %2</source>
        <translation>%1 ist keine der Registrierungen von Fall %2</translation>
    </message>
    <message>
        <source>conflict case %1 must have six steps</source>
        <translation>Konfliktfall %1 muss sechs Schritte haben</translation>
    </message>
    <message>
        <source>deleting conflict case %1</source>
        <translation>Löschen von Konfliktfall %1</translation>
    </message>
</context>
<context>
    <name>cd::store::DashboardQuery</name>
    <message>
        <source>unknown pipeline dimension &apos;%1&apos;</source>
        <translation>unbekannte Pipeline-Dimension „%1“</translation>
    </message>
    <message>
        <source>no exchange rate from %1 to %2 in fx_rates</source>
        <translation>kein Wechselkurs von %1 nach %2 in fx_rates</translation>
    </message>
    <message>
        <source>creating the dashboard index</source>
        <translation>Anlegen des Dashboard-Index</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) left out: no exchange rate to %1 on their close date</source>
        <translation>
            <numerusform>%n Deal ausgelassen: kein Wechselkurs nach %1 zum Abschlussdatum</numerusform>
            <numerusform>%n Deals ausgelassen: kein Wechselkurs nach %1 zum Abschlussdatum</numerusform>
        </translation>
    </message>
    <message>
        <source>the database connection does not expose its SQLite handle</source>
        <translation>die Datenbankverbindung stellt ihr SQLite-Handle nicht bereit</translation>
    </message>
    <message>
        <source>preparing the dashboard query failed: %1</source>
        <translation>die Dashboard-Abfrage konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>reading the dashboard figures failed: %1</source>
        <translation>die Dashboard-Zahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>creating the index of split deals</source>
        <translation>Anlegen des Index der geteilten Deals</translation>
    </message>
    <message>
        <source>opening a second connection to %1 failed: %2</source>
        <translation>Öffnen einer zweiten Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the database connection does not expose its PostgreSQL handle</source>
        <translation>die Datenbankverbindung stellt ihr PostgreSQL-Handle nicht bereit</translation>
    </message>
</context>
<context>
    <name>cd::store::Database</name>
    <message>
        <source>no database file was given</source>
        <translation>es wurde keine Datenbankdatei angegeben</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 ist keine Datei</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation>%1 kann nicht angelegt werden: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>setting the busy timeout</source>
        <translation>Setzen des Busy-Timeouts</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>Aktivieren der Fremdschlüssel</translation>
    </message>
    <message>
        <source>enabling the WAL journal</source>
        <translation>Aktivieren des WAL-Journals</translation>
    </message>
    <message>
        <source>cannot use a write-ahead log for %1 (journal mode %2)</source>
        <translation>für %1 kann kein Write-Ahead-Log verwendet werden (Journalmodus %2)</translation>
    </message>
    <message>
        <source>setting the synchronous mode</source>
        <translation>Setzen des Synchronous-Modus</translation>
    </message>
    <message>
        <source>%1 was written by a newer ChannelDesk (schema %2, this build knows %3); it was not changed</source>
        <translation>%1 wurde von einer neueren ChannelDesk-Version geschrieben (Schema %2, diese Version kennt %3); die Datei wurde nicht geändert</translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation>Speichern der Schemaversion %1</translation>
    </message>
    <message>
        <source>marking the file as a ChannelDesk database</source>
        <translation>Kennzeichnen der Datei als ChannelDesk-Datenbank</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>checking for records</source>
        <translation>Prüfen auf vorhandene Datensätze</translation>
    </message>
    <message>
        <source>upgrading to schema %1</source>
        <translation>Aktualisieren auf Schema %1</translation>
    </message>
    <message>
        <source>setting the page size</source>
        <translation>Setzen der Seitengröße</translation>
    </message>
    <message>
        <source>%1 is not a ChannelDesk database (%2); it was not changed</source>
        <translation>%1 ist keine ChannelDesk-Datenbank (%2); die Datei wurde nicht geändert</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>keine SQLite-Datei</translation>
    </message>
    <message>
        <source>it belongs to another application</source>
        <translation>sie gehört zu einer anderen Anwendung</translation>
    </message>
    <message>
        <source>it holds tables of another application</source>
        <translation>sie enthält Tabellen einer anderen Anwendung</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <source>starting a savepoint</source>
        <translation>Setzen eines Savepoints</translation>
    </message>
    <message>
        <source>a transaction was committed twice</source>
        <translation>eine Transaktion wurde zweimal festgeschrieben</translation>
    </message>
    <message>
        <source>committing the changes</source>
        <translation>Festschreiben der Änderungen</translation>
    </message>
    <message>
        <source>%1 has the unknown currency &quot;%2&quot; in the database</source>
        <translation>%1 hat in der Datenbank die unbekannte Währung „%2“</translation>
    </message>
    <message>
        <source>reading partners</source>
        <translation>Lesen der Partner</translation>
    </message>
    <message>
        <source>looking up partner %1</source>
        <translation>Suchen von Partner %1</translation>
    </message>
    <message>
        <source>preparing the import failed: %1</source>
        <translation>Vorbereiten des Imports fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the database refused %1 for your role: %2</source>
        <translation>%1 wurde von der Datenbank für Ihre Rolle abgelehnt: %2</translation>
    </message>
    <message>
        <source>the PostgreSQL URI is not valid; write it as postgresql://user@host:5432/dbname</source>
        <translation>die PostgreSQL-URI ist ungültig; schreiben Sie sie als postgresql://user@host:5432/dbname</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; in the PostgreSQL URI is not a port number</source>
        <translation>der Port „%1“ in der PostgreSQL-URI ist keine Portnummer</translation>
    </message>
    <message>
        <source>the PostgreSQL URI has the parameter &quot;%1&quot;, which ChannelDesk does not use</source>
        <translation>die PostgreSQL-URI enthält den Parameter „%1“, den ChannelDesk nicht verwendet</translation>
    </message>
    <message>
        <source>the PostgreSQL URI names no database (postgresql://host/dbname)</source>
        <translation>die PostgreSQL-URI nennt keine Datenbank (postgresql://host/dbname)</translation>
    </message>
    <message>
        <source>cannot listen for the team&apos;s changes: %1</source>
        <translation>Änderungen des Teams können nicht empfangen werden: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation>zu %1 kann keine Verbindung hergestellt werden: Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian-Paket libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>zu %1 kann keine Verbindung hergestellt werden: %2</translation>
    </message>
    <message>
        <source>setting up the session</source>
        <translation>Einrichten der Sitzung</translation>
    </message>
    <message>
        <source>waiting for another migration</source>
        <translation>Warten auf eine andere Migration</translation>
    </message>
    <message>
        <source>setting up change notifications</source>
        <translation>Einrichten der Änderungsbenachrichtigungen</translation>
    </message>
    <message>
        <source>looking for changes</source>
        <translation>Suchen nach Änderungen</translation>
    </message>
    <message>
        <source>no row was added</source>
        <translation>es wurde keine Zeile hinzugefügt</translation>
    </message>
</context>
<context>
    <name>cd::store::DealRepository</name>
    <message>
        <source>reading deal %1</source>
        <translation>Lesen von Deal %1</translation>
    </message>
    <message>
        <source>reading the deals</source>
        <translation>Lesen der Deals</translation>
    </message>
    <message>
        <source>looking up deal %1</source>
        <translation>Suchen von Deal %1</translation>
    </message>
    <message>
        <source>counting the deals</source>
        <translation>Zählen der Deals</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>es gibt keinen Partner %1</translation>
    </message>
    <message>
        <source>saving the partners of deal %1</source>
        <translation>Speichern der Partner von Deal %1</translation>
    </message>
    <message>
        <source>a deal with the id %1 already exists</source>
        <translation>ein Deal mit der ID %1 existiert bereits</translation>
    </message>
    <message>
        <source>adding deal %1</source>
        <translation>Hinzufügen von Deal %1</translation>
    </message>
    <message>
        <source>there is no deal %1 to change</source>
        <translation>es gibt keinen Deal %1, der geändert werden könnte</translation>
    </message>
    <message>
        <source>changing deal %1</source>
        <translation>Ändern von Deal %1</translation>
    </message>
    <message>
        <source>changing the partners of deal %1</source>
        <translation>Ändern der Partner von Deal %1</translation>
    </message>
    <message>
        <source>there is no deal %1 to delete</source>
        <translation>es gibt keinen Deal %1, der gelöscht werden könnte</translation>
    </message>
    <message>
        <source>deleting deal %1</source>
        <translation>Löschen von Deal %1</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>Deal %1</translation>
    </message>
</context>
<context>
    <name>cd::store::Enablement</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an id: no spaces, &apos;;&apos; or &apos;=&apos;</source>
        <translation>„%1“ kann keine ID sein: keine Leerzeichen, &apos;;&apos; oder &apos;=&apos;</translation>
    </message>
    <message>
        <source>reading people</source>
        <translation>Lesen der Personen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date like 2026-03-31</source>
        <translation>„%1“ ist kein ISO-Datum wie 2026-03-31</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 kommt doppelt vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>importing people</source>
        <translation>Importieren der Personen</translation>
    </message>
    <message>
        <source>%1: unknown columns ignored: %2</source>
        <translation>%1: unbekannte Spalten ignoriert: %2</translation>
    </message>
    <message>
        <source>no partner %1</source>
        <translation>kein Partner %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>is required (one of %1)</source>
        <translation>ist erforderlich (einer der Werte %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>importing person %1</source>
        <translation>Importieren von Person %1</translation>
    </message>
    <message>
        <source>no person %1</source>
        <translation>keine Person %1</translation>
    </message>
    <message>
        <source>%1 is before earned_on %2</source>
        <translation>%1 liegt vor earned_on %2</translation>
    </message>
    <message>
        <source>importing certification %1</source>
        <translation>Importieren von Zertifizierung %1</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>reading certifications</source>
        <translation>Lesen der Zertifizierungen</translation>
    </message>
</context>
<context>
    <name>cd::store::Exporter</name>
    <message>
        <source>cannot write the export: %1</source>
        <translation>der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>exporting %1</source>
        <translation>Exportieren von %1</translation>
    </message>
</context>
<context>
    <name>cd::store::FxRateRepository</name>
    <message>
        <source>reading the exchange rates</source>
        <translation>Lesen der Wechselkurse</translation>
    </message>
    <message>
        <source>counting the exchange rates</source>
        <translation>Zählen der Wechselkurse</translation>
    </message>
    <message>
        <source>reading the rate %1</source>
        <translation>Lesen des Wechselkurses %1</translation>
    </message>
    <message>
        <source>saving the rate %1</source>
        <translation>Speichern des Wechselkurses %1</translation>
    </message>
    <message>
        <source>there is no rate %1 to delete</source>
        <translation>es gibt keinen Wechselkurs %1, der gelöscht werden könnte</translation>
    </message>
    <message>
        <source>deleting the rate %1</source>
        <translation>Löschen des Wechselkurses %1</translation>
    </message>
</context>
<context>
    <name>cd::store::Importer</name>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>%1 appears twice in the file (first on line %2)</source>
        <translation>%1 kommt in der Datei doppelt vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>Vorbereiten des Imports</translation>
    </message>
    <message>
        <source>reading deals</source>
        <translation>Lesen der Deals</translation>
    </message>
    <message>
        <source>importing %1</source>
        <translation>Importieren von %1</translation>
    </message>
    <message>
        <source>%1: unknown columns ignored: %2</source>
        <translation>%1: unbekannte Spalten ignoriert: %2</translation>
    </message>
    <message>
        <source>reading the partners</source>
        <translation>Lesen der Partner</translation>
    </message>
    <message>
        <source>reading the exchange rates</source>
        <translation>Lesen der Wechselkurse</translation>
    </message>
    <message>
        <source>indexing the deals</source>
        <translation>Indizieren der Deals</translation>
    </message>
    <message>
        <source>adding partner %1</source>
        <translation>Hinzufügen von Partner %1</translation>
    </message>
    <message>
        <source>changing partner %1</source>
        <translation>Ändern von Partner %1</translation>
    </message>
    <message>
        <source>saving the partners of deal %1</source>
        <translation>Speichern der Partner von Deal %1</translation>
    </message>
    <message>
        <source>adding deal %1</source>
        <translation>Hinzufügen von Deal %1</translation>
    </message>
    <message>
        <source>adding deals %1 to %2</source>
        <translation>Hinzufügen der Deals %1 bis %2</translation>
    </message>
    <message>
        <source>saving the partners of deals</source>
        <translation>Speichern der Partner der Deals</translation>
    </message>
    <message>
        <source>reading deal %1</source>
        <translation>Lesen von Deal %1</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>es gibt keinen Partner %1</translation>
    </message>
    <message>
        <source>changing deal %1</source>
        <translation>Ändern von Deal %1</translation>
    </message>
    <message>
        <source>changing the partners of deal %1</source>
        <translation>Ändern der Partner von Deal %1</translation>
    </message>
    <message>
        <source>reading registration %1</source>
        <translation>Lesen von Registrierung %1</translation>
    </message>
    <message>
        <source>adding registration %1</source>
        <translation>Hinzufügen von Registrierung %1</translation>
    </message>
    <message>
        <source>changing registration %1</source>
        <translation>Ändern von Registrierung %1</translation>
    </message>
    <message>
        <source>saving the rate %1</source>
        <translation>Speichern des Wechselkurses %1</translation>
    </message>
    <message>
        <source>reading the cache size</source>
        <translation>Lesen der Cachegröße</translation>
    </message>
    <message>
        <source>enlarging the cache for the import</source>
        <translation>Vergrößern des Caches für den Import</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1: %2 hinzugefügt, %3 aktualisiert, %4 unverändert</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>ist kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date like 2026-03-31</source>
        <translation>„%1“ ist kein ISO-Datum wie 2026-03-31</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date-time in UTC like 2026-03-31T14:05:00Z</source>
        <translation>„%1“ ist kein ISO-Zeitpunkt in UTC wie 2026-03-31T14:05:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency this program knows</source>
        <translation>„%1“ ist keine diesem Programm bekannte Währung</translation>
    </message>
    <message>
        <source>is required with a revenue commitment</source>
        <translation>ist bei einer Umsatzzusage erforderlich</translation>
    </message>
    <message>
        <source>is only used with a revenue commitment; leave it empty or give the commitment</source>
        <translation>wird nur bei einer Umsatzzusage verwendet; lassen Sie das Feld leer oder geben Sie die Umsatzzusage an</translation>
    </message>
</context>
<context>
    <name>cd::store::Migration</name>
    <message>
        <source>reading the team database&apos;s tables</source>
        <translation>Lesen der Tabellen der Team-Datenbank</translation>
    </message>
    <message>
        <source>the team database&apos;s foreign keys form a cycle</source>
        <translation>die Fremdschlüssel der Team-Datenbank bilden einen Zyklus</translation>
    </message>
    <message>
        <source>checking that %1 is empty</source>
        <translation>Prüfen, ob %1 leer ist</translation>
    </message>
    <message>
        <source>%1 already holds data (table %2); a desktop file moves only into an empty team database</source>
        <translation>%1 enthält bereits Daten (Tabelle %2); eine lokale Datei lässt sich nur in eine leere Team-Datenbank migrieren</translation>
    </message>
    <message>
        <source>reading %1 from %2</source>
        <translation>Lesen von %1 aus %2</translation>
    </message>
    <message>
        <source>writing %1 to %2</source>
        <translation>Schreiben von %1 in %2</translation>
    </message>
    <message>
        <source>%1 is not a team database: give a PostgreSQL URI</source>
        <translation>%1 ist keine Team-Datenbank: Geben Sie eine PostgreSQL-URI an</translation>
    </message>
    <message>
        <source>%1 is not a desktop file</source>
        <translation>%1 ist keine lokale Datei</translation>
    </message>
    <message>
        <source>%1 and %2 have different schema versions</source>
        <translation>%1 und %2 haben unterschiedliche Schemaversionen</translation>
    </message>
</context>
<context>
    <name>cd::store::PartnerMetrics</name>
    <message>
        <source>reading the won deals</source>
        <translation>Lesen der gewonnenen Deals</translation>
    </message>
    <message>
        <source>%1: no exchange rate for %2 on %3; revenue of %4 left out</source>
        <translation>%1: kein Wechselkurs für %2 am %3; Umsatz von %4 ausgelassen</translation>
    </message>
    <message>
        <source>%1: no exchange rate for %2 on %3; its revenue commitment is left out</source>
        <translation>%1: kein Wechselkurs für %2 am %3; die Umsatzzusage wird ausgelassen</translation>
    </message>
    <message numerus="yes">
        <source>program %1: not in the database; its %n partner(s) were not evaluated</source>
        <translation>
            <numerusform>Programm %1: nicht in der Datenbank; sein %n Partner wurde nicht ausgewertet</numerusform>
            <numerusform>Programm %1: nicht in der Datenbank; seine %n Partner wurden nicht ausgewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>program %1: %2</source>
        <translation>Programm %1: %2</translation>
    </message>
    <message>
        <source>changing the tier of %1</source>
        <translation>Ändern der Stufe von %1</translation>
    </message>
    <message>
        <source>no partner %1</source>
        <translation>kein Partner %1</translation>
    </message>
    <message>
        <source>%1 is now in tier &quot;%2&quot;, not &quot;%3&quot;; evaluate again</source>
        <translation>%1 ist jetzt in Stufe „%2“, nicht „%3“; werten Sie erneut aus</translation>
    </message>
</context>
<context>
    <name>cd::store::PartnerRepository</name>
    <message>
        <source>reading partner %1</source>
        <translation>Lesen von Partner %1</translation>
    </message>
    <message>
        <source>reading the partners</source>
        <translation>Lesen der Partner</translation>
    </message>
    <message>
        <source>counting the partners</source>
        <translation>Zählen der Partner</translation>
    </message>
    <message>
        <source>a partner with the id %1 already exists</source>
        <translation>ein Partner mit der ID %1 existiert bereits</translation>
    </message>
    <message>
        <source>adding partner %1</source>
        <translation>Hinzufügen von Partner %1</translation>
    </message>
    <message>
        <source>there is no partner %1 to change</source>
        <translation>es gibt keinen Partner %1, der geändert werden könnte</translation>
    </message>
    <message>
        <source>changing partner %1</source>
        <translation>Ändern von Partner %1</translation>
    </message>
    <message>
        <source>there is no partner %1 to delete</source>
        <translation>es gibt keinen Partner %1, der gelöscht werden könnte</translation>
    </message>
    <message>
        <source>checking the deals of partner %1</source>
        <translation>Prüfen der Deals von Partner %1</translation>
    </message>
    <message>
        <source>partner %1 cannot be deleted: %2 deals and %3 registrations name it</source>
        <translation>Partner %1 kann nicht gelöscht werden: %2 Deals und %3 Registrierungen verweisen auf ihn</translation>
    </message>
    <message>
        <source>deleting partner %1</source>
        <translation>Löschen von Partner %1</translation>
    </message>
    <message>
        <source>partner %1</source>
        <translation>Partner %1</translation>
    </message>
</context>
<context>
    <name>cd::store::PlanRepository</name>
    <message>
        <source>a plan is assigned to a program and tier, or to a partner type</source>
        <translation>ein Plan wird einem Programm und einer Stufe oder einem Partnertyp zugewiesen</translation>
    </message>
    <message>
        <source>reading plan assignments</source>
        <translation>Lesen der Planzuweisungen</translation>
    </message>
    <message>
        <source>reading commission plans</source>
        <translation>Lesen der Provisionspläne</translation>
    </message>
    <message>
        <source>reading commission plan %1</source>
        <translation>Lesen von Provisionsplan %1</translation>
    </message>
    <message>
        <source>counting commission plans</source>
        <translation>Zählen der Provisionspläne</translation>
    </message>
    <message>
        <source>saving commission plan %1</source>
        <translation>Speichern von Provisionsplan %1</translation>
    </message>
    <message>
        <source>there is no commission plan %1</source>
        <translation>es gibt keinen Provisionsplan %1</translation>
    </message>
    <message>
        <source>removing commission plan %1</source>
        <translation>Entfernen von Provisionsplan %1</translation>
    </message>
    <message>
        <source>assigning commission plan %1</source>
        <translation>Zuweisen von Provisionsplan %1</translation>
    </message>
    <message>
        <source>removing a plan assignment</source>
        <translation>Entfernen einer Planzuweisung</translation>
    </message>
    <message>
        <source>reading the partners&apos; commission plans</source>
        <translation>Lesen der Provisionspläne der Partner</translation>
    </message>
    <message>
        <source>NEXT Portal SI Tier 1 margin (65%)</source>
        <translation>NEXT Portal SI Tier 1 – Marge (65%)</translation>
    </message>
    <message>
        <source>NEXT Portal SI Tier 2 margin (50%)</source>
        <translation>NEXT Portal SI Tier 2 – Marge (50%)</translation>
    </message>
    <message>
        <source>NEXT Portal SI Tier 3 margin (35%)</source>
        <translation>NEXT Portal SI Tier 3 – Marge (35%)</translation>
    </message>
    <message>
        <source>NEXT Portal Gold reseller margin (45%)</source>
        <translation>NEXT Portal Gold-Reseller – Marge (45%)</translation>
    </message>
    <message>
        <source>NEXT Portal Silver reseller margin (40%)</source>
        <translation>NEXT Portal Silver-Reseller – Marge (40%)</translation>
    </message>
    <message>
        <source>NEXT Portal Authorized reseller margin (35%)</source>
        <translation>NEXT Portal Authorized Reseller – Marge (35%)</translation>
    </message>
    <message>
        <source>Technology partners revenue share (20%, 5% bonus)</source>
        <translation>Umsatzbeteiligung Technologiepartner (20%, 5% Bonus)</translation>
    </message>
    <message>
        <source>Consulting partners revenue share (30%, 10% bonus)</source>
        <translation>Umsatzbeteiligung Beratungspartner (30%, 10% Bonus)</translation>
    </message>
    <message>
        <source>Channel partners revenue share (25%, 7% bonus)</source>
        <translation>Umsatzbeteiligung Channel-Partner (25%, 7% Bonus)</translation>
    </message>
    <message>
        <source>Integration partners revenue share (15%, 3% bonus)</source>
        <translation>Umsatzbeteiligung Integrationspartner (15%, 3% Bonus)</translation>
    </message>
    <message>
        <source>Referral partners revenue share (10%, 2% bonus)</source>
        <translation>Umsatzbeteiligung Empfehlungspartner (10%, 2% Bonus)</translation>
    </message>
    <message>
        <source>Playbook graduated commission (15/20/25%)</source>
        <translation>Playbook – gestaffelte Provision (15/20/25%)</translation>
    </message>
    <message>
        <source>the plan template %1 is missing from the program</source>
        <translation>die Planvorlage %1 fehlt im Programm</translation>
    </message>
</context>
<context>
    <name>cd::store::ProgramStore</name>
    <message>
        <source>reading partner %1</source>
        <translation>Lesen von Partner %1</translation>
    </message>
    <message>
        <source>no partner %1</source>
        <translation>kein Partner %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a development stage</source>
        <translation>„%1“ ist keine Entwicklungsphase</translation>
    </message>
    <message>
        <source>moving partner %1</source>
        <translation>Verschieben von Partner %1</translation>
    </message>
    <message>
        <source>reading the programs</source>
        <translation>Lesen der Programme</translation>
    </message>
    <message>
        <source>reading program %1</source>
        <translation>Lesen von Programm %1</translation>
    </message>
    <message>
        <source>the JSON says &quot;%1&quot;; it must be the program&apos;s id</source>
        <translation>im JSON steht „%1“; es muss die ID des Programms sein</translation>
    </message>
    <message>
        <source>saving program %1</source>
        <translation>Speichern von Programm %1</translation>
    </message>
    <message>
        <source>removing program %1</source>
        <translation>Entfernen von Programm %1</translation>
    </message>
    <message>
        <source>reading the partners&apos; stages</source>
        <translation>Lesen der Phasen der Partner</translation>
    </message>
    <message>
        <source>reading the stages of %1</source>
        <translation>Lesen der Phasen von %1</translation>
    </message>
    <message>
        <source>recording the stage of %1</source>
        <translation>Erfassen der Phase von %1</translation>
    </message>
    <message>
        <source>recording %1 of %2</source>
        <translation>Erfassen von %1 für %2</translation>
    </message>
    <message>
        <source>reading the partners&apos; KPIs</source>
        <translation>Lesen der KPIs der Partner</translation>
    </message>
</context>
<context>
    <name>cd::store::RecordFormat</name>
    <message>
        <source>%1 %2 has finer digits than the database keeps (thousandths)</source>
        <translation>%1 %2 hat mehr Nachkommastellen, als die Datenbank speichert (Tausendstel)</translation>
    </message>
    <message>
        <source>%1 %2 is too large to store</source>
        <translation>%1 %2 ist zu groß zum Speichern</translation>
    </message>
    <message>
        <source>the database holds %1 thousandths of %2, which has only %3 decimals</source>
        <translation>die Datenbank enthält %1 Tausendstel %2, diese Währung hat aber nur %3 Nachkommastellen</translation>
    </message>
    <message>
        <source>the database holds &quot;%1&quot; as %2, which is not a decimal</source>
        <translation>die Datenbank enthält „%1“ als %2, was keine Dezimalzahl ist</translation>
    </message>
</context>
<context>
    <name>cd::store::RecordRules</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>is required (one of %1)</source>
        <translation>ist erforderlich (einer der Werte %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>„%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>%1 must be positive</source>
        <translation>%1 muss positiv sein</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 darf nicht negativ sein</translation>
    </message>
    <message>
        <source>%1 cannot be stored exactly</source>
        <translation>%1 kann nicht exakt gespeichert werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an id: no spaces, &apos;;&apos; or &apos;=&apos;</source>
        <translation>„%1“ ist als ID nicht zulässig: keine Leerzeichen, &apos;;&apos; oder &apos;=&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code like DE</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1 alpha-2 wie DE</translation>
    </message>
    <message>
        <source>no partner given</source>
        <translation>kein Partner angegeben</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>the share of %1 must be positive</source>
        <translation>der Anteil von %1 muss positiv sein</translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation>die Anteile ergeben in Summe %1, nicht 100</translation>
    </message>
    <message>
        <source>%1 is not between 0% and 100%</source>
        <translation>%1 liegt nicht zwischen 0 % und 100 %</translation>
    </message>
    <message>
        <source>is required for a %1 deal</source>
        <translation>ist bei einem Deal mit Status %1 erforderlich</translation>
    </message>
    <message>
        <source>is required for a cancelled deal</source>
        <translation>ist bei einem stornierten Deal erforderlich</translation>
    </message>
    <message>
        <source>%1 is before the close date %2</source>
        <translation>%1 liegt vor dem Abschlussdatum %2</translation>
    </message>
    <message>
        <source>only a cancelled deal has a cancellation date</source>
        <translation>nur ein stornierter Deal hat ein Stornodatum</translation>
    </message>
    <message>
        <source>a customer name or domain is required</source>
        <translation>ein Kundenname oder eine Domain ist erforderlich</translation>
    </message>
    <message>
        <source>is before submitted_at</source>
        <translation>liegt vor submitted_at</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency this program knows</source>
        <translation>„%1“ ist keine diesem Programm bekannte Währung</translation>
    </message>
</context>
<context>
    <name>cd::store::RegistrationRepository</name>
    <message>
        <source>reading registration %1</source>
        <translation>Lesen von Registrierung %1</translation>
    </message>
    <message>
        <source>reading the registrations</source>
        <translation>Lesen der Registrierungen</translation>
    </message>
    <message>
        <source>looking up registration %1</source>
        <translation>Suchen von Registrierung %1</translation>
    </message>
    <message>
        <source>counting the registrations</source>
        <translation>Zählen der Registrierungen</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>es gibt keinen Partner %1</translation>
    </message>
    <message>
        <source>a registration with the id %1 already exists</source>
        <translation>eine Registrierung mit der ID %1 existiert bereits</translation>
    </message>
    <message>
        <source>adding registration %1</source>
        <translation>Hinzufügen von Registrierung %1</translation>
    </message>
    <message>
        <source>there is no registration %1 to change</source>
        <translation>es gibt keine Registrierung %1, die geändert werden könnte</translation>
    </message>
    <message>
        <source>changing registration %1</source>
        <translation>Ändern von Registrierung %1</translation>
    </message>
    <message>
        <source>there is no registration %1 to delete</source>
        <translation>es gibt keine Registrierung %1, die gelöscht werden könnte</translation>
    </message>
    <message>
        <source>deleting registration %1</source>
        <translation>Löschen von Registrierung %1</translation>
    </message>
    <message>
        <source>registration %1</source>
        <translation>Registrierung %1</translation>
    </message>
</context>
<context>
    <name>cd::store::RegistrationWorkflowDemo</name>
    <message>
        <source>Called both account executives. %1 logged a discovery workshop with %3 before %2 made contact; %2 was brought in by the customer&apos;s procurement team.</source>
        <translation>Beide Account Executives angerufen. %1 hat vor der Kontaktaufnahme durch %2 einen Discovery-Workshop mit %3 dokumentiert; %2 wurde vom Einkauf des Kunden hinzugezogen.</translation>
    </message>
    <message>
        <source>Checked CRM activity: %1 has two meetings and a scoped proposal for %3; %2 has an introductory email only.</source>
        <translation>CRM-Aktivitäten geprüft: %1 hat zwei Meetings und ein ausgearbeitetes Angebot für %3; %2 hat nur eine Einführungs-E-Mail.</translation>
    </message>
    <message>
        <source>%2 says %3 asked them for a quote directly. %1 shared the meeting notes that show the opportunity started with them.</source>
        <translation>%2 gibt an, dass %3 direkt ein Angebot angefragt hat. %1 hat die Gesprächsnotizen vorgelegt, die zeigen, dass die Opportunity bei ihnen begann.</translation>
    </message>
    <message>
        <source>Joint call with both partners. %2 accepted that %1 registered first and asked to be considered for the implementation services.</source>
        <translation>Gemeinsamer Termin mit beiden Partnern. %2 hat akzeptiert, dass %1 zuerst registriert hat, und möchte für die Implementierungsleistungen berücksichtigt werden.</translation>
    </message>
    <message>
        <source>Mediation call; %2 proposed a split. %1 declined, pointing to the registration date.</source>
        <translation>Vermittlungsgespräch; %2 hat eine Aufteilung vorgeschlagen. %1 hat unter Verweis auf das Registrierungsdatum abgelehnt.</translation>
    </message>
    <message>
        <source>%1 and %2 agreed to let the channel team decide on the registration record.</source>
        <translation>%1 und %2 haben vereinbart, dass das Channel-Team anhand der Registrierungsdaten entscheidet.</translation>
    </message>
    <message>
        <source>Applied the program rule: first to register, inside the 30-day protection period.</source>
        <translation>Programmregel angewendet: Wer zuerst registriert, gewinnt – innerhalb der Schutzfrist von 30 Tagen.</translation>
    </message>
    <message>
        <source>Decision sent to both partners and the regional sales lead; %1 acknowledged.</source>
        <translation>Entscheidung an beide Partner und die regionale Vertriebsleitung gesendet; %1 hat den Empfang bestätigt.</translation>
    </message>
    <message>
        <source>Added %1 to the named-account list; %2 and the other partners now see existing registrations in the portal before outreach.</source>
        <translation>%1 zur Named-Account-Liste hinzugefügt; %2 und die anderen Partner sehen bestehende Registrierungen jetzt vor der Kontaktaufnahme im Portal.</translation>
    </message>
    <message>
        <source>Reminded %2 of the registration rules in the monthly partner call; %1 stays with the current owner, no rule change needed.</source>
        <translation>%2 im monatlichen Partner-Call an die Registrierungsregeln erinnert; %1 bleibt beim bisherigen Owner, keine Regeländerung nötig.</translation>
    </message>
    <message>
        <source>Credit stays with %1 (%2); the other partner is offered the services work.</source>
        <translation>Die Anrechnung bleibt bei %1 (%2); dem anderen Partner werden die Serviceleistungen angeboten.</translation>
    </message>
    <message>
        <source>Credit stays with %1 (%2).</source>
        <translation>Die Anrechnung bleibt bei %1 (%2).</translation>
    </message>
    <message>
        <source>Escalate to the channel director.</source>
        <translation>An den Channel Director eskalieren.</translation>
    </message>
    <message>
        <source>Named-account list updated.</source>
        <translation>Named-Account-Liste aktualisiert.</translation>
    </message>
    <message>
        <source>Duplicate of %1, which is still protected; please update that registration instead.</source>
        <translation>Duplikat von %1, das noch geschützt ist; bitte aktualisieren Sie stattdessen diese Registrierung.</translation>
    </message>
</context>
<context>
    <name>cd::store::RegistrationWorkflowStore</name>
    <message>
        <source>there is no registration %1</source>
        <translation>es gibt keine Registrierung %1</translation>
    </message>
    <message>
        <source>saving the workflow of registration %1</source>
        <translation>Speichern des Workflows von Registrierung %1</translation>
    </message>
    <message>
        <source>reading the registration settings</source>
        <translation>Lesen der Registrierungseinstellungen</translation>
    </message>
    <message>
        <source>protection days must be 0 to %1 and extension days 1 to %1</source>
        <translation>die Schutzfrist muss 0 bis %1 Tage und die Verlängerung 1 bis %1 Tage betragen</translation>
    </message>
    <message>
        <source>saving the registration settings</source>
        <translation>Speichern der Registrierungseinstellungen</translation>
    </message>
    <message>
        <source>reading the workflow of registration %1</source>
        <translation>Lesen des Workflows von Registrierung %1</translation>
    </message>
    <message>
        <source>reading the registration workflow</source>
        <translation>Lesen des Registrierungs-Workflows</translation>
    </message>
    <message>
        <source>reading the partners&apos; names</source>
        <translation>Lesen der Partnernamen</translation>
    </message>
    <message>
        <source>only a registration the rules approved can be confirmed; %1 is %2</source>
        <translation>nur eine von den Regeln genehmigte Registrierung kann bestätigt werden; %1 ist %2</translation>
    </message>
    <message>
        <source>registration %1 was approved already</source>
        <translation>Registrierung %1 wurde bereits genehmigt</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>eine Ablehnung erfordert eine Begründung</translation>
    </message>
    <message>
        <source>registration %1 became deal %2 and can no longer be rejected</source>
        <translation>Registrierung %1 wurde zu Deal %2 und kann nicht mehr abgelehnt werden</translation>
    </message>
    <message>
        <source>registration %1 is already rejected</source>
        <translation>Registrierung %1 ist bereits abgelehnt</translation>
    </message>
    <message>
        <source>registration %1 was extended already; a registration is extended once</source>
        <translation>Registrierung %1 wurde bereits verlängert; eine Registrierung wird nur einmal verlängert</translation>
    </message>
    <message>
        <source>registration %1 is rejected</source>
        <translation>Registrierung %1 ist abgelehnt</translation>
    </message>
    <message>
        <source>only a registration that won its customer can be extended; %1 is %2</source>
        <translation>nur eine Registrierung, die ihren Kunden gewonnen hat, kann verlängert werden; %1 ist %2</translation>
    </message>
    <message>
        <source>registration %1 was converted to deal %2 already</source>
        <translation>Registrierung %1 wurde bereits in Deal %2 umgewandelt</translation>
    </message>
    <message>
        <source>only an approved registration becomes a deal; %1 is %2</source>
        <translation>nur eine genehmigte Registrierung wird zu einem Deal; %1 ist %2</translation>
    </message>
    <message>
        <source>a deal with the id %1 already exists</source>
        <translation>ein Deal mit der ID %1 existiert bereits</translation>
    </message>
    <message>
        <source>storing the evaluated registrations</source>
        <translation>Speichern der ausgewerteten Registrierungen</translation>
    </message>
    <message>
        <source>%1 (partner %2, submitted %3) registered %4 / %5 inside the protection window of %6 (partner %7, submitted %8).</source>
        <translation>%1 (Partner %2, eingereicht am %3) hat %4 / %5 innerhalb der Schutzfrist von %6 registriert (Partner %7, eingereicht am %8).</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>beliebiges Produkt</translation>
    </message>
    <message>
        <source>looking for registrations without a status</source>
        <translation>Suche nach Registrierungen ohne Status</translation>
    </message>
</context>
<context>
    <name>cd::store::RowVersion</name>
    <message>
        <source>%1 was deleted by %2 at %3 since you opened it</source>
        <translation>%1 wurde seit dem Öffnen von %2 um %3 gelöscht</translation>
    </message>
    <message>
        <source>%1 was deleted since you opened it</source>
        <translation>%1 wurde seit dem Öffnen gelöscht</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it</source>
        <translation>%1 wurde seit dem Öffnen von %2 um %3 geändert</translation>
    </message>
    <message>
        <source>%1 was changed since you opened it</source>
        <translation>%1 wurde seit dem Öffnen geändert</translation>
    </message>
    <message>
        <source>reading the version of %1</source>
        <translation>Lesen der Version von %1</translation>
    </message>
</context>
<context>
    <name>cd::store::TargetRepository</name>
    <message>
        <source>cannot read the target template %1</source>
        <translation>die Zielvorlage %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the target template %1 has no id</source>
        <translation>die Zielvorlage %1 hat keine ID</translation>
    </message>
    <message>
        <source>the target template %1 has a bad value for %2</source>
        <translation>die Zielvorlage %1 hat einen ungültigen Wert für %2</translation>
    </message>
    <message>
        <source>reading the targets</source>
        <translation>Lesen der Ziele</translation>
    </message>
    <message>
        <source>unknown target metric &apos;%1&apos;</source>
        <translation>unbekannte Zielkennzahl „%1“</translation>
    </message>
    <message>
        <source>a target&apos;s quarter is 1 to 4, or 0 for the year</source>
        <translation>das Quartal eines Ziels ist 1 bis 4 oder 0 für das Jahr</translation>
    </message>
    <message>
        <source>saving the target %1</source>
        <translation>Speichern des Ziels %1</translation>
    </message>
    <message>
        <source>deleting the target %1</source>
        <translation>Löschen des Ziels %1</translation>
    </message>
    <message>
        <source>creating the targets table</source>
        <translation>Anlegen der Zieltabelle</translation>
    </message>
    <message>
        <source>the seed target templates are missing</source>
        <translation>die Seed-Zielvorlagen fehlen</translation>
    </message>
</context>
<context>
    <name>cd::store::Team</name>
    <message>
        <source>an admin may do everything</source>
        <translation>ein Admin darf alles</translation>
    </message>
    <message>
        <source>a manager edits all program data but not plans, programs, targets or the team</source>
        <translation>ein Manager bearbeitet alle Programmdaten außer Plänen, Programmen, Zielen und dem Team</translation>
    </message>
    <message>
        <source>a regional member edits only the partners of %1 and their deals, registrations, people and certifications</source>
        <translation>ein regionales Mitglied bearbeitet nur die Partner von %1 und deren Deals, Registrierungen, Personen und Zertifizierungen</translation>
    </message>
    <message>
        <source>an executive reads everything and changes nothing</source>
        <translation>eine Führungskraft sieht alles und ändert nichts</translation>
    </message>
    <message>
        <source>%1 is a desktop file: a team needs a PostgreSQL database (docs/team.md)</source>
        <translation>%1 ist eine lokale Datei: Ein Team benötigt eine PostgreSQL-Datenbank (docs/team.md)</translation>
    </message>
    <message>
        <source>setting up the team&apos;s roles</source>
        <translation>Einrichten der Rollen des Teams</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>Lesen des Teams</translation>
    </message>
    <message>
        <source>a team member needs a login</source>
        <translation>ein Teammitglied benötigt einen Login</translation>
    </message>
    <message>
        <source>a regional member needs a region, one of %1</source>
        <translation>ein regionales Mitglied benötigt eine Region (zulässig: %1)</translation>
    </message>
    <message>
        <source>only a regional member has a region</source>
        <translation>nur ein regionales Mitglied hat eine Region</translation>
    </message>
    <message>
        <source>adding %1 to the team</source>
        <translation>Hinzufügen von %1 zum Team</translation>
    </message>
    <message>
        <source>changing the roles of %1</source>
        <translation>Ändern der Rollen von %1</translation>
    </message>
    <message>
        <source>removing %1 from the team</source>
        <translation>Entfernen von %1 aus dem Team</translation>
    </message>
    <message>
        <source>%1 is not a member of the team</source>
        <translation>%1 ist kein Mitglied des Teams</translation>
    </message>
</context>
<context>
    <name>cd::ui::CompetitorsModel</name>
    <message>
        <source>Winner</source>
        <translation>Gewinner</translation>
    </message>
    <message>
        <source>Competing</source>
        <translation>Konkurrierend</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>beliebiges Produkt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Anrechnung</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Submitted (UTC)</source>
        <translation>Eingereicht (UTC)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Protected until (UTC)</source>
        <translation>Geschützt bis (UTC)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConflictCaseModel</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>1 Identify</source>
        <translation>1 Erkennen</translation>
    </message>
    <message>
        <source>2 Investigate</source>
        <translation>2 Untersuchen</translation>
    </message>
    <message>
        <source>3 Mediate</source>
        <translation>3 Vermitteln</translation>
    </message>
    <message>
        <source>4 Decide</source>
        <translation>4 Entscheiden</translation>
    </message>
    <message>
        <source>5 Communicate</source>
        <translation>5 Kommunizieren</translation>
    </message>
    <message>
        <source>6 Prevent</source>
        <translation>6 Vorbeugen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Gewinner</translation>
    </message>
    <message>
        <source>Competing</source>
        <translation>Konkurrierend</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConflictStepsModel</name>
    <message>
        <source>to do</source>
        <translation>zu erledigen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConflictsPage</name>
    <message>
        <source>All cases</source>
        <translation>Alle Fälle</translation>
    </message>
    <message>
        <source>Record a step</source>
        <translation>Schritt erfassen</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <source>What was decided or agreed</source>
        <translation>Was entschieden oder vereinbart wurde</translation>
    </message>
    <message>
        <source>The decide step may award the credit to another registration of the case.</source>
        <translation>Im Schritt „Entscheiden“ kann die Anrechnung einer anderen Registrierung des Falls zugesprochen werden.</translation>
    </message>
    <message>
        <source>Facts, who was contacted, what they said</source>
        <translation>Fakten, wer kontaktiert wurde, was gesagt wurde</translation>
    </message>
    <message>
        <source>&amp;Save step</source>
        <translation>Schritt &amp;speichern</translation>
    </message>
    <message>
        <source>Credit to</source>
        <translation>Anrechnung für</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Conflict cases</source>
        <translation>Konfliktfälle</translation>
    </message>
    <message>
        <source>Possible conflicts (review)</source>
        <translation>Mögliche Konflikte (zur Prüfung)</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of registrations may name the same customer under different keys (similar names, a domain on one and not the other). They are shown for review and never change a status; a real conflict is fixed by correcting the customer or domain of one registration.</source>
        <translation>
            <numerusform>%n Registrierungspaar nennt möglicherweise denselben Kunden unter unterschiedlichen Schlüsseln (ähnliche Namen, eine Domain nur bei einer der beiden). Es wird nur zur Prüfung angezeigt und ändert nie einen Status; ein echter Konflikt wird behoben, indem Kunde oder Domain einer Registrierung korrigiert werden.</numerusform>
            <numerusform>%n Registrierungspaare nennen möglicherweise denselben Kunden unter unterschiedlichen Schlüsseln (ähnliche Namen, eine Domain nur bei einer der beiden). Sie werden nur zur Prüfung angezeigt und ändern nie einen Status; ein echter Konflikt wird behoben, indem Kunde oder Domain einer Registrierung korrigiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cases shown, %2 open</source>
        <translation>%1 Fälle angezeigt, %2 offen</translation>
    </message>
    <message>
        <source>No conflict case selected</source>
        <translation>Kein Konfliktfall ausgewählt</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (%2) registered customer &quot;%3&quot; first, on %4; its protection runs to %5.</source>
        <translation>%1 (%2) hat den Kunden „%3“ zuerst registriert, am %4; der Schutz läuft bis %5.</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) am %3</translation>
    </message>
    <message>
        <source>Inside that window came %1, so the rule gives the credit to %2 (first to register).</source>
        <translation>Innerhalb dieser Frist kam %1, daher spricht die Regel die Anrechnung %2 zu (zuerst registriert).</translation>
    </message>
    <message>
        <source>The decide step awarded the credit to %1 instead.</source>
        <translation>Im Schritt „Entscheiden“ wurde die Anrechnung stattdessen %1 zugesprochen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConnectDialog</name>
    <message>
        <source>Connect to Team Database</source>
        <translation>Mit Team-Datenbank verbinden</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation>db.example.com oder ein Socket-Ordner wie /run/postgresql</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>Standard (5432)</translation>
    </message>
    <message>
        <source>not remembered; empty: PGPASSWORD or ~/.pgpass</source>
        <translation>wird nicht gespeichert; leer: PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>cd::ui::DashboardPage</name>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>All partner types</source>
        <translation>Alle Partnertypen</translation>
    </message>
    <message>
        <source>Currency shown</source>
        <translation>Angezeigte Währung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Ziele…</translation>
    </message>
    <message>
        <source>QBR report…</source>
        <translation>QBR-Bericht…</translation>
    </message>
    <message>
        <source>Export charts…</source>
        <translation>Diagramme exportieren…</translation>
    </message>
    <message>
        <source>Export the charts to</source>
        <translation>Diagramme exportieren nach</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Die Zahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Partner program performance, %1 — %2</source>
        <translation>Leistung des Partnerprogramms, %1 — %2</translation>
    </message>
    <message>
        <source>Figures in %1 · compared with %2 · read in %3 ms</source>
        <translation>Zahlen in %1 · verglichen mit %2 · gelesen in %3 ms</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation>ggü. %1</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation>Quarterly Business Review</translation>
    </message>
</context>
<context>
    <name>cd::ui::DealDialog</name>
    <message>
        <source>New Deal</source>
        <translation>Neuer Deal</translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation>Deal %1</translation>
    </message>
    <message>
        <source>P1, or a split such as P2=60;P1=40</source>
        <translation>P1 oder eine Aufteilung wie P2=60;P1=40</translation>
    </message>
    <message>
        <source>e.g. 60%</source>
        <translation>z. B. 60%</translation>
    </message>
    <message>
        <source>Deal &amp;ID:</source>
        <translation>Deal-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Customer &amp;domain:</source>
        <translation>Kunden&amp;domain:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>P&amp;rodukt:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation>Wahrscheinlichkei&amp;t:</translation>
    </message>
    <message>
        <source>C&amp;lose date:</source>
        <translation>&amp;Abschlussdatum:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Herkun&amp;ft:</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>„%1“ ist kein Betrag</translation>
    </message>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation>hat mehr Nachkommastellen, als %1 zulässt (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage</source>
        <translation>„%1“ ist kein Prozentsatz</translation>
    </message>
    <message>
        <source>is already used by another deal</source>
        <translation>wird bereits von einem anderen Deal verwendet</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>es gibt keinen Partner %1</translation>
    </message>
    <message>
        <source>Cancell&amp;ed on:</source>
        <translation>St&amp;orniert am:</translation>
    </message>
    <message>
        <source>Re&amp;gistration:</source>
        <translation>Re&amp;gistrierung:</translation>
    </message>
</context>
<context>
    <name>cd::ui::FilterBar</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Conditions set from elsewhere; click to remove them</source>
        <translation>Anderswo gesetzte Bedingungen; zum Entfernen klicken</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>◀ Previous stage</source>
        <translation>◀ Vorherige Phase</translation>
    </message>
    <message>
        <source>Next stage ▶</source>
        <translation>Nächste Phase ▶</translation>
    </message>
    <message>
        <source>Partner details…</source>
        <translation>Partnerdetails…</translation>
    </message>
    <message>
        <source>Drag a card to another stage, or select it and move it. Red cards are overdue for their stage&apos;s target weeks (seed 003).</source>
        <translation>Ziehen Sie eine Karte in eine andere Phase, oder wählen Sie sie aus und verschieben Sie sie. Rote Karten haben die Zielwochen ihrer Phase überschritten (Seed 003).</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>%1 days in stage</source>
        <translation>%1 Tage in der Phase</translation>
    </message>
    <message>
        <source> (target %1 weeks)</source>
        <translation> (Ziel: %1 Wochen)</translation>
    </message>
    <message>
        <source>%1, %2 since %3</source>
        <translation>%1, %2 seit %3</translation>
    </message>
    <message>
        <source> — %1 overdue</source>
        <translation> — %1 überfällig</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
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
        <translation>Partner</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Could not read the database</source>
        <translation>Die Datenbank konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Fill with &amp;Demo Data</source>
        <translation>Mit &amp;Demodaten füllen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About ChannelDesk</source>
        <translation>&amp;Über ChannelDesk</translation>
    </message>
    <message>
        <source>About ChannelDesk</source>
        <translation>Über ChannelDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;ChannelDesk %1&lt;/b&gt;&lt;p&gt;Partner programs, deals, registrations and commissions, offline on your desktop, with exact money.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;ChannelDesk %1&lt;/b&gt;&lt;p&gt;Partnerprogramme, Deals, Registrierungen und Provisionen – offline auf Ihrem Desktop, mit exakten Geldbeträgen.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln Partner</numerusform>
            <numerusform>%Ln Partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln Deal</numerusform>
            <numerusform>%Ln Deals</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 loaded)</source>
        <translation>%1 (%2 geladen)</translation>
    </message>
    <message>
        <source>Open ChannelDesk Database</source>
        <translation>ChannelDesk-Datenbank öffnen</translation>
    </message>
    <message>
        <source>ChannelDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>ChannelDesk-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>Die Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>An empty database</source>
        <translation>Eine leere Datenbank</translation>
    </message>
    <message>
        <source>This database holds no partners yet. Fill it with a demo program to look around, or import your partners and deals from CSV?</source>
        <translation>Diese Datenbank enthält noch keine Partner. Möchten Sie sie zum Ausprobieren mit einem Demoprogramm füllen oder Ihre Partner und Deals aus CSV importieren?</translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation>Mit Demodaten füllen</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Provisionsabrechnungen</translation>
    </message>
    <message>
        <source>Commission plans</source>
        <translation>Provisionspläne</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3)</source>
        <translation>Angemeldet als %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Database…</source>
        <translation>Mit Team-Datenbank &amp;verbinden…</translation>
    </message>
    <message>
        <source>Could not connect to the team database</source>
        <translation>Die Verbindung zur Team-Datenbank konnte nicht hergestellt werden</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>%1 auf diesem Computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>cd::ui::PartnerDetailDialog</name>
    <message>
        <source>Partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <source>No partner %1.</source>
        <translation>Kein Partner %1.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; is not in the database.</source>
        <translation>Das Programm „%1“ ist nicht in der Datenbank.</translation>
    </message>
    <message>
        <source>Tier in %1</source>
        <translation>Stufe in %1</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Aktuell:</translation>
    </message>
    <message>
        <source>Evaluated on %1:</source>
        <translation>Ausgewertet am %1:</translation>
    </message>
    <message>
        <source>Not evaluated: only active partners are.</source>
        <translation>Nicht ausgewertet: Nur aktive Partner werden ausgewertet.</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>Certifications (%1 people)</source>
        <translation>Zertifizierungen (%1 Personen)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Erworben</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation>läuft in %1 Tagen ab</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>noch nicht gültig</translation>
    </message>
</context>
<context>
    <name>cd::ui::PartnerDialog</name>
    <message>
        <source>none</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation>Neuer Partner</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <source>ISO code, e.g. DE</source>
        <translation>ISO-Code, z. B. DE</translation>
    </message>
    <message>
        <source>Partner &amp;ID:</source>
        <translation>Partner-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>Partner&amp;manager:</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>&amp;Beitrittsdatum:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>W&amp;ebsite:</translation>
    </message>
    <message>
        <source>&amp;Vertical:</source>
        <translation>Bran&amp;che:</translation>
    </message>
    <message>
        <source>needs a currency</source>
        <translation>benötigt eine Währung</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>„%1“ ist kein Betrag</translation>
    </message>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation>hat mehr Nachkommastellen, als %1 zulässt (%2)</translation>
    </message>
    <message>
        <source>is already used by another partner</source>
        <translation>wird bereits von einem anderen Partner verwendet</translation>
    </message>
    <message>
        <source>Ti&amp;er:</source>
        <translation>St&amp;ufe:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <source>Revenue c&amp;ommitment:</source>
        <translation>Umsatz&amp;zusage:</translation>
    </message>
</context>
<context>
    <name>cd::ui::PlanEditor</name>
    <message>
        <source>From (plan currency)</source>
        <translation>Ab (Planwährung)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>Staffel hinzufügen</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>Staffel entfernen</translation>
    </message>
    <message>
        <source>Bonus when the window&apos;s revenue reaches a threshold</source>
        <translation>Bonus, wenn der Umsatz des Abrechnungszeitraums einen Schwellenwert erreicht</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
    <message>
        <source>Plan id</source>
        <translation>Plan-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>Fiscal year starts in month</source>
        <translation>Geschäftsjahr beginnt im Monat</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Rundung</translation>
    </message>
    <message>
        <source>Sample revenue in a window</source>
        <translation>Beispielumsatz in einem Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>Bands (rates as percentages, e.g. 15%)</source>
        <translation>Staffeln (Sätze in Prozent, z. B. 15%)</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Correct the plan to see what it pays.</source>
        <translation>Korrigieren Sie den Plan, um zu sehen, was er auszahlt.</translation>
    </message>
    <message>
        <source>Type an amount such as %1.</source>
        <translation>Geben Sie einen Betrag wie %1 ein.</translation>
    </message>
    <message>
        <source>Commission %1</source>
        <translation>Provision %1</translation>
    </message>
    <message>
        <source>bonus %1</source>
        <translation>Bonus %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>gesamt %1</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
</context>
<context>
    <name>cd::ui::PlanListModel</name>
    <message>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
</context>
<context>
    <name>cd::ui::PlansPage</name>
    <message>
        <source>save plan %1</source>
        <translation>Plan %1 speichern</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Neuer Plan</translation>
    </message>
    <message>
        <source>new-plan</source>
        <translation>neuer-plan</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Plan speichern</translation>
    </message>
</context>
<context>
    <name>cd::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie im System (%1)</translation>
    </message>
    <message>
        <source>Pseudo-localization (for testing)</source>
        <extracomment>A testing language: every text accented and longer, to find untranslated or cut-off text.</extracomment>
        <translation>Pseudolokalisierung (zum Testen)</translation>
    </message>
    <message>
        <source>Numbers, amounts and dates follow the language&apos;s region. Files and the database stay in the invariant format, so teams in other regions read them alike.</source>
        <translation>Zahlen, Beträge und Datumsangaben richten sich nach der Region der Sprache. Dateien und die Datenbank bleiben im sprachunabhängigen Format, damit Teams in anderen Regionen sie gleich lesen.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProgramEditorPage</name>
    <message>
        <source>Save program %1</source>
        <translation>Programm %1 speichern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;metric &gt;= value&quot; nor &quot;top 5% by metric&quot;</source>
        <translation>„%1“ ist weder „metric &gt;= value“ noch „top 5% by metric“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;key=value&quot;</source>
        <translation>„%1“ ist nicht „key=value“</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Partnertyp</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Leistungen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Basiert auf</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>KPI hinzufügen</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>KPI entfernen</translation>
    </message>
    <message>
        <source>Copy as…</source>
        <translation>Kopieren als…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tiers&lt;/b&gt;, highest first. Requirements: &quot;revenue_commitment &gt;= 500000; top 5% by revenue&quot;; benefits: &quot;margin=35%; mdf_budget=10000&quot;.</source>
        <translation>&lt;b&gt;Stufen&lt;/b&gt;, höchste zuerst. Anforderungen: „revenue_commitment &gt;= 500000; top 5% by revenue“; Leistungen: „margin=35%; mdf_budget=10000“.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scorecard&lt;/b&gt;: weights in %, adding up to 100%.</source>
        <translation>&lt;b&gt;Scorecard&lt;/b&gt;: Gewichtungen in %, in Summe 100%.</translation>
    </message>
    <message>
        <source>Copy program</source>
        <translation>Programm kopieren</translation>
    </message>
    <message>
        <source>Id of the copy:</source>
        <translation>ID der Kopie:</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (Kopie)</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (Vorlage)</translation>
    </message>
    <message>
        <source>a seed template: copy it to edit</source>
        <translation>eine Seed-Vorlage: zum Bearbeiten kopieren</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>tier %1: requirements: %2</source>
        <translation>Stufe %1: Anforderungen: %2</translation>
    </message>
    <message>
        <source>tier %1: benefits: %2</source>
        <translation>Stufe %1: Leistungen: %2</translation>
    </message>
    <message>
        <source>Templates are kept as the seeds wrote them: “Copy as…” to make your own program.</source>
        <translation>Vorlagen bleiben so, wie die Seeds sie angelegt haben: Mit „Kopieren als…“ erstellen Sie Ihr eigenes Programm.</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Gültig.</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>The program could not be saved.</source>
        <translation>Das Programm konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProgramPages</name>
    <message>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Tier review</source>
        <translation>Stufenprüfung</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProgramText</name>
    <message>
        <source>won revenue (12 months)</source>
        <translation>gewonnener Umsatz (12 Monate)</translation>
    </message>
    <message>
        <source>won deals (12 months)</source>
        <translation>gewonnene Deals (12 Monate)</translation>
    </message>
    <message>
        <source>committed revenue</source>
        <translation>zugesagter Umsatz</translation>
    </message>
    <message>
        <source>revenue attainment</source>
        <translation>Umsatzzielerreichung</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>certified people</source>
        <translation>zertifizierte Personen</translation>
    </message>
    <message>
        <source>certified consultants</source>
        <translation>zertifizierte Berater</translation>
    </message>
    <message>
        <source>certified engineers</source>
        <translation>zertifizierte Techniker</translation>
    </message>
    <message>
        <source>certification rate (%)</source>
        <translation>Zertifizierungsquote (%)</translation>
    </message>
    <message>
        <source>customer satisfaction</source>
        <translation>Kundenzufriedenheit</translation>
    </message>
    <message>
        <source>marketing collaboration</source>
        <translation>Marketing-Zusammenarbeit</translation>
    </message>
    <message>
        <source>scorecard score</source>
        <translation>Scorecard-Score</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>keine Stufe</translation>
    </message>
    <message>
        <source>a value for %1</source>
        <translation>ein Wert für %1</translation>
    </message>
    <message>
        <source>%1 more %2 to reach the top %3%</source>
        <translation>%1 mehr %2, um die Top %3% zu erreichen</translation>
    </message>
    <message>
        <source>%1 less %2</source>
        <translation>%1 weniger %2</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <translation>%1 mehr %2</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>nächste: %1</translation>
    </message>
    <message>
        <source>needs %1 for %2</source>
        <translation>benötigt %1 für %2</translation>
    </message>
    <message>
        <source>%1 %2 is in the top %3%</source>
        <translation>%1 %2 liegt in den Top %3%</translation>
    </message>
    <message>
        <source>%1 %2 (%3 %4)</source>
        <translation>%1 %2 (%3 %4)</translation>
    </message>
</context>
<context>
    <name>cd::ui::RecordDialog</name>
    <message>
        <source>%1: %2</source>
        <extracomment>A field&apos;s label, then what is wrong with its value: &quot;Amount: is required&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Zuletzt geändert von %1 am %2</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationCommands</name>
    <message>
        <source>Cannot undo</source>
        <translation>Rückgängig machen nicht möglich</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>%1 genehmigen</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <source>Extend %1</source>
        <translation>%1 verlängern</translation>
    </message>
    <message>
        <source>Convert %1 to deal %2</source>
        <translation>%1 in Deal %2 umwandeln</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>Nicht umgewandelt</translation>
    </message>
    <message>
        <source>Add registration %1</source>
        <translation>Registrierung %1 hinzufügen</translation>
    </message>
    <message>
        <source>there is no conflict case %1</source>
        <translation>es gibt keinen Konfliktfall %1</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationDialog</name>
    <message>
        <source>New deal registration</source>
        <translation>Neue Deal-Registrierung</translation>
    </message>
    <message>
        <source>Choose a partner</source>
        <translation>Partner auswählen</translation>
    </message>
    <message>
        <source>Company name, e.g. ACME Corp.</source>
        <translation>Firmenname, z. B. ACME Corp.</translation>
    </message>
    <message>
        <source>acme.example (optional, decides the customer when given)</source>
        <translation>acme.example (optional; bestimmt den Kunden, wenn angegeben)</translation>
    </message>
    <message>
        <source>Empty: every product of the customer</source>
        <translation>Leer: jedes Produkt des Kunden</translation>
    </message>
    <message>
        <source>Registration &amp;id</source>
        <translation>Registrierungs-&amp;ID</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>Customer &amp;domain</source>
        <translation>Kunden&amp;domain</translation>
    </message>
    <message>
        <source>P&amp;roduct</source>
        <translation>P&amp;rodukt</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Betrag</translation>
    </message>
    <message>
        <source>&amp;Submitted</source>
        <translation>&amp;Eingereicht</translation>
    </message>
    <message>
        <source>Amount: is required</source>
        <translation>Betrag: ist erforderlich</translation>
    </message>
    <message>
        <source>Amount: &quot;%1&quot; is not an amount</source>
        <translation>Betrag: „%1“ ist kein Betrag</translation>
    </message>
    <message>
        <source>Amount: has more decimals than %1 allows (%2)</source>
        <translation>Betrag: hat mehr Nachkommastellen, als %1 zulässt (%2)</translation>
    </message>
    <message>
        <source>Registration id: is required</source>
        <translation>Registrierungs-ID: ist erforderlich</translation>
    </message>
    <message>
        <source>Registration id: %1 exists already</source>
        <translation>Registrierungs-ID: %1 existiert bereits</translation>
    </message>
    <message>
        <source>Partner: choose one</source>
        <translation>Partner: Wählen Sie einen aus</translation>
    </message>
    <message>
        <source>Customer: a name or a domain is required</source>
        <translation>Kunde: Ein Name oder eine Domain ist erforderlich</translation>
    </message>
    <message>
        <source>Enter a partner and a customer to see whether this registration would win.</source>
        <translation>Geben Sie einen Partner und einen Kunden ein, um zu sehen, ob diese Registrierung gewinnen würde.</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>beliebiges Produkt</translation>
    </message>
    <message>
        <source>Approved: the first registration of customer &quot;%1&quot; for %2. The partner is protected until %3.</source>
        <translation>Genehmigt: die erste Registrierung des Kunden „%1“ für %2. Der Partner ist bis %3 geschützt.</translation>
    </message>
    <message>
        <source>First for customer &quot;%1&quot; and %2, but its protection ended on %3 (expired).</source>
        <translation>Erste für den Kunden „%1“ und %2, aber ihr Schutz endete am %3 (abgelaufen).</translation>
    </message>
    <message>
        <source>Duplicate of %1: the same partner registered customer &quot;%2&quot; on %3; it is protected until %4. Registering again extends nothing.</source>
        <translation>Duplikat von %1: Derselbe Partner hat den Kunden „%2“ am %3 registriert; die Registrierung ist bis %4 geschützt. Eine erneute Registrierung verlängert nichts.</translation>
    </message>
    <message>
        <source>Conflict: %1 by %2 registered customer &quot;%3&quot; first, on %4, and is protected until %5. The winner is %1; saving opens a conflict case.</source>
        <translation>Konflikt: %1 von %2 hat den Kunden „%3“ zuerst registriert, am %4, und ist bis %5 geschützt. Gewinner ist %1; beim Speichern wird ein Konfliktfall eröffnet.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3), %4%: %5</source>
        <translation>%1 – %2 (%3), %4%: %5</translation>
    </message>
    <message>
        <source>May be the same customer (for review, does not change the status):
%1</source>
        <translation>Möglicherweise derselbe Kunde (zur Prüfung, ändert den Status nicht):
%1</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationPages</name>
    <message>
        <source>Registrations</source>
        <translation>Registrierungen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationQueueModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation> (verlängert)</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Genehmigt von %1</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message numerus="yes">
        <source>The protection ends within %n day(s)</source>
        <translation>
            <numerusform>Der Schutz endet in %n Tag</numerusform>
            <numerusform>Der Schutz endet in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Eingereicht</translation>
    </message>
    <message>
        <source>Protected until</source>
        <translation>Geschützt bis</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Gewinner</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationsPage</name>
    <message>
        <source>Search registration, partner or customer</source>
        <translation>Registrierung, Partner oder Kunde suchen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Läuft innerhalb von %n Tag ab</numerusform>
            <numerusform>Läuft innerhalb von %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New registration…</source>
        <translation>&amp;Neue Registrierung…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Confirm the rules&apos; approval: the first registration of this customer, inside its window.</source>
        <translation>Die Genehmigung durch die Regeln bestätigen: die erste Registrierung dieses Kunden, innerhalb ihrer Frist.</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Verlängern</translation>
    </message>
    <message>
        <source>Extend the protection once by the program&apos;s extension days.</source>
        <translation>Den Schutz einmalig um die Verlängerungstage des Programms verlängern.</translation>
    </message>
    <message>
        <source>&amp;Convert to deal…</source>
        <translation>In Deal &amp;umwandeln…</translation>
    </message>
    <message>
        <source>Re-e&amp;valuate</source>
        <translation>Neu aus&amp;werten</translation>
    </message>
    <message>
        <source>Evaluate every registration as of now and store the statuses (audited).</source>
        <translation>Alle Registrierungen zum aktuellen Zeitpunkt auswerten und den Status speichern (mit Änderungsprotokoll).</translation>
    </message>
    <message>
        <source>%1 of %2 registrations shown · %3 expiring within %4 days · protection %5 days, one extension of %6 days</source>
        <translation>%1 von %2 Registrierungen angezeigt · %3 laufen innerhalb von %4 Tagen ab · Schutzfrist %5 Tage, eine Verlängerung um %6 Tage</translation>
    </message>
    <message>
        <source>Select a registration to see its protection window and decisions.</source>
        <translation>Wählen Sie eine Registrierung aus, um ihre Schutzfrist und die Entscheidungen zu sehen.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3) · %4 · %5</source>
        <translation>%1 · %2 (%3) · %4 · %5</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>beliebiges Produkt</translation>
    </message>
    <message>
        <source>credit with %1</source>
        <translation>Anrechnung bei %1</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>genehmigt von %1</translation>
    </message>
    <message>
        <source>became deal %1</source>
        <translation>wurde zu Deal %1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>%1 ablehnen</translation>
    </message>
    <message>
        <source>Why is this registration rejected? The partner sees this reason.</source>
        <translation>Warum wird diese Registrierung abgelehnt? Der Partner sieht diese Begründung.</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>Nicht abgelehnt</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Eine Ablehnung erfordert eine Begründung.</translation>
    </message>
    <message>
        <source>Convert %1 to a deal</source>
        <translation>%1 in einen Deal umwandeln</translation>
    </message>
    <message>
        <source>The new open deal keeps the registration&apos;s id (%1). Deal id:</source>
        <translation>Der neue offene Deal behält die ID der Registrierung (%1). Deal-ID:</translation>
    </message>
    <message>
        <source>Registrations evaluated</source>
        <translation>Registrierungen ausgewertet</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) changed status.</source>
        <translation>
            <numerusform>Bei %n Registrierung hat sich der Status geändert.</numerusform>
            <numerusform>Bei %n Registrierungen hat sich der Status geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Nicht ausgewertet</translation>
    </message>
    <message>
        <source>protected %1 – %2 UTC (extended)</source>
        <translation>geschützt %1 – %2 UTC (verlängert)</translation>
    </message>
    <message>
        <source>protected %1 – %2 UTC</source>
        <translation>geschützt %1 – %2 UTC</translation>
    </message>
</context>
<context>
    <name>cd::ui::ScorecardPage</name>
    <message>
        <source>%1: points contributed to the score</source>
        <translation>%1: zum Score beigetragene Punkte</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Score = Σ weight × min(actual ÷ target, cap); the dashed line is 100 points</source>
        <translation>Score = Σ Gewichtung × min(Ist ÷ Ziel, Obergrenze); die gestrichelte Linie entspricht 100 Punkten</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Alle Programme</translation>
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
        <translation>Score</translation>
    </message>
    <message>
        <source>Earlier registration</source>
        <translation>Frühere Registrierung</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Later registration</source>
        <translation>Spätere Registrierung</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Why they may be the same customer</source>
        <translation>Warum es derselbe Kunde sein könnte</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatementLinesModel</name>
    <message>
        <source>Commission</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>Rückforderung</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Anrechnung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatementSummaryModel</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Credited revenue</source>
        <translation>Angerechneter Umsatz</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>Clawbacks</source>
        <translation>Rückforderungen</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatementsPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save statement as PDF…</source>
        <translation>Provisionsabrechnung als PDF speichern…</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>Provisionsabrechnung drucken…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>No statements yet: add commission plans, assign them and record won deals.</source>
        <translation>Noch keine Provisionsabrechnungen: Legen Sie Provisionspläne an, weisen Sie sie zu und erfassen Sie gewonnene Deals.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) with a statement</source>
        <translation>
            <numerusform>%n Partner mit Provisionsabrechnung</numerusform>
            <numerusform>%n Partner mit Provisionsabrechnung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 · plan %3 · %4</source>
        <translation>%1 — %2 · Plan %3 · %4</translation>
    </message>
    <message>
        <source>Commission statement</source>
        <translation>Provisionsabrechnung</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Credited revenue</source>
        <translation>Angerechneter Umsatz</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Provision</translation>
    </message>
    <message>
        <source>Clawbacks</source>
        <translation>Rückforderungen</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Computed exactly per the plan&apos;s rules; amounts are rounded once per window.</source>
        <translation>Exakt nach den Regeln des Plans berechnet; Beträge werden einmal pro Abrechnungszeitraum gerundet.</translation>
    </message>
    <message>
        <source>Commission statement %1 %2</source>
        <translation>Provisionsabrechnung %1 %2</translation>
    </message>
    <message>
        <source>Export statements</source>
        <translation>Provisionsabrechnungen exportieren</translation>
    </message>
    <message>
        <source>statements-%1.csv</source>
        <translation>provisionsabrechnungen-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>Provisionsabrechnung speichern</translation>
    </message>
    <message>
        <source>statement-%1-%2.pdf</source>
        <translation>provisionsabrechnung-%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>cd::ui::TablePage</name>
    <message>
        <source>All tiers</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
</context>
<context>
    <name>cd::ui::TargetsPage</name>
    <message>
        <source>All regions</source>
        <translation>Alle Regionen</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <source>%1 — Year %2</source>
        <translation>%1 — Jahr %2</translation>
    </message>
    <message>
        <source>Load template</source>
        <translation>Vorlage laden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Geschäftsjahr</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
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
        <translation>Leere Quartale übernehmen ein Viertel der Umsatz- und Pipeline-Ziele des Jahres und den Jahreswert einer Quote oder Anzahl. Eine Region ohne eigenes Umsatzziel übernimmt ihren Anteil an der geografischen Aufteilung.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a target (a number, zero or more)</source>
        <translation>%1: „%2“ ist kein Ziel (eine Zahl, null oder größer)</translation>
    </message>
</context>
<context>
    <name>cd::ui::TierReviewPage</name>
    <message>
        <source>Accept tier %1 for %2</source>
        <translation>Stufe %1 für %2 übernehmen</translation>
    </message>
    <message>
        <source>Reject tier %1 for %2</source>
        <translation>Stufe %1 für %2 ablehnen</translation>
    </message>
    <message>
        <source>undo of the accepted proposal</source>
        <translation>Rückgängigmachen des übernommenen Vorschlags</translation>
    </message>
    <message>
        <source>promotion</source>
        <translation>Aufstufung</translation>
    </message>
    <message>
        <source>demotion</source>
        <translation>Abstufung</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Current tier</source>
        <translation>Aktuelle Stufe</translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation>Vorgeschlagene Stufe</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Alle übernehmen</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>Alle ablehnen</translation>
    </message>
    <message>
        <source>Partner details…</source>
        <translation>Partnerdetails…</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stichtag</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n tier changes</source>
        <translation>
            <numerusform>%n Stufenänderung übernehmen</numerusform>
            <numerusform>%n Stufenänderungen übernehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n tier changes</source>
        <translation>
            <numerusform>%n Stufenänderung ablehnen</numerusform>
            <numerusform>%n Stufenänderungen ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier review</source>
        <translation>Stufenprüfung</translation>
    </message>
    <message>
        <source>%1 partners evaluated: %2 promotions, %3 demotions; %4 to decide</source>
        <translation>%1 Partner ausgewertet: %2 Aufstufungen, %3 Abstufungen; %4 zu entscheiden</translation>
    </message>
</context>
</TS>
