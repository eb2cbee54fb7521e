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
        <source>commission bench: %1 deals, %2 statements, %3 bytes of CSV; wall ms read %4, compute %5, write %6; CPU ms read %7, compute %8, write %9</source>
        <translation>Provisions-Benchmark: %1 Deals, %2 Provisionsabrechnungen, %3 Byte CSV; Echtzeit in ms: Lesen %4, Berechnen %5, Schreiben %6; CPU-Zeit in ms: Lesen %7, Berechnen %8, Schreiben %9</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]

Subcommands:
  calc  statements from a plan, a deals file and exchange rates (no database)

Run &apos;channeldesk-cli commission calc --help&apos; for its options.
</source>
        <translation>Aufruf: channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]

Unterbefehle:
  calc  Provisionsabrechnungen aus einem Plan, einer Deal-Datei und Wechselkursen (ohne Datenbank)

Die Optionen zeigt &apos;channeldesk-cli commission calc --help&apos;.
</translation>
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
        <source>cannot write the statements: %1</source>
        <translation>die Provisionsabrechnungen können nicht geschrieben werden: %1</translation>
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
        <source>measure import, model and commission speed at scale</source>
        <translation>Geschwindigkeit von Import, Modell und Provisionsberechnung bei großen Datenmengen messen</translation>
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
        <source>Usage: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]

Subcommands:
  evaluate  statuses and winners of deal registrations as of a date-time (no database)

Run &apos;channeldesk-cli registrations evaluate --help&apos; for its options.
</source>
        <translation>Aufruf: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]

Unterbefehle:
  evaluate  Status und Gewinner von Deal-Registrierungen zu einem Zeitpunkt (ohne Datenbank)

Die Optionen zeigt &apos;channeldesk-cli registrations evaluate --help&apos;.
</translation>
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
        <source>Usage: channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] [--explain]

Subcommands:
  evaluate  each partner&apos;s tier and scorecard score (no database)

Run &apos;channeldesk-cli tiers evaluate --help&apos; for its options.
</source>
        <translation>Aufruf: channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] [--explain]

Unterbefehle:
  evaluate  Stufe und Scorecard-Score jedes Partners (ohne Datenbank)

Die Optionen zeigt &apos;channeldesk-cli tiers evaluate --help&apos;.
</translation>
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
        <source>&apos;%1&apos; is not available yet</source>
        <translation>„%1“ ist noch nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>cd::cli::Bench</name>
    <message>
        <source>Partners to generate.</source>
        <translation>Anzahl der zu erzeugenden Partner.</translation>
    </message>
    <message>
        <source>Deals to generate.</source>
        <translation>Anzahl der zu erzeugenden Deals.</translation>
    </message>
    <message>
        <source>Won deals for the commission figure.</source>
        <translation>Gewonnene Deals für die Provisionsmessung.</translation>
    </message>
    <message>
        <source>Work in DIR and keep its files.</source>
        <translation>In DIR arbeiten und die Dateien behalten.</translation>
    </message>
    <message>
        <source>Builds a database of generated partners and deals and prints one line per figure: name value unit.</source>
        <translation>Erstellt eine Datenbank mit erzeugten Partnern und Deals und gibt je Messwert eine Zeile aus: Name, Wert, Einheit.</translation>
    </message>
    <message>
        <source>--partners, --deals and --commission-deals take positive whole numbers</source>
        <translation>--partners, --deals und --commission-deals erwarten positive ganze Zahlen</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>generating %1 deals in %2 …</source>
        <translation>%1 Deals werden in %2 erzeugt …</translation>
    </message>
    <message>
        <source>importing …</source>
        <translation>Importieren …</translation>
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
        <source>Use the language CODE (de, fr, es, ja, zh_CN, en).</source>
        <translation>Die Sprache CODE verwenden (de, fr, es, ja, zh_CN, en).</translation>
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
        <source>the database connection does not expose its SQLite handle</source>
        <translation>die Datenbankverbindung stellt ihr SQLite-Handle nicht bereit</translation>
    </message>
    <message>
        <source>preparing the import failed: %1</source>
        <translation>Vorbereiten des Imports fehlgeschlagen: %1</translation>
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
        <source>Ca&amp;ncelled on:</source>
        <translation>St&amp;orniert am:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Herkun&amp;ft:</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>Re&amp;gistrierung:</translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
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
        <source>T&amp;ier:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
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
        <source>Revenue &amp;commitment:</source>
        <translation>Umsatz&amp;zusage:</translation>
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
</context>
<context>
    <name>cd::ui::RecordDialog</name>
    <message>
        <source>%1 %2</source>
        <translation>%1: %2</translation>
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
</TS>
