<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>cd::Commission</name>
    <message>
        <source>the commission is too large to compute exactly</source>
        <translation>la comisión es demasiado grande para calcularse con exactitud</translation>
    </message>
    <message>
        <source>no %1 rate to %2 on or before the close date</source>
        <translation>no hay tipo de cambio de %1 a %2 en la fecha de cierre o antes</translation>
    </message>
    <message>
        <source>is too large once converted to %1</source>
        <translation>es demasiado grande una vez convertido a %1</translation>
    </message>
    <message>
        <source>the credited revenue is too large to compute exactly</source>
        <translation>los ingresos acreditados son demasiado grandes para calcularse con exactitud</translation>
    </message>
    <message>
        <source>the statement total is too large</source>
        <translation>el total de la liquidación de comisiones es demasiado grande</translation>
    </message>
</context>
<context>
    <name>cd::CommissionInput</name>
    <message>
        <source>no partner given</source>
        <translation>no se indicó ningún partner</translation>
    </message>
    <message>
        <source>%1 lists several partners without their percentages</source>
        <translation>%1 indica varios partners sin sus porcentajes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PARTNER=PERCENT</source>
        <translation>&quot;%1&quot; no tiene el formato PARTNER=PORCENTAJE</translation>
    </message>
    <message>
        <source>the share of %1 (%2) is not a decimal number</source>
        <translation>la participación de %1 (%2) no es un número decimal</translation>
    </message>
    <message>
        <source>the share of %1 (%2) has more digits than a percentage needs (up to %3 decimals)</source>
        <translation>la participación de %1 (%2) tiene más dígitos de los que necesita un porcentaje (hasta %3 decimales)</translation>
    </message>
    <message>
        <source>the share of %1 must be positive</source>
        <translation>la participación de %1 debe ser positiva</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 se indica dos veces</translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation>las participaciones suman %1, no 100</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 aparece dos veces (primero en la línea %2)</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 aparece dos veces</translation>
    </message>
    <message>
        <source>a deal needs an id</source>
        <translation>una oportunidad necesita un ID</translation>
    </message>
    <message>
        <source>each partner is named once, with a positive share</source>
        <translation>cada partner se indica una sola vez, con una participación positiva</translation>
    </message>
    <message>
        <source>a share has more than %1 decimals</source>
        <translation>una participación tiene más de %1 decimales</translation>
    </message>
    <message>
        <source>a deal needs a close date between the years 1 and 9999</source>
        <translation>una oportunidad necesita una fecha de cierre entre los años 1 y 9999</translation>
    </message>
    <message>
        <source>%1 is not a positive amount in range</source>
        <translation>%1 no es un importe positivo dentro del rango admitido</translation>
    </message>
    <message>
        <source>a cancelled deal needs a cancellation date on or after its close date</source>
        <translation>una oportunidad cancelada necesita una fecha de cancelación igual o posterior a su fecha de cierre</translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation>columna desconocida, se ignora</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta el valor</translation>
    </message>
    <message>
        <source>%1 is not a date like 2026-03-31</source>
        <translation>%1 no es una fecha con el formato 2026-03-31</translation>
    </message>
    <message>
        <source>%1 is not a currency this program knows</source>
        <translation>%1 no es una moneda que este programa conozca</translation>
    </message>
    <message>
        <source>%1 is not a decimal number</source>
        <translation>%1 no es un número decimal</translation>
    </message>
    <message>
        <source>%1 has more digits than a rate may have (up to %2 decimals)</source>
        <translation>%1 tiene más dígitos de los que admite un tipo de cambio (hasta %2 decimales)</translation>
    </message>
    <message>
        <source>%1 is not positive</source>
        <translation>%1 no es positivo</translation>
    </message>
    <message>
        <source>a %1 rate for %2 is already given on line %3</source>
        <translation>ya se indicó un tipo de cambio de %1 para el %2 en la línea %3</translation>
    </message>
    <message>
        <source>is missing (won, cancelled, open or lost)</source>
        <translation>falta el valor (won, cancelled, open o lost)</translation>
    </message>
    <message>
        <source>%1 is not one of won, cancelled, open, lost</source>
        <translation>%1 no es uno de los valores won, cancelled, open, lost</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows (%3)</source>
        <translation>%1 tiene más decimales de los que admite %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 es demasiado grande</translation>
    </message>
    <message>
        <source>is missing: a cancelled deal needs the date it was cancelled</source>
        <translation>falta el valor: una oportunidad cancelada necesita la fecha de cancelación</translation>
    </message>
    <message>
        <source>%1 is before the close date %2</source>
        <translation>%1 es anterior a la fecha de cierre %2</translation>
    </message>
    <message>
        <source>%1 is given but the deal is won; a cancelled deal has status cancelled</source>
        <translation>se indicó %1, pero la oportunidad está ganada; una oportunidad cancelada tiene el estado cancelled</translation>
    </message>
    <message>
        <source>no %1 rate to %2 on or before %3</source>
        <translation>no hay tipo de cambio de %1 a %2 el %3 o antes</translation>
    </message>
</context>
<context>
    <name>cd::CommissionPlan</name>
    <message>
        <source>a plan is a JSON object</source>
        <translation>un plan debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>unknown field (known: %1)</source>
        <translation>campo desconocido (campos conocidos: %1)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>%1 is not a currency this program knows (ISO 4217: %2)</source>
        <translation>%1 no es una moneda que este programa conozca (ISO 4217: %2)</translation>
    </message>
    <message>
        <source>%1 is not one of month, quarter, year</source>
        <translation>%1 no es uno de los valores month, quarter, year</translation>
    </message>
    <message>
        <source>%1 is not a month number from 1 to 12</source>
        <translation>%1 no es un número de mes del 1 al 12</translation>
    </message>
    <message>
        <source>%1 is not one of graduated, retroactive</source>
        <translation>%1 no es uno de los valores graduated, retroactive</translation>
    </message>
    <message>
        <source>%1 is not one of half-even, half-up</source>
        <translation>%1 no es uno de los valores half-even, half-up</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>debe ser una cadena, no %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>%1 is a JSON number; write it as a string (&quot;%1&quot;) so that it stays exact</source>
        <translation>%1 es un número JSON; escríbalo como cadena (&quot;%1&quot;) para que se mantenga exacto</translation>
    </message>
    <message>
        <source>must be a decimal string, not %1</source>
        <translation>debe ser una cadena decimal, no %1</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 no debe ser negativo</translation>
    </message>
    <message>
        <source>%1 has more decimals than %2 allows (%3)</source>
        <translation>%1 tiene más decimales de los que admite %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 es demasiado grande</translation>
    </message>
    <message>
        <source>%1 is not a percentage like 15%</source>
        <translation>%1 no es un porcentaje con el formato 15%</translation>
    </message>
    <message>
        <source>%1 has more than %2 decimals</source>
        <translation>%1 tiene más de %2 decimales</translation>
    </message>
    <message>
        <source>is required: at least one band starting at 0</source>
        <translation>es obligatorio: al menos un tramo que empiece en 0</translation>
    </message>
    <message>
        <source>must be a list of at least one band starting at 0</source>
        <translation>debe ser una lista de al menos un tramo que empiece en 0</translation>
    </message>
    <message>
        <source>a band is an object with &quot;from&quot; and &quot;rate&quot;</source>
        <translation>un tramo es un objeto con &quot;from&quot; y &quot;rate&quot;</translation>
    </message>
    <message>
        <source>unknown field (known: from, rate)</source>
        <translation>campo desconocido (campos conocidos: from, rate)</translation>
    </message>
    <message>
        <source>the first band must start at 0, not %1</source>
        <translation>el primer tramo debe empezar en 0, no en %1</translation>
    </message>
    <message>
        <source>%1 is not above the previous band&apos;s from (%2): bands must be in ascending order</source>
        <translation>%1 no es mayor que el from del tramo anterior (%2): los tramos deben estar en orden ascendente</translation>
    </message>
    <message>
        <source>must be an object with &quot;threshold&quot; and &quot;rate&quot;</source>
        <translation>debe ser un objeto con &quot;threshold&quot; y &quot;rate&quot;</translation>
    </message>
    <message>
        <source>unknown field (known: threshold, rate)</source>
        <translation>campo desconocido (campos conocidos: threshold, rate)</translation>
    </message>
</context>
<context>
    <name>cd::CsvReader</name>
    <message>
        <source>the file is empty; a header row is required</source>
        <translation>el archivo está vacío; se necesita una fila de encabezado</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>la columna aparece dos veces en el encabezado</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>falta una columna obligatoria en el encabezado</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>se esperaban %1 campos, como en el encabezado, y se encontraron %2</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>un campo entre comillas no se cierra antes del final del archivo</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>texto inesperado después de las comillas de cierre</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field)</source>
        <translation>comillas dentro de un campo sin comillas (ponga todo el campo entre comillas)</translation>
    </message>
</context>
<context>
    <name>cd::DashboardCharts</name>
    <message>
        <source>%1 millions</source>
        <translation>%1 millones</translation>
    </message>
    <message>
        <source>%1 thousands</source>
        <translation>%1 miles</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>Partner revenue</source>
        <translation>Ingresos de partners</translation>
    </message>
    <message>
        <source>Partner-sourced revenue</source>
        <translation>Ingresos generados por partners</translation>
    </message>
    <message>
        <source>Partner-influenced revenue</source>
        <translation>Ingresos influidos por partners</translation>
    </message>
    <message>
        <source>Sourced share</source>
        <translation>Proporción generada</translation>
    </message>
    <message>
        <source>Influenced share</source>
        <translation>Proporción influida</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>Pipeline ponderado</translation>
    </message>
    <message>
        <source>Average deal size</source>
        <translation>Tamaño medio de oportunidad</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Sales cycle</source>
        <translation>Ciclo de venta</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>Partners activos</translation>
    </message>
    <message>
        <source>Certified partners</source>
        <translation>Partners certificados</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>Pipeline por etapa</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Ponderado</translation>
    </message>
    <message>
        <source>Partner revenue against target by quarter</source>
        <translation>Ingresos de partners frente al objetivo por trimestre</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>Ingresos ganados</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Revenue by region against the geographic split</source>
        <translation>Ingresos por región frente al reparto geográfico</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>plan %1</translation>
    </message>
    <message>
        <source>Revenue by tier</source>
        <translation>Ingresos por nivel</translation>
    </message>
    <message>
        <source>Revenue by partner type</source>
        <translation>Ingresos por tipo de partner</translation>
    </message>
    <message>
        <source>Top partners by won revenue</source>
        <translation>Principales partners por ingresos ganados</translation>
    </message>
    <message>
        <source>Deal registrations and conflicts</source>
        <translation>Registros de oportunidades y conflictos</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>En conflicto</translation>
    </message>
    <message>
        <source>Pipeline for %1</source>
        <translation>Pipeline de %1</translation>
    </message>
    <message>
        <source>Weighted pipeline for %1</source>
        <translation>Pipeline ponderado de %1</translation>
    </message>
    <message>
        <source>Pipeline for %1 by stage</source>
        <translation>Pipeline de %1 por etapa</translation>
    </message>
</context>
<context>
    <name>cd::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
</context>
<context>
    <name>cd::DataTransfer</name>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Deal registrations</source>
        <translation>Registros de oportunidades</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Datos:</translation>
    </message>
    <message>
        <source>Save List…</source>
        <translation>Guardar lista…</translation>
    </message>
    <message>
        <source>Save Problems</source>
        <translation>Guardar problemas</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Error de importación</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se realizó ningún cambio.</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Importación rechazada</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %Ln problem(s). Nothing was imported: fix them and import the file again.</source>
        <translation>
            <numerusform>%1 tiene %Ln problema. No se importó nada: corríjalo y vuelva a importar el archivo.</numerusform>
            <numerusform>%1 tiene %Ln problemas. No se importó nada: corríjalos y vuelva a importar el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged.</source>
        <translation>Añadidos: %1; actualizados: %2; sin cambios: %3.</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>Importación de %1 completada</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error de exportación</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportación completada</translation>
    </message>
    <message>
        <source>%1 rows written to %2.</source>
        <translation>Se escribieron %1 filas en %2.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>This database already holds records. Demo data goes into an empty database: open a new file first.</source>
        <translation>Esta base de datos ya contiene datos. Los datos de demostración solo se cargan en una base de datos vacía: abra antes un archivo nuevo.</translation>
    </message>
    <message>
        <source>The demo data could not be loaded.</source>
        <translation>No se pudieron cargar los datos de demostración.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registration status(es) set by the rules as of now.</source>
        <translation>
            <numerusform>%Ln estado de registro fijado por las reglas a fecha de hoy.</numerusform>
            <numerusform>%Ln estados de registro fijados por las reglas a fecha de hoy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cd::Decimal</name>
    <message>
        <source>has too many digits</source>
        <translation>tiene demasiados dígitos</translation>
    </message>
    <message>
        <source>is not a decimal number</source>
        <translation>no es un número decimal</translation>
    </message>
    <message>
        <source>has more than %1 decimals</source>
        <translation>tiene más de %1 decimales</translation>
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
        <translation>texto inesperado después del valor JSON</translation>
    </message>
    <message>
        <source>JSON nested too deeply</source>
        <translation>anidamiento JSON demasiado profundo</translation>
    </message>
    <message>
        <source>unexpected end of the JSON text</source>
        <translation>final inesperado del texto JSON</translation>
    </message>
    <message>
        <source>unexpected character in JSON</source>
        <translation>carácter inesperado en el JSON</translation>
    </message>
    <message>
        <source>expected a quoted member name</source>
        <translation>se esperaba un nombre de miembro entre comillas</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>se esperaba &apos;:&apos; después de un nombre de miembro</translation>
    </message>
    <message>
        <source>the member &quot;%1&quot; appears twice</source>
        <translation>el miembro &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; en un objeto</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos; en una matriz</translation>
    </message>
    <message>
        <source>incomplete \u escape</source>
        <translation>secuencia de escape \u incompleta</translation>
    </message>
    <message>
        <source>bad \u escape</source>
        <translation>secuencia de escape \u no válida</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>una cadena no está cerrada</translation>
    </message>
    <message>
        <source>a control character inside a string</source>
        <translation>carácter de control dentro de una cadena</translation>
    </message>
    <message>
        <source>unknown escape in a string</source>
        <translation>secuencia de escape desconocida en una cadena</translation>
    </message>
</context>
<context>
    <name>cd::Money</name>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation>tiene más decimales de los que admite %1 (%2)</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>es demasiado grande</translation>
    </message>
</context>
<context>
    <name>cd::Program</name>
    <message>
        <source>&quot;%1&quot; is not a percentage like 65% or a range like 30-40%</source>
        <translation>&quot;%1&quot; no es un porcentaje con el formato 65% ni un rango con el formato 30-40%</translation>
    </message>
    <message>
        <source>the range &quot;%1&quot; runs backwards</source>
        <translation>el rango &quot;%1&quot; está invertido</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount like 500000, 50000+, 10000-25000 or none</source>
        <translation>&quot;%1&quot; no es un importe con el formato 500000, 50000+, 10000-25000 o none</translation>
    </message>
    <message>
        <source>a program is a JSON object</source>
        <translation>un programa debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>%1 is not a known ISO 4217 currency</source>
        <translation>%1 no es una moneda ISO 4217 conocida</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to 36500</source>
        <translation>debe ser un número entero de días entre 0 y 36500</translation>
    </message>
    <message>
        <source>must be an object (a commission plan)</source>
        <translation>debe ser un objeto (un plan de comisiones)</translation>
    </message>
    <message>
        <source>unknown member</source>
        <translation>miembro desconocido</translation>
    </message>
    <message>
        <source>unknown member, ignored</source>
        <translation>miembro desconocido, se ignora</translation>
    </message>
    <message>
        <source>%1 is a JSON number; write it as a string, &quot;%1&quot;</source>
        <translation>%1 es un número JSON; escríbalo como cadena: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>debe ser una cadena, no %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>&quot;%1&quot; %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage like %2</source>
        <translation>&quot;%1&quot; no es un porcentaje con el formato %2</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser una matriz</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>debe ser un objeto</translation>
    </message>
    <message>
        <source>the partner type %1 appears twice</source>
        <translation>el tipo de partner %1 aparece dos veces</translation>
    </message>
    <message>
        <source>must be more than 0 and at most 100</source>
        <translation>debe ser mayor que 0 y como máximo 100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of &gt;=, &gt;, &lt;=, &lt;, ==</source>
        <translation>&quot;%1&quot; no es uno de los operadores &gt;=, &gt;, &lt;=, &lt;, ==</translation>
    </message>
    <message>
        <source>the tier %1 appears twice (first on line %2)</source>
        <translation>el nivel %1 aparece dos veces (primero en la línea %2)</translation>
    </message>
    <message>
        <source>%1 is not one of the program&apos;s partner_types</source>
        <translation>%1 no es uno de los partner_types del programa</translation>
    </message>
    <message>
        <source>the tier %1 is never reached: %2 above it has no requirements</source>
        <translation>el nivel %1 nunca se alcanza: %2, que está por encima, no tiene requisitos</translation>
    </message>
    <message>
        <source>the score cannot be part of itself</source>
        <translation>la puntuación no puede formar parte de sí misma</translation>
    </message>
    <message>
        <source>%1 is weighted twice</source>
        <translation>%1 se pondera dos veces</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>no debe ser negativo</translation>
    </message>
    <message>
        <source>must be more than 0</source>
        <translation>debe ser mayor que 0</translation>
    </message>
    <message>
        <source>the weights add up to %1%, not 100%</source>
        <translation>las ponderaciones suman %1%, no 100%</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of weeks like 4 or 2-4</source>
        <translation>&quot;%1&quot; no es un número de semanas con el formato 4 o 2-4</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <source>%1: takes every partner left</source>
        <translation>%1: recibe a todos los partners restantes</translation>
    </message>
    <message>
        <source>1 partner above it</source>
        <translation>1 partner por encima</translation>
    </message>
    <message>
        <source>%1 partners above it</source>
        <translation>%1 partners por encima</translation>
    </message>
    <message>
        <source>%1 %2 is in the top %3% (%4, at most %5 allowed)</source>
        <translation>%1 %2 está en el %3% superior (%4; máximo permitido: %5)</translation>
    </message>
    <message>
        <source>a value for %1</source>
        <translation>un valor para %1</translation>
    </message>
    <message>
        <source>%1 more %2 to reach the top %3%</source>
        <translation>%1 más en %2 para entrar en el %3% superior</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <translation>%1 más en %2</translation>
    </message>
    <message>
        <source>more than %1 more %2</source>
        <translation>un aumento de más de %1 en %2</translation>
    </message>
    <message>
        <source>%1 less %2</source>
        <translation>%1 menos en %2</translation>
    </message>
    <message>
        <source>more than %1 less %2</source>
        <translation>una reducción de más de %1 en %2</translation>
    </message>
    <message>
        <source>%1 of exactly %2</source>
        <translation>%1 exactamente igual a %2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>needs %1 for %2</source>
        <translation>necesita %1 para %2</translation>
    </message>
    <message>
        <source>the program&apos;s scorecard computes the score; remove this column</source>
        <translation>el cuadro de puntuación del programa calcula la puntuación; elimine esta columna</translation>
    </message>
    <message>
        <source>the program uses this metric but the file has no such column; every partner lacks it</source>
        <translation>el programa usa esta métrica, pero el archivo no tiene esa columna; a todos los partners les falta</translation>
    </message>
    <message>
        <source>some tiers are for one partner type only, and the file has no type column; no partner can reach them</source>
        <translation>algunos niveles son solo para un tipo de partner y el archivo no tiene columna type; ningún partner puede alcanzarlos</translation>
    </message>
    <message>
        <source>is empty; every row needs a partner</source>
        <translation>está vacío; cada fila necesita un partner</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 aparece dos veces (primero en la línea %2)</translation>
    </message>
