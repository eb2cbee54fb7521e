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
        <source>commission bench: %1 deals, %2 statements, %3 bytes of CSV; wall ms read %4, compute %5, write %6; CPU ms read %7, compute %8, write %9</source>
        <translation>commission bench: %1 oportunidades, %2 liquidaciones de comisiones, %3 bytes de CSV; tiempo real (ms) lectura %4, cálculo %5, escritura %6; tiempo de CPU (ms) lectura %7, cálculo %8, escritura %9</translation>
    </message>
    <message>
        <source>Usage: channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]

Subcommands:
  calc  statements from a plan, a deals file and exchange rates (no database)

Run &apos;channeldesk-cli commission calc --help&apos; for its options.
</source>
        <translation>Uso: channeldesk-cli commission calc --plan P.json --deals deals.csv [--fx fx.csv] [--out FILE]

Subcomandos:
  calc  liquidaciones de comisiones a partir de un plan, un archivo de oportunidades y tipos de cambio (sin base de datos)

Ejecute &apos;channeldesk-cli commission calc --help&apos; para ver sus opciones.
</translation>
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
        <source>cannot write the statements: %1</source>
        <translation>no se pueden escribir las liquidaciones de comisiones: %1</translation>
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
        <source>measure import, model and commission speed at scale</source>
        <translation>mide la velocidad de importación, del modelo y de las comisiones a gran escala</translation>
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
        <source>Usage: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]

Subcommands:
  evaluate  statuses and winners of deal registrations as of a date-time (no database)

Run &apos;channeldesk-cli registrations evaluate --help&apos; for its options.
</source>
        <translation>Uso: channeldesk-cli registrations evaluate --registrations regs.csv --as-of DATETIME [--protection-days N] [--out FILE] [--similar]

Subcomandos:
  evaluate  estados y ganadores de los registros de oportunidades en una fecha y hora (sin base de datos)

Ejecute &apos;channeldesk-cli registrations evaluate --help&apos; para ver sus opciones.
</translation>
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
        <source>Usage: channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] [--explain]

Subcommands:
  evaluate  each partner&apos;s tier and scorecard score (no database)

Run &apos;channeldesk-cli tiers evaluate --help&apos; for its options.
</source>
        <translation>Uso: channeldesk-cli tiers evaluate --program P.json --partners metrics.csv [--out FILE] [--explain]

Subcomandos:
  evaluate  nivel y puntuación del cuadro de puntuación de cada partner (sin base de datos)

Ejecute &apos;channeldesk-cli tiers evaluate --help&apos; para ver sus opciones.
</translation>
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
        <source>&apos;%1&apos; is not available yet</source>
        <translation>&apos;%1&apos; aún no está disponible</translation>
    </message>
</context>
<context>
    <name>cd::cli::Bench</name>
    <message>
        <source>Partners to generate.</source>
        <translation>Número de partners que se generarán.</translation>
    </message>
    <message>
        <source>Deals to generate.</source>
        <translation>Número de oportunidades que se generarán.</translation>
    </message>
    <message>
        <source>Won deals for the commission figure.</source>
        <translation>Oportunidades ganadas para la medición de comisiones.</translation>
    </message>
    <message>
        <source>Work in DIR and keep its files.</source>
        <translation>Trabaja en DIR y conserva sus archivos.</translation>
    </message>
    <message>
        <source>Builds a database of generated partners and deals and prints one line per figure: name value unit.</source>
        <translation>Crea una base de datos de partners y oportunidades generados y muestra una línea por medición: nombre valor unidad.</translation>
    </message>
    <message>
        <source>--partners, --deals and --commission-deals take positive whole numbers</source>
        <translation>--partners, --deals y --commission-deals necesitan números enteros positivos</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>no se puede escribir en %1</translation>
    </message>
    <message>
        <source>generating %1 deals in %2 …</source>
        <translation>generando %1 oportunidades en %2 …</translation>
    </message>
    <message>
        <source>importing …</source>
        <translation>importando …</translation>
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
        <source>Use the language CODE (de, fr, es, ja, zh_CN, en).</source>
        <translation>Usa el idioma CODE (de, fr, es, ja, zh_CN, en).</translation>
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
        <source>the database connection does not expose its SQLite handle</source>
        <translation>la conexión de base de datos no expone su identificador SQLite</translation>
    </message>
    <message>
        <source>preparing the import failed: %1</source>
        <translation>error al preparar la importación: %1</translation>
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
        <source>Ca&amp;ncelled on:</source>
        <translation>C&amp;ancelada el:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>Re&amp;gistro:</translation>
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
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
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
        <source>T&amp;ier:</source>
        <translation>Ni&amp;vel:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Etapa:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>E&amp;stado:</translation>
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
        <source>Revenue &amp;commitment:</source>
        <translation>&amp;Compromiso de ingresos:</translation>
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
</context>
<context>
    <name>cd::ui::RecordDialog</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
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
</TS>