</context>
<context>
    <name>cd::QbrReport</name>
    <message>
        <source>Quarterly business review %1</source>
        <translation>Revisión trimestral de negocio %1</translation>
    </message>
    <message>
        <source>could not write %1</source>
        <translation>no se puede escribir en %1</translation>
    </message>
    <message>
        <source>ChannelDesk · Quarterly business review %1 · page %2</source>
        <translation>ChannelDesk · Revisión trimestral de negocio %1 · página %2</translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation>Revisión trimestral de negocio</translation>
    </message>
    <message>
        <source>Partner program</source>
        <translation>Programa de partners</translation>
    </message>
    <message>
        <source>tier %1</source>
        <translation>nivel %1</translation>
    </message>
    <message>
        <source>All regions and programs</source>
        <translation>Todas las regiones y programas</translation>
    </message>
    <message>
        <source>%1 to %2 · figures in %3 · prepared %4</source>
        <translation>Del %1 al %2 · importes en %3 · elaborado el %4</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>Key figures against targets</source>
        <translation>Cifras clave frente a objetivos</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variación</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Tier and scorecard</source>
        <translation>Nivel y cuadro de puntuación</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Top deals won</source>
        <translation>Principales oportunidades ganadas</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Registrations in conflict</source>
        <translation>Registros en conflicto</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>The program &quot;%1&quot; is not in the database, so the tier cannot be evaluated.</source>
        <translation>El programa «%1» no está en la base de datos, así que no se puede evaluar el nivel.</translation>
    </message>
    <message>
        <source>Tier now</source>
        <translation>Nivel actual</translation>
    </message>
    <message>
        <source>Not evaluated: only active partners are.</source>
        <translation>No evaluado: solo se evalúan los partners activos.</translation>
    </message>
    <message>
        <source>Tier by the rules on %1</source>
        <translation>Nivel según las reglas al %1</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>%1 (rank %2 of %3 partners)</source>
        <translation>%1 (puesto %2 de %3 partners)</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Cuadro de puntuación</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Pipeline closing in %1</source>
        <translation>Pipeline con cierre en %1</translation>
    </message>
    <message>
        <source>Program · tier</source>
        <translation>Programa · nivel</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s) proposed</source>
        <translation>
            <numerusform>%n ascenso propuesto</numerusform>
            <numerusform>%n ascensos propuestos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demotion(s) proposed</source>
        <translation>
            <numerusform>%n descenso propuesto</numerusform>
            <numerusform>%n descensos propuestos</numerusform>
        </translation>
    </message>
    <message>
        <source>Partners by tier, the rules as of %1</source>
        <translation>Partners por nivel, reglas al %1</translation>
    </message>
    <message>
        <source>By the rules</source>
        <translation>Según las reglas</translation>
    </message>
</context>
<context>
    <name>cd::RecordEditor</name>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edición de %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Creación de %1</translation>
    </message>
    <message>
        <source>Could not read the record</source>
        <translation>No se pudieron leer los datos</translation>
    </message>
    <message>
        <source>Delete the partner %1? You can undo this.</source>
        <translation>¿Eliminar el partner %1? Puede deshacer esta acción.</translation>
    </message>
    <message>
        <source>Delete the deal %1? You can undo this.</source>
        <translation>¿Eliminar la oportunidad %1? Puede deshacer esta acción.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminación de %1</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>No se pudo eliminar</translation>
    </message>
    <message>
        <source>someone else</source>
        <translation>otra persona</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it.</source>
        <translation>%2 modificó %1 el %3, después de que se abriera aquí.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 since you opened it.</source>
        <translation>%2 modificó %1 después de que se abriera aquí.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Modificado por otra persona</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>%1 was deleted since you opened it.</source>
        <translation>Alguien eliminó %1 después de que se abriera aquí.</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>No eliminado</translation>
    </message>
    <message>
        <source>%1 was changed by %2 just now; look at it again before deleting it.</source>
        <translation>%2 acaba de modificar %1; revíselo antes de eliminarlo.</translation>
    </message>
    <message>
        <source>Reload shows their version; what you typed here is dropped. Keep editing puts the fields you changed on top of their version, for you to check and save; where you both changed a field, yours is kept.</source>
        <translation>«Recargar» muestra la versión de la otra persona; lo que escribió aquí se descarta. «Seguir editando» aplica los campos que usted cambió sobre esa versión, para revisarla y guardarla; donde ambos cambiaron un campo, se conserva el suyo.</translation>
    </message>
</context>
<context>
    <name>cd::Records</name>
    <message>
        <source>no partner given</source>
        <translation>no se indicó ningún partner</translation>
    </message>
    <message>
        <source>%1 lists several partners without their percentages</source>
        <translation>%1 indica varios partners sin sus porcentajes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not PARTNER=PERCENT</source>
        <translation>&quot;%1&quot; no tiene el formato PARTNER=PORCENTAJE</translation>
    </message>
    <message>
        <source>the share of %1 (%2) %3</source>
        <translation>la participación de %1 (%2) %3</translation>
    </message>
    <message>
        <source>the share of %1 must be positive</source>
        <translation>la participación de %1 debe ser positiva</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 se indica dos veces</translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation>las participaciones suman %1, no 100</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage like 15%</source>
        <translation>&quot;%1&quot; no es un porcentaje con el formato 15%</translation>
    </message>
</context>
<context>
    <name>cd::Registration</name>
    <message>
        <source>unknown column, ignored</source>
        <translation>columna desconocida, se ignora</translation>
    </message>
    <message>
        <source>is empty; every registration needs an id</source>
        <translation>está vacío; cada registro de oportunidad necesita un ID</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 aparece dos veces (primero en la línea %2)</translation>
    </message>
    <message>
        <source>is empty; every registration needs a partner</source>
        <translation>está vacío; cada registro de oportunidad necesita un partner</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name like acme.example</source>
        <translation>&quot;%1&quot; no es un nombre de dominio con el formato acme.example</translation>
    </message>
    <message>
        <source>is empty and there is no customer_domain; one of them is needed</source>
        <translation>está vacío y no hay customer_domain; se necesita uno de los dos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no letters or digits to identify the customer by</source>
        <translation>&quot;%1&quot; no tiene letras ni dígitos con los que identificar al cliente</translation>
    </message>
    <message>
        <source>is empty; a date-time like 2026-03-31T14:05:00Z is required</source>
        <translation>está vacío; se necesita una fecha y hora con el formato 2026-03-31T14:05:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 UTC date-time like 2026-03-31T14:05:00Z</source>
        <translation>&quot;%1&quot; no es una fecha y hora UTC ISO 8601 con el formato 2026-03-31T14:05:00Z</translation>
    </message>
    <message>
        <source>%1 is not a known ISO 4217 currency</source>
        <translation>%1 no es una moneda ISO 4217 conocida</translation>
    </message>
    <message>
        <source>%1 has no currency; fill in the currency column</source>
        <translation>%1 no tiene moneda; complete la columna currency</translation>
    </message>
    <message>
        <source>%1 must be positive</source>
        <translation>%1 debe ser positivo</translation>
    </message>
</context>
<context>
    <name>cd::Similarity</name>
    <message>
        <source>names share %1</source>
        <translation>los nombres comparten %1</translation>
    </message>
    <message>
        <source>names are %1% alike letter by letter</source>
        <translation>los nombres coinciden en un %1% letra por letra</translation>
    </message>
    <message>
        <source>%1&apos;s domain %2 matches %3&apos;s name</source>
        <translation>el dominio %2 de %1 coincide con el nombre de %3</translation>
    </message>
    <message>
        <source>domains %1 and %2 share the stem &apos;%3&apos;</source>
        <translation>los dominios %1 y %2 comparten la raíz &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1 has no domain, %2 has one</source>
        <translation>%1 no tiene dominio, %2 sí</translation>
    </message>
    <message>
        <source>%1 has a domain, %2 has none</source>
        <translation>%1 tiene dominio, %2 no</translation>
    </message>
</context>
<context>
    <name>cd::StoreTableModel</name>
    <message>
        <source>Partner ID</source>
        <translation>ID de partner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <source>Revenue commitment</source>
        <translation>Compromiso de ingresos</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Deal ID</source>
        <translation>ID de oportunidad</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Fecha de cierre</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Closed from</source>
        <translation>Cierre desde</translation>
    </message>
    <message>
        <source>Closed until</source>
        <translation>Cierre hasta</translation>
    </message>
</context>
<context>
    <name>cd::TargetsPage</name>
    <message>
        <source>Partner revenue</source>
        <translation>Ingresos de partners</translation>
    </message>
    <message>
        <source>Partner-sourced revenue</source>
        <translation>Ingresos generados por partners</translation>
    </message>
    <message>
        <source>Partner-influenced revenue</source>
        <translation>Ingresos influidos por partners</translation>
    </message>
    <message>
        <source>Partner-sourced share of revenue</source>
        <translation>Proporción de ingresos generados por partners</translation>
    </message>
    <message>
        <source>Partner-influenced share of revenue</source>
        <translation>Proporción de ingresos influidos por partners</translation>
    </message>
    <message>
        <source>Channel pipeline</source>
        <translation>Pipeline del canal</translation>
    </message>
    <message>
        <source>Weighted pipeline</source>
        <translation>Pipeline ponderado</translation>
    </message>
    <message>
        <source>Average partner deal size</source>
        <translation>Tamaño medio de oportunidad de partner</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Tasa de éxito</translation>
    </message>
    <message>
        <source>Sales cycle (days)</source>
        <translation>Ciclo de venta (días)</translation>
    </message>
    <message>
        <source>Active partners</source>
        <translation>Partners activos</translation>
    </message>
    <message>
        <source>Certified partners</source>
        <translation>Partners certificados</translation>
    </message>
    <message>
        <source>Region&apos;s share of partner revenue</source>
        <translation>Proporción de la región en los ingresos de partners</translation>
    </message>
    <message>
        <source>Technology integrations</source>
        <translation>Integraciones tecnológicas</translation>
    </message>
    <message>
        <source>Joint customer references</source>
        <translation>Referencias de clientes conjuntos</translation>
    </message>
    <message>
        <source>Partner share of total revenue</source>
        <translation>Proporción de partners en los ingresos totales</translation>
    </message>
    <message>
        <source>Revenue per partner</source>
        <translation>Ingresos por partner</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Partner satisfaction (of 5)</source>
        <translation>Satisfacción de partners (sobre 5)</translation>
    </message>
    <message>
        <source>Integration success</source>
        <translation>Éxito de las integraciones</translation>
    </message>
    <message>
        <source>Training completion</source>
        <translation>Formación completada</translation>
    </message>
    <message>
        <source>Support response (hours)</source>
        <translation>Respuesta de soporte (horas)</translation>
    </message>
    <message>
        <source>Partner onboarding (days)</source>
        <translation>Incorporación de partners (días)</translation>
    </message>
    <message>
        <source>Integration time (days)</source>
        <translation>Tiempo de integración (días)</translation>
    </message>
    <message>
        <source>Support tickets per month</source>
        <translation>Tickets de soporte al mes</translation>
    </message>
    <message>
        <source>Partner churn</source>
        <translation>Abandono de partners</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>Edit targets</source>
        <translation>Editar objetivos</translation>
    </message>
</context>
<context>
    <name>cd::Vocabulary</name>
    <message>
        <source>System integrator</source>
        <translation>Integrador de sistemas</translation>
    </message>
    <message>
        <source>Reseller</source>
        <translation>Revendedor</translation>
    </message>
    <message>
        <source>Distributor</source>
        <translation>Distribuidor</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Tecnología</translation>
    </message>
    <message>
        <source>Consulting</source>
        <translation>Consultoría</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Integration</source>
        <translation>Integración</translation>
    </message>
    <message>
        <source>Managed service provider</source>
        <translation>Proveedor de servicios gestionados</translation>
    </message>
    <message>
        <source>OEM</source>
        <translation>OEM</translation>
    </message>
    <message>
        <source>Cloud marketplace</source>
        <translation>Marketplace en la nube</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>América del Norte</translation>
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
        <translation>América Latina</translation>
    </message>
    <message>
        <source>Identification</source>
        <translation>Identificación</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Incorporación</translation>
    </message>
    <message>
        <source>Management</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Dado de baja</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Ganada</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Prospecting</source>
        <translation>Prospección</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Partner-sourced</source>
        <translation>Generada por partner</translation>
    </message>
    <message>
        <source>Partner-influenced</source>
        <translation>Influida por partner</translation>
    </message>
</context>
<context>
    <name>cd::cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>The commission plan (JSON).</source>
        <translation>El plan de comisiones (JSON).</translation>
    </message>
    <message>
        <source>P.json</source>
        <translation>P.json</translation>
    </message>
    <message>
        <source>The deals (CSV).</source>
        <translation>Las oportunidades (CSV).</translation>
    </message>
    <message>
        <source>deals.csv</source>
        <translation>deals.csv</translation>
    </message>
    <message>
        <source>Exchange rates into the plan currency (CSV: date,currency,rate).</source>
        <translation>Tipos de cambio a la moneda del plan (CSV: date,currency,rate).</translation>
    </message>
    <message>
        <source>fx.csv</source>
        <translation>fx.csv</translation>
    </message>
    <message>
        <source>Write the statements here instead of stdout.</source>
        <translation>Escribe las liquidaciones de comisiones en este archivo en lugar de stdout.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Computes commission statements from a plan and a deals file, as CSV on stdout (or --out). Bad input exits with status 2 and one FILE:LINE: FIELD: message per problem on stderr.</source>
        <translation>Calcula liquidaciones de comisiones a partir de un plan y un archivo de oportunidades, en CSV por stdout (o --out). Ante una entrada incorrecta, termina con el estado 2 y escribe en stderr una línea FILE:LINE: FIELD: mensaje por cada problema.</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <translation>%1: argumento inesperado &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: --%2 is required</source>
        <translation>%1: --%2 es obligatorio</translation>
    </message>
    <message>
        <source>Fill the new database with a reproducible sample program.</source>
        <translation>Carga en la nueva base de datos un programa de ejemplo reproducible.</translation>
    </message>
    <message>
        <source>Random seed of the demo data (default 1).</source>
        <translation>Semilla aleatoria de los datos de demostración (valor predeterminado: 1).</translation>
    </message>
    <message>
        <source>Partners in the demo (default 200).</source>
        <translation>Número de partners de la demostración (valor predeterminado: 200).</translation>
    </message>
    <message>
        <source>Deals in the demo (default 6000).</source>
        <translation>Número de oportunidades de la demostración (valor predeterminado: 6000).</translation>
    </message>
    <message>
        <source>The demo&apos;s current date, ISO (default: today); the same date and seed give the same data.</source>
        <translation>Fecha actual de la demostración, en formato ISO (valor predeterminado: hoy); la misma fecha y la misma semilla producen los mismos datos.</translation>
    </message>
    <message>
        <source>Creates the database, or brings an older one up to this version&apos;s schema. With --demo it also fills an empty database with a sample partner program.
The database is --db FILE, else CHANNELDESK_DB, else the user&apos;s data folder.</source>
        <translation>Crea la base de datos o actualiza una anterior al esquema de esta versión. Con --demo, también carga un programa de partners de ejemplo en una base de datos vacía.
La base de datos es --db FILE; si no se indica, CHANNELDESK_DB; si tampoco, la carpeta de datos del usuario.</translation>
    </message>
    <message>
        <source>init takes no arguments besides its options</source>
        <translation>init no admite argumentos aparte de sus opciones</translation>
    </message>
    <message>
        <source>--seed needs a non-negative whole number, not &quot;%1&quot;</source>
        <translation>--seed necesita un número entero no negativo, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--partners needs a whole number of at least 1, not &quot;%1&quot;</source>
        <translation>--partners necesita un número entero mayor o igual que 1, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--deals needs a whole number, not &quot;%1&quot;</source>
        <translation>--deals necesita un número entero, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--today needs an ISO date like 2026-03-31, not &quot;%1&quot;</source>
        <translation>--today necesita una fecha ISO con el formato 2026-03-31, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: schema version %2</source>
        <translation>%1: versión de esquema %2</translation>
    </message>
    <message>
        <source>%1: created, schema version %2</source>
        <translation>%1: creada, versión de esquema %2</translation>
    </message>
    <message>
        <source>%1 already holds records; the demo program goes only into an empty database (give another file with --db)</source>
        <translation>%1 ya contiene datos; el programa de demostración solo se carga en una base de datos vacía (indique otro archivo con --db)</translation>
    </message>
    <message>
        <source>adding the demo program</source>
        <translation>añadiendo el programa de demostración</translation>
    </message>
    <message>
        <source>Check the files and count; change nothing.</source>
        <translation>Comprueba los archivos y hace el recuento, sin cambiar nada.</translation>
    </message>
    <message>
        <source>What the file holds: %1.</source>
        <translation>Contenido del archivo: %1.</translation>
    </message>
    <message>
        <source>The CSV file (data.md); more KIND FILE pairs may follow.</source>
        <translation>El archivo CSV (data.md); pueden seguir más pares KIND FILE.</translation>
    </message>
    <message>
        <source>Adds or updates records from CSV files, all or nothing: a file with any bad row changes nothing and every bad row is listed as FILE:LINE: FIELD: problem. Several KIND FILE pairs are imported in one transaction, partners first.</source>
        <translation>Añade o actualiza datos a partir de archivos CSV, todo o nada: un archivo con alguna fila incorrecta no cambia nada y cada fila incorrecta se indica como FILE:LINE: FIELD: problema. Varios pares KIND FILE se importan en una sola transacción, primero los partners.</translation>
    </message>
    <message>
        <source>import needs KIND FILE (KIND: %1)</source>
        <translation>import necesita KIND FILE (KIND: %1)</translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot; (one of %2)</source>
        <translation>tipo &quot;%1&quot; desconocido (valores posibles: %2)</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>importando</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation>no se realizó ningún cambio</translation>
    </message>
    <message>
        <source>dry run: nothing was changed</source>
        <translation>simulación: no se realizó ningún cambio</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>Escribe en FILE en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>What to export: %1.</source>
        <translation>Datos que se exportarán: %1.</translation>
    </message>
    <message>
        <source>Writes every record of a kind as CSV (data.md), sorted by id; the file imports back unchanged.</source>
        <translation>Escribe todos los elementos de un tipo en CSV (data.md), ordenados por ID; el archivo se puede volver a importar sin cambios.</translation>
    </message>
    <message>
        <source>export needs one KIND (one of %1)</source>
        <translation>export necesita un KIND (uno de %1)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>commission calc: statements from a plan and a deals file</source>
        <translation>commission calc: liquidaciones de comisiones a partir de un plan y un archivo de oportunidades</translation>
    </message>
    <message>
        <source>tiers evaluate: tiers and scores from a program and metrics</source>
        <translation>tiers evaluate: niveles y puntuaciones a partir de un programa y sus métricas</translation>
    </message>
    <message>
        <source>registrations evaluate: statuses and winners of deal registrations</source>
        <translation>registrations evaluate: estados y ganadores de los registros de oportunidades</translation>
    </message>
    <message>
        <source>create or migrate the database, optionally with demo data</source>
        <translation>crea o migra la base de datos, opcionalmente con datos de demostración</translation>
    </message>
    <message>
        <source>import KIND FILE: add or update records from CSV</source>
        <translation>import KIND FILE: añade o actualiza datos a partir de un CSV</translation>
    </message>
    <message>
        <source>export KIND: write records as CSV</source>
        <translation>export KIND: escribe datos en CSV</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli [--db FILE] COMMAND [OPTIONS]

Commands:
</source>
        <translation>Uso: channeldesk-cli [--db FILE] COMMAND [OPTIONS]

Comandos:
</translation>
    </message>
    <message>
        <source>
Run &apos;channeldesk-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
Ejecute &apos;channeldesk-cli COMMAND --help&apos; para ver las opciones de un comando.
</translation>
    </message>
    <message>
        <source>--db needs a file name</source>
        <translation>--db necesita un nombre de archivo</translation>
    </message>
    <message>
        <source>internal failure: %1</source>
        <translation>error interno: %1</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>comando desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The registrations (CSV).</source>
        <translation>Los registros de oportunidades (CSV).</translation>
    </message>
    <message>
        <source>regs.csv</source>
        <translation>regs.csv</translation>
    </message>
    <message>
        <source>Evaluate as of this UTC date-time, e.g. 2026-03-01T00:00:00Z.</source>
        <translation>Evalúa en esta fecha y hora UTC, por ejemplo 2026-03-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>DATETIME</translation>
    </message>
    <message>
        <source>Days a registration protects its partner (default 30).</source>
        <translation>Días durante los que un registro de oportunidad protege a su partner (valor predeterminado: 30).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Write the result here instead of stdout.</source>
        <translation>Escribe el resultado en este archivo en lugar de stdout.</translation>
    </message>
    <message>
        <source>Also list, on stderr, registrations that may name the same customer under different keys.</source>
        <translation>También muestra en stderr los registros de oportunidades que podrían referirse al mismo cliente con claves distintas.</translation>
    </message>
    <message>
        <source>Evaluates deal registrations (first to register wins, within a protection window) and prints reg_id,status,winner in input order on stdout (or --out). Bad input exits with status 2 and one FILE:LINE: FIELD: message per problem on stderr.</source>
        <translation>Evalúa registros de oportunidades (gana el primero en registrar, dentro de un periodo de protección) y escribe reg_id,status,winner en el orden de entrada por stdout (o --out). Ante una entrada incorrecta, termina con el estado 2 y escribe en stderr una línea FILE:LINE: FIELD: mensaje por cada problema.</translation>
    </message>
    <message>
        <source>%1: --as-of: &quot;%2&quot; is not an ISO 8601 UTC date-time like 2026-03-01T00:00:00Z</source>
        <translation>%1: --as-of: &quot;%2&quot; no es una fecha y hora UTC ISO 8601 con el formato 2026-03-01T00:00:00Z</translation>
    </message>
    <message>
        <source>%1: --protection-days: &quot;%2&quot; is not a whole number of days from 0 to %3</source>
        <translation>%1: --protection-days: &quot;%2&quot; no es un número entero de días entre 0 y %3</translation>
    </message>
    <message>
        <source>%1:%2: %3 and %4 (line %5) may be the same customer (%6%): %7</source>
        <translation>%1:%2: %3 y %4 (línea %5) podrían ser el mismo cliente (%6%): %7</translation>
    </message>
    <message>
        <source>cannot write the result: %1</source>
        <translation>no se puede escribir el resultado: %1</translation>
    </message>
    <message>
        <source>The partner program (JSON).</source>
        <translation>El programa de partners (JSON).</translation>
    </message>
    <message>
        <source>The partners&apos; metrics (CSV: partner_id and one column per metric).</source>
        <translation>Las métricas de los partners (CSV: partner_id y una columna por métrica).</translation>
    </message>
    <message>
        <source>metrics.csv</source>
        <translation>metrics.csv</translation>
    </message>
    <message>
        <source>Also say on stderr why each partner has its tier and what it lacks for the next one.</source>
        <translation>También indica en stderr por qué cada partner tiene su nivel y qué le falta para el siguiente.</translation>
    </message>
    <message>
        <source>Evaluates a partner program&apos;s tiers and scorecard and prints partner,tier,score sorted by partner on stdout (or --out). Bad input exits with status 2 and one FILE:LINE: FIELD: message per problem on stderr.</source>
        <translation>Evalúa los niveles y el cuadro de puntuación de un programa de partners y escribe partner,tier,score ordenado por partner por stdout (o --out). Ante una entrada incorrecta, termina con el estado 2 y escribe en stderr una línea FILE:LINE: FIELD: mensaje por cada problema.</translation>
    </message>
    <message>
        <source>%1: which subcommand?</source>
        <translation>%1: ¿qué subcomando?</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &apos;%2&apos;</source>
        <translation>%1: subcomando desconocido &apos;%2&apos;</translation>
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
        <translation>Uso: channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]
     channeldesk-cli [--db FILE] commission run --period LABEL [--out FILE]
     channeldesk-cli [--db FILE] commission plan list|import|export|assign|unassign ...

Subcomandos:
  calc  liquidaciones de comisiones a partir de un plan, un archivo de oportunidades y tipos de cambio (sin base de datos)
  run   liquidaciones de comisiones de un periodo a partir de la base de datos, cada partner con el plan que tiene asignado
  plan  los planes de comisiones de la base de datos y sus asignaciones

Ejecute &apos;channeldesk-cli commission SUBCOMMAND --help&apos; para ver sus opciones.
</translation>
    </message>
    <message>
        <source>The statement period: 2026-03, 2026-Q1, FY2027-Q1, 2026 or FY2027.</source>
        <translation>El periodo de la liquidación: 2026-03, 2026-Q1, FY2027-Q1, 2026 o FY2027.</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>Computes one period&apos;s statements from the database&apos;s deals and exchange rates, each partner under the plan its assignment gives (program and tier first, else partner type), as the CSV of &apos;commission calc&apos;. Partners without a plan are named on stderr and left out.</source>
        <translation>Calcula las liquidaciones de comisiones de un periodo a partir de las oportunidades y los tipos de cambio de la base de datos, cada partner con el plan que le da su asignación (primero programa y nivel; si no, tipo de partner), en el CSV de &apos;commission calc&apos;. Los partners sin plan se indican en stderr y se excluyen.</translation>
    </message>
    <message>
        <source>Write here instead of stdout.</source>
        <translation>Escribe en este archivo en lugar de stdout.</translation>
    </message>
    <message>
        <source>Lists the commission plans as CSV: plan_id,name,currency,window,method,updated_at,assigned_to (program/tier or type:TYPE, separated by &apos;;&apos;).</source>
        <translation>Muestra los planes de comisiones en CSV: plan_id,name,currency,window,method,updated_at,assigned_to (programa/nivel o type:TYPE, separados por &apos;;&apos;).</translation>
    </message>
    <message>
        <source>The plan&apos;s display name (one file only).</source>
        <translation>El nombre visible del plan (solo con un archivo).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Plans as commission.md&apos;s JSON.</source>
        <translation>Planes en el JSON de commission.md.</translation>
    </message>
    <message>
        <source>Imports commission plans (commission.md&apos;s JSON), all or nothing: a plan whose id exists is replaced. The JSON is kept as given, so export returns the same bytes.</source>
        <translation>Importa planes de comisiones (JSON de commission.md), todo o nada: un plan cuyo ID ya existe se sustituye. El JSON se guarda tal cual, de modo que export devuelve los mismos bytes.</translation>
    </message>
    <message>
        <source>%1: give one or more plan files (--name with one file only)</source>
        <translation>%1: indique uno o varios archivos de plan (--name solo con un archivo)</translation>
    </message>
    <message>
        <source>plan %1 is in more than one file</source>
        <translation>el plan %1 está en más de un archivo</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The plan to export.</source>
        <translation>El plan que se exportará.</translation>
    </message>
    <message>
        <source>Writes a plan&apos;s JSON exactly as it was imported or saved.</source>
        <translation>Escribe el JSON de un plan exactamente como se importó o guardó.</translation>
    </message>
    <message>
        <source>%1: give one PLAN_ID</source>
        <translation>%1: indique un PLAN_ID</translation>
    </message>
    <message>
        <source>there is no commission plan %1</source>
        <translation>no existe el plan de comisiones %1</translation>
    </message>
    <message>
        <source>The partners&apos; program.</source>
        <translation>El programa de los partners.</translation>
    </message>
    <message>
        <source>PROGRAM</source>
        <translation>PROGRAM</translation>
    </message>
    <message>
        <source>The partners&apos; tier in the program.</source>
        <translation>El nivel de los partners en el programa.</translation>
    </message>
    <message>
        <source>TIER</source>
        <translation>TIER</translation>
    </message>
    <message>
        <source>The partners&apos; type.</source>
        <translation>El tipo de los partners.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The plan to assign.</source>
        <translation>El plan que se asignará.</translation>
    </message>
    <message>
        <source>Assigns a plan to the partners of a program and tier, or of a type. A partner whose program and tier have a plan is paid under it; otherwise under its type&apos;s plan.</source>
        <translation>Asigna un plan a los partners de un programa y nivel, o de un tipo. Un partner cuyo programa y nivel tienen un plan cobra según ese plan; si no, según el plan de su tipo.</translation>
    </message>
    <message>
        <source>Removes the plan assignment of a program and tier, or of a type.</source>
        <translation>Elimina la asignación de plan de un programa y nivel, o de un tipo.</translation>
    </message>
    <message>
        <source>%1: give %2(--program P --tier T | --type TYPE)</source>
        <translation>%1: indique %2(--program P --tier T | --type TYPE)</translation>
    </message>
    <message>
        <source>%1: empty --program, --tier or --type</source>
        <translation>%1: --program, --tier o --type vacío</translation>
    </message>
    <message>
        <source>%1: no plan is assigned there</source>
        <translation>%1: no hay ningún plan asignado ahí</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli [--db FILE] commission plan list [--out FILE]
       channeldesk-cli [--db FILE] commission plan import FILE... [--name NAME]
       channeldesk-cli [--db FILE] commission plan export PLAN_ID [--out FILE]
       channeldesk-cli [--db FILE] commission plan assign PLAN_ID (--program P --tier T | --type TYPE)
       channeldesk-cli [--db FILE] commission plan unassign (--program P --tier T | --type TYPE)
</source>
        <translation>Uso: channeldesk-cli [--db FILE] commission plan list [--out FILE]
     channeldesk-cli [--db FILE] commission plan import FILE... [--name NAME]
     channeldesk-cli [--db FILE] commission plan export PLAN_ID [--out FILE]
     channeldesk-cli [--db FILE] commission plan assign PLAN_ID (--program P --tier T | --type TYPE)
     channeldesk-cli [--db FILE] commission plan unassign (--program P --tier T | --type TYPE)
</translation>
    </message>
    <message>
        <source>report qbr | pipeline: the QBR as PDF, pipeline figures as CSV</source>
        <translation>report qbr | pipeline: la QBR en PDF, las cifras del pipeline en CSV</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]
       channeldesk-cli [--db FILE] registrations run [--as-of DATETIME] [--dry-run] [--out FILE]

Subcommands:
  evaluate  statuses and winners of deal registrations as of a date-time (no database)
  run       evaluates the database&apos;s registrations and stores their statuses

Run &apos;channeldesk-cli registrations SUBCOMMAND --help&apos; for its options.
</source>
        <translation>Uso: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]
     channeldesk-cli [--db FILE] registrations run [--as-of DATETIME] [--dry-run] [--out FILE]

Subcomandos:
  evaluate  estados y ganadores de los registros de oportunidades en una fecha y hora (sin base de datos)
  run       evalúa los registros de oportunidades de la base de datos y guarda sus estados

Ejecute &apos;channeldesk-cli registrations SUBCOMMAND --help&apos; para ver sus opciones.
</translation>
    </message>
    <message>
        <source>Evaluate as of this UTC date-time (default: now), e.g. 2026-03-01T00:00:00Z.</source>
        <translation>Evalúa en esta fecha y hora UTC (valor predeterminado: ahora), p. ej., 2026-03-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>Print what would change without writing anything.</source>
        <translation>Muestra lo que cambiaría sin escribir nada.</translation>
    </message>
    <message>
        <source>Write the changes here instead of stdout.</source>
        <translation>Escribe los cambios en este archivo en lugar de stdout.</translation>
    </message>
    <message>
        <source>Evaluates every registration in the database (first to register wins, within the program&apos;s protection days; rejected registrations left out, extensions honoured), stores the statuses with an audit row each and opens a conflict case for every new conflict. Prints the changes as CSV reg_id,old_status,new_status,old_winner,new_winner on stdout (or --out) and a summary on stderr.</source>
        <translation>Evalúa todos los registros de oportunidades de la base de datos (gana el primero en registrar, dentro de los días de protección del programa; se excluyen los registros rechazados y se respetan las prórrogas), guarda los estados con una fila de auditoría cada uno y abre un caso de conflicto por cada conflicto nuevo. Muestra los cambios en CSV reg_id,old_status,new_status,old_winner,new_winner por stdout (o --out) y un resumen por stderr.</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) would change as of %1 (dry run, nothing written)</source>
        <translation>
            <numerusform>%n registro cambiaría a fecha de %1 (simulación, no se escribe nada)</numerusform>
            <numerusform>%n registros cambiarían a fecha de %1 (simulación, no se escribe nada)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) changed as of %1</source>
        <translation>
            <numerusform>%n registro cambiado a fecha de %1</numerusform>
            <numerusform>%n registros cambiados a fecha de %1</numerusform>
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
        <translation>Uso: channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] [--explain]
     channeldesk-cli [--db FILE] tiers run [--as-of DATE] [--program ID] [--apply] [--out FILE]

Subcomandos:
  evaluate  el nivel y la puntuación del cuadro de puntuación de cada partner (sin base de datos)
  run       evalúa los partners de la base de datos según sus programas; --apply escribe los cambios

Ejecute &apos;channeldesk-cli tiers SUBCOMMAND --help&apos; para ver sus opciones.
</translation>
    </message>
    <message>
        <source>Evaluate as of this date (default: today).</source>
        <translation>Evalúa en esta fecha (valor predeterminado: hoy).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Only the partners of this program.</source>
        <translation>Solo los partners de este programa.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Write the new tiers into the partners, with an audit record each.</source>
        <translation>Escribe los nuevos niveles en los partners, con un registro de auditoría cada uno.</translation>
    </message>
    <message>
        <source>Evaluates every active partner under its program (partners.program, from the database&apos;s programs) with metrics computed from the database as of a date, and prints the tier changes as CSV: partner,program,from,to,change,score,explanation. Nothing is written without --apply.</source>
        <translation>Evalúa cada partner activo según su programa (partners.program, entre los programas de la base de datos) con métricas calculadas a partir de la base de datos en una fecha, y muestra los cambios de nivel en CSV: partner,program,from,to,change,score,explanation. No se escribe nada sin --apply.</translation>
    </message>
    <message>
        <source>--as-of needs an ISO date like 2026-03-31, not &quot;%1&quot;</source>
        <translation>--as-of necesita una fecha ISO con el formato 2026-03-31, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no active partner is in a stored program &quot;%1&quot;</source>
        <translation>ningún partner activo pertenece a un programa guardado &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 partners evaluated as of %2: %3 changes (%4 promotions, %5 demotions or other)</source>
        <translation>%1 partners evaluados a fecha de %2: %3 cambios (%4 ascensos, %5 descensos u otros)</translation>
    </message>
    <message>
        <source>nothing was changed; --apply writes them</source>
        <translation>no se cambió nada; --apply los escribe</translation>
    </message>
    <message>
        <source>applied %1 tier changes</source>
        <translation>se aplicaron %1 cambios de nivel</translation>
    </message>
    <message numerus="yes">
        <source>registrations evaluated as of %1: %n status change(s)</source>
        <translation>
            <numerusform>registros evaluados a %1: %n cambio de estado</numerusform>
            <numerusform>registros evaluados a %1: %n cambios de estado</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave registrations without a status for a later &apos;registrations run&apos;.</source>
        <translation>Dejar los registros sin estado para un «registrations run» posterior.</translation>
    </message>
    <message>
        <source>migrate --from FILE --to URI: a desktop file into an empty team database</source>
        <translation>migrate --from FILE --to URI: migra un archivo local a una base de datos de equipo vacía</translation>
    </message>
    <message>
        <source>team add-user | list | remove-user: a team database&apos;s members and roles</source>
        <translation>team add-user | list | remove-user: los miembros y roles de una base de datos de equipo</translation>
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
        <translation>Uso: channeldesk-cli --db URI team add-user LOGIN --role admin|manager|regional|executive [--region REGION] [--password-stdin]
     channeldesk-cli --db URI team list [--out FILE]
     channeldesk-cli --db URI team remove-user LOGIN

Subcomandos:
  add-user     asigna a un usuario de PostgreSQL un rol en esta base de datos (y crea el usuario si es nuevo)
  list         los miembros, sus roles y sus regiones, en CSV
  remove-user  retira a un miembro sus permisos en esta base de datos

El servidor aplica los roles: admin puede hacerlo todo, manager edita todos los datos del programa salvo planes, programas, objetivos y el equipo, regional solo los partners de su región y sus registros, executive solo puede consultar.
</translation>
    </message>
    <message>
        <source>%1: give one LOGIN</source>
        <translation>%1: indique un solo LOGIN</translation>
    </message>
    <message>
        <source>admin, manager, regional or executive.</source>
        <translation>admin, manager, regional o executive.</translation>
    </message>
    <message>
        <source>The region of a regional member.</source>
        <translation>La región de un miembro regional.</translation>
    </message>
    <message>
        <source>Read the login&apos;s new password from the first line of standard input.</source>
        <translation>Lee la nueva contraseña del usuario en la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>The PostgreSQL login.</source>
        <translation>El usuario de PostgreSQL.</translation>
    </message>
    <message>
        <source>Gives a login a role in the team database.</source>
        <translation>Asigna a un usuario un rol en la base de datos de equipo.</translation>
    </message>
    <message>
        <source>--role must be admin, manager, regional or executive, not &quot;%1&quot;</source>
        <translation>--role debe ser admin, manager, regional o executive, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--password-stdin read no password</source>
        <translation>--password-stdin no leyó ninguna contraseña</translation>
    </message>
    <message>
        <source>%1 is now %2 in %3: %4</source>
        <translation>%1 tiene ahora el rol %2 en %3: %4</translation>
    </message>
    <message>
        <source>Write the CSV to FILE instead of standard output.</source>
        <translation>Escribe el CSV en FILE en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>Lists the team&apos;s members as CSV: login, role, region.</source>
        <translation>Muestra los miembros del equipo en CSV: login, role, region.</translation>
    </message>
    <message>
        <source>Takes a member&apos;s rights in the team database away.</source>
        <translation>Retira a un miembro sus permisos en la base de datos de equipo.</translation>
    </message>
    <message>
        <source>%1 is no longer a member of %2</source>
        <translation>%1 ya no es miembro de %2</translation>
    </message>
    <message>
        <source>The desktop file (SQLite).</source>
        <translation>El archivo local (SQLite).</translation>
    </message>
    <message>
        <source>The empty team database (PostgreSQL URI).</source>
        <translation>La base de datos de equipo vacía (URI de PostgreSQL).</translation>
    </message>
    <message>
        <source>Moves a desktop file&apos;s whole program into an empty team database, all or nothing.</source>
        <translation>Migra todo el programa de un archivo local a una base de datos de equipo vacía, todo o nada.</translation>
    </message>
    <message>
        <source>--from needs an existing desktop file, not &quot;%1&quot;</source>
        <translation>--from necesita un archivo local existente, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--to needs a PostgreSQL URI like postgresql://user@host/dbname</source>
        <translation>--to necesita un URI de PostgreSQL como postgresql://user@host/dbname</translation>
    </message>
    <message>
        <source>copying %1 …</source>
        <translation>copiando %1 …</translation>
    </message>
    <message>
        <source>%1 moved into %2: %3 rows in %4 tables</source>
        <translation>%1 se migró a %2: %3 filas en %4 tablas</translation>
    </message>
    <message>
        <source>you are %1 (%2): %3</source>
        <translation>usted es %1 (%2): %3</translation>
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
        <translation>Uso: channeldesk-cli report SUBCOMMAND [OPTIONS]

  qbr --period LABEL [--partner ID] [--lang CODE] --pdf FILE
      la revisión trimestral de negocio en PDF, de todo el programa o de un partner
  pipeline --by DIM[,DIM…] [--period LABEL] [--currency CUR] [--out FILE]
      oportunidades abiertas en CSV por etapa, región, país, nivel, tipo, partner, origen, trimestre
</translation>
    </message>
    <message>
        <source>--period: &apos;%1&apos; is not a period label (2026-Q1, 2026-03, 2026)</source>
        <translation>--period: &apos;%1&apos; no es una etiqueta de periodo (2026-Q1, 2026-03, 2026)</translation>
    </message>
    <message>
        <source>Dimensions, comma-separated: %1.</source>
        <translation>Dimensiones, separadas por comas: %1.</translation>
    </message>
    <message>
        <source>Only deals closing in this period.</source>
        <translation>Solo las oportunidades que cierran en este periodo.</translation>
    </message>
    <message>
        <source>Reporting currency (default: the rates&apos; base).</source>
        <translation>Moneda de informe (valor predeterminado: la base de los tipos de cambio).</translation>
    </message>
    <message>
        <source>Write the CSV to FILE.</source>
        <translation>Escribe el CSV en FILE.</translation>
    </message>
    <message>
        <source>The numbers behind the pipeline charts, as CSV.</source>
        <translation>Las cifras de los gráficos del pipeline, en CSV.</translation>
    </message>
    <message>
        <source>--by: name at least one dimension</source>
        <translation>--by: indique al menos una dimensión</translation>
    </message>
    <message>
        <source>--by: &apos;%1&apos; is not a dimension (or named twice); use %2</source>
        <translation>--by: &apos;%1&apos; no es una dimensión (o se indicó dos veces); use %2</translation>
    </message>
    <message>
        <source>--currency: &apos;%1&apos; is not a known currency code</source>
        <translation>--currency: &apos;%1&apos; no es un código de moneda conocido</translation>
    </message>
    <message>
        <source>The period reviewed (2026-Q1 …).</source>
        <translation>El periodo revisado (2026-Q1 …).</translation>
    </message>
    <message>
        <source>One partner&apos;s review.</source>
        <translation>La revisión de un solo partner.</translation>
    </message>
    <message>
        <source>Language of the report.</source>
        <translation>Idioma del informe.</translation>
    </message>
    <message>
        <source>Write the PDF to FILE.</source>
        <translation>Escribe el PDF en FILE.</translation>
    </message>
    <message>
        <source>Reporting currency.</source>
        <translation>Moneda de informe.</translation>
    </message>
    <message>
        <source>The quarterly business review as a PDF.</source>
        <translation>La revisión trimestral de negocio en PDF.</translation>
    </message>
    <message>
        <source>report qbr needs --period LABEL and --pdf FILE</source>
        <translation>report qbr necesita --period LABEL y --pdf FILE</translation>
    </message>
    <message>
        <source>report qbr must run in a GUI application (see reportcommand.h)</source>
        <translation>report qbr debe ejecutarse en una aplicación gráfica (consulte reportcommand.h)</translation>
    </message>
    <message>
        <source>--partner: no partner &apos;%1&apos;</source>
        <translation>--partner: no existe el partner &apos;%1&apos;</translation>
    </message>
    <message>
        <source>wrote %1 (%2 pages)</source>
        <translation>se escribió %1 (%2 páginas)</translation>
    </message>
</context>
<context>
    <name>cd::gui</name>
    <message>
        <source>ChannelDesk: partner programs, deals and commissions.</source>
        <translation>ChannelDesk: programas de partners, oportunidades y comisiones.</translation>
    </message>
    <message>
        <source>Open the database FILE.</source>
        <translation>Abre la base de datos FILE.</translation>
    </message>
    <message>
        <source>Open on the page NAME (partners, deals, …).</source>
        <translation>Abre la aplicación en la página NAME (partners, deals, …).</translation>
    </message>
    <message>
        <source>Render the main window, save it as the PNG FILE and quit.</source>
        <translation>Genera la imagen de la ventana principal, la guarda como archivo PNG FILE y sale.</translation>
    </message>
    <message>
        <source>Window size WIDTHxHEIGHT.</source>
        <translation>Tamaño de la ventana WIDTHxHEIGHT.</translation>
    </message>
    <message>
        <source>ChannelDesk</source>
        <translation>ChannelDesk</translation>
    </message>
    <message>
        <source>channeldesk: no page &apos;%1&apos;; pages: %2</source>
        <translation>channeldesk: no existe la página &apos;%1&apos;; páginas: %2</translation>
    </message>
    <message>
        <source>Use the language CODE (de, fr, es, ja, zh_CN, en; pseudo for testing).</source>
        <translation>Usa el idioma CODE (de, fr, es, ja, zh_CN, en; pseudo para pruebas).</translation>
    </message>
</context>
<context>
    <name>cd::store::AuditLog</name>
    <message>
        <source>preparing the audit log</source>
        <translation>preparar el registro de auditoría</translation>
    </message>
    <message>
        <source>writing the audit log for %1 %2</source>
        <translation>escribir el registro de auditoría de %1 %2</translation>
    </message>
    <message>
        <source>reading the audit log</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>counting the audit log</source>
        <translation>contar las entradas del registro de auditoría</translation>
    </message>
</context>
<context>
    <name>cd::store::CommissionRun</name>
    <message>
        <source>the rate on %1 does not fit the rate table</source>
        <translation>el tipo del %1 no encaja en la tabla de tipos de cambio</translation>
    </message>
    <message>
        <source>plan %1 pays by %2 (fiscal year from month %3): its partners have no statement for %4</source>
        <translation>el plan %1 paga por %2 (ejercicio fiscal desde el mes %3): sus partners no tienen liquidación de comisiones para %4</translation>
    </message>
    <message>
        <source>%1 is not a period label (2026-03, 2026-Q1, FY2027-Q1, 2026 or FY2027)</source>
        <translation>%1 no es una etiqueta de periodo (2026-03, 2026-Q1, FY2027-Q1, 2026 o FY2027)</translation>
    </message>
    <message>
        <source>reading the deals of %1</source>
        <translation>leer las oportunidades de %1</translation>
    </message>
    <message>
        <source>partner %1 has deals in %2 but no commission plan: left out</source>
        <translation>el partner %1 tiene oportunidades en %2 pero ningún plan de comisiones: se excluye</translation>
    </message>
    <message>
        <source>reading the deals&apos; dates</source>
        <translation>leer las fechas de las oportunidades</translation>
    </message>
</context>
<context>
    <name>cd::store::ConflictCaseStore</name>
    <message>
        <source>saving conflict case %1</source>
        <translation>guardar el caso de conflicto %1</translation>
    </message>
    <message>
        <source>reading the conflict cases</source>
        <translation>leer los casos de conflicto</translation>
    </message>
    <message>
        <source>a conflict case needs at least two registrations</source>
        <translation>un caso de conflicto necesita al menos dos registros</translation>
    </message>
    <message>
        <source>the winner %1 is not one of the case&apos;s registrations</source>
        <translation>el ganador %1 no es uno de los registros del caso</translation>
    </message>
    <message>
        <source>numbering conflict cases</source>
        <translation>numerar los casos de conflicto</translation>
    </message>
    <message>
        <source>there is no conflict case %1</source>
        <translation>no existe el caso de conflicto %1</translation>
    </message>
    <message>
        <source>%1 is not one of the registrations of case %2</source>
        <translation>%1 no es uno de los registros del caso %2</translation>
    </message>
    <message>
        <source>conflict case %1 must have six steps</source>
        <translation>el caso de conflicto %1 debe tener seis pasos</translation>
    </message>
    <message>
        <source>deleting conflict case %1</source>
        <translation>eliminar el caso de conflicto %1</translation>
    </message>
</context>
<context>
    <name>cd::store::DashboardQuery</name>
    <message>
        <source>unknown pipeline dimension &apos;%1&apos;</source>
        <translation>dimensión de pipeline desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>no exchange rate from %1 to %2 in fx_rates</source>
        <translation>no hay tipo de cambio de %1 a %2 en fx_rates</translation>
    </message>
    <message>
        <source>creating the dashboard index</source>
        <translation>crear el índice del panel</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) left out: no exchange rate to %1 on their close date</source>
        <translation>
            <numerusform>%n oportunidad excluida: no hay tipo de cambio a %1 en su fecha de cierre</numerusform>
            <numerusform>%n oportunidades excluidas: no hay tipo de cambio a %1 en su fecha de cierre</numerusform>
        </translation>
    </message>
    <message>
        <source>the database connection does not expose its SQLite handle</source>
        <translation>la conexión a la base de datos no expone su handle de SQLite</translation>
    </message>
    <message>
        <source>preparing the dashboard query failed: %1</source>
        <translation>error al preparar la consulta del panel: %1</translation>
    </message>
    <message>
        <source>reading the dashboard figures failed: %1</source>
        <translation>error al leer las cifras del panel: %1</translation>
    </message>
    <message>
        <source>creating the index of split deals</source>
        <translation>creando el índice de las oportunidades compartidas</translation>
    </message>
    <message>
        <source>opening a second connection to %1 failed: %2</source>
        <translation>no se pudo abrir una segunda conexión a %1: %2</translation>
    </message>
    <message>
        <source>the database connection does not expose its PostgreSQL handle</source>
        <translation>la conexión de base de datos no expone su identificador PostgreSQL</translation>
    </message>
</context>
<context>
    <name>cd::store::Database</name>
    <message>
        <source>no database file was given</source>
        <translation>no se indicó ningún archivo de base de datos</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 no es un archivo</translation>
    </message>
    <message>
        <source>cannot create %1: the folder %2 does not exist</source>
        <translation>no se puede crear %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>setting the busy timeout</source>
        <translation>establecer el tiempo de espera por bloqueo</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>activar las claves externas</translation>
    </message>
    <message>
        <source>enabling the WAL journal</source>
        <translation>activar el diario WAL</translation>
    </message>
    <message>
        <source>cannot use a write-ahead log for %1 (journal mode %2)</source>
        <translation>no se puede usar un diario de escritura anticipada (WAL) para %1 (modo de diario %2)</translation>
    </message>
    <message>
        <source>setting the synchronous mode</source>
        <translation>establecer el modo síncrono</translation>
    </message>
    <message>
        <source>%1 was written by a newer ChannelDesk (schema %2, this build knows %3); it was not changed</source>
        <translation>%1 se creó con una versión más reciente de ChannelDesk (esquema %2, esta versión conoce el esquema %3); no se modificó</translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation>registrar la versión de esquema %1</translation>
    </message>
    <message>
        <source>marking the file as a ChannelDesk database</source>
        <translation>marcar el archivo como base de datos de ChannelDesk</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>leer la versión de esquema</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>error al %1: %2</translation>
    </message>
    <message>
        <source>checking for records</source>
        <translation>comprobar si hay datos</translation>
    </message>
    <message>
        <source>upgrading to schema %1</source>
        <translation>actualizar al esquema %1</translation>
    </message>
    <message>
        <source>setting the page size</source>
        <translation>establecer el tamaño de página</translation>
    </message>
    <message>
        <source>%1 is not a ChannelDesk database (%2); it was not changed</source>
        <translation>%1 no es una base de datos de ChannelDesk (%2); no se modificó</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>no es un archivo SQLite</translation>
    </message>
    <message>
        <source>it belongs to another application</source>
        <translation>pertenece a otra aplicación</translation>
    </message>
    <message>
        <source>it holds tables of another application</source>
        <translation>contiene tablas de otra aplicación</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>iniciar una transacción</translation>
    </message>
    <message>
        <source>starting a savepoint</source>
        <translation>crear un punto de guardado</translation>
    </message>
    <message>
        <source>a transaction was committed twice</source>
        <translation>una transacción se confirmó dos veces</translation>
    </message>
    <message>
        <source>committing the changes</source>
        <translation>confirmar los cambios</translation>
    </message>
    <message>
        <source>%1 has the unknown currency &quot;%2&quot; in the database</source>
        <translation>%1 tiene la moneda desconocida &quot;%2&quot; en la base de datos</translation>
    </message>
    <message>
        <source>reading partners</source>
        <translation>leer los partners</translation>
    </message>
    <message>
        <source>looking up partner %1</source>
        <translation>buscar el partner %1</translation>
    </message>
    <message>
        <source>preparing the import failed: %1</source>
        <translation>error al preparar la importación: %1</translation>
    </message>
    <message>
        <source>the database refused %1 for your role: %2</source>
        <translation>la base de datos no permite a su rol %1: %2</translation>
    </message>
    <message>
        <source>the PostgreSQL URI is not valid; write it as postgresql://user@host:5432/dbname</source>
        <translation>el URI de PostgreSQL no es válido; escríbalo como postgresql://user@host:5432/dbname</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; in the PostgreSQL URI is not a port number</source>
        <translation>el puerto &quot;%1&quot; del URI de PostgreSQL no es un número de puerto</translation>
    </message>
    <message>
        <source>the PostgreSQL URI has the parameter &quot;%1&quot;, which ChannelDesk does not use</source>
        <translation>el URI de PostgreSQL tiene el parámetro &quot;%1&quot;, que ChannelDesk no utiliza</translation>
    </message>
    <message>
        <source>the PostgreSQL URI names no database (postgresql://host/dbname)</source>
        <translation>el URI de PostgreSQL no indica ninguna base de datos (postgresql://host/dbname)</translation>
    </message>
    <message>
        <source>cannot listen for the team&apos;s changes: %1</source>
        <translation>no se pueden recibir los cambios del equipo: %1</translation>
    </message>
    <message>
        <source>cannot connect to %1: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql)</source>
        <translation>no se puede conectar a %1: el controlador PostgreSQL de Qt no está instalado (paquete de Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>setting up the session</source>
        <translation>configurar la sesión</translation>
    </message>
    <message>
        <source>waiting for another migration</source>
        <translation>esperar a otra migración</translation>
    </message>
    <message>
        <source>setting up change notifications</source>
        <translation>configurar las notificaciones de cambios</translation>
    </message>
    <message>
        <source>looking for changes</source>
        <translation>buscar cambios</translation>
    </message>
    <message>
        <source>no row was added</source>
        <translation>no se añadió ninguna fila</translation>
    </message>
</context>
<context>
    <name>cd::store::DealRepository</name>
    <message>
        <source>reading deal %1</source>
        <translation>leer la oportunidad %1</translation>
    </message>
    <message>
        <source>reading the deals</source>
        <translation>leer las oportunidades</translation>
    </message>
    <message>
        <source>looking up deal %1</source>
        <translation>buscar la oportunidad %1</translation>
    </message>
    <message>
        <source>counting the deals</source>
        <translation>contar las oportunidades</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>no existe el partner %1</translation>
    </message>
    <message>
        <source>saving the partners of deal %1</source>
        <translation>guardar los partners de la oportunidad %1</translation>
    </message>
    <message>
        <source>a deal with the id %1 already exists</source>
        <translation>ya existe una oportunidad con el ID %1</translation>
    </message>
    <message>
        <source>adding deal %1</source>
        <translation>añadir la oportunidad %1</translation>
    </message>
    <message>
        <source>there is no deal %1 to change</source>
        <translation>no existe la oportunidad %1 que se quiere modificar</translation>
    </message>
    <message>
        <source>changing deal %1</source>
        <translation>modificar la oportunidad %1</translation>
    </message>
    <message>
        <source>changing the partners of deal %1</source>
        <translation>modificar los partners de la oportunidad %1</translation>
    </message>
    <message>
        <source>there is no deal %1 to delete</source>
        <translation>no existe la oportunidad %1 que se quiere eliminar</translation>
    </message>
    <message>
        <source>deleting deal %1</source>
        <translation>eliminar la oportunidad %1</translation>
    </message>
    <message>
        <source>deal %1</source>
        <translation>la oportunidad %1</translation>
    </message>
</context>
<context>
    <name>cd::store::Enablement</name>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an id: no spaces, &apos;;&apos; or &apos;=&apos;</source>
        <translation>&quot;%1&quot; no puede ser un ID: sin espacios, &apos;;&apos; ni &apos;=&apos;</translation>
    </message>
    <message>
        <source>reading people</source>
        <translation>leer las personas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date like 2026-03-31</source>
        <translation>&quot;%1&quot; no es una fecha ISO con el formato 2026-03-31</translation>
    </message>
    <message>
        <source>%1 appears twice (first on line %2)</source>
        <translation>%1 aparece dos veces (primero en la línea %2)</translation>
    </message>
    <message>
        <source>importing people</source>
        <translation>importar personas</translation>
    </message>
    <message>
        <source>%1: unknown columns ignored: %2</source>
        <translation>%1: columnas desconocidas ignoradas: %2</translation>
    </message>
    <message>
        <source>no partner %1</source>
        <translation>no existe el partner %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>is required (one of %1)</source>
        <translation>es obligatorio (uno de %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; no es uno de %2</translation>
    </message>
    <message>
        <source>importing person %1</source>
        <translation>importar la persona %1</translation>
    </message>
    <message>
        <source>no person %1</source>
        <translation>no existe la persona %1</translation>
    </message>
    <message>
        <source>%1 is before earned_on %2</source>
        <translation>%1 es anterior a earned_on %2</translation>
    </message>
    <message>
        <source>importing certification %1</source>
        <translation>importar la certificación %1</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>no se puede escribir la exportación: %1</translation>
    </message>
    <message>
        <source>reading certifications</source>
        <translation>leer las certificaciones</translation>
    </message>
</context>
<context>
    <name>cd::store::Exporter</name>
    <message>
        <source>cannot write the export: %1</source>
        <translation>no se puede escribir la exportación: %1</translation>
    </message>
    <message>
        <source>exporting %1</source>
        <translation>exportar %1</translation>
    </message>
</context>
<context>
    <name>cd::store::FxRateRepository</name>
    <message>
        <source>reading the exchange rates</source>
        <translation>leer los tipos de cambio</translation>
    </message>
    <message>
        <source>counting the exchange rates</source>
        <translation>contar los tipos de cambio</translation>
    </message>
    <message>
        <source>reading the rate %1</source>
        <translation>leer el tipo de cambio %1</translation>
    </message>
    <message>
        <source>saving the rate %1</source>
        <translation>guardar el tipo de cambio %1</translation>
    </message>
    <message>
        <source>there is no rate %1 to delete</source>
        <translation>no existe el tipo de cambio %1 que se quiere eliminar</translation>
    </message>
    <message>
        <source>deleting the rate %1</source>
        <translation>eliminar el tipo de cambio %1</translation>
    </message>
</context>
<context>
    <name>cd::store::Importer</name>
    <message>
        <source>reading %1</source>
        <translation>leer %1</translation>
    </message>
    <message>
        <source>%1 appears twice in the file (first on line %2)</source>
        <translation>%1 aparece dos veces en el archivo (primero en la línea %2)</translation>
    </message>
    <message>
        <source>preparing the import</source>
        <translation>preparar la importación</translation>
    </message>
    <message>
        <source>reading deals</source>
        <translation>leer las oportunidades</translation>
    </message>
    <message>
        <source>importing %1</source>
        <translation>importar %1</translation>
    </message>
    <message>
        <source>%1: unknown columns ignored: %2</source>
        <translation>%1: columnas desconocidas ignoradas: %2</translation>
    </message>
    <message>
        <source>reading the partners</source>
        <translation>leer los partners</translation>
    </message>
    <message>
        <source>reading the exchange rates</source>
        <translation>leer los tipos de cambio</translation>
    </message>
    <message>
        <source>indexing the deals</source>
        <translation>indexar las oportunidades</translation>
    </message>
    <message>
        <source>adding partner %1</source>
        <translation>añadir el partner %1</translation>
    </message>
    <message>
        <source>changing partner %1</source>
        <translation>modificar el partner %1</translation>
    </message>
    <message>
        <source>saving the partners of deal %1</source>
        <translation>guardar los partners de la oportunidad %1</translation>
    </message>
    <message>
        <source>adding deal %1</source>
        <translation>añadir la oportunidad %1</translation>
    </message>
    <message>
        <source>adding deals %1 to %2</source>
        <translation>añadir las oportunidades %1 a %2</translation>
    </message>
    <message>
        <source>saving the partners of deals</source>
        <translation>guardar los partners de las oportunidades</translation>
    </message>
    <message>
        <source>reading deal %1</source>
        <translation>leer la oportunidad %1</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>no existe el partner %1</translation>
    </message>
    <message>
        <source>changing deal %1</source>
        <translation>modificar la oportunidad %1</translation>
    </message>
    <message>
        <source>changing the partners of deal %1</source>
        <translation>modificar los partners de la oportunidad %1</translation>
    </message>
    <message>
        <source>reading registration %1</source>
        <translation>leer el registro de oportunidad %1</translation>
    </message>
    <message>
        <source>adding registration %1</source>
        <translation>añadir el registro de oportunidad %1</translation>
    </message>
    <message>
        <source>changing registration %1</source>
        <translation>modificar el registro de oportunidad %1</translation>
    </message>
    <message>
        <source>saving the rate %1</source>
        <translation>guardar el tipo de cambio %1</translation>
    </message>
    <message>
        <source>reading the cache size</source>
        <translation>leer el tamaño de la caché</translation>
    </message>
    <message>
        <source>enlarging the cache for the import</source>
        <translation>ampliar la caché para la importación</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged</source>
        <translation>%1: %2 añadido(s), %3 actualizado(s), %4 sin cambios</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <source>is not valid UTF-8 text</source>
        <translation>no es texto UTF-8 válido</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date like 2026-03-31</source>
        <translation>&quot;%1&quot; no es una fecha ISO con el formato 2026-03-31</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO date-time in UTC like 2026-03-31T14:05:00Z</source>
        <translation>&quot;%1&quot; no es una fecha y hora ISO en UTC con el formato 2026-03-31T14:05:00Z</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency this program knows</source>
        <translation>&quot;%1&quot; no es una moneda que este programa conozca</translation>
    </message>
    <message>
        <source>is required with a revenue commitment</source>
        <translation>es obligatorio si hay un compromiso de ingresos</translation>
    </message>
    <message>
        <source>is only used with a revenue commitment; leave it empty or give the commitment</source>
        <translation>solo se usa con un compromiso de ingresos; déjelo vacío o indique el compromiso</translation>
    </message>
</context>
<context>
    <name>cd::store::Migration</name>
    <message>
        <source>reading the team database&apos;s tables</source>
        <translation>leer las tablas de la base de datos de equipo</translation>
    </message>
    <message>
        <source>the team database&apos;s foreign keys form a cycle</source>
        <translation>las claves externas de la base de datos de equipo forman un ciclo</translation>
    </message>
    <message>
        <source>checking that %1 is empty</source>
        <translation>comprobar que %1 no contiene datos</translation>
    </message>
    <message>
        <source>%1 already holds data (table %2); a desktop file moves only into an empty team database</source>
        <translation>%1 ya contiene datos (tabla %2); un archivo local solo se puede migrar a una base de datos de equipo vacía</translation>
    </message>
    <message>
        <source>reading %1 from %2</source>
        <translation>leer %1 de %2</translation>
    </message>
    <message>
        <source>writing %1 to %2</source>
        <translation>escribir %1 en %2</translation>
    </message>
    <message>
        <source>%1 is not a team database: give a PostgreSQL URI</source>
        <translation>%1 no es una base de datos de equipo: indique un URI de PostgreSQL</translation>
    </message>
    <message>
        <source>%1 is not a desktop file</source>
        <translation>%1 no es un archivo local</translation>
    </message>
    <message>
        <source>%1 and %2 have different schema versions</source>
        <translation>%1 y %2 tienen versiones de esquema distintas</translation>
    </message>
</context>
<context>
    <name>cd::store::PartnerMetrics</name>
    <message>
        <source>reading the won deals</source>
        <translation>leer las oportunidades ganadas</translation>
    </message>
    <message>
        <source>%1: no exchange rate for %2 on %3; revenue of %4 left out</source>
        <translation>%1: no hay tipo de cambio para %2 el %3; se excluyen los ingresos de %4</translation>
    </message>
    <message>
        <source>%1: no exchange rate for %2 on %3; its revenue commitment is left out</source>
        <translation>%1: no hay tipo de cambio para %2 el %3; se excluye su compromiso de ingresos</translation>
    </message>
    <message numerus="yes">
        <source>program %1: not in the database; its %n partner(s) were not evaluated</source>
        <translation>
            <numerusform>programa %1: no está en la base de datos; %n partner no se evaluó</numerusform>
            <numerusform>programa %1: no está en la base de datos; sus %n partners no se evaluaron</numerusform>
        </translation>
    </message>
    <message>
        <source>program %1: %2</source>
        <translation>programa %1: %2</translation>
    </message>
    <message>
        <source>changing the tier of %1</source>
        <translation>cambiar el nivel de %1</translation>
    </message>
    <message>
        <source>no partner %1</source>
        <translation>no existe el partner %1</translation>
    </message>
    <message>
        <source>%1 is now in tier &quot;%2&quot;, not &quot;%3&quot;; evaluate again</source>
        <translation>%1 está ahora en el nivel &quot;%2&quot;, no en &quot;%3&quot;; vuelva a evaluar</translation>
    </message>
</context>
<context>
    <name>cd::store::PartnerRepository</name>
    <message>
        <source>reading partner %1</source>
        <translation>leer el partner %1</translation>
    </message>
    <message>
        <source>reading the partners</source>
        <translation>leer los partners</translation>
    </message>
    <message>
        <source>counting the partners</source>
        <translation>contar los partners</translation>
    </message>
    <message>
        <source>a partner with the id %1 already exists</source>
        <translation>ya existe un partner con el ID %1</translation>
    </message>
    <message>
        <source>adding partner %1</source>
        <translation>añadir el partner %1</translation>
    </message>
    <message>
        <source>there is no partner %1 to change</source>
        <translation>no existe el partner %1 que se quiere modificar</translation>
    </message>
    <message>
        <source>changing partner %1</source>
        <translation>modificar el partner %1</translation>
    </message>
    <message>
        <source>there is no partner %1 to delete</source>
        <translation>no existe el partner %1 que se quiere eliminar</translation>
    </message>
    <message>
        <source>checking the deals of partner %1</source>
        <translation>comprobar las oportunidades del partner %1</translation>
    </message>
    <message>
        <source>partner %1 cannot be deleted: %2 deals and %3 registrations name it</source>
        <translation>no se puede eliminar el partner %1: lo mencionan %2 oportunidad(es) y %3 registro(s) de oportunidad</translation>
    </message>
    <message>
        <source>deleting partner %1</source>
        <translation>eliminar el partner %1</translation>
    </message>
    <message>
        <source>partner %1</source>
        <translation>el partner %1</translation>
    </message>
</context>
<context>
    <name>cd::store::PlanRepository</name>
    <message>
        <source>a plan is assigned to a program and tier, or to a partner type</source>
        <translation>un plan se asigna a un programa y nivel, o a un tipo de partner</translation>
    </message>
    <message>
        <source>reading plan assignments</source>
        <translation>leer las asignaciones de planes</translation>
    </message>
    <message>
        <source>reading commission plans</source>
        <translation>leer los planes de comisiones</translation>
    </message>
    <message>
        <source>reading commission plan %1</source>
        <translation>leer el plan de comisiones %1</translation>
    </message>
    <message>
        <source>counting commission plans</source>
        <translation>contar los planes de comisiones</translation>
    </message>
    <message>
        <source>saving commission plan %1</source>
        <translation>guardar el plan de comisiones %1</translation>
    </message>
    <message>
        <source>there is no commission plan %1</source>
        <translation>no existe el plan de comisiones %1</translation>
    </message>
    <message>
        <source>removing commission plan %1</source>
        <translation>eliminar el plan de comisiones %1</translation>
    </message>
    <message>
        <source>assigning commission plan %1</source>
        <translation>asignar el plan de comisiones %1</translation>
    </message>
    <message>
        <source>removing a plan assignment</source>
        <translation>eliminar una asignación de plan</translation>
    </message>
    <message>
        <source>reading the partners&apos; commission plans</source>
        <translation>leer los planes de comisiones de los partners</translation>
    </message>
    <message>
        <source>NEXT Portal SI Tier 1 margin (65%)</source>
        <translation>Margen NEXT Portal SI Tier 1 (65%)</translation>
    </message>
    <message>
        <source>NEXT Portal SI Tier 2 margin (50%)</source>
        <translation>Margen NEXT Portal SI Tier 2 (50%)</translation>
    </message>
    <message>
        <source>NEXT Portal SI Tier 3 margin (35%)</source>
        <translation>Margen NEXT Portal SI Tier 3 (35%)</translation>
    </message>
    <message>
        <source>NEXT Portal Gold reseller margin (45%)</source>
        <translation>Margen NEXT Portal revendedor Gold (45%)</translation>
    </message>
    <message>
        <source>NEXT Portal Silver reseller margin (40%)</source>
        <translation>Margen NEXT Portal revendedor Silver (40%)</translation>
    </message>
    <message>
        <source>NEXT Portal Authorized reseller margin (35%)</source>
        <translation>Margen NEXT Portal revendedor Authorized (35%)</translation>
    </message>
    <message>
        <source>Technology partners revenue share (20%, 5% bonus)</source>
        <translation>Reparto de ingresos de partners tecnológicos (20%, bonificación del 5%)</translation>
    </message>
    <message>
        <source>Consulting partners revenue share (30%, 10% bonus)</source>
        <translation>Reparto de ingresos de partners de consultoría (30%, bonificación del 10%)</translation>
    </message>
    <message>
        <source>Channel partners revenue share (25%, 7% bonus)</source>
        <translation>Reparto de ingresos de partners de canal (25%, bonificación del 7%)</translation>
    </message>
    <message>
        <source>Integration partners revenue share (15%, 3% bonus)</source>
        <translation>Reparto de ingresos de partners de integración (15%, bonificación del 3%)</translation>
    </message>
    <message>
        <source>Referral partners revenue share (10%, 2% bonus)</source>
        <translation>Reparto de ingresos de partners de referencia (10%, bonificación del 2%)</translation>
    </message>
    <message>
        <source>Playbook graduated commission (15/20/25%)</source>
        <translation>Comisión escalonada del playbook (15/20/25%)</translation>
    </message>
    <message>
        <source>the plan template %1 is missing from the program</source>
        <translation>falta la plantilla de plan %1 en el programa</translation>
    </message>
</context>
<context>
    <name>cd::store::ProgramStore</name>
    <message>
        <source>reading partner %1</source>
        <translation>leer el partner %1</translation>
    </message>
    <message>
        <source>no partner %1</source>
        <translation>no existe el partner %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a development stage</source>
        <translation>&quot;%1&quot; no es una etapa de desarrollo</translation>
    </message>
    <message>
        <source>moving partner %1</source>
        <translation>mover al partner %1</translation>
    </message>
    <message>
        <source>reading the programs</source>
        <translation>leer los programas</translation>
    </message>
    <message>
        <source>reading program %1</source>
        <translation>leer el programa %1</translation>
    </message>
    <message>
        <source>the JSON says &quot;%1&quot;; it must be the program&apos;s id</source>
        <translation>el JSON indica &quot;%1&quot;; debe ser el ID del programa</translation>
    </message>
    <message>
        <source>saving program %1</source>
        <translation>guardar el programa %1</translation>
    </message>
    <message>
        <source>removing program %1</source>
        <translation>eliminar el programa %1</translation>
    </message>
    <message>
        <source>reading the partners&apos; stages</source>
        <translation>leer las etapas de los partners</translation>
    </message>
    <message>
        <source>reading the stages of %1</source>
        <translation>leer las etapas de %1</translation>
    </message>
    <message>
        <source>recording the stage of %1</source>
        <translation>registrar la etapa de %1</translation>
    </message>
    <message>
        <source>recording %1 of %2</source>
        <translation>registrar %1 de %2</translation>
    </message>
    <message>
        <source>reading the partners&apos; KPIs</source>
        <translation>leer los KPI de los partners</translation>
    </message>
</context>
<context>
    <name>cd::store::RecordFormat</name>
    <message>
        <source>%1 %2 has finer digits than the database keeps (thousandths)</source>
        <translation>%1 %2 tiene más precisión de la que guarda la base de datos (milésimas)</translation>
    </message>
    <message>
        <source>%1 %2 is too large to store</source>
        <translation>%1 %2 es demasiado grande para guardarse</translation>
    </message>
    <message>
        <source>the database holds %1 thousandths of %2, which has only %3 decimals</source>
        <translation>la base de datos contiene %1 milésimas de %2, que solo tiene %3 decimales</translation>
    </message>
    <message>
        <source>the database holds &quot;%1&quot; as %2, which is not a decimal</source>
        <translation>la base de datos contiene &quot;%1&quot; como %2, que no es un número decimal</translation>
    </message>
</context>
<context>
    <name>cd::store::RecordRules</name>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>is required (one of %1)</source>
        <translation>es obligatorio (uno de %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>&quot;%1&quot; no es uno de %2</translation>
    </message>
    <message>
        <source>%1 must be positive</source>
        <translation>%1 debe ser positivo</translation>
    </message>
    <message>
        <source>%1 must not be negative</source>
        <translation>%1 no debe ser negativo</translation>
    </message>
    <message>
        <source>%1 cannot be stored exactly</source>
        <translation>%1 no se puede guardar con exactitud</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an id: no spaces, &apos;;&apos; or &apos;=&apos;</source>
        <translation>&quot;%1&quot; no puede ser un ID: sin espacios, &apos;;&apos; ni &apos;=&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-2 country code like DE</source>
        <translation>&quot;%1&quot; no es un código de país ISO 3166-1 alfa-2 como ES</translation>
    </message>
    <message>
        <source>no partner given</source>
        <translation>no se indicó ningún partner</translation>
    </message>
    <message>
        <source>%1 is named twice</source>
        <translation>%1 se indica dos veces</translation>
    </message>
    <message>
        <source>the share of %1 must be positive</source>
        <translation>la participación de %1 debe ser positiva</translation>
    </message>
    <message>
        <source>the shares add up to %1, not 100</source>
        <translation>las participaciones suman %1, no 100</translation>
    </message>
    <message>
        <source>%1 is not between 0% and 100%</source>
        <translation>%1 no está entre 0% y 100%</translation>
    </message>
    <message>
        <source>is required for a %1 deal</source>
        <translation>es obligatorio para una oportunidad con estado %1</translation>
    </message>
    <message>
        <source>is required for a cancelled deal</source>
        <translation>es obligatorio para una oportunidad cancelada</translation>
    </message>
    <message>
        <source>%1 is before the close date %2</source>
        <translation>%1 es anterior a la fecha de cierre %2</translation>
    </message>
    <message>
        <source>only a cancelled deal has a cancellation date</source>
        <translation>solo una oportunidad cancelada tiene fecha de cancelación</translation>
    </message>
    <message>
        <source>a customer name or domain is required</source>
        <translation>se necesita el nombre o el dominio del cliente</translation>
    </message>
    <message>
        <source>is before submitted_at</source>
        <translation>es anterior a submitted_at</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency this program knows</source>
        <translation>&quot;%1&quot; no es una moneda que este programa conozca</translation>
    </message>
</context>
<context>
    <name>cd::store::RegistrationRepository</name>
    <message>
        <source>reading registration %1</source>
        <translation>leer el registro de oportunidad %1</translation>
    </message>
    <message>
        <source>reading the registrations</source>
        <translation>leer los registros de oportunidades</translation>
    </message>
    <message>
        <source>looking up registration %1</source>
        <translation>buscar el registro de oportunidad %1</translation>
    </message>
    <message>
        <source>counting the registrations</source>
        <translation>contar los registros de oportunidades</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>no existe el partner %1</translation>
    </message>
    <message>
        <source>a registration with the id %1 already exists</source>
        <translation>ya existe un registro de oportunidad con el ID %1</translation>
    </message>
    <message>
        <source>adding registration %1</source>
        <translation>añadir el registro de oportunidad %1</translation>
    </message>
    <message>
        <source>there is no registration %1 to change</source>
        <translation>no existe el registro de oportunidad %1 que se quiere modificar</translation>
    </message>
    <message>
        <source>changing registration %1</source>
        <translation>modificar el registro de oportunidad %1</translation>
    </message>
    <message>
        <source>there is no registration %1 to delete</source>
        <translation>no existe el registro de oportunidad %1 que se quiere eliminar</translation>
    </message>
    <message>
        <source>deleting registration %1</source>
        <translation>eliminar el registro de oportunidad %1</translation>
    </message>
    <message>
        <source>registration %1</source>
        <translation>el registro de oportunidad %1</translation>
    </message>
</context>
<context>
    <name>cd::store::RegistrationWorkflowDemo</name>
    <message>
        <source>Called both account executives. %1 logged a discovery workshop with %3 before %2 made contact; %2 was brought in by the customer&apos;s procurement team.</source>
        <translation>Se llamó a los dos ejecutivos de cuentas. %1 registró un taller de descubrimiento con %3 antes de que %2 estableciera contacto; a %2 lo incorporó el equipo de compras del cliente.</translation>
    </message>
    <message>
        <source>Checked CRM activity: %1 has two meetings and a scoped proposal for %3; %2 has an introductory email only.</source>
        <translation>Se revisó la actividad del CRM: %1 tiene dos reuniones y una propuesta detallada para %3; %2 solo tiene un correo electrónico de presentación.</translation>
    </message>
    <message>
        <source>%2 says %3 asked them for a quote directly. %1 shared the meeting notes that show the opportunity started with them.</source>
        <translation>%2 afirma que %3 le pidió un presupuesto directamente. %1 compartió las notas de reunión que muestran que la oportunidad empezó con ellos.</translation>
    </message>
    <message>
        <source>Joint call with both partners. %2 accepted that %1 registered first and asked to be considered for the implementation services.</source>
        <translation>Llamada conjunta con ambos partners. %2 aceptó que %1 registró primero y pidió que se le tuviera en cuenta para los servicios de implementación.</translation>
    </message>
    <message>
        <source>Mediation call; %2 proposed a split. %1 declined, pointing to the registration date.</source>
        <translation>Llamada de mediación; %2 propuso un reparto. %1 lo rechazó, alegando la fecha de registro.</translation>
    </message>
    <message>
        <source>%1 and %2 agreed to let the channel team decide on the registration record.</source>
        <translation>%1 y %2 acordaron dejar que el equipo de canal decida según el registro.</translation>
    </message>
    <message>
        <source>Applied the program rule: first to register, inside the 30-day protection period.</source>
        <translation>Se aplicó la regla del programa: gana el primero en registrar, dentro del periodo de protección de 30 días.</translation>
    </message>
    <message>
        <source>Decision sent to both partners and the regional sales lead; %1 acknowledged.</source>
        <translation>Decisión enviada a ambos partners y al responsable regional de ventas; %1 acusó recibo.</translation>
    </message>
    <message>
        <source>Added %1 to the named-account list; %2 and the other partners now see existing registrations in the portal before outreach.</source>
        <translation>Se añadió %1 a la lista de cuentas nominadas; %2 y los demás partners ven ahora los registros existentes en el portal antes de contactar.</translation>
    </message>
    <message>
        <source>Reminded %2 of the registration rules in the monthly partner call; %1 stays with the current owner, no rule change needed.</source>
        <translation>Se recordaron a %2 las reglas de registro en la llamada mensual de partners; %1 se queda con el titular actual, sin necesidad de cambiar las reglas.</translation>
    </message>
    <message>
        <source>Credit stays with %1 (%2); the other partner is offered the services work.</source>
        <translation>El crédito se queda con %1 (%2); al otro partner se le ofrecen los servicios.</translation>
    </message>
    <message>
        <source>Credit stays with %1 (%2).</source>
        <translation>El crédito se queda con %1 (%2).</translation>
    </message>
    <message>
        <source>Escalate to the channel director.</source>
        <translation>Escalar al director de canal.</translation>
    </message>
    <message>
        <source>Named-account list updated.</source>
        <translation>Lista de cuentas nominadas actualizada.</translation>
    </message>
    <message>
        <source>Duplicate of %1, which is still protected; please update that registration instead.</source>
        <translation>Duplicado de %1, que sigue protegido; actualice ese registro en su lugar.</translation>
    </message>
</context>
<context>
    <name>cd::store::RegistrationWorkflowStore</name>
    <message>
        <source>there is no registration %1</source>
        <translation>no existe el registro %1</translation>
    </message>
    <message>
        <source>saving the workflow of registration %1</source>
        <translation>guardar el flujo de trabajo del registro %1</translation>
    </message>
    <message>
        <source>reading the registration settings</source>
        <translation>leer la configuración de registros</translation>
    </message>
    <message>
        <source>protection days must be 0 to %1 and extension days 1 to %1</source>
        <translation>los días de protección deben estar entre 0 y %1 y los días de prórroga entre 1 y %1</translation>
    </message>
    <message>
        <source>saving the registration settings</source>
        <translation>guardar la configuración de registros</translation>
    </message>
    <message>
        <source>reading the workflow of registration %1</source>
        <translation>leer el flujo de trabajo del registro %1</translation>
    </message>
    <message>
        <source>reading the registration workflow</source>
        <translation>leer el flujo de trabajo de los registros</translation>
    </message>
    <message>
        <source>reading the partners&apos; names</source>
        <translation>leer los nombres de los partners</translation>
    </message>
    <message>
        <source>only a registration the rules approved can be confirmed; %1 is %2</source>
        <translation>solo se puede confirmar un registro que las reglas aprobaron; el estado de %1 es %2</translation>
    </message>
    <message>
        <source>registration %1 was approved already</source>
        <translation>el registro %1 ya se aprobó</translation>
    </message>
    <message>
        <source>a rejection needs a reason</source>
        <translation>un rechazo necesita un motivo</translation>
    </message>
    <message>
        <source>registration %1 became deal %2 and can no longer be rejected</source>
        <translation>el registro %1 se convirtió en la oportunidad %2 y ya no se puede rechazar</translation>
    </message>
    <message>
        <source>registration %1 is already rejected</source>
        <translation>el registro %1 ya está rechazado</translation>
    </message>
    <message>
        <source>registration %1 was extended already; a registration is extended once</source>
        <translation>el registro %1 ya se prorrogó; un registro se prorroga una sola vez</translation>
    </message>
    <message>
        <source>registration %1 is rejected</source>
        <translation>el registro %1 está rechazado</translation>
    </message>
    <message>
        <source>only a registration that won its customer can be extended; %1 is %2</source>
        <translation>solo se puede prorrogar un registro que ganó a su cliente; el estado de %1 es %2</translation>
    </message>
    <message>
        <source>registration %1 was converted to deal %2 already</source>
        <translation>el registro %1 ya se convirtió en la oportunidad %2</translation>
    </message>
    <message>
        <source>only an approved registration becomes a deal; %1 is %2</source>
        <translation>solo un registro aprobado se convierte en oportunidad; el estado de %1 es %2</translation>
    </message>
    <message>
        <source>a deal with the id %1 already exists</source>
        <translation>ya existe una oportunidad con el ID %1</translation>
    </message>
    <message>
        <source>storing the evaluated registrations</source>
        <translation>guardar los registros evaluados</translation>
    </message>
    <message>
        <source>%1 (partner %2, submitted %3) registered %4 / %5 inside the protection window of %6 (partner %7, submitted %8).</source>
        <translation>%1 (partner %2, enviado el %3) registró %4 / %5 dentro del periodo de protección de %6 (partner %7, enviado el %8).</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>cualquier producto</translation>
    </message>
    <message>
        <source>looking for registrations without a status</source>
        <translation>buscar registros sin estado</translation>
    </message>
</context>
<context>
    <name>cd::store::RowVersion</name>
    <message>
        <source>%1 was deleted by %2 at %3 since you opened it</source>
        <translation>%2 eliminó %1 (%3) después de que se abriera</translation>
    </message>
    <message>
        <source>%1 was deleted since you opened it</source>
        <translation>alguien eliminó %1 después de que se abriera</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since you opened it</source>
        <translation>%2 modificó %1 (%3) después de que se abriera</translation>
    </message>
    <message>
        <source>%1 was changed since you opened it</source>
        <translation>%1 cambió después de que se abriera</translation>
    </message>
    <message>
        <source>reading the version of %1</source>
        <translation>leer la versión de %1</translation>
    </message>
</context>
<context>
    <name>cd::store::TargetRepository</name>
    <message>
        <source>cannot read the target template %1</source>
        <translation>no se puede leer la plantilla de objetivos %1</translation>
    </message>
    <message>
        <source>the target template %1 has no id</source>
        <translation>la plantilla de objetivos %1 no tiene ID</translation>
    </message>
    <message>
        <source>the target template %1 has a bad value for %2</source>
        <translation>la plantilla de objetivos %1 tiene un valor incorrecto para %2</translation>
    </message>
    <message>
        <source>reading the targets</source>
        <translation>leer los objetivos</translation>
    </message>
    <message>
        <source>unknown target metric &apos;%1&apos;</source>
        <translation>métrica de objetivo desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a target&apos;s quarter is 1 to 4, or 0 for the year</source>
        <translation>el trimestre de un objetivo es de 1 a 4, o 0 para el año</translation>
    </message>
    <message>
        <source>saving the target %1</source>
        <translation>guardar el objetivo %1</translation>
    </message>
    <message>
        <source>deleting the target %1</source>
        <translation>eliminar el objetivo %1</translation>
    </message>
    <message>
        <source>creating the targets table</source>
        <translation>crear la tabla de objetivos</translation>
    </message>
    <message>
        <source>the seed target templates are missing</source>
        <translation>faltan las plantillas de objetivos iniciales</translation>
    </message>
</context>
<context>
    <name>cd::store::Team</name>
    <message>
        <source>an admin may do everything</source>
        <translation>un administrador puede hacerlo todo</translation>
    </message>
    <message>
        <source>a manager edits all program data but not plans, programs, targets or the team</source>
        <translation>un gerente edita todos los datos del programa, salvo los planes, los programas, los objetivos y el equipo</translation>
    </message>
    <message>
        <source>a regional member edits only the partners of %1 and their deals, registrations, people and certifications</source>
        <translation>un miembro regional solo edita los partners de %1 y sus oportunidades, registros de oportunidades, personas y certificaciones</translation>
    </message>
    <message>
        <source>an executive reads everything and changes nothing</source>
        <translation>un directivo consulta todo y no modifica nada</translation>
    </message>
    <message>
        <source>%1 is a desktop file: a team needs a PostgreSQL database (docs/team.md)</source>
        <translation>%1 es un archivo local: un equipo necesita una base de datos PostgreSQL (docs/team.md)</translation>
    </message>
    <message>
        <source>setting up the team&apos;s roles</source>
        <translation>configurar los roles del equipo</translation>
    </message>
    <message>
        <source>reading the team</source>
        <translation>leer el equipo</translation>
    </message>
    <message>
        <source>a team member needs a login</source>
        <translation>un miembro del equipo necesita un nombre de usuario</translation>
    </message>
    <message>
        <source>a regional member needs a region, one of %1</source>
        <translation>un miembro regional necesita una región (valores posibles: %1)</translation>
    </message>
    <message>
        <source>only a regional member has a region</source>
        <translation>solo un miembro regional tiene región</translation>
    </message>
    <message>
        <source>adding %1 to the team</source>
        <translation>añadir a %1 al equipo</translation>
    </message>
    <message>
        <source>changing the roles of %1</source>
        <translation>cambiar los roles de %1</translation>
    </message>
    <message>
        <source>removing %1 from the team</source>
        <translation>quitar a %1 del equipo</translation>
    </message>
    <message>
        <source>%1 is not a member of the team</source>
        <translation>%1 no es miembro del equipo</translation>
    </message>
</context>
<context>
    <name>cd::ui::CompetitorsModel</name>
    <message>
        <source>Winner</source>
        <translation>Ganador</translation>
    </message>
    <message>
        <source>Competing</source>
        <translation>En competencia</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>cualquier producto</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Submitted (UTC)</source>
        <translation>Enviado (UTC)</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Protected until (UTC)</source>
        <translation>Protegido hasta (UTC)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConflictCaseModel</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <source>1 Identify</source>
        <translation>1 Identificar</translation>
    </message>
    <message>
        <source>2 Investigate</source>
        <translation>2 Investigar</translation>
    </message>
    <message>
        <source>3 Mediate</source>
        <translation>3 Mediar</translation>
    </message>
    <message>
        <source>4 Decide</source>
        <translation>4 Decidir</translation>
    </message>
    <message>
        <source>5 Communicate</source>
        <translation>5 Comunicar</translation>
    </message>
    <message>
        <source>6 Prevent</source>
        <translation>6 Prevenir</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Ganador</translation>
    </message>
    <message>
        <source>Competing</source>
        <translation>En competencia</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abierto el</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConflictStepsModel</name>
    <message>
        <source>to do</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Realizado el</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>cd::ui::ConflictsPage</name>
    <message>
        <source>All cases</source>
        <translation>Todos los casos</translation>
    </message>
    <message>
        <source>Record a step</source>
        <translation>Registrar un paso</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Realizado el</translation>
    </message>
    <message>
        <source>What was decided or agreed</source>
        <translation>Qué se decidió o acordó</translation>
    </message>
    <message>
        <source>The decide step may award the credit to another registration of the case.</source>
        <translation>El paso de decisión puede otorgar el crédito a otro registro del caso.</translation>
    </message>
    <message>
        <source>Facts, who was contacted, what they said</source>
        <translation>Hechos, a quién se contactó, qué dijeron</translation>
    </message>
    <message>
        <source>&amp;Save step</source>
        <translation>&amp;Guardar paso</translation>
    </message>
    <message>
        <source>Credit to</source>
        <translation>Crédito para</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Conflict cases</source>
        <translation>Casos de conflicto</translation>
    </message>
    <message>
        <source>Possible conflicts (review)</source>
        <translation>Posibles conflictos (revisión)</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) of registrations may name the same customer under different keys (similar names, a domain on one and not the other). They are shown for review and never change a status; a real conflict is fixed by correcting the customer or domain of one registration.</source>
        <translation>
            <numerusform>%n par de registros puede designar al mismo cliente con claves distintas (nombres parecidos, un dominio en uno y no en el otro). Se muestra para su revisión y nunca cambia un estado; un conflicto real se corrige modificando el cliente o el dominio de uno de los registros.</numerusform>
            <numerusform>%n pares de registros pueden designar al mismo cliente con claves distintas (nombres parecidos, un dominio en uno y no en el otro). Se muestran para su revisión y nunca cambian un estado; un conflicto real se corrige modificando el cliente o el dominio de uno de los registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cases shown, %2 open</source>
        <translation>%1 casos mostrados, %2 abiertos</translation>
    </message>
    <message>
        <source>No conflict case selected</source>
        <translation>No hay ningún caso de conflicto seleccionado</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (%2) registered customer &quot;%3&quot; first, on %4; its protection runs to %5.</source>
        <translation>%1 (%2) registró primero al cliente &quot;%3&quot;, el %4; su protección dura hasta el %5.</translation>
    </message>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) el %3</translation>
    </message>
    <message>
        <source>Inside that window came %1, so the rule gives the credit to %2 (first to register).</source>
        <translation>Dentro de ese periodo llegó %1, por lo que la regla otorga el crédito a %2 (el primero en registrar).</translation>
    </message>
    <message>
        <source>The decide step awarded the credit to %1 instead.</source>
        <translation>El paso de decisión otorgó el crédito a %1 en su lugar.</translation>
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
        <translation>Conectar a una base de datos de equipo</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation>db.example.com, o una carpeta de socket como /run/postgresql</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>predeterminado (5432)</translation>
    </message>
    <message>
        <source>not remembered; empty: PGPASSWORD or ~/.pgpass</source>
        <translation>no se guarda; vacío: PGPASSWORD o ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Pue&amp;rto:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Co&amp;ntraseña:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
</context>
<context>
    <name>cd::ui::DashboardPage</name>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>All partner types</source>
        <translation>Todos los tipos de partner</translation>
    </message>
    <message>
        <source>Currency shown</source>
        <translation>Moneda mostrada</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Objetivos…</translation>
    </message>
    <message>
        <source>QBR report…</source>
        <translation>Informe QBR…</translation>
    </message>
    <message>
        <source>Export charts…</source>
        <translation>Exportar gráficos…</translation>
    </message>
    <message>
        <source>Export the charts to</source>
        <translation>Exportar los gráficos a</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>No se pudieron leer las cifras: %1</translation>
    </message>
    <message>
        <source>Partner program performance, %1 — %2</source>
        <translation>Rendimiento del programa de partners, %1 — %2</translation>
    </message>
    <message>
        <source>Figures in %1 · compared with %2 · read in %3 ms</source>
        <translation>Importes en %1 · comparados con %2 · leídos en %3 ms</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Objetivo %1</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>Sin objetivo</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>vs %1</source>
        <translation>vs. %1</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exportar como PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exportar como SVG…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir en %1.</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>Quarterly business review</source>
        <translation>Revisión trimestral de negocio</translation>
    </message>
</context>
<context>
    <name>cd::ui::DealDialog</name>
    <message>
        <source>New Deal</source>
        <translation>Nueva oportunidad</translation>
    </message>
    <message>
        <source>Deal %1</source>
        <translation>Oportunidad %1</translation>
    </message>
    <message>
        <source>P1, or a split such as P2=60;P1=40</source>
        <translation>P1, o un reparto como P2=60;P1=40</translation>
    </message>
    <message>
        <source>e.g. 60%</source>
        <translation>p. ej., 60%</translation>
    </message>
    <message>
        <source>Deal &amp;ID:</source>
        <translation>&amp;ID de oportunidad:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partners:</translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>Customer &amp;domain:</source>
        <translation>&amp;Dominio del cliente:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>P&amp;roduct:</source>
        <translation>P&amp;roducto:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>E&amp;tapa:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>I&amp;mporte:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Mon&amp;eda:</translation>
    </message>
    <message>
        <source>Pro&amp;bability:</source>
        <translation>Pro&amp;babilidad:</translation>
    </message>
    <message>
        <source>C&amp;lose date:</source>
        <translation>&amp;Fecha de cierre:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; no es un importe</translation>
    </message>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation>tiene más decimales de los que admite %1 (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a percentage</source>
        <translation>&quot;%1&quot; no es un porcentaje</translation>
    </message>
    <message>
        <source>is already used by another deal</source>
        <translation>ya está en uso en otra oportunidad</translation>
    </message>
    <message>
        <source>there is no partner %1</source>
        <translation>no existe el partner %1</translation>
    </message>
    <message>
        <source>Cancell&amp;ed on:</source>
        <translation>Cancelada e&amp;l:</translation>
    </message>
    <message>
        <source>Re&amp;gistration:</source>
        <translation>Re&amp;gistro:</translation>
    </message>
</context>
<context>
    <name>cd::ui::FilterBar</name>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Conditions set from elsewhere; click to remove them</source>
        <translation>Condiciones fijadas en otra parte; haga clic para quitarlas</translation>
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
        <translation>Mover %1 a %2</translation>
    </message>
    <message>
        <source>◀ Previous stage</source>
        <translation>◀ Etapa anterior</translation>
    </message>
    <message>
        <source>Next stage ▶</source>
        <translation>Etapa siguiente ▶</translation>
    </message>
    <message>
        <source>Partner details…</source>
        <translation>Detalles del partner…</translation>
    </message>
    <message>
        <source>Drag a card to another stage, or select it and move it. Red cards are overdue for their stage&apos;s target weeks (seed 003).</source>
        <translation>Arrastre una tarjeta a otra etapa, o selecciónela y muévala. Las tarjetas rojas han superado las semanas objetivo de su etapa (seed 003).</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>%1 days in stage</source>
        <translation>%1 días en la etapa</translation>
    </message>
    <message>
        <source> (target %1 weeks)</source>
        <translation> (objetivo: %1 semanas)</translation>
    </message>
    <message>
        <source>%1, %2 since %3</source>
        <translation>%1, %2 desde el %3</translation>
    </message>
    <message>
        <source> — %1 overdue</source>
        <translation> — %1 de retraso</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclo de vida</translation>
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
        <translation>Partners</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Oportunidades</translation>
    </message>
    <message>
        <source>Could not read the database</source>
        <translation>No se pudo leer la base de datos</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Fill with &amp;Demo Data</source>
        <translation>Cargar &amp;datos de demostración</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About ChannelDesk</source>
        <translation>&amp;Acerca de ChannelDesk</translation>
    </message>
    <message>
        <source>About ChannelDesk</source>
        <translation>Acerca de ChannelDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;ChannelDesk %1&lt;/b&gt;&lt;p&gt;Partner programs, deals, registrations and commissions, offline on your desktop, with exact money.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;ChannelDesk %1&lt;/b&gt;&lt;p&gt;Programas de partners, oportunidades, registros de oportunidades y comisiones, sin conexión en su equipo, con importes exactos.&lt;/p&gt;&lt;p&gt;Base de datos: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message numerus="yes">
        <source>%Ln partner(s)</source>
        <translation>
            <numerusform>%Ln partner</numerusform>
            <numerusform>%Ln partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deal(s)</source>
        <translation>
            <numerusform>%Ln oportunidad</numerusform>
            <numerusform>%Ln oportunidades</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 loaded)</source>
        <translation>%1 (%2 filas cargadas)</translation>
    </message>
    <message>
        <source>Open ChannelDesk Database</source>
        <translation>Abrir base de datos de ChannelDesk</translation>
    </message>
    <message>
        <source>ChannelDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de ChannelDesk (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation>No se pudo abrir la base de datos</translation>
    </message>
    <message>
        <source>An empty database</source>
        <translation>Base de datos vacía</translation>
    </message>
    <message>
        <source>This database holds no partners yet. Fill it with a demo program to look around, or import your partners and deals from CSV?</source>
        <translation>Esta base de datos aún no contiene partners. ¿Desea cargar un programa de demostración para explorar la aplicación o importar sus partners y oportunidades desde un archivo CSV?</translation>
    </message>
    <message>
        <source>Fill with demo data</source>
        <translation>Cargar datos de demostración</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Empezar sin datos</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Liquidaciones de comisiones</translation>
    </message>
    <message>
        <source>Commission plans</source>
        <translation>Planes de comisiones</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3)</source>
        <translation>Sesión iniciada como %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Database…</source>
        <translation>&amp;Conectar a una base de datos de equipo…</translation>
    </message>
    <message>
        <source>Could not connect to the team database</source>
        <translation>No se pudo conectar a la base de datos de equipo</translation>
    </message>
    <message>
        <source>%1 on this computer</source>
        <translation>%1 en esta máquina</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
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
        <translation>No existe el partner %1.</translation>
    </message>
    <message>
        <source>Program &quot;%1&quot; is not in the database.</source>
        <translation>El programa &quot;%1&quot; no está en la base de datos.</translation>
    </message>
    <message>
        <source>Tier in %1</source>
        <translation>Nivel en %1</translation>
    </message>
    <message>
        <source>Current:</source>
        <translation>Actual:</translation>
    </message>
    <message>
        <source>Evaluated on %1:</source>
        <translation>Evaluado el %1:</translation>
    </message>
    <message>
        <source>Not evaluated: only active partners are.</source>
        <translation>No evaluado: solo se evalúan los partners activos.</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Cuadro de puntuación</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <source>Certifications (%1 people)</source>
        <translation>Certificaciones (%1 personas)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Itinerario</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Obtenida</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducada</translation>
    </message>
    <message>
        <source>expires in %1 days</source>
        <translation>caduca en %1 días</translation>
    </message>
    <message>
        <source>not yet valid</source>
        <translation>aún no vigente</translation>
    </message>
</context>
<context>
    <name>cd::ui::PartnerDialog</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation>Nuevo partner</translation>
    </message>
    <message>
        <source>Partner %1</source>
        <translation>Partner %1</translation>
    </message>
    <message>
        <source>ISO code, e.g. DE</source>
        <translation>Código ISO, p. ej., ES</translation>
    </message>
    <message>
        <source>Partner &amp;ID:</source>
        <translation>&amp;ID de partner:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>P&amp;aís:</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programa:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etapa:</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>Responsa&amp;ble:</translation>
    </message>
    <message>
        <source>&amp;Joined:</source>
        <translation>&amp;Fecha de alta:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>&amp;Vertical:</source>
        <translation>Sect&amp;or:</translation>
    </message>
    <message>
        <source>needs a currency</source>
        <translation>necesita una moneda</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount</source>
        <translation>&quot;%1&quot; no es un importe</translation>
    </message>
    <message>
        <source>has more decimals than %1 allows (%2)</source>
        <translation>tiene más decimales de los que admite %1 (%2)</translation>
    </message>
    <message>
        <source>is already used by another partner</source>
        <translation>ya está en uso en otro partner</translation>
    </message>
    <message>
        <source>Ti&amp;er:</source>
        <translation>Ni&amp;vel:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>Revenue c&amp;ommitment:</source>
        <translation>&amp;Compromiso de ingresos:</translation>
    </message>
</context>
<context>
    <name>cd::ui::PlanEditor</name>
    <message>
        <source>From (plan currency)</source>
        <translation>Desde (moneda del plan)</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>Añadir tramo</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>Quitar tramo</translation>
    </message>
    <message>
        <source>Bonus when the window&apos;s revenue reaches a threshold</source>
        <translation>Bonificación cuando los ingresos del periodo alcanzan un umbral</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Guardar plan</translation>
    </message>
    <message>
        <source>Plan id</source>
        <translation>ID del plan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Fiscal year starts in month</source>
        <translation>Mes de inicio del ejercicio fiscal</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Redondeo</translation>
    </message>
    <message>
        <source>Sample revenue in a window</source>
        <translation>Ingresos de ejemplo en un periodo</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Paga</translation>
    </message>
    <message>
        <source>Bands (rates as percentages, e.g. 15%)</source>
        <translation>Tramos (tasas en porcentaje, p. ej., 15%)</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>Correct the plan to see what it pays.</source>
        <translation>Corrija el plan para ver lo que paga.</translation>
    </message>
    <message>
        <source>Type an amount such as %1.</source>
        <translation>Escriba un importe como %1.</translation>
    </message>
    <message>
        <source>Commission %1</source>
        <translation>Comisión %1</translation>
    </message>
    <message>
        <source>bonus %1</source>
        <translation>bonificación %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>El importe es demasiado grande.</translation>
    </message>
</context>
<context>
    <name>cd::ui::PlanListModel</name>
    <message>
        <source>type %1</source>
        <translation>tipo %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
</context>
<context>
    <name>cd::ui::PlansPage</name>
    <message>
        <source>save plan %1</source>
        <translation>guardar el plan %1</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <source>new-plan</source>
        <translation>nuevo-plan</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>Guardar plan</translation>
    </message>
</context>
<context>
    <name>cd::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <source>Pseudo-localization (for testing)</source>
        <extracomment>A testing language: every text accented and longer, to find untranslated or cut-off text.</extracomment>
        <translation>Pseudolocalización (para pruebas)</translation>
    </message>
    <message>
        <source>Numbers, amounts and dates follow the language&apos;s region. Files and the database stay in the invariant format, so teams in other regions read them alike.</source>
        <translation>Los números, importes y fechas siguen la región del idioma. Los archivos y la base de datos mantienen el formato invariable, para que los equipos de otras regiones los lean igual.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProgramEditorPage</name>
    <message>
        <source>Save program %1</source>
        <translation>Guardar el programa %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither &quot;metric &gt;= value&quot; nor &quot;top 5% by metric&quot;</source>
        <translation>&quot;%1&quot; no es ni &quot;metric &gt;= value&quot; ni &quot;top 5% by metric&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;key=value&quot;</source>
        <translation>&quot;%1&quot; no tiene el formato &quot;key=value&quot;</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Partner type</source>
        <translation>Tipo de partner</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Requisitos</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Beneficios</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Basado en</translation>
    </message>
    <message>
        <source>Add tier</source>
        <translation>Añadir nivel</translation>
    </message>
    <message>
        <source>Remove tier</source>
        <translation>Quitar nivel</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Añadir KPI</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>Quitar KPI</translation>
    </message>
    <message>
        <source>Copy as…</source>
        <translation>Copiar como…</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tiers&lt;/b&gt;, highest first. Requirements: &quot;revenue_commitment &gt;= 500000; top 5% by revenue&quot;; benefits: &quot;margin=35%; mdf_budget=10000&quot;.</source>
        <translation>&lt;b&gt;Niveles&lt;/b&gt;, del más alto al más bajo. Requisitos: &quot;revenue_commitment &gt;= 500000; top 5% by revenue&quot;; beneficios: &quot;margin=35%; mdf_budget=10000&quot;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scorecard&lt;/b&gt;: weights in %, adding up to 100%.</source>
        <translation>&lt;b&gt;Cuadro de puntuación&lt;/b&gt;: pesos en %, que suman 100%.</translation>
    </message>
    <message>
        <source>Copy program</source>
        <translation>Copiar programa</translation>
    </message>
    <message>
        <source>Id of the copy:</source>
        <translation>ID de la copia:</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (copia)</translation>
    </message>
    <message>
        <source>%1 (template)</source>
        <translation>%1 (plantilla)</translation>
    </message>
    <message>
        <source>a seed template: copy it to edit</source>
        <translation>una plantilla inicial: cópiela para editarla</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>tier %1: requirements: %2</source>
        <translation>nivel %1: requisitos: %2</translation>
    </message>
    <message>
        <source>tier %1: benefits: %2</source>
        <translation>nivel %1: beneficios: %2</translation>
    </message>
    <message>
        <source>Templates are kept as the seeds wrote them: “Copy as…” to make your own program.</source>
        <translation>Las plantillas se conservan tal como las escribieron los seeds: use &quot;Copiar como…&quot; para crear su propio programa.</translation>
    </message>
    <message>
        <source>Valid.</source>
        <translation>Válido.</translation>
    </message>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>The program could not be saved.</source>
        <translation>No se pudo guardar el programa.</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProgramPages</name>
    <message>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Tier review</source>
        <translation>Revisión de niveles</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Cuadro de puntuación</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Ciclo de vida</translation>
    </message>
</context>
<context>
    <name>cd::ui::ProgramText</name>
    <message>
        <source>won revenue (12 months)</source>
        <translation>ingresos ganados (12 meses)</translation>
    </message>
    <message>
        <source>won deals (12 months)</source>
        <translation>oportunidades ganadas (12 meses)</translation>
    </message>
    <message>
        <source>committed revenue</source>
        <translation>ingresos comprometidos</translation>
    </message>
    <message>
        <source>revenue attainment</source>
        <translation>cumplimiento de ingresos</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>certified people</source>
        <translation>personas certificadas</translation>
    </message>
    <message>
        <source>certified consultants</source>
        <translation>consultores certificados</translation>
    </message>
    <message>
        <source>certified engineers</source>
        <translation>ingenieros certificados</translation>
    </message>
    <message>
        <source>certification rate (%)</source>
        <translation>tasa de certificación (%)</translation>
    </message>
    <message>
        <source>customer satisfaction</source>
        <translation>satisfacción del cliente</translation>
    </message>
    <message>
        <source>marketing collaboration</source>
        <translation>colaboración de marketing</translation>
    </message>
    <message>
        <source>scorecard score</source>
        <translation>puntuación del cuadro de puntuación</translation>
    </message>
    <message>
        <source>no tier</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <source>a value for %1</source>
        <translation>un valor para %1</translation>
    </message>
    <message>
        <source>%1 more %2 to reach the top %3%</source>
        <translation>%1 más en %2 para entrar en el %3% superior</translation>
    </message>
    <message>
        <source>%1 less %2</source>
        <translation>%1 menos en %2</translation>
    </message>
    <message>
        <source>%1 more %2</source>
        <translation>%1 más en %2</translation>
    </message>
    <message>
        <source>next: %1</source>
        <translation>siguiente: %1</translation>
    </message>
    <message>
        <source>needs %1 for %2</source>
        <translation>necesita %1 para %2</translation>
    </message>
    <message>
        <source>%1 %2 is in the top %3%</source>
        <translation>%1 %2 está en el %3% superior</translation>
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
        <translation>Última modificación de %1 el %2</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationCommands</name>
    <message>
        <source>Cannot undo</source>
        <translation>No se puede deshacer</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>Aprobar %1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Rechazar %1</translation>
    </message>
    <message>
        <source>Extend %1</source>
        <translation>Prorrogar %1</translation>
    </message>
    <message>
        <source>Convert %1 to deal %2</source>
        <translation>Convertir %1 en la oportunidad %2</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>No convertido</translation>
    </message>
    <message>
        <source>Add registration %1</source>
        <translation>Añadir el registro %1</translation>
    </message>
    <message>
        <source>there is no conflict case %1</source>
        <translation>no existe el caso de conflicto %1</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationDialog</name>
    <message>
        <source>New deal registration</source>
        <translation>Nuevo registro de oportunidad</translation>
    </message>
    <message>
        <source>Choose a partner</source>
        <translation>Elija un partner</translation>
    </message>
    <message>
        <source>Company name, e.g. ACME Corp.</source>
        <translation>Nombre de la empresa, p. ej., ACME Corp.</translation>
    </message>
    <message>
        <source>acme.example (optional, decides the customer when given)</source>
        <translation>acme.example (opcional; si se indica, determina el cliente)</translation>
    </message>
    <message>
        <source>Empty: every product of the customer</source>
        <translation>Vacío: todos los productos del cliente</translation>
    </message>
    <message>
        <source>Registration &amp;id</source>
        <translation>&amp;ID del registro</translation>
    </message>
    <message>
        <source>&amp;Partner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Cliente</translation>
    </message>
    <message>
        <source>Customer &amp;domain</source>
        <translation>&amp;Dominio del cliente</translation>
    </message>
    <message>
        <source>P&amp;roduct</source>
        <translation>P&amp;roducto</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>I&amp;mporte</translation>
    </message>
    <message>
        <source>&amp;Submitted</source>
        <translation>&amp;Enviado el</translation>
    </message>
    <message>
        <source>Amount: is required</source>
        <translation>Importe: es obligatorio</translation>
    </message>
    <message>
        <source>Amount: &quot;%1&quot; is not an amount</source>
        <translation>Importe: &quot;%1&quot; no es un importe</translation>
    </message>
    <message>
        <source>Amount: has more decimals than %1 allows (%2)</source>
        <translation>Importe: tiene más decimales de los que permite %1 (%2)</translation>
    </message>
    <message>
        <source>Registration id: is required</source>
        <translation>ID del registro: es obligatorio</translation>
    </message>
    <message>
        <source>Registration id: %1 exists already</source>
        <translation>ID del registro: %1 ya existe</translation>
    </message>
    <message>
        <source>Partner: choose one</source>
        <translation>Partner: elija uno</translation>
    </message>
    <message>
        <source>Customer: a name or a domain is required</source>
        <translation>Cliente: se necesita un nombre o un dominio</translation>
    </message>
    <message>
        <source>Enter a partner and a customer to see whether this registration would win.</source>
        <translation>Indique un partner y un cliente para ver si este registro ganaría.</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>cualquier producto</translation>
    </message>
    <message>
        <source>Approved: the first registration of customer &quot;%1&quot; for %2. The partner is protected until %3.</source>
        <translation>Aprobado: el primer registro del cliente &quot;%1&quot; para %2. El partner está protegido hasta el %3.</translation>
    </message>
    <message>
        <source>First for customer &quot;%1&quot; and %2, but its protection ended on %3 (expired).</source>
        <translation>Primero para el cliente &quot;%1&quot; y %2, pero su protección terminó el %3 (caducado).</translation>
    </message>
    <message>
        <source>Duplicate of %1: the same partner registered customer &quot;%2&quot; on %3; it is protected until %4. Registering again extends nothing.</source>
        <translation>Duplicado de %1: el mismo partner registró al cliente &quot;%2&quot; el %3; está protegido hasta el %4. Registrarlo de nuevo no prorroga nada.</translation>
    </message>
    <message>
        <source>Conflict: %1 by %2 registered customer &quot;%3&quot; first, on %4, and is protected until %5. The winner is %1; saving opens a conflict case.</source>
        <translation>Conflicto: %1 de %2 registró primero al cliente &quot;%3&quot;, el %4, y está protegido hasta el %5. El ganador es %1; al guardar se abre un caso de conflicto.</translation>
    </message>
    <message>
        <source>%1 – %2 (%3), %4%: %5</source>
        <translation>%1 – %2 (%3), %4%: %5</translation>
    </message>
    <message>
        <source>May be the same customer (for review, does not change the status):
%1</source>
        <translation>Puede ser el mismo cliente (para revisión, no cambia el estado):
%1</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationPages</name>
    <message>
        <source>Registrations</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationQueueModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source> (extended)</source>
        <translation> (prorrogado)</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <source>Approved by %1</source>
        <translation>Aprobado por %1</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Por revisar</translation>
    </message>
    <message numerus="yes">
        <source>The protection ends within %n day(s)</source>
        <translation>
            <numerusform>La protección termina en %n día</numerusform>
            <numerusform>La protección termina en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Protected until</source>
        <translation>Protegido hasta</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Ganador</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunidad</translation>
    </message>
</context>
<context>
    <name>cd::ui::RegistrationsPage</name>
    <message>
        <source>Search registration, partner or customer</source>
        <translation>Buscar registro, partner o cliente</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message numerus="yes">
        <source>Expiring within %n day(s)</source>
        <translation>
            <numerusform>Caducan en %n día</numerusform>
            <numerusform>Caducan en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New registration…</source>
        <translation>&amp;Nuevo registro…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Aprobar</translation>
    </message>
    <message>
        <source>Confirm the rules&apos; approval: the first registration of this customer, inside its window.</source>
        <translation>Confirma la aprobación de las reglas: el primer registro de este cliente, dentro de su periodo.</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Rechazar…</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Prorrogar</translation>
    </message>
    <message>
        <source>Extend the protection once by the program&apos;s extension days.</source>
        <translation>Prorroga la protección una sola vez con los días de prórroga del programa.</translation>
    </message>
    <message>
        <source>&amp;Convert to deal…</source>
        <translation>&amp;Convertir en oportunidad…</translation>
    </message>
    <message>
        <source>Re-e&amp;valuate</source>
        <translation>Volver a e&amp;valuar</translation>
    </message>
    <message>
        <source>Evaluate every registration as of now and store the statuses (audited).</source>
        <translation>Evalúa todos los registros a fecha de ahora y guarda los estados (con auditoría).</translation>
    </message>
    <message>
        <source>%1 of %2 registrations shown · %3 expiring within %4 days · protection %5 days, one extension of %6 days</source>
        <translation>%1 de %2 registros mostrados · %3 caducan en %4 días · protección de %5 días, una prórroga de %6 días</translation>
    </message>
    <message>
        <source>Select a registration to see its protection window and decisions.</source>
        <translation>Seleccione un registro para ver su periodo de protección y sus decisiones.</translation>
    </message>
    <message>
        <source>%1 · %2 (%3) · %4 · %5</source>
        <translation>%1 · %2 (%3) · %4 · %5</translation>
    </message>
    <message>
        <source>any product</source>
        <translation>cualquier producto</translation>
    </message>
    <message>
        <source>credit with %1</source>
        <translation>crédito para %1</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>aprobado por %1</translation>
    </message>
    <message>
        <source>became deal %1</source>
        <translation>convertido en la oportunidad %1</translation>
    </message>
    <message>
        <source>Reject %1</source>
        <translation>Rechazar %1</translation>
    </message>
    <message>
        <source>Why is this registration rejected? The partner sees this reason.</source>
        <translation>¿Por qué se rechaza este registro? El partner verá este motivo.</translation>
    </message>
    <message>
        <source>Not rejected</source>
        <translation>No rechazado</translation>
    </message>
    <message>
        <source>A rejection needs a reason.</source>
        <translation>Un rechazo necesita un motivo.</translation>
    </message>
    <message>
        <source>Convert %1 to a deal</source>
        <translation>Convertir %1 en oportunidad</translation>
    </message>
    <message>
        <source>The new open deal keeps the registration&apos;s id (%1). Deal id:</source>
        <translation>La nueva oportunidad abierta conserva el ID del registro (%1). ID de la oportunidad:</translation>
    </message>
    <message>
        <source>Registrations evaluated</source>
        <translation>Registros evaluados</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) changed status.</source>
        <translation>
            <numerusform>%n registro cambió de estado.</numerusform>
            <numerusform>%n registros cambiaron de estado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>No evaluado</translation>
    </message>
    <message>
        <source>protected %1 – %2 UTC (extended)</source>
        <translation>protegido %1 – %2 UTC (prorrogado)</translation>
    </message>
    <message>
        <source>protected %1 – %2 UTC</source>
        <translation>protegido %1 – %2 UTC</translation>
    </message>
</context>
<context>
    <name>cd::ui::ScorecardPage</name>
    <message>
        <source>%1: points contributed to the score</source>
        <translation>%1: puntos que aporta a la puntuación</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Aportaciones</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Score = Σ weight × min(actual ÷ target, cap); the dashed line is 100 points</source>
        <translation>Puntuación = Σ peso × mín(real ÷ objetivo, límite); la línea discontinua son 100 puntos</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Todos los programas</translation>
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
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Earlier registration</source>
        <translation>Registro anterior</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Later registration</source>
        <translation>Registro posterior</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Why they may be the same customer</source>
        <translation>Por qué pueden ser el mismo cliente</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatementLinesModel</name>
    <message>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonificación</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Oportunidad</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Credited revenue</source>
        <translation>Ingresos acreditados</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Clawbacks</source>
        <translation>Recuperaciones</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonificación</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>cd::ui::StatementsPage</name>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Save statement as PDF…</source>
        <translation>Guardar liquidación de comisiones como PDF…</translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation>Imprimir liquidación de comisiones…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>No statements yet: add commission plans, assign them and record won deals.</source>
        <translation>Aún no hay liquidaciones de comisiones: añada planes de comisiones, asígnelos y registre oportunidades ganadas.</translation>
    </message>
    <message numerus="yes">
        <source>%n partner(s) with a statement</source>
        <translation>
            <numerusform>%n partner con liquidación de comisiones</numerusform>
            <numerusform>%n partners con liquidación de comisiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n nota</numerusform>
            <numerusform>%n notas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 · plan %3 · %4</source>
        <translation>%1 — %2 · plan %3 · %4</translation>
    </message>
    <message>
        <source>Commission statement</source>
        <translation>Liquidación de comisiones</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
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
        <translation>Ingresos acreditados</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>Clawbacks</source>
        <translation>Recuperaciones</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonificación</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Computed exactly per the plan&apos;s rules; amounts are rounded once per window.</source>
        <translation>Calculada exactamente según las reglas del plan; los importes se redondean una sola vez por periodo.</translation>
    </message>
    <message>
        <source>Commission statement %1 %2</source>
        <translation>Liquidación de comisiones %1 %2</translation>
    </message>
    <message>
        <source>Export statements</source>
        <translation>Exportar liquidaciones de comisiones</translation>
    </message>
    <message>
        <source>statements-%1.csv</source>
        <translation>statements-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>Save statement</source>
        <translation>Guardar liquidación de comisiones</translation>
    </message>
    <message>
        <source>statement-%1-%2.pdf</source>
        <translation>statement-%1-%2.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>No se puede escribir en %1</translation>
    </message>
</context>
<context>
    <name>cd::ui::TablePage</name>
    <message>
        <source>All tiers</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
</context>
<context>
    <name>cd::ui::TargetsPage</name>
    <message>
        <source>All regions</source>
        <translation>Todas las regiones</translation>
    </message>
    <message>
        <source>All programs</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <source>%1 — Year %2</source>
        <translation>%1 — Ejercicio %2</translation>
    </message>
    <message>
        <source>Load template</source>
        <translation>Cargar plantilla</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Ejercicio fiscal</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Q1</source>
        <translation>T1</translation>
    </message>
    <message>
        <source>Q2</source>
        <translation>T2</translation>
    </message>
    <message>
        <source>Q3</source>
        <translation>T3</translation>
    </message>
    <message>
        <source>Q4</source>
        <translation>T4</translation>
    </message>
    <message>
        <source>Empty quarters take a quarter of the year&apos;s revenue and pipeline targets, and the year&apos;s value of a rate or count. A region without its own revenue target takes its share of the geographic split.</source>
        <translation>Los trimestres vacíos toman una cuarta parte de los objetivos anuales de ingresos y de pipeline, y el valor anual de una tasa o de una cantidad. Una región sin objetivo de ingresos propio toma su parte del reparto geográfico.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a target (a number, zero or more)</source>
        <translation>%1: &apos;%2&apos; no es un objetivo (un número, cero o más)</translation>
    </message>
</context>
<context>
    <name>cd::ui::TierReviewPage</name>
    <message>
        <source>Accept tier %1 for %2</source>
        <translation>Aceptar el nivel %1 para %2</translation>
    </message>
    <message>
        <source>Reject tier %1 for %2</source>
        <translation>Rechazar el nivel %1 para %2</translation>
    </message>
    <message>
        <source>undo of the accepted proposal</source>
        <translation>deshacer la propuesta aceptada</translation>
    </message>
    <message>
        <source>promotion</source>
        <translation>ascenso</translation>
    </message>
    <message>
        <source>demotion</source>
        <translation>descenso</translation>
    </message>
    <message>
        <source>change</source>
        <translation>cambio</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Current tier</source>
        <translation>Nivel actual</translation>
    </message>
    <message>
        <source>Proposed tier</source>
        <translation>Nivel propuesto</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Aceptar todo</translation>
    </message>
    <message>
        <source>Reject all</source>
        <translation>Rechazar todo</translation>
    </message>
    <message>
        <source>Partner details…</source>
        <translation>Detalles del partner…</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A fecha de</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n tier changes</source>
        <translation>
            <numerusform>Aceptar %n cambio de nivel</numerusform>
            <numerusform>Aceptar %n cambios de nivel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n tier changes</source>
        <translation>
            <numerusform>Rechazar %n cambio de nivel</numerusform>
            <numerusform>Rechazar %n cambios de nivel</numerusform>
        </translation>
    </message>
    <message>
        <source>Tier review</source>
        <translation>Revisión de niveles</translation>
    </message>
    <message>
        <source>%1 partners evaluated: %2 promotions, %3 demotions; %4 to decide</source>
        <translation>%1 partners evaluados: %2 ascensos, %3 descensos; %4 por decidir</translation>
    </message>
</context>
</TS>
